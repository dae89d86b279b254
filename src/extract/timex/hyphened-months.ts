import type { Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import { MONTHS } from './lexicon.js';

/**
 * Two months a hyphen joins inside one token — "for April-June delivery", "GNP in the October-December period",
 * "January-June 1985", "Jan-Dec, 1986" — are two expressions, the ends of a range (TimeML tags each point of a range).
 * The tokenizer keeps the hyphenated word whole, so the two are read here, by character offsets inside the token.
 */
export interface HyphenedMonths {
  /** The first month's number, its year when the text gives it, and its characters. */
  from: { m: number; y?: number; start: number; end: number };
  /** The second month's number, its year when the text gives it, and its characters (up to a year written after it). */
  to: { m: number; y?: number; start: number; end: number };
  /** The last token of the second expression: the hyphenated word, or the year after it. */
  last: number;
}

/** Both parts capitalized, as month names are ("April-June", "Jan-Dec"); "mid-June", "post-May" are other words. */
const PAIR = /^([A-Z][a-z]+)-([A-Z][a-z]+)$/;

/** The two months of the hyphenated word at i, with the year after them, if it is one. */
export function hyphenedMonths(tokens: readonly Token[], i: number, to: number): HyphenedMonths | null {
  const token = tokens[i];
  // (asked at every token: a capital and a hyphen past the third letter first, before the expression — "May-Jun" is the shortest)
  const c = token.text.charCodeAt(0);
  if (c < 65 || c > 90 || token.text.length < 7 || token.text.indexOf('-', 3) < 0) return null;
  const pair = PAIR.exec(token.text);
  if (!pair) return null;
  const first = MONTHS.get(pair[1].toLowerCase());
  const second = MONTHS.get(pair[2].toLowerCase());
  if (first === undefined || second === undefined || first === second) return null;
  // ("March-June, 1987", "Jan-Dec, 1986": a comma may come between)
  const yearAt = i + 1 < to && tokens[i + 1].text === ',' ? i + 2 : i + 1;
  const year = yearAt < to && /^(1[5-9]|20)\d\d$/.test(tokens[yearAt].text) ? +tokens[yearAt].text : undefined;
  const last = year === undefined ? i : yearAt;
  const dash = token.start + pair[1].length;
  // a year written after the range is its end's, and its start's unless the range runs into it ("October-March 1987"); a
  // year written just before a bracketed range, which spells out its months, is its start's ("1986/87 (Oct-Sept)", "the
  // 1986/87 season (Aug-July)", "the 1986 (May-December) crop year")
  const wraps = second < first ? 1 : 0;
  const framed = year === undefined ? yearBeforeBracket(tokens, i) : undefined;
  const startYear = year !== undefined ? year - wraps : framed;
  const endYear = year ?? (framed !== undefined ? framed + wraps : undefined);
  return {
    from: { m: first, y: startYear, start: token.start, end: dash },
    to: { m: second, y: endYear, start: dash + 1, end: tokens[last].end },
    last,
  };
}

/** Most tokens between the year and the bracket: "1986/87 season (", "1986/87 crop year (". */
const FRAME_REACH = 2;

/** The first year of "1986/87" or the year "1986" ending within FRAME_REACH tokens before the bracket that opens at i − 1. */
function yearBeforeBracket(tokens: readonly Token[], i: number): number | undefined {
  if (i < 2 || tokens[i - 1].text !== '(') return undefined;
  for (let k = i - 2; k >= Math.max(0, i - 2 - FRAME_REACH); k--) {
    const w = tokens[k].text;
    // ("1986/87", or "1985-86" as some wire copy writes it)
    if (/^\d{2}$/.test(w) && (tokens[k - 1]?.text === '/' || tokens[k - 1]?.text === '-') && /^(1[5-9]|20)\d\d$/.test(tokens[k - 2]?.text ?? '')) return +tokens[k - 2].text;
    if (/^(1[5-9]|20)\d\d$/.test(w)) return +w;
    if (!/^[a-z]+$/.test(w)) return undefined;
  }
  return undefined;
}

/**
 * A month of a range written with a slash inside brackets after a year, "in 1987/88 (October/September)", "French
 * 1986/87 (July/June) soft wheat deliveries", is in that year, as the hyphenated form is; the end in the next when it
 * comes earlier in the year. Read alone, each month would take its year from the clause's tense.
 */
export function bracketedSlashRange(tokens: readonly Token[], c: Candidate): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d !== undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || c.first !== c.last) return undefined;
  const i = c.first;
  const text = (k: number) => tokens[k]?.text ?? '';
  const monthAt = (k: number) => (/^[A-Z][a-z]+$/.test(text(k)) ? MONTHS.get(text(k).toLowerCase()) : undefined);
  if (text(i - 1) === '(' && text(i + 1) === '/' && text(i + 3) === ')') {
    const end = monthAt(i + 2);
    const year = end === undefined || end === m.m ? undefined : yearBeforeBracket(tokens, i);
    return year === undefined ? undefined : { ...m, y: year };
  }
  if (text(i - 1) === '/' && text(i - 3) === '(' && text(i + 1) === ')') {
    const start = monthAt(i - 2);
    const year = start === undefined || start === m.m ? undefined : yearBeforeBracket(tokens, i - 2);
    return year === undefined ? undefined : { ...m, y: year + (m.m < start! ? 1 : 0) };
  }
  return undefined;
}

/**
 * The days of a year's span written with a slash inside brackets after a split year, "the current 1986/87 coffee year
 * (Oct 1/Sept 30)": the first in the split year's first year, the last in the next when it comes earlier in the year.
 */
export function bracketedSlashDays(tokens: readonly Token[], c: Candidate): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || c.last !== c.first + 1) return undefined;
  const text = (k: number) => tokens[k]?.text ?? '';
  const dayAt = (k: number) => (/^[A-Z][a-z]+\.?$/.test(text(k)) && /^\d{1,2}$/.test(text(k + 1)) ? MONTHS.get(text(k).toLowerCase().replace(/\.$/, '')) : undefined);
  if (text(c.first - 1) === '(' && text(c.last + 1) === '/' && text(c.last + 4) === ')' && dayAt(c.last + 2) !== undefined) {
    const year = yearBeforeBracket(tokens, c.first);
    return year === undefined ? undefined : { ...m, y: year };
  }
  if (text(c.first - 1) === '/' && text(c.first - 4) === '(' && text(c.last + 1) === ')') {
    const start = dayAt(c.first - 3);
    const year = start === undefined ? undefined : yearBeforeBracket(tokens, c.first - 3);
    return year === undefined ? undefined : { ...m, y: year + (m.m < start! ? 1 : 0) };
  }
  return undefined;
}
