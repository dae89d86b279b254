import type { Token } from '../../model/layers.js';
import { logisticProbability, type LogisticModel } from '../../ml/logistic.js';
import { directionAt } from './tense.js';

/**
 * A learned keep/drop decision for the vague expressions the TimeBank/AQUAINT annotators tag only some of
 * the time: "now" (tagged 57 times, left out 25), "currently", "recently", "the future", rates ("$1 billion a
 * year", "daily"), unspecified lengths ("for years"). Six rounds of hand rules found no context rule that
 * separates them; this filter learns one from the gold (scripts/train-timex-filter.ts, measured by
 * document-level cross-validation) and drops an expression when the chance that the gold tags it with our
 * value falls below the model's threshold. It did not gain out of fold (docs/timex.md, "A learned keep
 * filter"), so the stage runs without one; this stays as the tool to measure the idea again.
 *
 * Only the vague class is ever looked at: dates, times and counted lengths are never dropped, whatever the
 * model says.
 */
export interface KeepFilter {
  model: LogisticModel;
  /** Drop below this probability of a right value: R / (S + G) of the training documents (see scripts/train-timex-filter.ts). */
  threshold: number;
}

const REFS = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** The expressions the filter decides on: reference words, recurring times and lengths without a count. */
export function inVagueClass(type: string, value: string): boolean {
  return type === 'SET' || REFS.has(value) || (type === 'DURATION' && value.startsWith('PX'));
}

const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'has', 'have', 'had']);
const PREPOSITIONS = new Set(['for', 'until', 'till', 'by', 'since', 'from', 'between', 'at', 'in', 'of', 'to', 'into', 'on', 'than', 'as', 'per', 'within']);
const QUOTES = new Set(['"', '“', '”', "''", '``']);

/** Lower case with digits folded, so "$33 million" and "$500 million" share their shape. */
function word(t: Token | undefined): string {
  if (!t) return '<none>';
  return t.text.toLowerCase().replace(/\d+/g, '9');
}

/**
 * Cheap context features of the expression tokens[first..last] in the sentence [sentStart, sentEnd): its
 * words, its neighbours, where it stands in the sentence, the tense around it, and signs of a rate or a
 * quotation. No POS tags: the timex stage runs on tokens alone, and word endings stand in for them.
 */
export function keepFeatures(tokens: readonly Token[], first: number, last: number, sentStart: number, sentEnd: number, type: string, value: string): string[] {
  const surface = tokens.slice(first, last + 1).map(word).join(' ');
  const p1 = word(first > sentStart ? tokens[first - 1] : undefined);
  const p2 = word(first - 1 > sentStart ? tokens[first - 2] : undefined);
  const n1 = word(last + 1 < sentEnd ? tokens[last + 1] : undefined);
  const n2 = word(last + 2 < sentEnd ? tokens[last + 2] : undefined);
  const f = [`s=${surface}`, `v=${type}:${value}`, `p1=${p1}`, `p2=${p2}`, `n1=${n1}`, `n2=${n2}`, `s|p1=${surface}|${p1}`, `s|n1=${surface}|${n1}`];
  // where it stands: opening the sentence ("Now, he says"), between commas, closing it
  let open = sentStart;
  while (open < first && QUOTES.has(tokens[open].text)) open++;
  if (open === first) f.push('opens', `opens|n1=${n1 === ',' ? ',' : 'w'}`);
  if (p1 === ',') f.push('afterComma');
  if (n1 === ',') f.push('beforeComma');
  if (last + 1 >= sentEnd || /^[.!?]$/.test(n1)) f.push('closes');
  const rel = (first - sentStart) / Math.max(1, sentEnd - sentStart);
  f.push(`pos=${rel < 0.2 ? 0 : rel < 0.5 ? 1 : rel < 0.8 ? 2 : 3}`);
  if (BE_HAVE.has(p1)) f.push('p1=be/have');
  if (PREPOSITIONS.has(p1)) f.push('p1=prep');
  // "now operating", "currently based", "recently released": a verb form right after
  const next = last + 1 < sentEnd ? tokens[last + 1].text : '';
  if (/ing$/i.test(next)) f.push('n1=-ing');
  if (/ed$/i.test(next)) f.push('n1=-ed');
  if (/ly$/i.test(next)) f.push('n1=-ly');
  if (/^[a-z]/.test(next)) f.push('n1=lower');
  if (/^[A-Z]/.test(next)) f.push('n1=Cap');
  if (/^[A-Z]/.test(tokens[first].text) && first > open) f.push('capitalInside');
  // a rate: an amount or a count shortly before ("$500 million a year", "four flights a week")
  for (let k = Math.max(sentStart, first - 4); k < first; k++) {
    const t = tokens[k].text;
    if (/^[$€£¥]$|^\d/.test(t) || /^(million|billion|thousand|hundred|percent|%)$/i.test(t)) {
      f.push('amountBefore');
      break;
    }
  }
  // inside a quotation: speech says "now" loosely
  let quotes = 0;
  for (let k = sentStart; k < first; k++) if (QUOTES.has(tokens[k].text)) quotes++;
  if (quotes % 2 === 1) f.push('quoted');
  const tense = directionAt(tokens, first, last, sentStart, sentEnd);
  f.push(`tense=${tense}`, `s|tense=${surface}|${tense}`);
  return f;
}

/** Keep the expression? (The filter's probability that the gold has it with our value, against its threshold.) */
export function keeps(filter: KeepFilter, features: readonly string[]): boolean {
  return logisticProbability(filter.model, features) >= filter.threshold;
}
