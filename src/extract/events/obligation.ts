import type { DocView } from './doc-view.js';
import type { Trigger } from './triggers.js';

const OBLIGATION = new Set(['must']);
const BETWEEN = new Set(['be', 'also', 'now', 'first', 'still', 'immediately', 'not']);

/**
 * "Russia said Sudan must return the helicopter", "the Forum concluded that the US must allocate …": what a
 * speaker says another party must do is, in CAMEO and PLOVER, a demand (REQUEST) by the speaker of that party,
 * not the action itself. True when "must" governs the trigger in a clause that reports someone's words
 * (the clause does not open the sentence).
 */
export function isObligation(view: DocView, t: Trigger): boolean {
  if (t.pos !== 'V') return false;
  const cid = view.clause[t.tokenStart];
  const lo = view.clauseStart[cid];
  const s = view.sentences[view.sentenceOf[t.tokenStart]];
  let i = t.tokenStart - 1;
  while (i >= lo && (BETWEEN.has(view.lower[i]) || /ly$/.test(view.lower[i]))) i--;
  if (i < lo || !OBLIGATION.has(view.lower[i])) return false;
  // The obligated party is named before "must", and someone else speaks before it.
  return lo > s.tokenStart || view.lower[lo] === 'that';
}
