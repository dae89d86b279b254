/**
 * Where a clause around a dated expression begins or ends, for the tense look in `tense.ts`: an aside set off by
 * dashes, a clause fronted after "that", a condition opened by "if", "unless" or "provided", a clause a saying verb
 * reports, a cause opened by "because of", and the reach of a refusal ("would not say"), and the tokens that break a
 * clause. Each answers for the tokens it is given; none reads a verb's
 * tense itself.
 */
import type { Token } from '../../model/layers.js';
import { plain } from './token-reader.js';
import { POSSESSIVE_DETERMINERS } from './lexicon.js';

/**
 * A dash that sets off an aside: "--", or a hyphen standing alone between spaces ("Tony Hayward - who is to leave
 * the top job in October - accepted"), not one inside a word ("well-known").
 */
export function asideDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === '--') return true;
  return t.text === '-' && k > 0 && tokens[k - 1].end < t.start && k + 1 < tokens.length && t.end < tokens[k + 1].start;
}

/** The texts a dash that sets off an aside can have (a hyphen only when spaced: see `asideDash`). */
export const DASH_TEXTS: ReadonlySet<string> = new Set(['—', '–', '--', '-']);

/** Any dash that may set off an aside: an em or en dash, "--", or a spaced hyphen. */
function dashAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text;
  return t === '—' || t === '–' || asideDash(tokens, k);
}

/** Longest aside between a pair of dashes that the look to the left reads past, in tokens. */
const MAX_DASHED_ASIDE = 25;

/**
 * The token before a dashed aside that ends at `close`, or `close` itself: "sent for the three leaders – Russia's
 * Vladimir Putin, Turkey's Recep Erdoğan and Iran's Hassan Rouhani – to approve on Wednesday" takes its tense from
 * "will be sent", before the aside. A dash closes a pair when an odd number of dashes lies before it in the sentence.
 */
export function beforeDashedAside(tokens: readonly Token[], close: number, sentStart: number): number {
  if (!dashAt(tokens, close)) return close;
  let open = -1;
  let before = 0;
  for (let k = close - 1; k >= sentStart; k--) {
    if (!dashAt(tokens, k)) continue;
    if (open < 0) open = k;
    before++;
  }
  if (before % 2 === 0 || close - open > MAX_DASHED_ASIDE) return close;
  return open - 1;
}

/**
 * The "that" at `that` opens a clause the expression fronts: only prepositions (and "early", "late") lie between
 * them ("decided that on Election Day, I will vote").
 */
export function opensClauseAfterThat(tokens: readonly Token[], that: number, first: number): boolean {
  for (let k = that + 1; k < first; k++) if (!/^(on|in|by|at|until|from|since|during|before|after|early|late)$/i.test(tokens[k].text)) return false;
  return true;
}

/** How far before the expression the "if" of a condition it dates may lie, in tokens. */
export const CONDITION_REACH = 10;
/** Words after "if" that make no condition of a clause: "effects, if any", "if ever", "if at all", "if so". */
const NOT_A_CONDITION = new Set(['any', 'anything', 'ever', 'at', 'so', 'not', 'necessary', 'possible', 'only']);

/**
 * "promised immigration reform if he and Clinton take office in January", "unless they agree by December": the
 * "if" or "unless" at `k` opens a condition still to be met, with no past verb between it and the date (the left
 * look would have met that first). Not "as if", "even if", "if any"; not a date that names an event by its
 * possessive ("If he follows up his Tuesday wins", "If October's Democratic debate …").
 */
export function openedCondition(tokens: readonly Token[], k: number, first: number, last: number): boolean {
  const w = plain(tokens[k]);
  // "Should a hurricane strike the Gulf of Mexico this weekend, work on the slick would stop": a sentence that opens
  // with "Should" and its subject sets a condition as "if" does
  if (tokens[k].text === 'Should' && INVERTED_SUBJECTS.has(plain(tokens[k + 1]))) return true;
  // "retroactive to April 1, provided the accord is approved before October 1": "provided" or "providing" after a
  // comma, or before "that", opens a condition as "if" does (not "has provided loans in March", a past verb)
  if ((w === 'provided' || w === 'providing') && (tokens[k - 1]?.text === ',' || plain(tokens[k + 1]) === 'that') && INVERTED_SUBJECTS.has(plain(tokens[k + 1]))) return true;
  if (w !== 'if' && w !== 'unless') return false;
  const before = plain(tokens[k - 1]);
  if (before === 'as' || before === 'even' || NOT_A_CONDITION.has(plain(tokens[k + 1]))) return false;
  const after = plain(tokens[last + 1]);
  return after !== "'s" && !POSSESSIVE_DETERMINERS.has(plain(tokens[first - 1]));
}

/** Subjects that follow a sentence-opening "Should" in a condition: "Should a hurricane strike", "Should they win". */
const INVERTED_SUBJECTS = new Set(['a', 'an', 'the', 'any', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'this', 'that', 'these', 'those']);

/** Words between a refused verb and the expression that dates the refusal: "would not say on Tuesday". */
const REFUSAL_LINKS = new Set(['on', 'late', 'early']);

