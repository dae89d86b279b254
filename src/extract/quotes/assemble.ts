import type { Span } from '../../model/span.js';
import { QuoteState, type QuoteContext } from './context.js';
import { extendOverNestedReports } from './nested-reports.js';
import { fillOrphanCues } from './orphan-cues.js';
import { extendPostposedClauses } from './postposed-clauses.js';
import { extendClauseEnds } from './clause-ends.js';
import { joinContentFragments } from './content-fragments.js';
import { shareSources } from './shared-sources.js';
import type { RoleSpan } from './tagger.js';

/** A quote before speakers and addressees are resolved: token ranges of its parts. */
export interface RawQuote {
  source: RoleSpan | null;
  cue: RoleSpan | null;
  content: RoleSpan[];
  sentence: number;
}

/** Distance from a span to a cue in tokens; spans in another sentence are pushed back behind any in the cue's own. */
function distance(ctx: QuoteContext, span: RoleSpan, cue: RoleSpan): number {
  const gap = span.tokenEnd <= cue.tokenStart ? cue.tokenStart - span.tokenEnd : span.tokenStart - cue.tokenEnd;
  const sameSentence = ctx.sentenceOf[span.tokenStart] === ctx.sentenceOf[cue.tokenStart] || ctx.sentenceOf[span.tokenEnd - 1] === ctx.sentenceOf[cue.tokenStart];
  // A clause opening on "that" complements the cue before it ("told the audience that …, saying"), not a later one.
  const thatBefore = span.role === 'content' && span.tokenEnd <= cue.tokenStart && ctx.lower[span.tokenStart] === 'that' ? 50 : 0;
  return Math.max(0, gap) + (sameSentence ? 0 : 1000) + thatBefore;
}

/**
 * Groups role spans into quotes, one per cue: each source and content span joins the nearest cue of its
 * paragraph (same sentence first). Content with no cue in its paragraph joins the last cue of the previous
 * paragraph when that one ends with a colon ("Caddell continued:"), and otherwise stands alone (its speaker
 * is found later from the previous quote).
 */
export function assemble(ctx: QuoteContext, spans: readonly RoleSpan[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  let previousParagraphQuote: RawQuote | null = null;
  let previousEndsWithColon = false;
  let k = 0;
  for (const [ps, pe] of ctx.paragraphs) {
    const here: RoleSpan[] = [];
    while (k < spans.length && spans[k].tokenStart < pe) {
      if (spans[k].tokenStart >= ps) here.push(spans[k]);
      k++;
    }
    const cues = here.filter((s) => s.role === 'cue');
    const byCue = new Map<RoleSpan, RawQuote>(cues.map((c) => [c, { source: null, cue: c, content: [], sentence: ctx.sentenceOf[c.tokenStart] }]));
    const loose: RoleSpan[] = [];
    for (const span of here) {
      if (span.role === 'cue') continue;
      let best: RoleSpan | null = null;
      let bestD = Infinity;
      for (const c of cues) {
        const d = distance(ctx, span, c);
        if (d < bestD) { best = c; bestD = d; }
      }
      if (!best) { if (span.role === 'content') loose.push(span); continue; }
      const q = byCue.get(best)!;
      if (span.role === 'content') q.content.push(span);
      else if (!q.source || distance(ctx, span, best) < distance(ctx, q.source, best)) q.source = span;
    }
    for (const span of loose) {
      if (previousEndsWithColon && previousParagraphQuote && previousParagraphQuote.content.length === 0) {
        previousParagraphQuote.content.push(span);
      } else {
        quotes.push({ source: null, cue: null, content: [span], sentence: ctx.sentenceOf[span.tokenStart] });
      }
    }
    const made = [...byCue.values()];
    quotes.push(...made);
    previousParagraphQuote = made.length ? made[made.length - 1] : previousParagraphQuote;
    previousEndsWithColon = pe > ps && ctx.lower[pe - 1] === ':';
  }
  joinContentFragments(ctx, quotes);
  fillOrphanCues(ctx, quotes);
  extendPostposedClauses(ctx, quotes, spans);
  extendClauseEnds(ctx, quotes, spans);
  extendOverNestedReports(ctx, quotes);
  const kept = quotes.filter((q) => q.content.length > 0);
  shareSources(ctx, kept);
  return kept.sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart);
}

export function charSpan(ctx: QuoteContext, span: RoleSpan): Span {
  return [ctx.tokens[span.tokenStart].start, ctx.tokens[span.tokenEnd - 1].end];
}

/** A content span is direct when it opens on a quotation mark or lies wholly inside quotation marks. */
export function isDirect(ctx: QuoteContext, parts: readonly RoleSpan[]): boolean {
  return parts.every((p) => {
    const first = ctx.quote[p.tokenStart];
    if (first === QuoteState.OpenMark) return true;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) if (ctx.quote[i] === QuoteState.Outside) return false;
    return true;
  });
}
