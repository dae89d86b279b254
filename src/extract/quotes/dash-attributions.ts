import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import { layoutQuote } from './layout-quote.js';

/*
 * Testimonials signed with a dash after the quotation, one to a line:
 *   “He represents our greatest shame.” ― Sonya Herridge
 * The dash is the cue (PolNeAR marks it so), the name after it on the line the source, and the quotation
 * from the start of the line to its closing mark the content. The tagger never learnt this layout (it is
 * rare in training), so a rule reads it.
 */

const DASHES = new Set(['―', '—', '–']);
const CLOSING = new Set(['”', '"', "''"]);
const OPENING = new Set(['“', '”', '"', '``', "''"]);
/** Longest signature read as a name ("Christina N Luis Olidem"). */
const MAX_NAME = 6;

/** Whether a line break separates token `i` from the one before it. */
function startsLine(ctx: QuoteContext, i: number): boolean {
  return i === 0 || ctx.text.slice(ctx.tokens[i - 1].end, ctx.tokens[i].start).includes('\n');
}

const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);

export function dashAttributions(ctx: QuoteContext): RawQuote[] {
  const out: RawQuote[] = [];
  const n = ctx.tokens.length;
  for (let i = 1; i + 1 < n; i++) {
    // Every dash is one character: the length test passes over most tokens without a set look-up.
    if (ctx.lower[i].length !== 1 || !DASHES.has(ctx.lower[i]) || !CLOSING.has(ctx.lower[i - 1]) || startsLine(ctx, i) || startsLine(ctx, i + 1)) continue;
    // The signature: capitalized words to the end of the line, a closing full stop left out.
    let end = i + 1;
    while (end < n && !startsLine(ctx, end) && end - i <= MAX_NAME) end++;
    if (end < n && !startsLine(ctx, end)) continue;
    let nameEnd = end;
    if (ctx.lower[nameEnd - 1] === '.') nameEnd--;
    if (nameEnd <= i + 1 || !isCapitalized(ctx.tokens[i + 1].text)) continue;
    let start = i - 1;
    while (start > 0 && !startsLine(ctx, start)) start--;
    if (!OPENING.has(ctx.lower[start]) || start >= i - 1) continue;
    out.push(layoutQuote(ctx, i + 1, nameEnd, i, start, i));
  }
  return out;
}
