import type { Doc } from '../../model/doc.js';
import type { Entity, EntityType, Sentence, Timex, Token } from '../../model/layers.js';
import type { DatePrecision } from './event-date.js';
import { sentenceWindows } from '../../text/sentence-windows.js';
import { WordShapes } from './word-shapes.js';
import { lowerWord } from './word-tests.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS } from './words.js';

/** Most tokens are no clause punctuation or clause word: their shape says so without a set lookup. */
const CLAUSE_SHAPES = new WordShapes([...CLAUSE_PUNCT, ...CLAUSE_WORDS], 12);

/** An entity mention placed on the token grid. */
export interface TokenMention {
  entity: Entity;
  /** The entity's id, type and country, copied: entities come in several object shapes, mentions in one. */
  id: string;
  type: EntityType;
  country: string | null;
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
  /** 1 where the token's text starts with a capital A–Z. */
  capital: Uint8Array;
  /**
   * The singular forms the event dictionary leaves implicit for each lower-cased word ending in "s" ("talks" →
   * "talk", "taxes" → "tax", "parties" → "party"), else null; undefined until `singularsAt` first needs them
   * (only words near verb triggers are ever asked for).
   */
  singulars: (string[] | null | undefined)[];
  /** Clause id of each token; separator punctuation gets its own clause id. */
  clause: Int32Array;
  clauseStart: number[];
  clauseEnd: number[];
  isSeparator: Uint8Array;
  mentions: TokenMention[];
  /** Index into `mentions` of the mention covering each token, or -1. */
  mentionAt: Int32Array;
  timexes: TokenTimex[];
  /** The timexes starting in each clause, in `timexes` order. */
  timexesByClause: Map<number, TokenTimex[]>;
  /** Sentence start → its opening timex ("In December, …") or null; filled by event-date.ts as asked. */
  openingTimex: Map<number, TokenTimex | null>;
  timexAt: Int32Array;
  /**
   * The sentences as the coder reads them: the document's, with an overlong one cut into windows (see
   * sentence-windows.ts). Every per-sentence search reads these, never `doc.sentences`.
   */
  sentences: Sentence[];
  /** Index in `doc.sentences` of each of `sentences` (what an event records as its sentence). */
  docSentenceOf: Int32Array;
  /** Index in `sentences` of each token. */
  sentenceOf: Int32Array;
  /** 1 where a coded trigger was found, 2 for a form that codes nothing ("forces"); filled in by findTriggers. */
  triggerAt: Uint8Array;
  /** 1 where a cancelling verb was found ("cancelled", "called off"). */
  cancelAt: Uint8Array;
}

/** Index of the token that contains or starts at/after `offset`. */
function tokenAtOrAfter(starts: Int32Array, ends: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function spanToTokens(starts: Int32Array, ends: Int32Array, start: number, end: number): [number, number] | null {
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
  // Every test runs on every call (i > 0 here; reads stay inside the array): a test that runs only in rare
  // cases has no type feedback when V8 optimises the caller, and its first run then throws the caller's
  // optimised code away (in some runs over and over).
  const afterPast = lower[i - 1].endsWith('ed');
  const next = i + 1 < lower.length ? lower[i + 1] : '';
  const predicate = lowerWord(next) && !CLAUSE_OPENING_AFTER_AS.has(next);
  return lower[i] === 'as' && afterPast && predicate;
}


/** Token i's candidate singulars (see `DocView.singulars`), worked out on first use. */
export function singularsAt(view: DocView, i: number): string[] | null {
  let forms = view.singulars[i];
  if (forms === undefined) view.singulars[i] = forms = singularForms(view.lower[i]);
  return forms;
}

/** The candidate singulars of a word ending in "s" (every rule that applies, as the dictionary's plurals vary). */
function singularForms(w: string): string[] | null {
  if (!w.endsWith('s')) return null;
  const forms = [w.slice(0, -1)];
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('ies')) forms.push(w.slice(0, -3) + 'y');
  return forms;
}

/** What the view keeps of each token, filled in one pass over the tokens. */
interface TokenArrays {
  /** Lower-cased texts, curly apostrophes made straight ("Iran’s" → "iran's"). */
  lower: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where the text starts with a capital A–Z. */
  capital: Uint8Array;
}

/**
 * Could toLowerCase change the text? (It copies the string even when nothing changes: ~24 bytes per token of
 * garbage otherwise. Any non-ASCII character counts as a possible change.)
 */
function hasUpperOrNonAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

function tokenArrays(tokens: readonly Token[], text: string): TokenArrays {
  const n = tokens.length;
  // Token texts are slices of the text: without a curly apostrophe in it, no token needs the replacement.
  const curly = text.includes('’') || text.includes('‘');
  // Sized once: growing by push copies the array as it goes.
  const lower = new Array<string>(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const capital = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const tokenText = t.text;
    let w = hasUpperOrNonAscii(tokenText) ? tokenText.toLowerCase() : tokenText;
    if (curly && (w.includes('’') || w.includes('‘'))) w = w.replace(/[’‘]/g, "'");
    lower[k] = w;
    starts[k] = t.start;
    ends[k] = t.end;
    const c = tokenText.charCodeAt(0);
    capital[k] = c >= 65 && c <= 90 ? 1 : 0;
  }
  return { lower, starts, ends, capital };
}


