/**
 * "According to the New York Times, Mattis ordered 50 copies": the tagger sometimes ends the source of an
 * "according to" attribution at the verb, so the content's subject ("Mattis") joins the source and becomes
 * the speaker. When the source's last comma is followed by nothing but a name and the content starts right
 * after it with a finite verb, the name goes back to the content. An appositive ("the Human Rights Campaign,
 * an advocacy group") is no name, and a content that opens otherwise is left alone.
 */
import type { RawQuote } from './assemble.js';
import { QuoteState, type QuoteContext } from './context.js';

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

/** Words after a comma that go on describing the source: "the US corps of army engineers, which is …,". */
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);
/** The longest name in apposition: "our Vice President, Mr. Biden, Egypt is …". */
const MAX_APPOSITIVE_NAME = 4;

/**
 * The comma that ends a fronted source: the first one outside quotation marks, passing over a relative
 * clause or a name in apposition after it; -1 when none is near enough.
 */
function sourceEnd(ctx: QuoteContext, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_FRONTED_SOURCE + 1);
  const commas: number[] = [];
  for (let t = start + 1; t < limit; t++) if (ctx.lower[t] === ',' && ctx.quote[t] === QuoteState.Outside) commas.push(t);
  for (let k = 0; k < commas.length; k++) {
    const next = commas[k + 1];
    if (next === undefined) return commas[k];
    const after = commas[k] + 1;
    const relative = RELATIVE.has(ctx.lower[after]);
    let name = next - after <= MAX_APPOSITIVE_NAME;
    for (let t = after; t < next && name; t++) if (ctx.pos[t] !== 'NNP' && ctx.lower[t] !== '.') name = false;
    if (!relative && !name) return commas[k];
  }
  return -1;
}

/** The longest fronted source split off ("Syrian medics and a statement by the World Health Organisation"). */
const MAX_FRONTED_SOURCE = 16;
/** Words that may open a sentence before its "According to": "But according to …". */
const OPENERS = new Set(['but', 'and', 'yet', 'still', 'also']);

/**
 * "According to Syrian medics and a statement by the WHO, more than 40 people died …": when the tagger reads
 * the whole sentence after a fronted "according to" as content and finds no source, the source is what comes
 * before the first comma and the content what follows it. Returns how many quotes changed.
 */
export function splitFrontedSources(ctx: QuoteContext, raw: readonly RawQuote[]): number {
  let split = 0;
  for (const q of raw) {
    const { cue } = q;
    if (!cue || q.source || q.content.length !== 1 || cue.tokenEnd - cue.tokenStart !== 2) continue;
    if (ctx.lower[cue.tokenStart] !== 'according' || ctx.lower[cue.tokenStart + 1] !== 'to') continue;
    const sentenceStart = ctx.sentences[ctx.sentenceOf[cue.tokenStart]].tokenStart;
    let opening = sentenceStart;
    while (opening < cue.tokenStart && OPENERS.has(ctx.lower[opening])) opening++;
    if (opening !== cue.tokenStart) continue;
    const content = q.content[0];
    if (content.tokenStart !== cue.tokenEnd) continue;
    const comma = sourceEnd(ctx, content.tokenStart, content.tokenEnd);
    if (comma < 0 || comma + 2 >= content.tokenEnd) continue;
    q.source = { role: 'source', tokenStart: content.tokenStart, tokenEnd: comma };
    q.content[0] = { ...content, tokenStart: comma + 1 };
    split++;
  }
  return split;
}
