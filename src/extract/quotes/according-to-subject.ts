/**
 * "According to the New York Times, Mattis ordered 50 copies": the tagger sometimes ends the source of an
 * "according to" attribution at the verb, so the content's subject ("Mattis") joins the source and becomes
 * the speaker. When the source's last comma is followed by nothing but a name and the content starts right
 * after it with a finite verb, the name goes back to the content. An appositive ("the Human Rights Campaign,
 * an advocacy group") is no name, and a content that opens otherwise is left alone.
 */
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

/** Finite verb tags a clause's verb carries right after its subject. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** The longest name moved back: "Donald J. Trump". */
const MAX_NAME = 4;

/** Moves a content's subject name out of an "according to" source; returns how many quotes changed. */
export function returnSubjectsToContent(ctx: QuoteContext, raw: readonly RawQuote[]): number {
  let moved = 0;
  for (const q of raw) {
    const { cue, source } = q;
    if (!cue || !source || ctx.lower[cue.tokenStart] !== 'according' || source.tokenStart < cue.tokenEnd) continue;
    const first = q.content[0];
    if (!first || first.tokenStart !== source.tokenEnd || !FINITE.has(ctx.pos[first.tokenStart])) continue;
    let comma = -1;
    for (let t = source.tokenEnd - 1; t > source.tokenStart; t--) if (ctx.lower[t] === ',') { comma = t; break; }
    const nameStart = comma + 1;
    if (comma < 0 || nameStart >= source.tokenEnd || source.tokenEnd - nameStart > MAX_NAME) continue;
    let name = true;
    for (let t = nameStart; t < source.tokenEnd; t++) if (ctx.pos[t] !== 'NNP') name = false;
    if (!name) continue;
    q.source = { ...source, tokenEnd: comma };
    q.content[0] = { ...first, tokenStart: nameStart };
    moved++;
  }
  return moved;
}
