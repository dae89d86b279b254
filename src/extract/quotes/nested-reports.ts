import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import { extentOf } from './quote-extent.js';
import { partitionPoint } from '../../text/partition-point.js';
import { MAX_WINDOW_TOKENS } from '../../text/sentence-windows.js';
import { within } from './token-ranges.js';
import { isReportingVerb } from './cue-lexicon.js';
import { QUOTE_MARKS } from './boundary-choice.js';

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
  // Quotes with a cue by where they start (a start never changes here: only a content's end moves).
  const withCue = quotes.filter((q) => q.cue);
  const starts = withCue.map((q) => extentOf(q).start);
  const order = withCue.map((_, k) => k).sort((a, b) => starts[a] - starts[b]);
  const byStart = order.map((k) => withCue[k]);
  const startOf = order.map((k) => starts[k]);
  for (const outer of quotes) {
    if (!outer.cue || !outer.content.length) continue;
    const last = outer.content[outer.content.length - 1];
    if (last.tokenStart < outer.cue.tokenEnd) continue; // the content comes before its cue: nothing to carry
    // A quotation that closed ("…,” she said) is whole.
    if (CLOSED.has(ctx.lower[last.tokenEnd - 1])) continue;
    const sentence = ctx.sentenceOf[outer.cue.tokenStart];
    let end = last.tokenEnd;
    // Only a quote that starts at `end` or past joiners after it can carry the content on: the quotes that
    // start before are passed over by a binary search, and the walk stops at the first one beyond reach.
    let reach = pastJoiners(ctx, end);
    for (let k = partitionPoint(startOf.length, (i) => startOf[i] < end); k < byStart.length; k++) {
      const inner = byStart[k];
      const start = startOf[k];
      if (inner === outer || start < end) continue;
      if (start > reach) break;
      // A chain of reports in one endless sentence ("Mr. Putin said he Mr. Putin said he …", a scraped list)
      // would otherwise be walked again from every link: quadratic. No news sentence is this long, so the
      // bound changes nothing on real text.
      if (start - outer.cue.tokenStart > MAX_WINDOW_TOKENS) break;
      if (ctx.sentenceOf[inner.cue!.tokenStart] !== sentence) continue;
      // Only a report that runs forward (source, cue, then what was reported), not a postposed "…, she said".
      if (!inner.content.length || inner.content[0].tokenStart < inner.cue!.tokenEnd) continue;
      // "an architect who said he was stiffed": a relative clause about the last noun, its own attribution.
      if (inner.source && inner.source.tokenEnd - inner.source.tokenStart === 1 && RELATIVE.has(ctx.lower[inner.source.tokenStart])) continue;
      end = Math.max(end, extentOf(inner).end);
      reach = pastJoiners(ctx, end);
    }
    if (end > last.tokenEnd) outer.content[outer.content.length - 1] = { ...last, tokenEnd: end };
  }
}

/** The first token at or after `from` that is not a joiner. */
function pastJoiners(ctx: QuoteContext, from: number): number {
  let i = from;
  while (JOINERS.has(ctx.lower[i])) i++;
  return i;
}

/**
 * PolNeAR gives each token to at most one attribution: where a report's content holds another
 * attribution's cue, the annotators kept the outer report (on PolNeAR dev, the outer cue is right far more
 * often than the inner one). The inner attribution is dropped — for the attribution scope only: as speech,
 * both the report and what it reports were said.
 *
 * One outer report gives way: a postposed "…, he said" whose content, not in quotation marks, opens with a
 * whole report of its own ("Cruz spokesman Rick Tyler said that the campaign will …, he said"). The
 * named report is the attribution; the trailing "he said" only repeats it.
 */
export function dropReportsInsideContent(ctx: QuoteContext, quotes: readonly RawQuote[]): RawQuote[] {
  // quotes by where their source starts, so that each postposed report finds the one opening its content at once
  const bySourceStart = new Map<number, RawQuote[]>();
  for (const q of quotes) {
    if (!q.source) continue;
    const list = bySourceStart.get(q.source.tokenStart);
    if (list) list.push(q);
    else bySourceStart.set(q.source.tokenStart, [q]);
  }
  const repeats = new Set(quotes.filter((o) => repeatsOpeningReport(ctx, o, bySourceStart)));
  const holds = (outer: RawQuote, inner: RawQuote) => outer !== inner && !repeats.has(outer) && within(inner.cue, outer.content);
  return quotes.filter((q) => !repeats.has(q) && !quotes.some((o) => o.cue !== null && holds(o, q)));
}

const PERSONAL = new Set(['he', 'she', 'they']);

/** A postposed report by a pronoun whose unquoted content begins with another report's source and reporting verb. */
function repeatsOpeningReport(ctx: QuoteContext, outer: RawQuote, bySourceStart: ReadonlyMap<number, readonly RawQuote[]>): boolean {
  if (!outer.cue || outer.content.length !== 1 || !outer.source) return false;
  // Only a pronoun repeats the speaker: "…, CNN reported" or "…, according to …" adds a source of its own.
  if (outer.source.tokenEnd - outer.source.tokenStart !== 1 || !PERSONAL.has(ctx.lower[outer.source.tokenStart])) return false;
  const content = outer.content[0];
  if (content.tokenEnd > outer.cue.tokenStart || QUOTE_MARKS.has(ctx.lower[content.tokenStart])) return false;
  return (bySourceStart.get(content.tokenStart) ?? []).some((inner) => inner !== outer && inner.cue !== null && within(inner.cue, outer.content)
    && isReportingVerb(ctx.cue[inner.cue.tokenEnd - 1])
    && inner.content.length > 0 && inner.content[0].tokenStart >= inner.cue.tokenEnd);
}
