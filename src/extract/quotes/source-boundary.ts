import type { Resources } from '../../pipeline/resources.js';
import { isDirect, type RawQuote } from './assemble.js';
import { occupiedTokens, parseBoundaryChooser, pickVariant, QUOTE_MARKS, STOP, type BoundaryChooser } from './boundary-choice.js';
import { bucket } from './cue-filter.js';
import type { QuoteContext } from './context.js';

/*
 * A learned chooser of the attribution scope's source boundaries, the cue chooser's (cue-boundary.ts) twin.
 * About one predicted source in seventeen overlaps a PolNeAR source with other ends: a title or "the" before a
 * name, an appositive or a "who" clause after it, a possessive, one name of a coordination. Every kept
 * quote's source gets its variants — up to MAX_CHANGE tokens added or removed at either end, and longer
 * moves to a phrase boundary (a comma, "who" / "which", the run of free words up to the cue) — never taking a
 * token another kept quote's role (or its own cue or content) holds, and a logistic regression trained on
 * out-of-fold quotes of PolNeAR train (eval/quotes/source-boundary.ts) picks one when its chance beats the
 * current source's by the file's margin. Cues and contents are never changed.
 */
export type SourceBoundary = BoundaryChooser;

export const SOURCE_BOUNDARY_PATH = 'quotes/source-boundary.json';

/** Tokens a short variant adds or removes at one edge. */
export const MAX_SOURCE_CHANGE = 4;
/** The longest run a phrase move reaches over ("a former official who has been involved in cases"). */
const MAX_PHRASE = 16;

/** The shipped chooser, or null when there is none. */
export function loadSourceBoundary(resources: Resources): SourceBoundary | null {
  if (!resources.has(SOURCE_BOUNDARY_PATH)) return null;
  return parseSourceBoundary(resources.json<unknown>(SOURCE_BOUNDARY_PATH), SOURCE_BOUNDARY_PATH);
}

export function parseSourceBoundary(raw: unknown, name = 'source boundary chooser'): SourceBoundary {
  return parseBoundaryChooser(raw, name, 'source boundary chooser');
}

/** A source variant: token range `[start, end)` and its features; the first of a quote's list is its current source. */
export interface SourceVariant {
  start: number;
  end: number;
  features: string[];
}

/** Inside a phrase move a comma may be crossed; these may not. */
const HARD_STOP = new Set([...STOP].filter((w) => w !== ','));
/** Words that open a clause or phrase hanging off a name. */
const OPENERS = new Set(['who', 'which', 'whose', 'whom', 'that', 'including', 'and', 'or']);

/**
 * What a token next to a source edge is: outside the sentence, the quote's cue, its content, punctuation,
 * a clause opener, else its part-of-speech tag.
 */
function tokenClass(ctx: QuoteContext, q: RawQuote, i: number, sentence: { tokenStart: number; tokenEnd: number }): string {
  if (i < sentence.tokenStart) return '<s>';
  if (i >= sentence.tokenEnd) return '</s>';
  if (q.cue && i >= q.cue.tokenStart && i < q.cue.tokenEnd) return 'cue';
  if (q.content.some((c) => i >= c.tokenStart && i < c.tokenEnd)) return 'content';
  const w = ctx.lower[i];
  if (w === ',') return 'comma';
  if (w === '.' || w === '!' || w === '?') return 'stop';
  if (QUOTE_MARKS.has(w)) return 'quote';
  if (OPENERS.has(w) || w === 'the' || w === "'s" || w === '’s') return w;
  return ctx.pos[i] || 'x';
}

const wordAt = (ctx: QuoteContext, i: number, sentence: { tokenStart: number; tokenEnd: number }) =>
  i < sentence.tokenStart ? '<s>' : i >= sentence.tokenEnd ? '</s>' : ctx.lower[i];

/** Does a span edge between tokens `i - 1` and `i` cut a chunk (token `i` continues one)? */
const cutsChunk = (ctx: QuoteContext, i: number) => i > 0 && i < ctx.chunks.length && ctx.chunks[i].startsWith('I-');

/**
 * The variants of a quote's source, the current source first. `occupied` marks every token some kept
 * quote's source, cue or content holds: a variant adds only free tokens of the source's sentence and keeps
 * at least one token.
 */
