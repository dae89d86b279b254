import type { Token } from '../../model/layers.js';
import { splitYearClose } from './years.js';

/**
 * Whether a text names a year by the two calendar years it spans: "the 1987/88 fiscal year", "the 1986-87 season",
 * "1986/1987". Such a text keeps accounts (or crops) in years that do not start in January, named by the year they
 * start in, so its "current year" is one of those (see normalize.ts).
 */
export function namesSplitYears(tokens: readonly Token[]): boolean {
  for (let k = 0; k + 2 < tokens.length; k++) {
    const link = tokens[k + 1].text;
    if (link !== '/' && link !== '-') continue;
    const first = tokens[k].text;
    const second = tokens[k + 2].text;
    // (a hyphen only written tight: "1986 - 87" may be a score or a table's columns)
    const tight = tokens[k].end === tokens[k + 1].start && tokens[k + 1].end === tokens[k + 2].start;
    if (splitYearClose(first, second) !== undefined && (link === '/' || tight)) return true;
    if (link === '/' && /^\d{4}$/.test(first) && +second === +first + 1) return true;
  }
  return false;
}
