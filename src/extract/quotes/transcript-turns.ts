import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import { layoutQuote } from './layout-quote.js';

/*
 * Transcripts printed in an article, one turn to a paragraph, the speaker in capitals before a colon:
 *   "WALLACE: Let’s start with breaking news on the debate story. …
 *   "PENCE: Well, look, …
 * The colon is the cue (PolNeAR marks it so), the capitalized name the source, the rest of the paragraph
 * the content. A lone capitalized label ("CLARIFICATION: …") is not a transcript: a speaker must take at
 * least two turns in the document.
 */

const OPENING = new Set(['“', '"', '``']);
const CLOSING = new Set(['”', '"', "''"]);
/** Longest speaker label, in words ("SEN. TIM KAINE"). */
const MAX_LABEL = 4;
const isUpperLabel = (w: string) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

export function transcriptTurns(ctx: QuoteContext): RawQuote[] {
  const out: RawQuote[] = [];
  for (const [ps, pe] of ctx.paragraphs) {
    let first = ps;
    if (first < pe && OPENING.has(ctx.lower[first])) first++;
    let colon = first;
    while (colon < pe && colon - first < MAX_LABEL && isUpperLabel(ctx.tokens[colon].text)) colon++;
    if (colon === first || colon + 1 >= pe || ctx.lower[colon] !== ':') continue;
    // The paragraph's closing quotation mark belongs to the layout, not to what was said.
    const end = pe - 1 > colon + 1 && CLOSING.has(ctx.lower[pe - 1]) ? pe - 1 : pe;
    out.push(layoutQuote(ctx, first, colon, colon, colon + 1, end));
  }
  // A transcript has speakers who come back; two lone labels ("FYI: …", "RE: …") do not make one.
  const label = (q: RawQuote) => ctx.lower.slice(q.source!.tokenStart, q.source!.tokenEnd).join(' ');
  const seen = new Set<string>();
  const repeats = out.some((q) => seen.has(label(q)) || !seen.add(label(q)));
  return out.length >= 2 && repeats ? out : [];
}
