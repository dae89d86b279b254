/**
 * Arguments of an event noun ("Iran's attack", "talks between X and Y", "held talks with X").
 */
import type { Sentence } from '../../model/layers.js';
import type { Arguments, ClauseOf } from './arguments.js';
import type { DocView, TokenMention } from './doc-view.js';
import { coordinated, SKIPPABLE_BEFORE_NOUN } from './noun-phrase.js';
import { afterWord } from './objects.js';
import { canAct, mentionAt } from './parties.js';
import { sentenceSubject, subjectIn } from './subjects.js';
import type { Trigger } from './triggers.js';
import { lowerWordOrHyphen } from './word-tests.js';
import { AUXILIARIES, LIGHT_VERBS, PREPOSITIONS } from './words.js';

/** "Iran's attack", "Russia's support", "the Israeli siege": the possessor or national adjective before a noun. */
function possessor(view: DocView, t: Trigger, lo: number, hi: number): TokenMention[] {
  for (let i = t.tokenStart - 1, k = 0; i >= lo && k < 3; i--, k++) {
    const w = view.lower[i];
    if (w === "'s" || w === "'") {
      const m = mentionAt(view, i - 1);
      return m && canAct(m) ? coordinated(view, m, lo, hi) : [];
    }
    const m = mentionAt(view, i);
    if (m) return (m.type === 'NORP' || m.type === 'GPE' || m.type === 'ORG') ? coordinated(view, m, lo, hi) : [];
    // Only modifiers may stand between: a determiner, a verb or a preposition ends the noun phrase.
    if (!lowerWordOrHyphen(w) || PREPOSITIONS.has(w) || view.triggerAt[i] || SKIPPABLE_BEFORE_NOUN.has(w)) return [];
  }
  return [];
}

const PATIENT_NOUN_EVENTS = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
const NOUN_RECIPIENT_PREPS = new Set(['with', 'against', 'on', 'to', 'over', 'into']);

/** Does a light verb ("held", "voiced its", "cancelled the") govern this event noun? */
function lightVerbBefore(view: DocView, t: Trigger, lo: number): boolean {
  for (let i = t.tokenStart - 1, k = 0; i >= lo && k < 5; i--, k++) {
    const w = view.lower[i];
    if (LIGHT_VERBS.has(w) || view.cancelAt[i]) return true;
    // Modifiers, including a measure ("staged a 24-hour hunger strike").
    if (view.mentionAt[i] >= 0 || !/^[a-z-]+$|^'s$|^\d+$/.test(w)) return false;
    if (PREPOSITIONS.has(w) && w !== 'in') return false;
  }
  return false;
}

/** Arguments of an event noun: possessor, "of", "by", "between", prepositional recipients, a light verb's subject. */
export function nounArguments(view: DocView, s: Sentence, t: Trigger, ploverEvent: string, visit: boolean, mediation: boolean, clause: ClauseOf): Arguments {
  const clauseLo = clause.lo;
  const clauseHi = clause.hi;
  const dependent = view.lower[clauseLo] === 'to' || view.lower[clauseLo] === 'with';
  let actors = possessor(view, t, clauseLo, clauseHi);
  let recipients: TokenMention[] = [];
  const of = afterWord(view, t, 'of', clauseHi, clauseLo);
  const by = afterWord(view, t, 'by', clauseHi, clauseLo);
  const between = afterWord(view, t, 'between', clauseHi, clauseLo);
  if (by.length) actors = by;
  // "talks between X and Y": X and Y meet; "mediation between X and Y": they are mediated.
  if (between.length && mediation) recipients = between;
  else if (between.length) actors = between;
  if (of.length) {
    if (PATIENT_NOUN_EVENTS.has(ploverEvent)) recipients = of;
    else if (!actors.length) actors = of;
  }
  if (!recipients.length) recipients = afterWord(view, t, NOUN_RECIPIENT_PREPS, clauseHi, clauseLo);
  if (!actors.length && (lightVerbBefore(view, t, clauseLo) || mediation)) {
    actors = subjectIn(view, clauseLo, t.tokenStart, clauseHi);
    // "Sidhoum, Algeria's leading activist, staged a hunger strike": the light verb opens its clause after
    // an apposition, so its subject is the sentence's.
    if (!actors.length && (dependent || (lightVerbOpens(view, t, clauseLo) && !clause.relative))) actors = sentenceSubject(view, s, clauseLo);
  }
  // "a visit by Abbas" hoped for by Moscow: the clause subject hosts the visit.
  if (visit && (by.length || of.length) && !recipients.length) recipients = subjectIn(view, clauseLo, t.tokenStart, clauseHi);
  return { actors, recipients };
}

/** Only auxiliaries and "-ly" adverbs stand before the light verb in its clause (or no light verb comes first). */
function lightVerbOpens(view: DocView, t: Trigger, clauseLo: number): boolean {
  let opens = true;
  for (let i = clauseLo; i < t.tokenStart && opens; i++) {
    if (LIGHT_VERBS.has(view.lower[i])) break;
    opens = AUXILIARIES.has(view.lower[i]) || view.lower[i].endsWith('ly');
  }
  return opens;
}
