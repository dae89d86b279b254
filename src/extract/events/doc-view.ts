import type { Doc } from '../../model/doc.js';
import type { Entity, EntityType, Timex } from '../../model/layers.js';
import type { DatePrecision } from './event-date.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS } from './words.js';

/** An entity mention placed on the token grid. */
export interface TokenMention {
  entity: Entity;
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  /** The mention covers only part of its token(s): a modifier inside a compound ("Israel-Hamas war", "Iran-backed"). */
  partial: boolean;
}

export interface TokenTimex {
  timex: Timex;
  tokenStart: number;
  tokenEnd: number;
  /**
   * Its calendar date as an event date, or null when it names none; undefined until event-date.ts first needs
   * it (each trigger of the sentence asks again, so it is parsed once here rather than per trigger).
   */
  eventDate: { date: string; precision: DatePrecision } | null | undefined;
}

/**
 * What the event coder reads of a document, indexed by token: lower-cased words, clause ids, and which
 * entity mention or time expression covers each token. Built once per document in linear time.
 */
export interface DocView {
  doc: Readonly<Doc>;
  lower: string[];
  /**
   * The singular forms the event dictionary leaves implicit for each lower-cased word ending in "s" ("talks" →
   * "talk", "taxes" → "tax", "parties" → "party"), else null. Built once so pattern matching slices no strings.
   */
  singulars: (string[] | null)[];
  /** Clause id of each token; separator punctuation gets its own clause id. */
  clause: Int32Array;
  clauseStart: number[];
  clauseEnd: number[];
  isSeparator: Uint8Array;
  mentions: TokenMention[];
  /** Index into `mentions` of the mention covering each token, or -1. */
  mentionAt: Int32Array;
  timexes: TokenTimex[];
  timexAt: Int32Array;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** 1 where a coded trigger was found, 2 for a form that codes nothing ("forces"); filled in by findTriggers. */
  triggerAt: Uint8Array;
  /** 1 where a cancelling verb was found ("cancelled", "called off"). */
  cancelAt: Uint8Array;
}

/** Index of the token that contains or starts at/after `offset`. */
function tokenAtOrAfter(starts: number[], ends: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function spanToTokens(starts: number[], ends: number[], start: number, end: number): [number, number] | null {
  const first = tokenAtOrAfter(starts, ends, start);
  let last = first;
  while (last < starts.length && starts[last] < end) last++;
  return last > first ? [first, last] : null;
}

const CLAUSE_OPENING_AFTER_AS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'well', 'soon', 'long', 'part', 'of']);

/**
 * "denounced as an ugly crime Serbia's suppression", "condemned as unacceptable": "as" after a past verb and
 * before a predicate (not a subject) belongs to the verb's phrase; it opens no clause.
 */
function judgingAs(lower: string[], i: number): boolean {
  return lower[i] === 'as' && /ed$/.test(lower[i - 1] ?? '') && /^[a-z]+$/.test(lower[i + 1] ?? '') && !CLAUSE_OPENING_AFTER_AS.has(lower[i + 1]);
}

/** The candidate singulars of a word ending in "s" (every rule that applies, as the dictionary's plurals vary). */
function singularForms(w: string): string[] | null {
  if (!w.endsWith('s')) return null;
  const forms = [w.slice(0, -1)];
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('ies')) forms.push(w.slice(0, -3) + 'y');
  return forms;
}

export function buildDocView(doc: Readonly<Doc>): DocView {
  const n = doc.tokens.length;
  // One pass over the tokens fills every per-token array (this runs for every token of every article).
  const lower: string[] = [];
  const singulars: (string[] | null)[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const t of doc.tokens) {
    let w = t.text.toLowerCase();
    if (w.includes('’') || w.includes('‘')) w = w.replace(/[’‘]/g, "'");
    lower.push(w);
    singulars.push(singularForms(w));
    starts.push(t.start);
    ends.push(t.end);
  }

  const sentenceOf = new Int32Array(n).fill(-1);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = si;
  }

  const clause = new Int32Array(n);
  const isSeparator = new Uint8Array(n);
  const clauseStart: number[] = [];
  const clauseEnd: number[] = [];
  let current = -1;
  for (const s of doc.sentences) {
    let open = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = lower[i];
      // CLAUSE_PUNCT holds every dash and double quote, so one set lookup decides.
      const sep = CLAUSE_PUNCT.has(w);
      if (sep) {
        isSeparator[i] = 1;
        current++; clauseStart.push(i); clauseEnd.push(i + 1);
        clause[i] = current;
        open = false;
        continue;
      }
      if (!open || (CLAUSE_WORDS.has(w) && i > s.tokenStart && clauseStart[current] !== i && !judgingAs(lower, i))) {
        current++; clauseStart.push(i); clauseEnd.push(i + 1);
        open = true;
      }
      clause[i] = current;
      clauseEnd[current] = i + 1;
    }
  }

  const mentions: TokenMention[] = [];
  const mentionAt = new Int32Array(n).fill(-1);
  for (const entity of doc.entities) {
    for (const m of entity.mentions) {
      const range = spanToTokens(starts, ends, m.start, m.end);
      if (range) mentions.push({ entity, type: entity.type, tokenStart: range[0], tokenEnd: range[1], partial: m.start > starts[range[0]] || m.end < ends[range[1] - 1] });
    }
  }
  // Longer mentions first, so a token keeps the widest mention that covers it.
  mentions.sort((a, b) => (b.tokenEnd - b.tokenStart) - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
  const kept: TokenMention[] = [];
  for (const m of mentions) {
    let free = true;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (mentionAt[i] >= 0) { free = false; break; }
    if (!free) continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt[i] = kept.length;
    kept.push(m);
  }

  const timexes: TokenTimex[] = [];
  const timexAt = new Int32Array(n).fill(-1);
  for (const timex of doc.timexes) {
    const range = spanToTokens(starts, ends, timex.start, timex.end);
    if (!range) continue;
    for (let i = range[0]; i < range[1]; i++) timexAt[i] = timexes.length;
    timexes.push({ timex, tokenStart: range[0], tokenEnd: range[1], eventDate: undefined });
  }

  return { doc, lower, singulars, clause, clauseStart, clauseEnd, isSeparator, mentions: kept, mentionAt, timexes, timexAt, sentenceOf, triggerAt: new Uint8Array(n), cancelAt: new Uint8Array(n) };
}
