import type { RawQuote } from './assemble.js';
import { CLAUSE_CLOSERS } from './clause-marks.js';
import { QuoteState, type QuoteContext } from './context.js';
import type { RoleSpan } from './tagger.js';
import type { RangeIndex } from './token-ranges.js';

/*
 * A postposed attribution reports the whole clause before it: "[The government of Costa Rica has also
 * agreed to temporarily host up to 200 people …], officials said Tuesday." The tagger often starts such a
 * content at a word that looks like a cue of its own ("agreed to …", "has fallen since …") and leaves the
 * words before it untagged. When a content ends right before its own (postposed) source and cue, and
 * nothing the tagger found stands between the sentence start and the content, the content starts with
 * the sentence.
 */

export function extendPostposedClauses(ctx: QuoteContext, quotes: readonly RawQuote[], spans: RangeIndex<RoleSpan>): void {
  for (const q of quotes) {
    if (!q.cue || q.content.length !== 1) continue;
    const c = q.content[0];
    const head = q.source && q.source.tokenStart < q.cue.tokenStart ? q.source.tokenStart : q.cue.tokenStart;
    // Postposed: the content ends at the comma (or closing mark) right before the attribution.
    if (c.tokenEnd > head || head - c.tokenEnd > 2 || !CLAUSE_CLOSERS.has(ctx.lower[head - 1])) continue;
    const sentence = ctx.sentences[ctx.sentenceOf[c.tokenStart]];
    if (ctx.sentenceOf[head] !== ctx.sentenceOf[c.tokenStart] || c.tokenStart <= sentence.tokenStart) continue;
    if (spans.covers(sentence.tokenStart, c.tokenStart)) continue;
    // A quotation in marks is whole ("As for complexity, ''…,'' said Mr. Kamin"), and an attribution that
    // goes on to report something after its cue is not postposed.
    if (ctx.quote[c.tokenStart] !== QuoteState.Outside) continue;
    if (spans.ranges.some((s) => s.role === 'content' && s.tokenStart >= q.cue!.tokenEnd && s.tokenStart < sentence.tokenEnd)) continue;
    q.content[0] = { ...c, tokenStart: sentence.tokenStart };
  }
}
