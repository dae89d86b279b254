import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import { extentOf } from './quote-extent.js';
import { within } from './token-ranges.js';

/*
 * A reported clause that itself reports: "Trump said that [the Commission announced that there was an
 * issue]". The tagger labels each token once, so the outer content stops where the inner attribution's
 * source or cue begins; PolNeAR's outer content runs to the end of the inner one. An outer content that
 * ends right where another attribution of its sentence begins is carried to that attribution's end.
 */

/** Tokens that may stand between the cut outer content and the inner attribution. */
const JOINERS = new Set(['that']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const CLOSED = new Set([',', '”', '"', "''", '’']);

export function extendOverNestedReports(ctx: QuoteContext, quotes: readonly RawQuote[]): void {
  const byStart = [...quotes].filter((q) => q.cue).sort((a, b) => extentOf(a).start - extentOf(b).start);
  for (const outer of quotes) {
    if (!outer.cue || !outer.content.length) continue;
    const last = outer.content[outer.content.length - 1];
    if (last.tokenStart < outer.cue.tokenEnd) continue; // the content comes before its cue: nothing to carry
    // A quotation that closed ("…,” she said) is whole.
    if (CLOSED.has(ctx.lower[last.tokenEnd - 1])) continue;
    const sentence = ctx.sentenceOf[outer.cue.tokenStart];
    let end = last.tokenEnd;
    for (const inner of byStart) {
      if (inner === outer) continue;
      const start = extentOf(inner).start;
      if (start < end || ctx.sentenceOf[inner.cue!.tokenStart] !== sentence) continue;
      // Only a report that runs forward (source, cue, then what was reported), not a postposed "…, she said".
      if (!inner.content.length || inner.content[0].tokenStart < inner.cue!.tokenEnd) continue;
      // "an architect who said he was stiffed": a relative clause about the last noun, its own attribution.
      if (inner.source && inner.source.tokenEnd - inner.source.tokenStart === 1 && RELATIVE.has(ctx.lower[inner.source.tokenStart])) continue;
      let gap = end;
      while (gap < start && JOINERS.has(ctx.lower[gap])) gap++;
      if (gap !== start) continue;
      end = Math.max(end, extentOf(inner).end);
    }
    if (end > last.tokenEnd) outer.content[outer.content.length - 1] = { ...last, tokenEnd: end };
  }
}

/**
 * PolNeAR gives each token to at most one attribution: where a report's content holds another
 * attribution's cue, the annotators kept the outer report (on PolNeAR dev, the outer cue is right far more
 * often than the inner one). The inner attribution is dropped — for the attribution scope only: as speech,
 * both the report and what it reports were said.
 */
export function dropReportsInsideContent(quotes: readonly RawQuote[]): RawQuote[] {
  const holds = (outer: RawQuote, inner: RawQuote) => outer !== inner && within(inner.cue, outer.content);
  return quotes.filter((q) => !quotes.some((o) => o.cue !== null && holds(o, q)));
}
