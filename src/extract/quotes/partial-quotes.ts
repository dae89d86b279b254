import type { Quote } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { QuoteContext } from './context.js';
import { firstContainers } from './first-container.js';

/**
 * Quotations in marks inside a reported clause ("backing “genocide” in Gaza"), or elsewhere in the
 * sentence of a quote's cue ("condemned Israel …, comparing an “unacceptable” siege"): each is a direct
 * partial quote with that quote's speaker and cue.
 *
 * For each quotation mark region with words in it, in text order: none when a direct quote's content holds
 * it; else the first quote (in `quotes`' order) that is not direct and whose content holds it; else the first
 * that reports a clause after its cue, in the sentence of its cue, and ends before the region (not what
 * follows a postposed attribution: "…, Wafa reported, with … “immediately” …"). Each of the three is "the
 * first span that holds the region", asked of all regions at once (`firstContainers`), not of every quote
 * for every region as before (quadratic in a text of thousands of quotations).
 */
export function partialQuotes(ctx: Pick<QuoteContext, 'regions' | 'sentences'>, quotes: readonly Quote[]): Quote[] {
  const regions = ctx.regions.filter((r) => r.innerEnd > r.innerStart);
  const spans = regions.map((r): Span => [r.start, r.end]);
  const inDirect = firstContainers(quotes.map((q) => (q.direct ? q.content : null)), spans);
  const inContent = firstContainers(quotes.map((q) => (q.direct ? null : q.content)), spans);
  // A region in the cue's sentence and after the reported clause lies within [max(sentence start, clause
  // end), sentence end].
  const afterClause = firstContainers(
    quotes.map((q): Span | null => {
      if (q.cue === null || q.source === null || q.direct || q.sentence === undefined || !(q.content[0] >= q.cue[1])) return null;
      const s = ctx.sentences[q.sentence];
      return [Math.max(s.start, q.content[1]), s.end];
    }),
    spans,
  );
  const out: Quote[] = [];
  regions.forEach((r, k) => {
    if (inDirect[k] >= 0) return;
    const holder = inContent[k] >= 0 ? inContent[k] : afterClause[k];
    if (holder < 0) return;
    const { contentParts: _parts, ...rest } = quotes[holder];
    out.push({ ...rest, content: [r.start, r.end], direct: true, partial: true });
  });
  return out;
}
