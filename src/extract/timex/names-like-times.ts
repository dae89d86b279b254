/**
 * Names that look like times: newspapers, programmes and magazines called "Today" or "Sunday …", companies
 * called "21st Century …", ocean currents. The readers ask these before they read the word as a time. Each list
 * comes from unseen news where the word was misread (docs/timex.md, "Generalization check on unseen news").
 */

/** The reader's view of the sentence: lower-cased and raw token text, '' outside it. */
export interface SentenceWords {
  w(i: number): string;
  raw(i: number): string;
}

/** What a capitalized "Today" names when one of these follows it (past a closing quote): "the Today show". */
const PROGRAMME_NOUNS = new Set(['show', 'program', 'programme', 'broadcast', 'newspaper', 'magazine']);
const QUOTE_CLOSES = new Set(['"', "''", '”', '’', "'"]);
const QUOTE_OPENS = new Set(['"', '``', '“', '‘']);

/** Newspapers named "Sunday …" ("the Sunday Times") and "… on Sunday" ("the Mail on Sunday"). */
const SUNDAY_PAPERS = new Set(['Times', 'Telegraph', 'Mirror', 'Express', 'Herald', 'Post', 'Tribune', 'Independent', 'Mail', 'World', 'Star', 'Business', 'People', 'Sport', 'Observer', 'Age']);
const ON_SUNDAY_PAPERS = new Set(['Mail', 'Independent', 'Scotland']);

/**
 * "Today" at i names a paper or a programme: after an acronym ("USA Today", "VOA Today", "USA TODAY"), before
 * "show", "program" or "magazine" ("the Today show", NBC's "Today" program), or alone in quotation marks
 * ('published in "Today,"').
 */
export function todayIsTitle(t: SentenceWords, i: number): boolean {
  const raw = t.raw(i);
  if (raw === 'Today' && /^[A-Z]{2,}$/.test(t.raw(i - 1))) return true;
  if (raw === 'TODAY' && t.raw(i - 1) === 'USA') return true;
  if (raw !== 'Today') return false;
  if (PROGRAMME_NOUNS.has(t.w(QUOTE_CLOSES.has(t.w(i + 1)) ? i + 2 : i + 1))) return true;
  return QUOTE_OPENS.has(t.w(i - 1)) && (QUOTE_CLOSES.has(t.w(i + 1)) || (t.w(i + 1) === ',' && QUOTE_CLOSES.has(t.w(i + 2))));
}

/** "Sunday" at j names a newspaper: "the Sunday Times", "the Mail on Sunday", "Scotland on Sunday". */
export function sundayIsPaper(t: SentenceWords, j: number): boolean {
  if (t.raw(j) !== 'Sunday') return false;
  return SUNDAY_PAPERS.has(t.raw(j + 1)) || (t.w(j - 1) === 'on' && ON_SUNDAY_PAPERS.has(t.raw(j - 2)));
}

/** Names that a capitalized "Century" opens: "21st Century Fox", "20th Century Fox", "21st Century Insurance". */
const CENTURY_NAMES = new Set(['Fox', 'Insurance', 'Studios', 'Films', 'Pictures', 'Foundation', 'Group', 'Fund']);

/** The century read up to `last` ("Century") is part of a company's name: "21st Century Fox". */
export function centuryIsName(t: SentenceWords, last: number): boolean {
  return t.raw(last) === 'Century' && CENTURY_NAMES.has(t.raw(last + 1));
}

/**
 * The expression read at `[first, last]` is a word of a name: an ocean current ("the Loop Current", "the Florida
 * Current", 32 times in Timeline17's oil-spill stories). Not "Player of the Year": TimeML dates the award's year
 * (WikiWars tags "1965's Man of the Year" as 1965), so it stays a time.
 */
export function namesSomething(t: SentenceWords, first: number, last: number): boolean {
  return first === last && t.raw(first) === 'Current' && /^[A-Z][a-z]+$/.test(t.raw(first - 1));
}
