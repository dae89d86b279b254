/**
 * Objects: the party a trigger reaches after it in its clause, directly or after a given preposition.
 */
import type { DocView, TokenMention } from './doc-view.js';
import { headOf } from './head-party.js';
import { coordinated, governingPrep } from './noun-phrase.js';
import { canReceive, partyAt } from './parties.js';
import type { Trigger } from './triggers.js';
import { PLACE_PREPS } from './words.js';

export const OBJECT_WINDOW = 16;

/** First suitable mention after the trigger in its clause: the object, or a recipient after with/to/against… */
export function objectAfter(view: DocView, t: Trigger, hi: number, allowPlaces: boolean, lo: number, partnerOnly: boolean): TokenMention[] {
  const limit = Math.min(hi, t.tokenEnd + OBJECT_WINDOW);
  let passed = false;
  for (let i = t.tokenEnd; i < limit; i++) {
    // An infinitive after an object phrase that names its own party has objects of its own ("demanded a meeting
    // of the Security Council to discuss Croatia's advance"); the party of the phrase is the one reached.
    if (passed && view.lower[i] === 'to' && view.doc.pos[i + 1] === 'VB') break;
    const m = partyAt(view, i, 'forwards');
    if (!m) continue;
    i = m.tokenEnd - 1;
    if (!canReceive(m)) continue;
    const prep = governingPrep(view, m, t.tokenEnd);
    passed = true;
    if (prep && (PLACE_PREPS.has(prep) || prep === 'of' || prep === 'by' || prep === 'from' || prep === 'since' || prep === 'during') && !allowPlaces) continue;
    if (prep === 'by' || prep === 'between') continue;
    // "discussed the war with X": the object of discuss is the topic; the partner comes with "with".
    const withPrep = prep === 'with';
    if (partnerOnly && !withPrep) continue;
    return coordinated(view, headOf(view, m, hi), lo, hi);
  }
  return [];
}

/** The mention right after `word` following the trigger ("assassination of X", "visit by X", "talks between X and Y"). */
export function afterWord(view: DocView, t: Trigger, word: string | Set<string>, hi: number, lo: number, window = 3): TokenMention[] {
  const limit = Math.min(hi, t.tokenEnd + window);
  for (let i = t.tokenEnd; i < limit; i++) {
    if (typeof word === 'string' ? view.lower[i] !== word : !word.has(view.lower[i])) continue;
    for (let j = i + 1; j < Math.min(hi, i + 8); j++) {
      const m = partyAt(view, j, 'forwards');
      if (m) return canReceive(m) ? coordinated(view, headOf(view, m, hi), lo, hi) : [];
    }
    return [];
  }
  return [];
}
