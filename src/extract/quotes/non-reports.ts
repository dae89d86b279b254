/**
 * Cues that report nothing anyone said, for the speech scope: the writer's own idioms ("Let's say you think …",
 * "It goes without saying that …", "It's worth noting that …", "Having said that, …"), a refusal or silence
 * ("did not respond to requests for comment", "declined to comment", "could not be reached") and the noun in
 * "secretary of state". Found in PolNeAR dev's speech-scope quotes that no annotator marked.
 */
import type { QuoteContext } from './context.js';
import { isReportingVerb } from './cue-lexicon.js';

const SILENCE_VERBS = new Set(['respond', 'responded', 'responds', 'return', 'returned', 'returns', 'comment', 'commented', 'reached', 'reply', 'replied']);
const NEGATIONS = new Set(['not', "n't", 'never', 'declined', 'declines', 'refused', 'refuses']);

/** The cue `[start, end)` reports nothing said. */
export function reportsNothing(ctx: QuoteContext, start: number, end: number): boolean {
  const w = (i: number) => ctx.lower[i] ?? '';
  const first = w(start);
  // "Let's say", "let us say"
  if ((first === 'say' || first === 'suppose') && (w(start - 1) === "'s" || w(start - 1) === 'us') && w(start - 2) === 'let') return true;
  // "It goes without saying", "Needless to say", "Having said that", "That said"
  for (let i = start; i < end; i++) if (w(i) === 'saying' && w(i - 1) === 'without' && w(i - 2) === 'goes') return true;
  if (first === 'goes' && w(start + 1) === 'without' && w(start + 2) === 'saying') return true;
  if (first === 'say' && w(start - 1) === 'to' && w(start - 2) === 'needless') return true;
  if (first === 'said' && ((w(start - 1) === 'having' && w(start + 1) === 'that') || (w(start - 1) === 'that' && (start === 0 || w(start - 2) === '.' || w(start - 2) === '(')))) return true;
  // "It's worth noting that", "worth mentioning"
  if (/^(noting|mentioning|remembering|recalling|repeating)$/.test(first) && w(start - 1) === 'worth') return true;
  // "did not respond to requests for comment", "declined to comment", "could not be reached"
  // (but "declined to comment beyond saying it supports the fund" says something after all)
  let negated = false;
  let silent = false;
  for (let i = start; i < end; i++) {
    if (NEGATIONS.has(w(i))) negated = true;
    else if (negated && SILENCE_VERBS.has(w(i))) silent = true;
    else if (silent && isReportingVerb(ctx.cue[i])) return false;
  }
  if (silent) return true;
  // "the former secretary of state"
  if (end - start === 1 && first === 'state' && w(start - 1) === 'of') return true;
  return false;
}
