/**
 * PolNeAR closes a source with the comma that ends its appositive ("Jürgen Stock, the Interpol chief, said"),
 * and the tagger learned to do so: a tenth of the speech scope's sources ended in a comma. What users read
 * (the speech scope) gets the source without it; the attribution scope, which is scored against PolNeAR,
 * keeps its convention.
 */
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

const TRAILING = new Set([',', ';', ':', '-', '–', '—']);

/** Drops punctuation that ends a source of more than one token; returns how many sources changed. */
export function trimSourcePunctuation(ctx: QuoteContext, raw: readonly RawQuote[]): number {
  let trimmed = 0;
  for (const q of raw) {
    const s = q.source;
    if (!s) continue;
    let end = s.tokenEnd;
    while (end - 1 > s.tokenStart && TRAILING.has(ctx.lower[end - 1])) end--;
    if (end === s.tokenEnd) continue;
    q.source = { ...s, tokenEnd: end };
    trimmed++;
  }
  return trimmed;
}