export function sourceVariants(ctx: QuoteContext, q: RawQuote, occupied: Uint8Array): SourceVariant[] {
  const src = q.source!;
  const s = src.tokenStart;
  const e = src.tokenEnd;
  const sentence = ctx.sentences[ctx.sentenceOf[s]];
  const len = e - s;
  const inSentence = (i: number) => i >= sentence.tokenStart && i < sentence.tokenEnd && !occupied[i];
  const free = (i: number) => inSentence(i) && !STOP.has(ctx.lower[i]);
  const loose = (i: number) => inSentence(i) && !HARD_STOP.has(ctx.lower[i]);
  const side = !q.cue ? 'nocue' : e <= q.cue.tokenStart ? 'before' : 'after';
  const gap = !q.cue ? 'x' : bucket(side === 'before' ? q.cue.tokenStart - e : s - q.cue.tokenEnd, [1, 2, 4]);
  const direct = q.content.length > 0 && isDirect(ctx, q.content) ? 'd' : 'i';
  const cueHead = q.cue ? ctx.lower[q.cue.tokenEnd - 1] : '-';
  const shared = (kind: string, start: number, end: number): string[] => [
    kind, `${kind}|len=${bucket(end - start, [2, 3, 4, 6, 9, 13])}`, `${kind}|side=${side}`, `${kind}|side|gap=${side}|${gap}`,
    `${kind}|direct=${direct}`, `${kind}|first=${ctx.lower[start]}`, `${kind}|firstpos=${ctx.pos[start]}`,
    `${kind}|last=${ctx.lower[end - 1]}`, `${kind}|lastpos=${ctx.pos[end - 1]}`, `${kind}|firstpos|lastpos=${ctx.pos[start]}|${ctx.pos[end - 1]}`,
    `${kind}|prevc=${tokenClass(ctx, q, start - 1, sentence)}`, `${kind}|nextc=${tokenClass(ctx, q, end, sentence)}`,
    `${kind}|cut=${cutsChunk(ctx, start) ? 1 : 0}${cutsChunk(ctx, end) ? 1 : 0}`, `${kind}|comma=${ctx.lower.slice(start, end).includes(',') ? 1 : 0}`,
  ];
  const current = shared('cur', s, e);
  current.push(
    `cur|next=${wordAt(ctx, e, sentence)}`, `cur|prev=${wordAt(ctx, s - 1, sentence)}`, `cur|cue=${cueHead}`,
    `cur|prevpos|nextpos=${ctx.pos[s - 1] ?? '-'}|${ctx.pos[e] ?? '-'}`,
  );
  const out: SourceVariant[] = [{ start: s, end: e, features: current }];
  const seen = new Set([`${s}:${e}`]);
  // near: the changed token next to the old edge; far: the one furthest from it; outside: the token just
  // outside the new source; edge: the new source's token at that edge
  const add = (kind: string, start: number, end: number, from: number, to: number, near: number, far: number, outside: number, edge: number) => {
    if (end <= start || seen.has(`${start}:${end}`)) return;
    seen.add(`${start}:${end}`);
    const n = to - from;
    const words = n <= 3 ? ctx.lower.slice(from, to).join(' ') : `${ctx.lower[from]} … ${ctx.lower[to - 1]}`;
    const pos = n <= 3 ? ctx.pos.slice(from, to).join(' ') : `${ctx.pos[from]} … ${ctx.pos[to - 1]}`;
    const changed = ctx.lower.slice(from, to);
    const outsideClass = tokenClass(ctx, q, outside, sentence);
    const k = bucket(n, [2, 3, 4, 5, 8, 12]);
    out.push({
      start,
      end,
      features: [
        ...shared(kind, start, end), `${kind}${k}`, `${kind}|w=${words}`, `${kind}|pos=${pos}`,
        `${kind}|near=${wordAt(ctx, near, sentence)}`, `${kind}|nearpos=${ctx.pos[near]}`, `${kind}|far=${wordAt(ctx, far, sentence)}`, `${kind}|farpos=${ctx.pos[far]}`,
        `${kind}|out=${outsideClass}`, `${kind}${k}|out=${outsideClass}`, `${kind}|outw=${wordAt(ctx, outside, sentence)}`,
        `${kind}|edge=${wordAt(ctx, edge, sentence)}`, `${kind}|edgepos=${ctx.pos[edge]}`, `${kind}|edge|out=${ctx.pos[edge]}|${outsideClass}`,
        `${kind}|opener=${changed.find((w) => OPENERS.has(w)) ?? '-'}`, `${kind}|commas=${changed.filter((w) => w === ',').length}`,
        `${kind}|cue|near=${cueHead}|${wordAt(ctx, near, sentence)}`,
      ],
    });
  };
  // short moves at the end, then at the start
  for (let k = 1; k <= MAX_SOURCE_CHANGE && free(e + k - 1); k++) add('e+', s, e + k, e, e + k, e, e + k - 1, e + k, e + k - 1);
  for (let k = 1; k <= MAX_SOURCE_CHANGE && k < len; k++) add('e-', s, e - k, e - k, e, e - 1, e - k, e - k, e - k - 1);
  for (let k = 1; k <= MAX_SOURCE_CHANGE && free(s - k); k++) add('s+', s - k, e, s - k, s, s - 1, s - k, s - k - 1, s - k);
  for (let k = 1; k <= MAX_SOURCE_CHANGE && k < len; k++) add('s-', s + k, e, s, s + k, s, s + k - 1, s + k - 1, s + k);
  // phrase moves: out over free words (commas included) to just before a comma or the end of the run, or
  // in to just before a comma or clause opener inside the source (after one, at the start)
  let j = e;
  while (j < e + MAX_PHRASE && loose(j)) {
    j++;
    if ((j - e > MAX_SOURCE_CHANGE) && (!loose(j) || ctx.lower[j] === ',') && ctx.lower[j - 1] !== ',') add('e>', s, j, e, j, e, j - 1, j, j - 1);
  }
  j = s;
  while (j > s - MAX_PHRASE && loose(j - 1)) {
    j--;
    if ((s - j > MAX_SOURCE_CHANGE) && (!loose(j - 1) || ctx.lower[j - 1] === ',') && ctx.lower[j] !== ',') add('s<', j, e, j, s, s - 1, j, j - 1, j);
  }
  for (let i = s + 1; i < e - MAX_SOURCE_CHANGE; i++) {
    if (ctx.lower[i] === ',' || OPENERS.has(ctx.lower[i])) add('e<', s, i, i, e, e - 1, i, i, i - 1);
  }
  for (let i = s + MAX_SOURCE_CHANGE; i < e - 1; i++) {
    if (ctx.lower[i] === ',') add('s>', i + 1, e, s, i + 1, s, i, i, i + 1);
  }
  return out;
}

