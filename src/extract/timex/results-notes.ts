/**
 * Results notes: the lines a wire results table ends with ("NOTE: Prior year excludes a loss of 14 cts per share in the
 * quarter and 18 cts a share in the year", "1985 excludes …") tell of one year's figures, whose "the quarter" and "the
 * year" are that year's, not the ones the story reports on.
 */
import type { Sentence, Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import { plain } from './token-reader.js';

/** Words that open a results note on the year-ago figures: "Prior year excludes …", "Year-ago net includes …". */
const PRIOR_YEAR_OPENERS = /^(?:prior year|prior-year|year-ago|year ago)\b/;

/**
 * "the quarter", "the year" or "qtr" in a results note on one year's figures, valued in the year the note is on:
 * "NOTE: Prior year excludes … in the quarter and … in the year" (a year back), "1985 excludes discontinued
 * operations loss of six cts a share in the quarter" (1985's). The note opens the sentence, or follows "NOTE:" or a
 * full stop, which the wire sets in tables the sentence splitter may leave unsplit; the nearest opener counts.
 */
export function noteValue(text: string, tokens: readonly Token[], c: Candidate, s: Sentence, value: string): string {
  if (!/^\d{4}(?:-Q[1-4])?$/.test(value)) return value;
  const words = tokens.slice(c.first, c.last + 1).map(plain).join(' ');
  if (words !== 'the quarter' && words !== 'the year' && words !== 'qtr') return value;
  for (let k = c.first - 1; k >= s.tokenStart; k--) {
    // (a table's line, indented after its line break, opens a note too: "… in each period\n    1987 earnings exclude …")
    const indented = k !== s.tokenStart && /\n[ \t]{2,}$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
    if (k !== s.tokenStart && tokens[k - 1].text !== ':' && !/[a-z]\.$/.test(tokens[k - 1].text) && !indented) continue;
    if (PRIOR_YEAR_OPENERS.test(tokens.slice(k, k + 3).map(plain).join(' '))) return String(+value.slice(0, 4) - 1) + value.slice(4);
    if (/^(?:19|20)\d\d$/.test(tokens[k].text) && /^[a-z][a-z-]*$/.test(tokens[k + 1]?.text ?? '')) return tokens[k].text + value.slice(4);
    // (the nearest opening is the note's: one further back is another's)
    return value;
  }
  return value;
}
