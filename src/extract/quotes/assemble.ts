import type { Span } from '../../model/span.js';
import { QuoteState, type QuoteContext } from './context.js';
import { extendOverNestedReports } from './nested-reports.js';
import { fillOrphanCues } from './orphan-cues.js';
import { extendPostposedClauses } from './postposed-clauses.js';
import { extendClauseEnds } from './clause-ends.js';
import { joinContentFragments } from './content-fragments.js';
import { shareSources } from './shared-sources.js';
import { splitAddingClauses } from './adding-clauses.js';
import { RangeIndex } from './token-ranges.js';
import type { RoleSpan } from './tagger.js';

/** A quote before speakers and addressees are resolved: token ranges of its parts. */
export interface RawQuote {
  source: RoleSpan | null;
  cue: RoleSpan | null;
  content: RoleSpan[];
  sentence: number;
}

const COORDINATED = 20;
const COORDINATORS = new Set(['and', 'but']);

/** Whether "and" or "but", perhaps after a comma, follows token `end - 1` in its sentence (not "… .” But he …"). */
function endsBeforeAnd(ctx: QuoteContext, end: number): boolean {
  const k = ctx.lower[end] === ',' ? end + 1 : end;
  return COORDINATORS.has(ctx.lower[k]) && ctx.sentenceOf[k] === ctx.sentenceOf[end - 1];
}

/** Distance from a span to a cue in tokens; spans in another sentence are pushed back behind any in the cue's own. */
function distance(ctx: QuoteContext, span: RoleSpan, cue: RoleSpan): number {
  const gap = span.tokenEnd <= cue.tokenStart ? cue.tokenStart - span.tokenEnd : span.tokenStart - cue.tokenEnd;
  const sameSentence = ctx.sentenceOf[span.tokenStart] === ctx.sentenceOf[cue.tokenStart] || ctx.sentenceOf[span.tokenEnd - 1] === ctx.sentenceOf[cue.tokenStart];
  // A clause opening on "that" complements the cue before it ("told the audience that …, saying"), not a later one.
  const thatBefore = span.role === 'content' && span.tokenEnd <= cue.tokenStart && ctx.lower[span.tokenStart] === 'that' ? 50 : 0;
  // A clause right before "and" or "but" ("told the AP [her group never worked …] and said …") completes a cue
  // before it, not one after the conjunction, which reports what follows it (every cue after the span in its
  // sentence is pushed back alike, and still stands before those of later sentences, so the distance still
  // grows on each side).
  const coordinated = sameSentence && span.role === 'content' && span.tokenEnd <= cue.tokenStart && endsBeforeAnd(ctx, span.tokenEnd) ? COORDINATED : 0;
  return Math.max(0, gap) + (sameSentence ? 0 : 1000) + thatBefore + coordinated;
}

/** The first cue of least distance to the span, trying every cue. */
function nearestOf(ctx: QuoteContext, span: RoleSpan, cues: readonly RoleSpan[]): RoleSpan | null {
  let best: RoleSpan | null = null;
  let bestD = Infinity;
  for (const c of cues) {
    const d = distance(ctx, span, c);
    if (d < bestD) { best = c; bestD = d; }
  }
  return best;
}

/**
 * What `nearestOf` finds, from the two cues around the span (`before` cues precede it) — for spans that
 * neither overlap nor go back (the tagger's: one label per token) and sentence numbers that only grow.
 * Then the distance strictly grows with every cue further away on either side (the gap grows; leaving
 * the span's sentence only adds), so one of the two neighbours is the least, the earlier on a tie: the
 * same choice in constant time, not a scan of every cue of the paragraph (a whole article may be one).
 */
function nearestAround(ctx: QuoteContext, span: RoleSpan, cues: readonly RoleSpan[], before: number): RoleSpan | null {
  const left = before > 0 ? cues[before - 1] : null;
  const right = before < cues.length ? cues[before] : null;
  if (!left || !right) return left ?? right;
  return distance(ctx, span, right) < distance(ctx, span, left) ? right : left;
}

/** Whether the spans are non-empty, in order, disjoint (each starts at or after the end of the one before) and end by `end`. */
function inOrder(spans: readonly RoleSpan[], end: number): boolean {
  for (let k = 0; k < spans.length; k++) {
    const { tokenStart, tokenEnd } = spans[k];
    if (tokenEnd <= tokenStart || tokenEnd > end || (k > 0 && tokenStart < spans[k - 1].tokenEnd)) return false;
  }
  return true;
}

/** Whether every token of `[from, to)` is in a sentence and sentence numbers never go back. */
function sentencesInOrder(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.sentenceOf[i] < 0 || (i > from && ctx.sentenceOf[i] < ctx.sentenceOf[i - 1])) return false;
  return true;
}

/**
 * Groups role spans into quotes, one per cue: each source and content span joins the nearest cue of its
 * paragraph (same sentence first). Content with no cue in its paragraph joins the last cue of the previous
 * paragraph when that one ends with a colon ("Caddell continued:"), and otherwise stands alone (its speaker
 * is found later from the previous quote).
 */
export function assemble(ctx: QuoteContext, tagged: readonly RoleSpan[], contentless?: RawQuote[]): RawQuote[] {
  const spans = splitAddingClauses(ctx, tagged);
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
    const ordered = inOrder(here, pe) && sentencesInOrder(ctx, ps, pe);
    let cuesBefore = 0;
    for (const span of here) {
      if (span.role === 'cue') { cuesBefore++; continue; }
      const best = ordered ? nearestAround(ctx, span, cues, cuesBefore) : nearestOf(ctx, span, cues);
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
  const index = new RangeIndex(spans);
  extendPostposedClauses(ctx, quotes, index);
  extendClauseEnds(ctx, quotes, index);
  extendOverNestedReports(ctx, quotes);
  const kept = quotes.filter((q) => q.content.length > 0);
  // (the cues left without a content, for a caller that finds them one by rule: stage.ts, speech scope)
  if (contentless) contentless.push(...quotes.filter((q) => q.cue && q.content.length === 0));
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