/** One quote's variants as the chooser saw them, and the one it took (0: the source as it was). */
export interface SourceChoice {
  quote: RawQuote;
  variants: SourceVariant[];
  chosen: number;
}

/**
 * Chooses the source boundaries of `quotes` (the attribution scope's kept quotes, after the cue chooser) in
 * order, changing each `q.source` in place; quotes in `fixed` (the layout rules') keep theirs. With `chooser`
 * null nothing changes (the variants are still made, for `eval/quotes/source-boundary.ts --dump`).
 */
export function chooseSourceBoundaries(ctx: QuoteContext, chooser: SourceBoundary | null, quotes: readonly RawQuote[], fixed: (q: RawQuote) => boolean): SourceChoice[] {
  const occupied = occupiedTokens(ctx.tokens.length, quotes);
  const choices: SourceChoice[] = [];
  const done = new Map<string, [number, number]>();
  for (const q of quotes) {
    if (!q.source || fixed(q)) continue;
    const key = `${q.source.tokenStart}:${q.source.tokenEnd}`;
    // several quotes may share one source span: it is chosen once and every one of them follows
    const before = done.get(key);
    if (before) {
      q.source = { ...q.source, tokenStart: before[0], tokenEnd: before[1] };
      continue;
    }
    const variants = sourceVariants(ctx, q, occupied);
    const chosen = pickVariant(chooser, variants.map((v) => v.features));
    if (chosen > 0) {
      const v = variants[chosen];
      occupied.fill(0, q.source.tokenStart, q.source.tokenEnd);
      occupied.fill(1, v.start, v.end);
      q.source = { ...q.source, tokenStart: v.start, tokenEnd: v.end };
    }
    done.set(key, [q.source.tokenStart, q.source.tokenEnd]);
    choices.push({ quote: q, variants, chosen });
  }
  return choices;
}
