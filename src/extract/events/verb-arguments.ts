/**
 * Arguments of an event verb, with its voice: subject and object, or the agent after "by" when passive.
 */
import type { Sentence } from '../../model/layers.js';
import type { Arguments, ClauseOf } from './arguments.js';
import type { DocView, TokenMention } from './doc-view.js';
import { afterWord, objectAfter } from './objects.js';
import { firstMentionIn, sentenceSubject, SUBJECT_PRONOUNS, subjectIn } from './subjects.js';
import type { Trigger } from './triggers.js';
import { lowerWord } from './word-tests.js';
import { AUXILIARIES, BE_FORMS, SPEECH_VERBS } from './words.js';

/** Participles that after "be" and before "to" state a stance, not a passive: "Israel is opposed to French mediation". */
const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'determined', 'resigned', 'dedicated', 'devoted']);

export function isPassive(view: DocView, t: Trigger): boolean {
  if (t.pos !== 'V') return false;
  const w = view.lower[t.tokenStart];
  if (!(w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || w.endsWith('t'))) return false;
  if (STANCE_PARTICIPLES.has(w) && view.lower[t.tokenEnd] === 'to') return false;
  for (let i = t.tokenStart - 1, k = 0; i >= 0 && k < 3; i--, k++) {
    if (BE_FORMS.has(view.lower[i])) return true;
    if (!view.lower[i].endsWith('ly') && view.lower[i] !== 'reportedly' && view.lower[i] !== 'also') return false;
  }
  return false;
}

/** The infinitive's governing trigger ("will meet X to discuss", "is expected to attack"), or -1. */
function governorOf(view: DocView, t: Trigger, lo: number): number {
  let i = t.tokenStart - 1;
  if (i >= 0 && view.lower[i].endsWith('ly')) i--;
  if (view.lower[i] !== 'to') return -1;
  for (let j = i - 1; j >= lo; j--) if (view.triggerAt[j]) return j;
  return -1;
}

/** Arguments of a verb: subject and object, passive agent, the subject of a reported complement. */
export function verbArguments(view: DocView, s: Sentence, t: Trigger, visit: boolean, partnerOnly: boolean, clause: ClauseOf): Arguments {
  const clauseLo = clause.lo;
  const clauseHi = clause.hi;
  const passive = isPassive(view, t);
  const governor = governorOf(view, t, clauseLo);
  const subject = verbSubject(view, s, t, governor, clause);
  let object = objectAfter(view, t, clauseHi, visit, clauseLo, partnerOnly);
  // "demanded that the US cancel …", "warned that Iran would …": the subject of the complement is the recipient.
  if (!object.length) object = complementSubject(view, s, t);
  if (passive) return { actors: afterWord(view, t, 'by', clauseHi, clauseLo, 6), recipients: subject };
  return { actors: subject, recipients: object };
}

function verbSubject(view: DocView, s: Sentence, t: Trigger, governor: number, clause: ClauseOf): TokenMention[] {
  const clauseLo = clause.lo;
  const relative = clause.relative;
  let subject = subjectIn(view, clauseLo, governor >= 0 ? governor : t.tokenStart, clause.hi);
  if (!subject.length && relative) subject = subjectIn(view, s.tokenStart, clauseLo, clauseLo);
  // "Nigeria announced that it will withdraw …": a subject pronoun of a complement clause stands for the
  // nearest actor before the clause (what the entities stage leaves unresolved).
  if (!subject.length && clauseLo > s.tokenStart) subject = pronounSubject(view, s, t, clauseLo);
  // Verbs without a subject of their own in the clause: participles, infinitives, coordinated verbs, and a
  // verb group that opens its clause after an apposition ("Pakistan, a key ally, has refused to …").
  let opensClause = true;
  for (let i = clauseLo; i < t.tokenStart; i++) if (!AUXILIARIES.has(view.lower[i]) && !view.lower[i].endsWith('ly')) { opensClause = false; break; }
  const nonFinite = view.lower[t.tokenStart].endsWith('ing') || governor >= 0 || ['to', 'and', 'but', 'then'].includes(view.lower[clauseLo]) || (opensClause && !relative);
  if (!subject.length && nonFinite) subject = sentenceSubject(view, s, t.tokenStart);
  return subject;
}

/** "Nigeria announced that it will withdraw": the actor before the clause a subject pronoun stands for. */
function pronounSubject(view: DocView, s: Sentence, t: Trigger, clauseLo: number): TokenMention[] {
  let pronoun = false;
  for (let i = clauseLo; i < t.tokenStart && !pronoun; i++) pronoun = SUBJECT_PRONOUNS.has(view.lower[i]);
  let from = clauseLo;
  while (from > s.tokenStart && (view.timexAt[from - 1] >= 0 || SPEECH_VERBS.has(view.lower[from - 1]) || view.lower[from - 1].endsWith('ly'))) from--;
  return pronoun ? subjectIn(view, s.tokenStart, from, clauseLo) : [];
}

/** "demanded that the US cancel …": the first party of the "that" clause after the verb, if it has a subject. */
function complementSubject(view: DocView, s: Sentence, t: Trigger): TokenMention[] {
  let j = t.tokenEnd;
  // Also through the demand noun: "insisted on its demands that …", "reiterated its demand today that …".
  let words = 0;
  while (j < s.tokenEnd && (view.timexAt[j] >= 0 || view.lower[j].endsWith('ly') || view.lower[j] === 'on' || (view.lower[j] !== 'that' && lowerWord(view.lower[j]) && view.mentionAt[j] < 0 && ++words <= 3))) j++;
  if (j >= view.lower.length || view.lower[j] !== 'that') return [];
  const cj = view.clause[j];
  return subjectIn(view, j + 1, view.clauseEnd[cj], view.clauseEnd[cj]).length ? firstMentionIn(view, j + 1, view.clauseEnd[cj]) : [];
}
