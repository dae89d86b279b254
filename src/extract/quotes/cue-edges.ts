import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import type { CueLexicon } from './cue-lexicon.js';

/*
 * PolNeAR ends a "say" cue at the verb: "he [said] of the prospect …", "[said] to the nominee", "[wrote]
 * in a memo" (in PolNeAR train: "said of" 13 times against 35 "said" before "of"; "said to", "said in",
 * "said on", "said at" never). The tagger sometimes takes the preposition into the cue; it is left out.
 * Only after a finite form of say, write or recall: "adds to the drama", "a note about" and "had nothing to
 * say about" are other constructions (and "respond to", "talk about" keep their preposition in PolNeAR).
 */
const SAY = new Set(['say', 'write', 'recall']);
/** A finite verb ("said", "says"), not "to say about" or "a note about". */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);
const PREPOSITIONS = new Set(['of', 'about', 'to', 'in', 'on', 'at']);

export function trimCueEdges(ctx: QuoteContext, lexicon: CueLexicon, quotes: readonly RawQuote[]): void {
  for (const q of quotes) {
    const cue = q.cue;
    if (!cue || cue.tokenEnd - cue.tokenStart < 2) continue;
    const last = cue.tokenEnd - 1;
    if (!PREPOSITIONS.has(ctx.lower[last]) || !SAY.has(lexicon.lemma.get(ctx.lower[last - 1]) ?? '') || !FINITE.has(ctx.pos[last - 1])) continue;
    q.cue = { ...cue, tokenEnd: last };
  }
}
