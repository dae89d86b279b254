import type { Span } from '../../model/span.js';
import type { QuoteContext } from './context.js';
import type { CueLexicon } from './cue-lexicon.js';
import { passiveBy, possessiveStart, sayPreposition, type EdgeRule, type EdgeSpan } from './cue-edges.js';
import { auxBefore, participleFor, passiveIn, passiveTo } from './cue-edge-conventions.js';

/*
 * PolNeAR's annotators draw some edges differently (docs/quotes-and-claims.md, "Cue boundaries"): most leave
 * an opening possessive 's out of a cue, a few put it in. Trained on both, the tagger spends weight on what
 * no feature can tell apart (the annotator). The trainer's `--normalize-labels` moves the minority of train's
 * gold to the majority side before the labels are made; the evaluation always scores against gold as written.
 * Only conventions with a measured majority of about 70 % or more on train are here (rates in the comments:
 * every annotator's file of train; cue rules by eval/quotes/cue-edge-rates.ts, fragment edges by
 * eval/quotes/fragment-edges.ts). The cue rules are the very rules the stage applies after tagging
 * (cue-edges.ts) or measures (cue-edge-conventions.ts), so there is one definition of each convention.
 */

/** One attribution's gold fragments by role, as PolNeAR gives them (character spans, maybe discontinuous). */
export interface GoldRoles { source: Span[]; cue: Span[]; content: Span[] }

/**
 * A cue convention: the rule, and where a token it trims from the cue goes. `owner`: to the same attribution's
 * source or content fragment that ends right before it ("Trump['s] [suggestion]": the 's joins "Trump"); `none`:
 * to no role of the attribution ("[said] of", "[criticized] by": the word is outside every fragment in the
 * majority of train).
 */
interface CueConvention { rule: EdgeRule; trimmedTo: 'owner' | 'none' }

export const CUE_CONVENTIONS: Readonly<Record<string, CueConvention>> = {
  possessiveStart: { rule: possessiveStart, trimmedTo: 'owner' }, // 89 %
  sayPreposition: { rule: sayPreposition, trimmedTo: 'none' }, // 93 %
  passiveBy: { rule: passiveBy, trimmedTo: 'none' }, // 74 %
  passiveTo: { rule: passiveTo, trimmedTo: 'none' }, // 86 %
  passiveIn: { rule: passiveIn, trimmedTo: 'none' }, // 82 %
  auxBefore: { rule: auxBefore, trimmedTo: 'none' }, // 98 %
  participleFor: { rule: participleFor, trimmedTo: 'none' }, // 76 %
};

type FragmentRole = 'source' | 'content';

/** A fragment edge convention: whether a token matching `word` at (inside) or next to (outside) the `edge` of a `role` fragment belongs in it. */
interface EdgeConvention { role: FragmentRole; edge: 'start' | 'end'; word: (ctx: QuoteContext, i: number) => boolean; inside: boolean }

const oneOf = (words: string[]) => { const set = new Set(words); return (ctx: QuoteContext, i: number) => set.has(ctx.lower[i]); };
const OPENING_QUOTES = oneOf(['"', '“']);

/** Train, every annotator's file: in / out of the fragment at that edge. */
export const EDGE_CONVENTIONS: Readonly<Record<string, EdgeConvention>> = {
  contentEndStop: { role: 'content', edge: 'end', word: oneOf(['.', ',']), inside: false }, // 520 / 13,294 (4 % in)
  contentStartThat: { role: 'content', edge: 'start', word: oneOf(['that']), inside: true }, // 2,620 / 22 (99 %)
  contentOpeningQuote: { role: 'content', edge: 'start', word: OPENING_QUOTES, inside: true }, // 5,108 / 43 (99 %)
  contentClosingQuote: { role: 'content', edge: 'end', word: oneOf(['"', '”']), inside: true }, // 6,272 / 9 (100 %)
  sourceStartDeterminer: { role: 'source', edge: 'start', word: oneOf(['the', 'a', 'an']), inside: true }, // 2,928 / 33 (99 %)
  sourceOpeningQuote: { role: 'source', edge: 'start', word: OPENING_QUOTES, inside: false }, // 10 / 155 (6 % in)
  sourcePossessive: { role: 'source', edge: 'end', word: (ctx, i) => ctx.pos[i] === 'POS', inside: true }, // 233 / 10 (96 %)
};

/** Which conventions `normalizeGold` applies: the cue rules alone, or the cue rules and the fragment edges. */
export type Normalization = 'cue' | 'all';

/** How many gold fragments each convention changed. */
export type NormalizationTally = Map<string, number>;

/** Character offsets ↔ token indices of a context, for fragments that start and end on token boundaries. */
function tokenIndex(ctx: QuoteContext) {
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  ctx.tokens.forEach((t, i) => { startAt.set(t.start, i); endAt.set(t.end, i + 1); });
  return { startAt, endAt };
}

const count = (tally: NormalizationTally, name: string) => tally.set(name, (tally.get(name) ?? 0) + 1);

/** The token range of a whole cue (its fragments from first to last), or null when it does not start and end on token boundaries. */
function cueRange(cue: readonly Span[], index: ReturnType<typeof tokenIndex>): EdgeSpan | null {
  if (!cue.length) return null;
  const start = index.startAt.get(Math.min(...cue.map((s) => s[0])));
  const end = index.endAt.get(Math.max(...cue.map((s) => s[1])));
  return start === undefined || end === undefined || end <= start ? null : { start, end };
}

/** Whether token `i` lies inside one of the attribution's fragments. */
const covered = (ctx: QuoteContext, a: GoldRoles, i: number) =>
  [...a.source, ...a.cue, ...a.content].some(([s, e]) => s <= ctx.tokens[i].start && ctx.tokens[i].end <= e);