/** Whether the expression at `expressionStart` (-1: after the verb, unknown) follows the refused verb right at `after`. */
export function datesTheRefusal(tokens: readonly Token[], after: number, expressionStart: number): boolean {
  if (expressionStart < 0 || expressionStart === after) return true;
  return expressionStart === after + 1 && REFUSAL_LINKS.has(plain(tokens[after]));
}

/** Tokens that end a clause for the look around an expression: semicolons, colons, brackets, dashes. */
export const CLAUSE_BREAK: ReadonlySet<string> = new Set([';', ':', '(', ')', '—', '–']);

/** Two-word openers of a cause, by their first word: "because of", "owing to", "thanks to". */
export const CAUSE_OPENERS: ReadonlyMap<string, string> = new Map([['because', 'of'], ['owing', 'to'], ['thanks', 'to']]);
/** Verbs of saying whose object is the clause they report, never a noun the expression could date. */
export const SAYING_BEFORE_A_CLAUSE: ReadonlySet<string> = new Set(['said', 'says', 'added']);
/** Words that, right after a saying verb, open an adjunct of the saying rather than the reported clause's subject. */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'as', 'after', 'before', 'during', 'from', 'by', 'for', 'with', 'since', 'until', 'under', 'over', 'through', 'about', 'to', 'late', 'early', 'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'it', ',']);
/** Prepositions that attach the expression to the reported clause's verb: "arrivals from May", "available in May". */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'during', 'for', 'by', 'until', 'through', 'after', 'before']);
/**
 * Whether the saying verb at `verb` reports a clause whose subject stands between it and the expression, and the
 * expression hangs on that clause by a preposition ("said arrivals from May", "said that the devices, available in
 * May"), not on the saying ("said in Caracas at the weekend", "said as a result of its December acquisition") nor
 * inside the subject itself ("said its fourth quarter report will be delayed").
 */
export function subjectBetween(tokens: readonly Token[], verb: number, first: number): boolean {
  let subject = verb + 1;
  if (plain(tokens[subject]) === 'that') subject++;
  const opener = plain(tokens[subject]);
  if (ADJUNCT_OPENERS.has(opener) || opener.endsWith('ing')) return false;
  return subject < first - 1 && CLAUSE_PREPOSITIONS.has(plain(tokens[first - 1]));
}
/**
 * Whether the present verb at `verb` stands in a condition whose "if", "unless" or "provided" (only "unless", with
 * `unlessOnly`) lies within the condition's reach before the expression, with no clause break between.
 */
export function presentInCondition(tokens: readonly Token[], verb: number, first: number, last: number, sentStart: number, unlessOnly = false): boolean {
  for (let k = verb - 1; k >= Math.max(sentStart, first - CONDITION_REACH); k--) {
    if (openedCondition(tokens, k, first, last) && (!unlessOnly || plain(tokens[k]) === 'unless')) return true;
    if (CLAUSE_BREAK.has(tokens[k].text) || tokens[k].text === ',') return false;
  }
  return false;
}

/** Subordinators of time that open a sentence whose main clause a future then follows: "When the CME re-introduces …". */
const FRONTED_TIME_CLAUSES: ReadonlySet<string> = new Set(['when', 'once']);
/** Future auxiliaries that open the main clause after such a fronted clause. */
const MAIN_CLAUSE_FUTURES: ReadonlySet<string> = new Set(['will', "'ll", 'shall']);
/** Brackets, which set off a name or an aside inside a clause. */
const BRACKETS: ReadonlySet<string> = new Set(['(', ')']);
/** Most tokens after the closing comma the main clause's future may stand: ", it will", ", the exchange will". */
const MAIN_FUTURE_REACH = 3;

/**
 * "When the Chicago Mercantile Exchange re-introduces gold futures trading here Tuesday (at 9 a.m. CDT), it will go
 * toe-to-toe …": an expression inside a "when" or "once" clause that opens the sentence, whose main clause after the
 * comma speaks in the future, lies ahead, whatever its own present verb.
 */
export function frontedWhenBeforeFuture(tokens: readonly Token[], first: number, last: number, sentStart: number, sentEnd: number): boolean {
  if (!FRONTED_TIME_CLAUSES.has(plain(tokens[sentStart]))) return false;
  // (a bracketed name on the way is no break: "When the Chicago Mercantile Exchange (CME) re-introduces")
  for (let k = sentStart + 1; k < first; k++) if ((CLAUSE_BREAK.has(tokens[k].text) && !BRACKETS.has(tokens[k].text)) || tokens[k].text === ',') return false;
  let depth = 0;
  for (let k = last + 1; k < sentEnd; k++) {
    const t = tokens[k].text;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (depth === 0 && t === ',') {
      for (let j = k + 1; j < sentEnd && j <= k + MAIN_FUTURE_REACH; j++) if (MAIN_CLAUSE_FUTURES.has(plain(tokens[j]))) return true;
      return false;
    } else if (depth === 0 && CLAUSE_BREAK.has(t)) return false;
  }
  return false;
}
