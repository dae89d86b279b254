import type { Sentence, Timex, Token } from '../../model/layers.js';
import { parseYmd } from './calendar.js';
import type { Candidate, Meaning } from './meaning.js';
import { anchorsFor, normalize } from './normalize.js';
import { recognize } from './recognize.js';
import { directionAt, type Direction } from './tense.js';

/**
 * The whole temporal tagger over one text: recognize expressions, then normalize them in reading order so
 * that "the next day" can count from the date the text set just before. Used by the pipeline stage, the
 * TimeML system mode and the scorer alike.
 */
export function tagTimexes(text: string, tokens: readonly Token[], sentences: readonly Sentence[], anchorDate: string): Timex[] {
  const anchors = anchorsFor(parseYmd(anchorDate));
  const out: Timex[] = [];
  // financial reports compare with "a year ago" meaning the year-ago quarter: remember the last sentence
  // (scanning forward only) that talked about quarters
  let scanned = -1;
  let lastQuarterly = -10;
  // the last year the text named outright, and where
  let named: { y: number; sentence: number } | null = null;
  const candidates = recognize(tokens, sentences);
  const narrative = isNarrative(candidates, anchors.dct.y);
  for (const c of candidates) {
    const s = sentences[c.sentence];
    while (scanned < c.sentence) {
      scanned++;
      if (mentionsQuarter(tokens, sentences[scanned])) lastQuarterly = scanned;
    }
    anchors.quarterly = c.sentence - lastQuarterly <= 2;
    anchors.storyYear = narrative && named ? named.y : undefined;
    const tense = possessiveWeekday(tokens, c) ? -1 : weakenBeforeLimit(tokens, c.first, directionAt(tokens, c.first, c.last, s.tokenStart, s.tokenEnd));
    const n = normalize(c.meaning, anchors, tense);
    if (!n) continue;
    const start = tokens[c.first].start;
    const end = tokens[c.last].end;
    const timex: Timex = { start, end, text: text.slice(start, end), type: n.type, value: n.value };
    if (c.mod) timex.mod = c.mod;
    out.push(timex);
    // a results story names the quarter it reports on ("fiscal first quarter", "third-quarter net"): "the
    // quarter", "the year-ago period" and a quarterly "a year ago" then follow that quarter (an outlook for a
    // coming quarter, "fourth-quarter earnings will be lower", does not)
    const fq = /^(\d{4})-Q(\d)$/.exec(n.value);
    if (fq && c.meaning.kind === 'calendar' && c.meaning.q !== undefined && (+fq[1] === anchors.dct.y || +fq[1] === anchors.focus.y) && tense <= 0 && reportsOn(tokens, c.first, c.last)) {
      anchors.focus = { y: +fq[1], q: +fq[2] };
    }
    const year = namedYear(c.meaning);
    if (year !== undefined) named = { y: year, sentence: c.sentence };
    // remember the date the text sets, at the precision it sets it, for "the next day", "that year"
    const set = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(n.value.slice(0, 10));
    if (set && (c.meaning.kind === 'calendar' || (c.meaning.kind === 'fixed' && n.type === 'DATE'))) {
      anchors.ref = { y: +set[1], m: set[2] ? +set[2] : 1, d: set[3] ? +set[3] : 1 };
      if (set[2]) anchors.refMonth = anchors.ref;
      if (set[3]) anchors.refDay = anchors.ref;
    }
  }
  return out;
}

/** A history names at least five years, nine in ten of them three or more years from the publication year. */
const FAR = 3;
const MIN_NAMED = 5;
const SHARE = 0.9;

/**
 * A history rather than news: most years the text names lie well away from the publication date (a
 * background piece, an encyclopedia article). Its dates without a year then follow the story's own years.
 */
function isNarrative(candidates: readonly Candidate[], dctYear: number): boolean {
  let named = 0;
  let far = 0;
  for (const c of candidates) {
    const y = namedYear(c.meaning);
    if (y === undefined) continue;
    named++;
    if (Math.abs(y - dctYear) >= FAR) far++;
  }
  return named >= MIN_NAMED && far >= SHARE * named;
}

/** The year an expression names in so many words: "1940", "June 1940", "fiscal 1988". */
function namedYear(m: Meaning): number | undefined {
  if (m.kind === 'fixed' && m.type === 'DATE' && /^\d{4}$/.test(m.value)) return +m.value;
  if (m.kind === 'calendar' && m.y !== undefined) return m.y;
  return undefined;
}

/**
 * "Friday's close", "Wednesday's ruling": news names an event by its weekday once it has happened, so the
 * weekday lies back (or is today), whatever the verb of the sentence.
 */
function possessiveWeekday(tokens: readonly Token[], c: Candidate): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.wd === undefined || m.m !== undefined || m.dir !== undefined) return false;
  const next = tokens[c.last + 1];
  return next !== undefined && next.start === tokens[c.last].end && (next.text === "'s" || next.text === '’s');
}

/**
 * "extended to Nov. 20", "until March": a limit can lie after the publication date even when the verb is
 * past, so the tense no longer decides and the nearer date wins.
 */
const LIMIT_WORDS = new Set(['until', 'till', 'to', 'by', 'through', 'effective', 'before']);
function weakenBeforeLimit(tokens: readonly Token[], first: number, tense: Direction): Direction {
  const before = first > 0 ? tokens[first - 1].text.toLowerCase() : '';
  if (!LIMIT_WORDS.has(before)) return tense;
  if (tense < 0) return 0;
  // "until Tuesday" with no tense to say otherwise: a deadline still ahead
  if (tense === 0 && (before === 'until' || before === 'till')) return 1;
  return tense;
}

/** "third-quarter net", "the fiscal first quarter", "the quarter ended Sept. 30": the period a report covers. */
const REPORT_AFTER = new Set(['ended', 'ending', 'net', 'earnings', 'profit', 'loss', 'results', 'revenue', 'sales', 'income']);
function reportsOn(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = tokens[i].text.toLowerCase();
    if (w.includes('fiscal') || w.endsWith('-quarter')) return true;
  }
  return REPORT_AFTER.has(tokens[last + 1]?.text.toLowerCase() ?? '');
}

function mentionsQuarter(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i].text;
    if (t.length >= 7 && t.toLowerCase().includes('quarter')) return true;
  }
  return false;
}