/** Applies the cue conventions to one attribution; returns it unchanged when none applies or one cannot be followed cleanly. */
function normalizeCue(ctx: QuoteContext, lexicon: CueLexicon, a: GoldRoles, index: ReturnType<typeof tokenIndex>, tally: NormalizationTally): GoldRoles {
  let out = a;
  for (const [name, { rule, trimmedTo }] of Object.entries(CUE_CONVENTIONS)) {
    const range = cueRange(out.cue, index);
    if (!range) return out;
    const next = rule(ctx, lexicon, range);
    if (!next || (next.start === range.start && next.end === range.end)) continue;
    const changed = moveCueEdge(ctx, out, range, next, trimmedTo);
    if (!changed) continue;
    out = changed;
    count(tally, name);
  }
  return out;
}

/**
 * The attribution with its cue moved from `from` to `to` (one edge, by one or more tokens). A token the cue
 * gains leaves the attribution's other fragment only when it is that fragment's first or last token and the
 * fragment keeps at least one; otherwise the change is not made (null).
 */
function moveCueEdge(ctx: QuoteContext, a: GoldRoles, from: EdgeSpan, to: EdgeSpan, trimmedTo: 'owner' | 'none'): GoldRoles | null {
  const tok = ctx.tokens;
  const lo = tok[to.start].start;
  const hi = tok[to.end - 1].end;
  const cue = a.cue.map(([s, e]) => [Math.max(s, lo), Math.min(e, hi)] as Span).filter(([s, e]) => s < e);
  if (!cue.length) return null;
  // Widening: the first or last fragment stretches to the new edge.
  if (to.start < from.start) cue[0] = [lo, cue[0][1]];
  if (to.end > from.end) cue[cue.length - 1] = [cue[cue.length - 1][0], hi];
  let source = a.source;
  let content = a.content;
  // Tokens the cue gains: out of the other fragments.
  const gained = [...range(to.start, from.start), ...range(from.end, to.end)];
  for (const i of gained) {
    const take = (frags: Span[]): Span[] | null => {
      const out: Span[] = [];
      for (const [s, e] of frags) {
        if (e <= tok[i].start || s >= tok[i].end) { out.push([s, e]); continue; }
        if (s >= tok[i].start && i + 1 < tok.length && e > tok[i + 1].start) out.push([tok[i + 1].start, e]);
        else if (e <= tok[i].end && i > 0 && s < tok[i - 1].end) out.push([s, tok[i - 1].end]);
        else return null;
      }
      return out;
    };
    const s = take(source);
    const c = take(content);
    if (!s || !c) return null;
    source = s;
    content = c;
  }
  // A token trimmed from the cue's start joins the fragment of its owner, right before it.
  if (trimmedTo === 'owner' && to.start > from.start && from.start > 0) {
    const ownerEnd = tok[from.start - 1].end;
    const join = (frags: Span[]) => frags.map(([s, e]) => (e === ownerEnd ? [s, tok[to.start - 1].end] as Span : [s, e] as Span));
    source = join(source);
    content = join(content);
  }
  return { source, cue, content };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Whether tokens `i` and `i + 1` are in the same paragraph (no line break between them). */
const adjacent = (ctx: QuoteContext, i: number) => !ctx.text.slice(ctx.tokens[i].end, ctx.tokens[i + 1].start).includes('\n');

/** Applies the fragment edge conventions to one attribution's source and content fragments. */
function normalizeEdges(ctx: QuoteContext, a: GoldRoles, index: ReturnType<typeof tokenIndex>, tally: NormalizationTally): GoldRoles {
  const tok = ctx.tokens;
  const out: GoldRoles = { source: [...a.source], cue: a.cue, content: [...a.content] };
  for (const [name, c] of Object.entries(EDGE_CONVENTIONS)) {
    const frags = out[c.role];
    frags.forEach(([cs, ce], k) => {
      const s = index.startAt.get(cs);
      const e = index.endAt.get(ce);
      if (s === undefined || e === undefined || e <= s) return;
      let next: Span | null = null;
      if (!c.inside && c.edge === 'end' && e - s >= 2 && c.word(ctx, e - 1)) next = [cs, tok[e - 2].end];
      else if (!c.inside && c.edge === 'start' && e - s >= 2 && c.word(ctx, s)) next = [tok[s + 1].start, ce];
      // A word right outside joins only a fragment that does not already have one at that edge (“… up.” followed by
      // the next paragraph's opening quote) and only within its paragraph.
      else if (c.inside && c.edge === 'start' && s > 0 && !c.word(ctx, s) && c.word(ctx, s - 1) && !covered(ctx, out, s - 1) && adjacent(ctx, s - 1)) next = [tok[s - 1].start, ce];
      else if (c.inside && c.edge === 'end' && e < tok.length && !c.word(ctx, e - 1) && c.word(ctx, e) && !covered(ctx, out, e) && adjacent(ctx, e - 1)) next = [cs, tok[e].end];
      if (!next) return;
      frags[k] = next;
      count(tally, name);
    });
  }
  return out;
}

/**
 * One article's gold attributions moved to the majority conventions (`cue`: the cue rules; `all`: also the
 * source and content edges). Fragments that do not start and end on token boundaries are left as they are.
 */
export function normalizeGold<A extends GoldRoles>(ctx: QuoteContext, lexicon: CueLexicon, attributions: readonly A[], which: Normalization, tally: NormalizationTally = new Map()): A[] {
  const index = tokenIndex(ctx);
  return attributions.map((a) => {
    let out: GoldRoles = normalizeCue(ctx, lexicon, a, index, tally);
    if (which === 'all') out = normalizeEdges(ctx, out, index, tally);
    return { ...a, ...out };
  });
}
