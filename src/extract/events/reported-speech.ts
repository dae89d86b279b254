/**
 * The parties around a reported clause: who says it, and to whom it is addressed.
 */
import type { Sentence } from '../../model/layers.js';
import type { DocView, TokenMention } from './doc-view.js';
import { governingPrep } from './noun-phrase.js';
import { canReceive, partyAt } from './parties.js';
import { subjectIn } from './subjects.js';
import { SPEECH_VERBS } from './words.js';

/**
 * Who says what a reported clause holds: the subject of the nearest verb of saying (or coded verb) before the
 * clause ("Russia said on Tuesday that Sudan must …" → Russia).
 */
export function speakerOf(view: DocView, s: Sentence, clauseLo: number): TokenMention[] {
  for (let i = clauseLo - 1; i >= s.tokenStart; i--) {
    if (view.mentionAt[i] >= 0) continue;
    if (SPEECH_VERBS.has(view.lower[i]) || view.triggerAt[i]) return subjectIn(view, s.tokenStart, i, clauseLo);
  }
  return [];
}

/**
 * The party a reported clause is addressed to: the name right before it after "to" or a verb of saying
 * ("issued a stern reminder to Iraq that it must …", "told Iran that it must …").
 */
export function addresseeBefore(view: DocView, s: Sentence, clauseLo: number): TokenMention[] {
  let i = clauseLo - 1;
  while (i > s.tokenStart && (view.timexAt[i] >= 0 || view.lower[i] === 'that' || view.lower[i].endsWith('ly'))) i--;
  const m = partyAt(view, i, 'forwards');
  if (!m || !canReceive(m)) return [];
  const before = view.lower[m.tokenStart - 1];
  return governingPrep(view, m, s.tokenStart) === 'to' || SPEECH_VERBS.has(before) || ADDRESS_VERBS.has(before) ? [m] : [];
}

const ADDRESS_VERBS = new Set(['urged', 'urges', 'reminded', 'reminds', 'asked', 'asks', 'warned', 'warns']);
