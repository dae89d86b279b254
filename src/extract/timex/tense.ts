import type { Token } from '../../model/layers.js';

/**
 * Which way an underspecified expression ("on Monday", "in December") points, read from the verbs around
 * it: −1 past, +1 future, 0 unknown. POS tags are not available to this stage, so it looks for the nearest
 * tense signal in the sentence — modal and "due to"/"expected to" futures, past-tense auxiliaries, reporting
 * verbs and regular -ed forms — first to the left of the expression, then to the right.
 */
export type Direction = -1 | 0 | 1;

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'wo', 'tomorrow', 'upcoming', 'next', 'plans', 'plan', 'planned', 'scheduled', 'slated', 'expects', 'expect', 'intends', 'aims', 'hopes', 'payable', 'expire', 'expires']);
/** "is due to", "are set to", "is expected to", "is going to" — a future when followed by "to". */
const FUTURE_BEFORE_TO = new Set(['due', 'set', 'expected', 'going', 'scheduled', 'slated', 'likely', 'poised', 'planning', 'preparing', 'planned', 'plans', 'intends', 'wants', 'hopes', 'aims']);
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'began', 'took', 'made', 'saw', 'left',
  'gave', 'got', 'held', 'led', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'spent', 'sent', 'brought',
  'thought', 'found', 'felt', 'kept', 'knew', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'flew', 'fled', 'fought',
  'hit', 'shot', 'struck', 'threw', 'ran', 'sat', 'stood', 'understood', 'became', 'began', 'told', 'heard', 'meant',
  'set', 'put', 'cut', 'quit', 'ago', 'yesterday', 'last', 'earlier', 'previously', 'former', 'then-president',
  'arrived', 'died', 'killed', 'announced', 'reported', 'confirmed', 'stated', 'added', 'noted', 'wrote',
]);
/** -ed words that are not past tense (adjectives, future frames). */
const NOT_PAST_ED = new Set(['expected', 'scheduled', 'planned', 'proposed', 'red', 'bed', 'need', 'indeed', 'speed', 'feed', 'seed', 'weed', 'breed', 'united', 'limited', 'based', 'related', 'listed', 'interested', 'concerned', 'used', 'supposed', 'detailed', 'advanced', 'hundred', 'shed', 'embed', 'wed', 'ed', 'fed']);
const CLAUSE_BREAK = new Set([';', ':', '(', ')', '—', '–']);

export function directionAt(tokens: readonly Token[], first: number, last: number, sentStart: number, sentEnd: number): Direction {
  let seen = 0;
  for (let i = first - 1; i >= sentStart && seen < 10; i--, seen++) {
    const d = signal(tokens, i);
    if (d !== 0) return d;
    if (CLAUSE_BREAK.has(tokens[i].text)) break;
  }
  seen = 0;
  for (let i = last + 1; i < sentEnd && seen < 12; i++, seen++) {
    const d = signal(tokens, i);
    if (d !== 0) return d;
    if (CLAUSE_BREAK.has(tokens[i].text)) break;
  }
  return 0;
}

function signal(tokens: readonly Token[], i: number): Direction {
  const w = tokens[i].text.toLowerCase();
  const next = tokens[i + 1]?.text.toLowerCase();
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') return 1;
  if (FUTURE_WORDS.has(w)) return 1;
  if (w === 'would' || w === "'d") return 1;
  if (PAST_WORDS.has(w)) return -1;
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !/^[A-Z]/.test(tokens[i].text)) {
    // "has arrived" is past too; "is expected" handled above; "to be held" is future.
    const prev = tokens[i - 1]?.text.toLowerCase();
    if (prev === 'be' || prev === 'being') return 0;
    return -1;
  }
  return 0;
}
