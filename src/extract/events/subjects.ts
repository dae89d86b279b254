/**
 * Subjects: the party before a trigger in its clause, the sentence's own subject, and the first actor of a span.
 */
import type { Sentence } from '../../model/layers.js';
import type { DocView, TokenMention } from './doc-view.js';
import { headOf, titlingOrganisation } from './head-party.js';
import { coordinated, governingPrep, SKIPPABLE_BEFORE_NOUN } from './noun-phrase.js';
import { canAct, partyAt } from './parties.js';
import { lowerWordOrHyphen } from './word-tests.js';
import { PREPOSITIONS, RELATIVE_PRONOUNS, SPEECH_VERBS } from './words.js';

/** The rightmost suitable mention before `from` in [lo, from): the subject of a verb, the agent of a noun. */
export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

export function subjectIn(view: DocView, lo: number, from: number, hi: number): TokenMention[] {
  let pronoun = false;
  let qualified: TokenMention | null = null;
  for (let i = from - 1; i >= lo; i--) {
    // A pronoun subject or a possessive one ("Bosnian Serbs said their forces had completed …").
    if (SUBJECT_PRONOUNS.has(view.lower[i]) || POSSESSIVE_PRONOUNS.has(view.lower[i])) pronoun = true;
    // "X said Y did Z": Y is the actor, X only the speaker — unless Y is a pronoun for X ("Hungary said it will …").
    // (A word inside a name is no verb of saying: "United States".)
    if (SPEECH_VERBS.has(view.lower[i]) && view.mentionAt[i] < 0 && !pronoun) return [];
    const m = partyAt(view, i, 'backwards');
    if (!m) continue;
    i = m.tokenStart;
    if (!canAct(m)) continue;
    if (view.timexAt[m.tokenStart] >= 0) continue;
    const prep = governingPrep(view, m, lo);
    if (prep && prep !== 'by') {
      if (!qualified && (QUALIFYING_PREPS.has(prep) || prep === 'with') && qualifiesSubjectNoun(view, m, lo)) qualified = m;
      continue;
    }
    return coordinated(view, headOf(view, titlingOrganisation(view, m, lo) ?? m, hi), lo, hi);
  }
  // "Rebels in the Ivory Coast dismissed …", "supporters of Ben Bella marched": a subject noun with no name of
  // its own takes the country of the name that qualifies it.
  return qualified ? coordinated(view, qualified, lo, hi) : [];
}

const QUALIFYING_PREPS = new Set(['in', 'of', 'from', 'for']);
/** "workers affiliated with the Serbian Workers' Union": a "with" that ties the subject noun to a name. */
const AFFILIATED = new Set(['affiliated', 'allied', 'associated', 'aligned', 'linked']);

/** Is m in a prepositional phrase right after the clause's opening noun phrase ("[Security forces] in Guinea")? */
function qualifiesSubjectNoun(view: DocView, m: TokenMention, lo: number): boolean {
  let p = m.tokenStart - 1;
  // Determiners and up to two modifiers of the name ("of former President Ben Bella", "from the defeated Fatah").
  for (let modifiers = 0; p > lo && !QUALIFYING_PREPS.has(view.lower[p]) && view.lower[p] !== 'with'; p--) {
    if (SKIPPABLE_BEFORE_NOUN.has(view.lower[p])) continue;
    if (!lowerWordOrHyphen(view.lower[p]) || PREPOSITIONS.has(view.lower[p]) || ++modifiers > 2) return false;
  }
  if (!(QUALIFYING_PREPS.has(view.lower[p]) || (view.lower[p] === 'with' && AFFILIATED.has(view.lower[p - 1]))) || p - lo < 1 || p - lo > 4) return false;
  // The opening noun phrase: words, or a quantity ("About 200 supporters", "Up to 1,000 workers").
  for (let i = lo; i < p; i++) {
    if (view.triggerAt[i] === 1 || view.mentionAt[i] >= 0 || view.timexAt[i] >= 0 || !/^([a-z-]+|[\d,.]+)$/.test(view.lower[i])) return false;
  }
  return true;
}

/** The sentence's subject: its first mention outside a prepositional phrase and outside relative clauses. */
export function sentenceSubject(view: DocView, s: Sentence, before: number): TokenMention[] {
  // Reported speech: the subject of what was said comes after the last verb of saying.
  let from = s.tokenStart;
  for (let i = before - 1; i > s.tokenStart; i--) if (SPEECH_VERBS.has(view.lower[i]) && view.mentionAt[i] < 0) { from = i + 1; break; }
  for (let i = from; i < before; i++) {
    const m = partyAt(view, i, 'forwards');
    if (!m) continue;
    if (RELATIVE_PRONOUNS.has(view.lower[view.clauseStart[view.clause[i]]])) { i = m.tokenEnd - 1; continue; }
    if (!canAct(m) || governingPrep(view, m, s.tokenStart)) { i = m.tokenEnd - 1; continue; }
    return coordinated(view, headOf(view, m, s.tokenEnd), s.tokenStart, s.tokenEnd);
  }
  return [];
}

/** The first actor-like mention in [lo, hi) outside prepositional phrases. */
export function firstMentionIn(view: DocView, lo: number, hi: number): TokenMention[] {
  for (let i = lo; i < hi; i++) {
    const m = partyAt(view, i, 'forwards');
    if (!m) continue;
    i = m.tokenEnd - 1;
    if (!canAct(m) || governingPrep(view, m, lo)) continue;
    return coordinated(view, headOf(view, m, hi), lo, hi);
  }
  return [];
}
