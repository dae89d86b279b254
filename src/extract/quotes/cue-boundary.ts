import type { Resources } from '../../pipeline/resources.js';
import { isDirect, type RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import { GRADED_MARGINS } from './role-margins.js';
import { occupiedTokens, parseBoundaryChooser, pickVariant, QUOTE_MARKS, STOP, type BoundaryChooser } from './boundary-choice.js';
import { bucket } from './cue-filter.js';
import { WEEKDAYS } from './cue-edges.js';

/*
 * A learned chooser of the attribution scope's cue boundaries. About one predicted cue in eleven overlaps a
 * PolNeAR cue with other ends ("said Friday" / "said", "said in a statement" / "said", "criticized by" /
 * "criticized"), a long tail of patterns whose train majority is weak one by one (cue-edges.ts keeps the few
 * clear ones as rules). Here every kept quote's cue gets its variants — up to MAX_CHANGE tokens added or
 * removed at its end or at its start, never taking a token another role holds — and a logistic regression
 * (src/ml/logistic.ts) trained on out-of-fold quotes of PolNeAR train (eval/quotes/cue-boundary.ts) gives
 * each variant, the current cue included, the chance that it is exactly PolNeAR's cue. A variant replaces
 * the cue only when its chance beats the current cue's by the file's margin. Sources and contents are
 * never changed.
 */
export type CueBoundary = BoundaryChooser;

export const CUE_BOUNDARY_PATH = 'quotes/cue-boundary.json';

/** How many tokens a variant adds or removes at one edge ("in a phone interview" is four). */
export const MAX_CHANGE = 4;

/** The shipped chooser, or null when there is none. */
export function loadCueBoundary(resources: Resources): CueBoundary | null {
  if (!resources.has(CUE_BOUNDARY_PATH)) return null;
  return parseCueBoundary(resources.json<unknown>(CUE_BOUNDARY_PATH), CUE_BOUNDARY_PATH);
}

/** Checks the shape of a chooser read from JSON. */
export function parseCueBoundary(raw: unknown, name = 'cue boundary chooser'): CueBoundary {
  return parseBoundaryChooser(raw, name, 'cue boundary chooser');
}

/** A cue variant: token range `[start, end)` and its features; the first of a quote's list is its current cue. */
export interface CueVariant {
  start: number;
  end: number;
  features: string[];
  /** The variant takes the first token of the content fragment after the cue (`e+c`), which then starts one later. */
  takesContent?: boolean;
}

/** Words that open a reported clause, which PolNeAR leaves in the content. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'because', 'while', 'although', 'since']);

/** The cue's head: its last verb, or its last word when it has none (as the cue filter reads it). */
function headOf(ctx: QuoteContext, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (ctx.pos[i].startsWith('VB')) return i;
  return end - 1;
}

/**
 * What a token next to a cue edge is, as a class: outside the sentence, a role of the same quote (its source,
 * the start of a content fragment), punctuation, "that", a weekday, else its part-of-speech tag.
 */
function tokenClass(ctx: QuoteContext, q: RawQuote, i: number, sentence: { tokenStart: number; tokenEnd: number }): string {
  if (i < sentence.tokenStart) return '<s>';
  if (i >= sentence.tokenEnd) return '</s>';
  if (q.source && i >= q.source.tokenStart && i < q.source.tokenEnd) return 'source';
  if (q.content.some((c) => c.tokenStart === i)) return 'content';
  if (q.content.some((c) => i > c.tokenStart && i < c.tokenEnd)) return 'incontent';
  const w = ctx.lower[i];
  if (w === ',') return 'comma';
  if (w === '.' || w === '!' || w === '?') return 'stop';
  if (QUOTE_MARKS.has(w)) return 'quote';
  if (w === ':') return 'colon';
  if (w === 'that') return 'that';
  if (WEEKDAYS.has(w)) return 'weekday';
  return ctx.pos[i] || 'x';
}

const wordAt = (ctx: QuoteContext, i: number, sentence: { tokenStart: number; tokenEnd: number }) =>
  i < sentence.tokenStart ? '<s>' : i >= sentence.tokenEnd ? '</s>' : WEEKDAYS.has(ctx.lower[i]) ? '<weekday>' : ctx.lower[i];

/** What every variant of a quote's cue shares (the quote around the cue), prefixed by the variant's kind. */
function sharedFeatures(ctx: QuoteContext, q: RawQuote): (kind: string, start: number, end: number) => string[] {
  const cue = q.cue!;
  const s = cue.tokenStart;
  const e = cue.tokenEnd;
  const sentence = ctx.sentences[ctx.sentenceOf[s]];
  const src = !q.source ? 'none' : q.source.tokenEnd <= s ? 'before' : 'after';
  const side = q.content.every((c) => c.tokenEnd <= s) ? 'before' : q.content.every((c) => c.tokenStart >= e) ? 'after' : 'both';
  const extra = cue.extraLevel;
  const level = extra !== undefined ? 'x' : bucket(cue.marginLevel ?? (cue.lowMargin ? 0 : GRADED_MARGINS.cue.length), [3, 6, 9]);
  const direct = q.content.length > 0 && isDirect(ctx, q.content);
  const rel = bucket((s - sentence.tokenStart) / Math.max(1, sentence.tokenEnd - sentence.tokenStart), [0.1, 0.3, 0.6, 0.9]);
  return (kind, start, end) => {
    const head = headOf(ctx, start, end);
    const h = ctx.lower[head];
    return [
      kind, `${kind}|h=${h}`, `${kind}|hpos=${ctx.pos[head]}`, `${kind}|m=${level}`, `${kind}|src=${src}`, `${kind}|side=${side}`,
      `${kind}|src|side=${src}|${side}`, `${kind}|rel=${rel}`, `${kind}|len=${bucket(end - start, [2, 3, 4, 5])}`,
      ...(direct ? [`${kind}|direct`] : []),
    ];
  };
}

/**
 * The chooser's features of a quote's cue as it is (`cur`): the words and classes just outside its edges,
 * its first and last word, its head with the next and the last word, and what every variant shares. The
 * learned cue filter reads them too (stage.ts), so that it tells a wrong cue from a right one with other edges.
 */
export function cueEdgeFeatures(ctx: QuoteContext, q: RawQuote): string[] {
  const s = q.cue!.tokenStart;
  const e = q.cue!.tokenEnd;
  const sentence = ctx.sentences[ctx.sentenceOf[s]];
  const current = sharedFeatures(ctx, q)('cur', s, e);
  const head = ctx.lower[headOf(ctx, s, e)];
  const next = wordAt(ctx, e, sentence);
  const next2 = `${next} ${wordAt(ctx, e + 1, sentence)}`;
  const prev = wordAt(ctx, s - 1, sentence);
  const last = wordAt(ctx, e - 1, sentence);
  const first = wordAt(ctx, s, sentence);
  current.push(
    `cur|next=${next}`, `cur|next2=${next2}`, `cur|nextc=${tokenClass(ctx, q, e, sentence)}`, `cur|h|next=${head}|${next}`,
    `cur|prev=${prev}`, `cur|prevc=${tokenClass(ctx, q, s - 1, sentence)}`, `cur|last=${last}`, `cur|lastpos=${ctx.pos[e - 1]}`,
    `cur|first=${first}`, `cur|firstpos=${ctx.pos[s]}`, `cur|h|last=${head}|${last}`, `cur|lastpos|next=${ctx.pos[e - 1]}|${tokenClass(ctx, q, e, sentence)}`,
  );
  return current;
}

/**
 * The variants of a quote's cue, the current cue first. `occupied` marks every token some kept quote's
 * source, cue or content holds: a variant adds only free tokens of the cue's sentence, none a clause
 * stop (STOP), and keeps at least one token.
 */
export function cueVariants(ctx: QuoteContext, q: RawQuote, occupied: Uint8Array): CueVariant[] {
  const cue = q.cue!;
  const s = cue.tokenStart;
  const e = cue.tokenEnd;
  const sentence = ctx.sentences[ctx.sentenceOf[s]];
  const len = e - s;
  const free = (i: number) => i >= sentence.tokenStart && i < sentence.tokenEnd && !occupied[i] && !STOP.has(ctx.lower[i]);
  const shared = sharedFeatures(ctx, q);
  const head = ctx.lower[headOf(ctx, s, e)];
  const current = cueEdgeFeatures(ctx, q);
  const out: CueVariant[] = [{ start: s, end: e, features: current }];
  // near: the changed token next to the old edge; far: the one furthest from it; outside: the token just
  // outside the new cue; edge: the new cue's token at that edge
  const variant = (kind: string, k: number, start: number, end: number, changedFrom: number, changedTo: number, near: number, far: number, outside: number, edge: number): CueVariant => {
    const words = ctx.lower.slice(changedFrom, changedTo).map((w) => (WEEKDAYS.has(w) ? '<weekday>' : w)).join(' ');
    const pos = ctx.pos.slice(changedFrom, changedTo).join(' ');
    const nearWord = wordAt(ctx, near, sentence);
    const outsideClass = tokenClass(ctx, q, outside, sentence);
    const fine = ctx.wordClasses ? ctx.wordClasses.fine(ctx.words.hash[ctx.wordIds[near]]) : -1;
    const h = ctx.lower[headOf(ctx, start, end)];
    return {
      start,
      end,
      features: [
        ...shared(kind, start, end), `${kind}${k}`, `${kind}|w=${words}`, `${kind}|pos=${pos}`, `${kind}|h|w=${h}|${words}`,
        `${kind}|near=${nearWord}`, `${kind}|nearpos=${ctx.pos[near]}`, `${kind}|nearc=${tokenClass(ctx, q, near, sentence)}`,
        `${kind}|far=${wordAt(ctx, far, sentence)}`, `${kind}|farpos=${ctx.pos[far]}`,
        `${kind}|out=${outsideClass}`, `${kind}${k}|out=${outsideClass}`, `${kind}|w|out=${words}|${outsideClass}`,
        `${kind}|outw=${wordAt(ctx, outside, sentence)}`, `${kind}|h|near=${head}|${nearWord}`,
        `${kind}|edge=${wordAt(ctx, edge, sentence)}`, `${kind}|edgepos=${ctx.pos[edge]}`, `${kind}|edge|out=${ctx.pos[edge]}|${outsideClass}`,
        `${kind}|fc=${fine}`, `${kind}|cc=${fine >= 0 && ctx.wordClasses ? ctx.wordClasses.coarse(fine) : -1}`,
      ],
    };
  };
  // the end: tokens added after it (near = the first added, far = the new last), or removed from it
  for (let k = 1; k <= MAX_CHANGE && free(e + k - 1); k++) out.push(variant('e+', k, s, e + k, e, e + k, e, e + k - 1, e + k, e + k - 1));
  for (let k = 1; k <= MAX_CHANGE && k < len; k++) out.push(variant('e-', k, s, e - k, e - k, e, e - 1, e - k, e - k, e - k - 1));
  // a preposition the tagger gave to the content right after the cue ("[respond] [to the …]" against
  // PolNeAR's "[respond to] [the …]"), as cue-edges.ts's participleAs moves an "as": the content keeps the rest
  const after = q.content.find((c) => c.tokenStart === e);
  if (after && after.tokenEnd - after.tokenStart >= 2 && (ctx.pos[e] === 'IN' || ctx.pos[e] === 'TO') && !CLAUSE_OPENERS.has(ctx.lower[e]) && ctx.sentenceOf[e] === ctx.sentenceOf[s]) {
    out.push({ ...variant('e+c', 1, s, e + 1, e, e + 1, e, e, e + 1, e), takesContent: true });
  }
  // the start likewise
  for (let k = 1; k <= MAX_CHANGE && free(s - k); k++) out.push(variant('s+', k, s - k, e, s - k, s, s - 1, s - k, s - k - 1, s - k));
  for (let k = 1; k <= MAX_CHANGE && k < len; k++) out.push(variant('s-', k, s + k, e, s, s + k, s, s + k - 1, s + k - 1, s + k));
  return out;
}

/** One quote's variants as the chooser saw them, and the one it took (0: the cue as it was). */
export interface CueChoice {
  quote: RawQuote;
  variants: CueVariant[];
  chosen: number;
}

/**
 * Chooses the cue boundaries of `quotes` (the attribution scope's kept quotes) in order, changing each
 * `q.cue` in place; quotes in `fixed` (the layout rules') keep theirs. With `chooser` null nothing
 * changes (the variants are still made, for `eval/quotes/cue-boundary.ts --dump`).
 */
export function chooseCueBoundaries(ctx: QuoteContext, chooser: CueBoundary | null, quotes: readonly RawQuote[], fixed: (q: RawQuote) => boolean): CueChoice[] {
  const occupied = occupiedTokens(ctx.tokens.length, quotes);
  const choices: CueChoice[] = [];
  for (const q of quotes) {
    if (!q.cue || fixed(q)) continue;
    const variants = cueVariants(ctx, q, occupied);
    const chosen = pickVariant(chooser, variants.map((v) => v.features));
    if (chosen > 0) {
      // the tokens the cue leaves are free for the quotes after it, and those it takes are not
      const cue = q.cue;
      const v = variants[chosen];
      occupied.fill(0, cue.tokenStart, cue.tokenEnd);
      occupied.fill(1, v.start, v.end);
      q.cue = { ...cue, tokenStart: v.start, tokenEnd: v.end };
      if (v.takesContent) q.content = q.content.map((c) => (c.tokenStart === cue.tokenEnd ? { ...c, tokenStart: c.tokenStart + 1 } : c));
    }
    choices.push({ quote: q, variants, chosen });
  }
  return choices;
}
