import type { RawQuote } from './assemble.js';
import { CueClass } from './cue-lexicon.js';
import type { QuoteContext } from './context.js';

/*
 * A cue with no source, none of whose words is a reporting word (cue lexicon) or a word that is a cue at
 * least a fifth of the times it occurs in the tagger's training data (learnt cue rate ≥ 2), is rarely an
 * attribution: the tagger read it from context alone ("removed", "saw", "features", "offered"). On PolNeAR
 * about one in five such cues is right, so the attribution scope drops them. With a source the attribution
 * is more often right (dropping those as well cost source F1 on the held-out fold).
 */
export function isWeakCue(ctx: QuoteContext, q: RawQuote): boolean {
  if (!q.cue || q.source) return false;
  for (let i = q.cue.tokenStart; i < q.cue.tokenEnd; i++) {
    if (ctx.cue[i] !== CueClass.None || ctx.cueRate[i] >= 2) return false;
  }
  return true;
}
