import type { DocView } from './doc-view.js';
import { lowerWord, lowerWordOrHyphen } from './word-tests.js';
import type { Trigger } from './triggers.js';
import { BE_FORMS, LIGHT_VERBS, SPEECH_VERBS, SUBORDINATORS } from './words.js';

/**
 * Is this trigger a background mention rather than what the sentence reports? News sentences report one
 * action and mention others as circumstance: participles ("…, killing 20", "refugees fleeing the war"),
 * purpose infinitives under another trigger ("staged a strike to demand …", "rejected an invitation to attend"),
 * relative and adverbial clauses ("Iran, which backs Hamas", "after he was implicated"), adjectival participles
 * ("the besieged town", "suspected militant"), event nouns inside a prepositional phrase ("during demonstrations
 * against …", "for its support of …"). CAMEO and PLOVER code the reported action; the caller keeps a background
 * event only when its sentence reports nothing else, or when the text dates it on its own ("the assassination
 * of Haniyeh two weeks ago").
 */
export function isBackground(view: DocView, t: Trigger): boolean {
  const i = t.tokenStart;
  const cid = view.clause[i];
  const lo = view.clauseStart[cid];
  const tag = view.doc.pos[i] ?? '';
  const w = view.lower[i];
  if (inSubordinateClause(view, lo, i)) return true;
  if (t.pos === 'N') return underPreposition(view, t, lo) || nounModifier(view, t);
  let p = i - 1;
  while (p >= lo && ((view.lower[p].endsWith('ly') && view.lower[p].length > 3) || ADVERBS.has(view.lower[p]))) p--;
  const prev = view.lower[p];
  // Participle: an -ing form with no "be" before it.
  if (w.endsWith('ing') && !(BE_FORMS.has(prev) || BE_FORMS.has(view.lower[p - 1] ?? ''))) return true;
  // Infinitive governed by another trigger of the clause.
  if (prev === 'to') {
    for (let j = p - 1; j >= lo; j--) if (view.triggerAt[j]) return true;
  }
  if (w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || w.endsWith('t')) {
    const prevTag = view.doc.pos[p] ?? '';
    const nextTag = view.doc.pos[t.tokenEnd] ?? '';
    // Adjectival participle before a noun ("the besieged town", "Ousted president", "extradited suspected X").
    // Only after a determiner, modifier, preposition or another verb, or opening the clause: after a subject
    // or "and" ("… and promised aid") the form is a finite verb.
    const modifierSlot = p < lo || /^(DT|JJ|RB|IN|PRP\$|POS|CD|VBD|VBN|VBZ|VBP)/.test(prevTag);
    if (modifierSlot && (p < lo || view.mentionAt[p] < 0) && /^(NN|JJ)/.test(nextTag) && !BE_FORMS.has(prev) && !/^(has|have|had|been)$/.test(prev)) return true;
    // After a nationality adjective and before a plural noun the participle is one more modifier ("Moslem armed
    // forces", "Palestinian detained activists"); after a subject it would be the verb ("Israel arrested militants").
    // (A plural demonym is a people, the subject: "Young Algerians blocked roads".)
    if (p >= lo && view.mentionAt[p] >= 0 && nationality(view.mentions[view.mentionAt[p]].type) && !view.lower[p].endsWith('s') && nextTag === 'NNS') return true;
    // A participle standing for people ("evacuated the wounded from …", "the injured were taken …").
    if (prevTag === 'DT' && prev === 'the' && !/^(NN|JJ)/.test(nextTag) && view.mentionAt[t.tokenEnd] < 0) return true;
    // Reduced relative after a common noun ("the curfew imposed in Sudan", "property seized by the army").
    // The tagger often reads these as past tenses; a verb earlier in the clause shows the noun is its object
    // ("will return equipment seized last year from …", "attacked by militiamen armed with machetes").
    if ((tag === 'VBN' || (tag === 'VBD' && verbBefore(view, lo, p))) && /^NNS?$/.test(prevTag) && (/^(IN|RB|RP|TO)$/.test(nextTag) || view.timexAt[t.tokenEnd] >= 0)) return true;
  }
  return false;
}

/** The trigger sits in a relative or adverbial clause, or in a "that" clause not reporting speech. */
function inSubordinateClause(view: DocView, lo: number, i: number): boolean {
  if (lo >= i) return false;
  const first = view.lower[lo];
  if (SUBORDINATORS.has(first)) return true;
  if (first !== 'that') return false;
  // "said (on Friday) that …" reports the event itself; "the plan that …" or "demands that …" does not.
  let k = lo - 1;
  while (k >= 0 && (view.timexAt[k] >= 0 || view.lower[k].endsWith('ly') || view.lower[k] === 'on')) k--;
  return !SPEECH_VERBS.has(view.lower[k] ?? '');
}

/** Adverbs that may stand between an auxiliary and its verb ("was still refusing", "has also accused"). */
const ADVERBS = new Set(['still', 'also', 'not', "n't", 'now', 'already', 'again', 'even', 'further', 'never', 'once', 'just']);

const NOUN_PREPS = new Set(['for', 'during', 'in', 'after', 'over', 'against', 'of', 'with', 'amid', 'despite', 'following', 'before', 'since', 'into', 'on', 'to', 'from', 'about', 'under', 'by', 'at']);

/** An event noun inside a prepositional phrase ("in an attack on", "for its support of"), not after a light verb. */
function underPreposition(view: DocView, t: Trigger, lo: number): boolean {
  for (let i = t.tokenStart - 1, k = 0; i >= lo && k < 5; i--, k++) {
    const w = view.lower[i];
    if (NOUN_PREPS.has(w)) {
      // "took part in the attack", "joined in the talks": the light verb makes the noun the reported action.
      return i === 0 || !LIGHT_VERBS.has(view.lower[i - 1]);
    }
    // A name may modify the noun inside the phrase ("since last month's U.S. invasion").
    if (view.mentionAt[i] >= 0) {
      i = view.mentions[view.mentionAt[i]].tokenStart;
      continue;
    }
    if (view.triggerAt[i] || LIGHT_VERBS.has(w) || !(lowerWordOrHyphen(w) || w === "'" || w === "'s")) return false;
  }
  return false;
}

/** The entity types a nationality adjective before a participle is tagged with ("Moslem", "Palestinian"). */
function nationality(type: string): boolean {
  return type === 'NORP' || type === 'MISC';
}

/** An event noun modifying another noun ("riot police", "aid workers", "protest leaders"): no event is reported. */
function nounModifier(view: DocView, t: Trigger): boolean {
  const next = t.tokenEnd;
  return /^NNS?$/.test(view.doc.pos[next] ?? '') && !view.triggerAt[next] && view.mentionAt[next] < 0 && lowerWord(view.lower[next]) && /^NN/.test(view.doc.pos[t.tokenEnd - 1] ?? '');
}

function verbBefore(view: DocView, lo: number, before: number): boolean {
  for (let i = lo; i < before; i++) if ((view.doc.pos[i] ?? '').startsWith('VB')) return true;
  return false;
}
