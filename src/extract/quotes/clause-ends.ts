import type { RawQuote } from './assemble.js';
import { beforeSentenceEnd } from './clause-marks.js';
import { QuoteState, type QuoteContext } from './context.js';
import type { RoleSpan } from './tagger.js';
import type { RangeIndex } from './token-ranges.js';

/*
 * A reported clause runs to the end of its sentence when the tagger stopped it mid-phrase and left the rest
 * untagged: "one study found [Trump would actually raise taxes] on 8 million low- and middle-income
 * Americans." PolNeAR's content is the whole complement of the cue, trailing phrases and relative clauses
 * included (", which mostly affect women"; "in recent months"). Measured: stopping at the next comma
 * instead, or only when a word follows the cut, did worse on dev and no better on the held-out fold.
 */

export function extendClauseEnds(ctx: QuoteContext, quotes: readonly RawQuote[], spans: RangeIndex<RoleSpan>): void {
  for (const q of quotes) {
    if (!q.cue || !q.content.length) continue;
    const k = q.content.length - 1;
    const c = q.content[k];
    if (c.tokenStart < q.cue.tokenEnd) continue; // only a clause reported after its cue
    const sentence = ctx.sentences[ctx.sentenceOf[c.tokenEnd - 1]];
    const end = beforeSentenceEnd(ctx, sentence.tokenEnd, c.tokenEnd);
    if (end <= c.tokenEnd || spans.covers(c.tokenEnd, sentence.tokenEnd)) continue;
    // A quotation whose marks closed is whole.
    if (ctx.quote[c.tokenEnd - 1] !== QuoteState.Outside) continue;
    q.content[k] = { ...c, tokenEnd: end };
  }
}
