/**
 * The shape of a verb group, as the tense look (tense.ts) reads it without part-of-speech tags: contractions a
 * space-split text sets apart ("he 'd", "I 'll"), a future modal's verb phrase right before an expression ("would step
 * down in September"), how far a modal's passive reaches ("must be registered … not later than September 30"), and
 * adverbs of manner inside a group ("is duly dismissed").
 */
import type { Token } from '../../model/layers.js';
import { plain } from './token-reader.js';
import { CLAUSE_BREAK } from './clause-edges.js';

/** Contractions whose apostrophe a space-split text sets apart: "he 'd", "I 'll". */
const SPLIT_CONTRACTIONS = new Set(['d', 'll']);

/**
 * The word at `i` in small letters, a contraction made whole again: Timeline17's tokens were split by spaces, so
 * "he 'd opened fire", "I 'll go" read as "'" and "d", "'" and "ll".
 */
export function wordAt(tokens: readonly Token[], i: number): string {
  const w = plain(tokens[i]);
  return SPLIT_CONTRACTIONS.has(w) && /^['’]$/.test(tokens[i - 1]?.text ?? '') ? `'${w}` : w;
}

/** Future modals whose verb phrase dates an expression right after it. */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'would', "'ll", 'shall']);
/** Prepositions between such a verb phrase and the expression: "step down in", "go on". */
const VERB_PHRASE_PREPOSITIONS = new Set(['in', 'on', 'by', 'at', 'until', 'before', 'after', 'during']);

/** "would step down in", "'ll go in", "will resume on": modal, base verb, at most a particle, preposition, expression. */
export function modalVerbPhraseBefore(tokens: readonly Token[], first: number, sentStart: number): boolean {
  const prep = first - 1;
  if (prep - 2 < sentStart || !VERB_PHRASE_PREPOSITIONS.has(plain(tokens[prep]))) return false;
  for (let verb = prep - 1; verb >= prep - 2 && verb - 1 >= sentStart; verb--) {
    if (!/^[a-z]+$/.test(tokens[verb].text)) return false;
    if (FUTURE_MODALS.has(wordAt(tokens, verb - 1))) return true;
  }
  return false;
}

/**
 * Most words from a modal's passive participle to the expression it dates: "must be registered before export but not
 * later than September 30" (further off the participle is another clause's: "rumours that he might be delayed because
 * of public mourning in the nation helped depress cocoa prices Friday").
 */
const MODAL_PASSIVE_REACH = 8;

/**
 * Whether the expression at `to` follows the participle at `from` within MODAL_PASSIVE_REACH words (quotation marks
 * not counted), with no comma or clause break between.
 */
export function withinModalPassiveReach(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  let words = 0;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].text === ',' || CLAUSE_BREAK.has(tokens[k].text)) return false;
    if (/[\p{L}\d]/u.test(tokens[k].text)) words++;
  }
  return words < MODAL_PASSIVE_REACH;
}

/** An adverb of manner: "duly", "quickly" (in small letters: "July" is none). */
const MANNER_ADVERB = /^[a-z]{2,}ly$/;
/** Words in -ly that are no adverb of manner. */
const NOT_MANNER_ADVERBS = new Set(['early', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'family', 'rally', 'ally', 'supply', 'reply', 'apply', 'fly', 'holy', 'ugly', 'likely', 'italy', 'elderly', 'friendly']);

/** An adverb of manner inside a verb group: "is duly dismissed", "was quickly approved". */
export function adverbInAVerbGroup(t: Token | undefined): boolean {
  return t !== undefined && MANNER_ADVERB.test(t.text) && !NOT_MANNER_ADVERBS.has(t.text);
}
