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

/** Words between a period and the result it dates: "fourth quarter operating loss", "third quarter pre-tax profit". */
const RESULT_ADJECTIVES = new Set(['operating', 'pre-tax', 'pretax', 'after-tax', 'aftertax']);
/** Results a company reports for a period once it is over. */
const RESULT_NOUNS = new Set(['net', 'earnings', 'profit', 'profits', 'loss', 'losses', 'results', 'revenue', 'revenues', 'sales', 'income', 'deficit', 'surplus']);
/** Past verbs that report a result: "AM reported a fourth quarter loss", "had a loss in the fourth quarter". */
const RESULT_VERBS_PAST = new Set(['reported', 'posted', 'had', 'earned', 'lost', 'recorded', 'suffered', 'showed', 'incurred', 'booked', 'registered', 'made']);
/** How far before the period its past verb may stand: "reported a fourth quarter …", "had a loss in the fourth quarter". */
const RESULT_VERB_REACH = 6;

/**
 * A result reported in the past for a period at first..last: a past verb of reporting, then the period dating the
 * result ("AM reported a fourth quarter operating loss", "had a loss in the fourth quarter", "posted third quarter
 * net"). A result is told in the past only once its period is over.
 */
export function pastResultOf(tokens: readonly Token[], first: number, last: number, sentStart: number): boolean {
  let k = last + 1;
  while (RESULT_ADJECTIVES.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  const dated = RESULT_NOUNS.has(tokens[k]?.text.toLowerCase() ?? '');
  // "a loss in the fourth quarter", "earnings for the second half"
  let lead = first - 1;
  if (tokens[lead]?.text.toLowerCase() === 'the') lead--;
  const datedBefore = lead - 1 >= sentStart && /^(in|for)$/i.test(tokens[lead].text) && RESULT_NOUNS.has(tokens[lead - 1].text.toLowerCase());
  if (!dated && !datedBefore) return false;
  for (let j = first - 1; j >= Math.max(sentStart, first - RESULT_VERB_REACH); j--) {
    const w = tokens[j].text.toLowerCase();
    // ("had expected a fourth quarter loss" is an expectation, not the result)
    if (RESULT_VERBS_PAST.has(w) && !(w === 'had' && /ed$/i.test(tokens[j + 1].text))) return true;
  }
  return false;
}
