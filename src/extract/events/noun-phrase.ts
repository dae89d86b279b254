/**
 * A party's noun phrase seen from outside: the preposition that governs it, and the names coordinated with it
 * ("Hungarian and Romanian officials").
 */
import type { DocView, TokenMention } from './doc-view.js';
import { mentionAt, partyAt } from './parties.js';
import { lowerWord, lowerWordOrHyphen } from './word-tests.js';
import { PREPOSITIONS, QUANTITY_NOUNS } from './words.js';

export const SKIPPABLE_BEFORE_NOUN = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'new', 'former', 'then', 'top', 'senior', 'some', 'several']);

/** The preposition governing a mention ("in the Palestinian enclave" → in), or null. */
export function governingPrep(view: DocView, m: TokenMention, lo: number): string | null {
  // Walk back over determiners and at most two modifiers ("in the unprecedented humanitarian …"); a trigger,
  // a name or any other word ends the walk: "attack Israel" has no preposition even if "to" comes before.
  for (let i = m.tokenStart - 1, modifiers = 0; i >= lo; i--) {
    const w = view.lower[i];
    if (w === 'of' && QUANTITY_NOUNS.has(view.lower[i - 1])) return null;
    if (PREPOSITIONS.has(w)) return w;
    if (SKIPPABLE_BEFORE_NOUN.has(w)) continue;
    if (view.triggerAt[i] || view.mentionAt[i] >= 0 || !lowerWordOrHyphen(w) || ++modifiers > 2) return null;
  }
  return null;
}

/** A mention with the mentions coordinated with it ("Hungarian and Romanian officials", "UAE and Saudi leaders"). */
export function coordinated(view: DocView, m: TokenMention, lo: number, hi: number): TokenMention[] {
  const group = [m];
  // Rightwards: [nouns] and|, [the] Mention
  let end = m.tokenEnd;
  for (let guard = 0; guard < 4; guard++) {
    let i = end;
    let nouns = 0;
    while (i < hi && nouns < 2 && lowerWord(view.lower[i]) && view.lower[i] !== 'and' && view.mentionAt[i] < 0 && !PREPOSITIONS.has(view.lower[i])) { i++; nouns++; }
    if (view.lower[i] !== 'and' && view.lower[i] !== '&') break;
    i++;
    if (view.lower[i] === 'the') i++;
    const next = i < hi ? mentionAt(view, i) : null;
    if (!next) break;
    group.push(next);
    end = next.tokenEnd;
  }
  // Leftwards: Mention and|, [the] m
  let start = m.tokenStart;
  for (let guard = 0; guard < 4; guard++) {
    let i = start - 1;
    if (view.lower[i] === 'the') i--;
    if (i < lo || (view.lower[i] !== 'and' && view.lower[i] !== '&' && view.lower[i] !== ',')) break;
    // "the Sudanese government and SPLM/A": up to two head nouns after the name before "and".
    let j = i - 1;
    for (let nouns = 0; nouns < 2 && j > lo && lowerWord(view.lower[j]) && view.lower[j] !== 'and' && view.mentionAt[j] < 0 && !view.triggerAt[j] && !PREPOSITIONS.has(view.lower[j]) && view.lower[i] === 'and'; nouns++) j--;
    const prev = j >= lo ? partyAt(view, j, 'forwards') : null;
    if (!prev) break;
    group.unshift(prev);
    start = prev.tokenStart;
  }
  return group;
}