function sentenceIndex(sentences: readonly Sentence[], n: number): Int32Array {
  const sentenceOf = new Int32Array(n).fill(-1);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = si;
  }
  return sentenceOf;
}

interface Clauses {
  clause: Int32Array;
  clauseStart: number[];
  clauseEnd: number[];
  isSeparator: Uint8Array;
}

/** Splits each sentence into clauses at separator punctuation and clause words (see words.ts). */
function clausesOf(sentences: readonly Sentence[], lower: string[]): Clauses {
  const n = lower.length;
  const clause = new Int32Array(n);
  const isSeparator = new Uint8Array(n);
  const clauseStart: number[] = [];
  const clauseEnd: number[] = [];
  let current = -1;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    let open = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = lower[i];
      // CLAUSE_PUNCT holds every dash and double quote, so one set lookup decides (behind the shape filter).
      const clauseShaped = CLAUSE_SHAPES.mayHave(w);
      const sep = clauseShaped && CLAUSE_PUNCT.has(w);
      if (sep) {
        isSeparator[i] = 1;
        current++; clauseStart.push(i); clauseEnd.push(i + 1);
        clause[i] = current;
        open = false;
        continue;
      }
      if (!open || (clauseShaped && CLAUSE_WORDS.has(w) && i > s.tokenStart && clauseStart[current] !== i && !judgingAs(lower, i))) {
        current++; clauseStart.push(i); clauseEnd.push(i + 1);
        open = true;
      }
      clause[i] = current;
      clauseEnd[current] = i + 1;
    }
  }
  return { clause, clauseStart, clauseEnd, isSeparator };
}

/** Every entity mention on the token grid, widest first. */
function tokenMentions(entities: readonly Entity[], starts: Int32Array, ends: Int32Array): TokenMention[] {
  const mentions: TokenMention[] = [];
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    for (let k = 0; k < entity.mentions.length; k++) {
      const m = entity.mentions[k];
      const range = spanToTokens(starts, ends, m.start, m.end);
      if (range) mentions.push({ entity, id: entity.id, type: entity.type, country: entity.country, tokenStart: range[0], tokenEnd: range[1], partial: m.start > starts[range[0]] || m.end < ends[range[1] - 1] });
    }
  }
  // Longer mentions first, so a token keeps the widest mention that covers it.
  mentions.sort((a, b) => (b.tokenEnd - b.tokenStart) - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
  return mentions;
}

/** Keeps the mentions that cover no token already covered, and records which one covers each token. */
function keepWidest(mentions: TokenMention[], mentionAt: Int32Array): TokenMention[] {
  const kept: TokenMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    let free = true;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (mentionAt[i] >= 0) { free = false; break; }
    if (!free) continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt[i] = kept.length;
    kept.push(m);
  }
  return kept;
}

function tokenTimexes(timexList: readonly Timex[], starts: Int32Array, ends: Int32Array, timexAt: Int32Array): TokenTimex[] {
  const timexes: TokenTimex[] = [];
  for (let k = 0; k < timexList.length; k++) {
    const timex = timexList[k];
    const range = spanToTokens(starts, ends, timex.start, timex.end);
    if (!range) continue;
    for (let i = range[0]; i < range[1]; i++) timexAt[i] = timexes.length;
    timexes.push({ timex, tokenStart: range[0], tokenEnd: range[1], eventDate: undefined });
  }
  return timexes;
}

function byClause(timexes: TokenTimex[], clause: Int32Array): Map<number, TokenTimex[]> {
  const out = new Map<number, TokenTimex[]>();
  for (let k = 0; k < timexes.length; k++) {
    const cid = clause[timexes[k].tokenStart];
    let list = out.get(cid);
    if (!list) out.set(cid, (list = []));
    list.push(timexes[k]);
  }
  return out;
}

/**
 * Built from small functions, each a separate unit for V8: a deoptimisation in one (an array of another
 * elements kind, say) recompiles that function only, not the whole view builder.
 */
export function buildDocView(doc: Readonly<Doc>): DocView {
  const tokens = doc.tokens;
  const n = tokens.length;
  const { lower, starts, ends, capital } = tokenArrays(tokens, doc.text);
  const { windows, sentenceOf: docSentenceOf } = sentenceWindows(doc.sentences, tokens);
  const { clause, clauseStart, clauseEnd, isSeparator } = clausesOf(windows, lower);
  const mentionAt = new Int32Array(n).fill(-1);
  const mentions = keepWidest(tokenMentions(doc.entities, starts, ends), mentionAt);
  const timexAt = new Int32Array(n).fill(-1);
  const timexes = tokenTimexes(doc.timexes, starts, ends, timexAt);
  return {
    doc, lower, capital, singulars: new Array<string[] | null | undefined>(n), clause, clauseStart, clauseEnd, isSeparator, mentions, mentionAt, timexes, timexesByClause: byClause(timexes, clause), openingTimex: new Map(), timexAt,
    sentences: windows, docSentenceOf, sentenceOf: sentenceIndex(windows, n), triggerAt: new Uint8Array(n), cancelAt: new Uint8Array(n),
  };
}
