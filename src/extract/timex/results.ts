import type { Sentence, Token } from '../../model/layers.js';

/**
 * Results stories (company earnings): "a year ago", "the year-ago period" and "the quarter" refer to the
 * quarter being reported, which the story names in reporting style.
 */

/** "third-quarter net", "the fiscal first quarter", "the quarter ended Sept. 30": the period a report covers. */
const REPORT_AFTER = new Set(['ended', 'ending', 'net', 'earnings', 'profit', 'loss', 'results', 'revenue', 'sales', 'income']);
export function reportsOn(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = tokens[i].text.toLowerCase();
    if (w.includes('fiscal') || w.endsWith('-quarter')) return true;
  }
  return REPORT_AFTER.has(tokens[last + 1]?.text.toLowerCase() ?? '');
}

export function mentionsQuarter(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i].text;
    if (t.length >= 7 && t.toLowerCase().includes('quarter')) return true;
  }
  return false;
}
