import type { Sentence } from '../../model/layers.js';
import type { DocView, TokenMention } from './doc-view.js';
import type { Trigger } from './triggers.js';
import { lowerWord, lowerWordOrHyphen, wordOrHyphen } from './word-tests.js';
import { BE_FORMS, LIGHT_VERBS, PLACE_PREPS, PREPOSITIONS, QUANTITY_NOUNS, RELATIVE_PRONOUNS, SPEECH_VERBS } from './words.js';

/** Who did it and to whom, as mentions (the caller turns them into entity ids). */
export interface Arguments {
  actors: TokenMention[];
  recipients: TokenMention[];
}

const OBJECT_WINDOW = 16;
const SKIPPABLE_BEFORE_NOUN = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'new', 'former', 'then', 'top', 'senior', 'some', 'several']);
const ACTOR_TYPES = new Set(['PER', 'ORG', 'GPE', 'NORP']);
const RECIPIENT_TYPES = new Set(['PER', 'ORG', 'GPE', 'NORP', 'LOC']);

/** A group the recognizer calls MISC but the entities stage ties to a country ("Bosnian Serbs") can act too. */
function canAct(m: TokenMention): boolean {
  return ACTOR_TYPES.has(m.type) || (m.type === 'MISC' && !!m.country);
}

function canReceive(m: TokenMention): boolean {
  return RECIPIENT_TYPES.has(m.type) || (m.type === 'MISC' && !!m.country);
}

function mentionAt(view: DocView, i: number): TokenMention | null {
  const k = view.mentionAt[i];
  return k >= 0 ? view.mentions[k] : null;
}

/** A name that can be a participant: not a modifier inside a compound ("the Israel-Hamas war"). */
function partyAt(view: DocView, i: number): TokenMention | null {
  const m = mentionAt(view, i);
  return m && !m.partial && !restatedName(view, m) ? m : null;
}

/**
 * "the Serbian Workers' Union (SSS)", "the force in Lebanon (UNIFIL)": a bracketed name right after a name
 * restates what comes before it; it is no party of its own. Scanning forwards the name was met first; scanning
 * backwards (a subject before its verb) the name stands where the bracket stands.
 */
function restatedName(view: DocView, m: TokenMention): TokenMention | null {
  // (Reads stay inside the array: an out-of-bounds read deoptimises the compiled function.)
  if (m.tokenStart === 0 || m.tokenEnd >= view.lower.length || view.lower[m.tokenStart - 1] !== '(' || view.lower[m.tokenEnd] !== ')') return null;
  const named = mentionAt(view, m.tokenStart - 2);
  return named && !named.partial ? named : null;
}

/** partyAt for a right-to-left scan: a restated bracketed name gives the name it restates. */
function partyBackAt(view: DocView, i: number): TokenMention | null {
  const m = mentionAt(view, i);
  if (!m || m.partial) return null;
  return restatedName(view, m) ?? m;
}

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

/**
 * "Qatar's Emir Sheikh Tamim", "Hamas chief Ismail Haniyeh": a possessor or a modifier name followed by a
 * title gives way to the name it qualifies.
 */
function headOf(view: DocView, m: TokenMention, hi: number): TokenMention {
  const home = residence(view, m, hi);
  if (home) return home;
  let cur = m;
  for (let guard = 0; guard < 3; guard++) {
    const possessive = view.lower[cur.tokenEnd] === "'s" || view.lower[cur.tokenEnd] === "'";
    let next: TokenMention | null = null;
    let words = 0;
    for (let i = cur.tokenEnd + (possessive ? 1 : 0); i < Math.min(hi, cur.tokenEnd + 5); i++) {
      const n = mentionAt(view, i);
      if (n) { next = n; break; }
      const w = view.lower[i];
      if (!wordOrHyphen(w) || PREPOSITIONS.has(w) || w === 'and' || view.triggerAt[i] || ++words > 2) break;
    }
    if (!next) return cur;
    // (Every test is worked out before any is used: see looksNominal in triggers.ts.)
    const titledPerson = next.type === 'PER' && words > 0;
    const party = canAct(next) || next.type === 'LOC';
    // "U.N. mediator Diego Cordovez", "Arab League Secretary General Chadli Klibi": a person titled by an
    // organisation of another country (or none known) acts for the organisation, as CAMEO codes such roles.
    const foreignOrgTitle = cur.type === 'ORG' && !!cur.country && next.country !== cur.country;
    // Without a possessive, only a person after a title qualifies ("Hamas chief Ismail Haniyeh"). (A title the
    // recognizer read as a name, "Emir Sheikh Tamim", is no entity: the entities stage drops it.)
    if (!possessive && !titledPerson) return cur;
    if (!party) return cur;
    if (!possessive && foreignOrgTitle) return cur;
    cur = next;
  }
  return cur;
}

/** The organisation in a person's title ("Arab League Secretary General Chadli Klibi" → Arab League), if any. */
function titlingOrganisation(view: DocView, m: TokenMention, lo: number): TokenMention | null {
  if (m.type !== 'PER') return null;
  for (let i = m.tokenStart - 1, words = 0; i >= lo; i--) {
    const org = mentionAt(view, i);
    if (org) return org.type === 'ORG' && words > 0 && org.country && org.country !== m.country ? org : null;
    if (!lowerWordOrHyphen(view.lower[i]) || PREPOSITIONS.has(view.lower[i]) || view.triggerAt[i] || ++words > 2) return null;
  }
  return null;
}

/**
 * "Ethnic Albanians in south Serbia", "Albanians of southern Serbia": a people named by a plural demonym and
 * placed in a country is coded by that country, as CAMEO codes minorities. ("Iranian diplomats in Berlin" keeps
 * Iran: the demonym there is an adjective.)
 */
function residence(view: DocView, m: TokenMention, hi: number): TokenMention | null {
  if (m.type !== 'NORP' || !/s$/.test(view.lower[m.tokenEnd - 1])) return null;
  const placed = /^(in|of)$/.test(view.lower[m.tokenEnd] ?? '') ? countryAfterPrep(view, m, m.tokenEnd, hi) : null;
  if (placed) return placed;
  // "ethnic Albanians demonstrated on Tuesday in Serbia", "killed three ethnic Albanians in a gunbattle in
  // southeastern Serbia": a minority is coded by the country its sentence places it in.
  if (view.lower[m.tokenStart - 1] !== 'ethnic') return null;
  const s = view.doc.sentences[view.sentenceOf[m.tokenStart]];
  for (let i = m.tokenEnd; i < Math.min(s.tokenEnd, m.tokenEnd + 12); i++) {
    if (view.isSeparator[i]) return null;
    if (view.lower[i] === 'in') {
      const n = countryAfterPrep(view, m, i, s.tokenEnd);
      if (n) return n;
    }
  }
  return null;
}

/** The country named right after the preposition at `prep` ("in south Serbia"), if not the people's own. */
function countryAfterPrep(view: DocView, m: TokenMention, prep: number, hi: number): TokenMention | null {
  for (let i = prep + 1, k = 0; i < hi && k < 3; i++, k++) {
    const n = partyAt(view, i);
    if (n) return n.type === 'GPE' && n.country && n.country !== m.country ? n : null;
    if (!/^(the|south|north|east|west|southern|northern|eastern|western|central|southeastern|southwestern|northeastern|northwestern)$/.test(view.lower[i])) return null;
  }
  return null;
}

/** A mention with the mentions coordinated with it ("Hungarian and Romanian officials", "UAE and Saudi leaders"). */
function coordinated(view: DocView, m: TokenMention, lo: number, hi: number): TokenMention[] {
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
    const prev = j >= lo ? partyAt(view, j) : null;
    if (!prev) break;
    group.unshift(prev);
    start = prev.tokenStart;
  }
  return group;
}

/** Participles that after "be" and before "to" state a stance, not a passive: "Israel is opposed to French mediation". */
const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'determined', 'resigned', 'dedicated', 'devoted']);

function isPassive(view: DocView, t: Trigger): boolean {
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

/** The rightmost suitable mention before `from` in [lo, from): the subject of a verb, the agent of a noun. */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

function subjectIn(view: DocView, lo: number, from: number, hi: number): TokenMention[] {
  let pronoun = false;
  let qualified: TokenMention | null = null;
  for (let i = from - 1; i >= lo; i--) {
    // A pronoun subject or a possessive one ("Bosnian Serbs said their forces had completed …").
    if (SUBJECT_PRONOUNS.has(view.lower[i]) || POSSESSIVE_PRONOUNS.has(view.lower[i])) pronoun = true;
    // "X said Y did Z": Y is the actor, X only the speaker — unless Y is a pronoun for X ("Hungary said it will …").
    // (A word inside a name is no verb of saying: "United States".)
    if (SPEECH_VERBS.has(view.lower[i]) && view.mentionAt[i] < 0 && !pronoun) return [];
    const m = partyBackAt(view, i);
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
function sentenceSubject(view: DocView, s: Sentence, before: number): TokenMention[] {
  // Reported speech: the subject of what was said comes after the last verb of saying.
  let from = s.tokenStart;
  for (let i = before - 1; i > s.tokenStart; i--) if (SPEECH_VERBS.has(view.lower[i]) && view.mentionAt[i] < 0) { from = i + 1; break; }
  for (let i = from; i < before; i++) {
    const m = partyAt(view, i);
    if (!m) continue;
    if (RELATIVE_PRONOUNS.has(view.lower[view.clauseStart[view.clause[i]]])) { i = m.tokenEnd - 1; continue; }
    if (!canAct(m) || governingPrep(view, m, s.tokenStart)) { i = m.tokenEnd - 1; continue; }
    return coordinated(view, headOf(view, m, s.tokenEnd), s.tokenStart, s.tokenEnd);
  }
  return [];
}

/** The first actor-like mention in [lo, hi) outside prepositional phrases. */
function firstMentionIn(view: DocView, lo: number, hi: number): TokenMention[] {
  for (let i = lo; i < hi; i++) {
    const m = partyAt(view, i);
    if (!m) continue;
    i = m.tokenEnd - 1;
    if (!canAct(m) || governingPrep(view, m, lo)) continue;
    return coordinated(view, headOf(view, m, hi), lo, hi);
  }
  return [];
}

/** First suitable mention after the trigger in its clause: the object, or a recipient after with/to/against… */
function objectAfter(view: DocView, t: Trigger, hi: number, allowPlaces: boolean, lo: number, partnerOnly: boolean): TokenMention[] {
  const limit = Math.min(hi, t.tokenEnd + OBJECT_WINDOW);
  let passed = false;
  for (let i = t.tokenEnd; i < limit; i++) {
    // An infinitive after an object phrase that names its own party has objects of its own ("demanded a meeting
    // of the Security Council to discuss Croatia's advance"); the party of the phrase is the one reached.
    if (passed && view.lower[i] === 'to' && view.doc.pos[i + 1] === 'VB') break;
    const m = partyAt(view, i);
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
function afterWord(view: DocView, t: Trigger, word: string | Set<string>, hi: number, lo: number, window = 3): TokenMention[] {
  const limit = Math.min(hi, t.tokenEnd + window);
  for (let i = t.tokenEnd; i < limit; i++) {
    if (typeof word === 'string' ? view.lower[i] !== word : !word.has(view.lower[i])) continue;
    for (let j = i + 1; j < Math.min(hi, i + 8); j++) {
      const m = partyAt(view, j);
      if (m) return canReceive(m) ? coordinated(view, headOf(view, m, hi), lo, hi) : [];
    }
    return [];
  }
  return [];
}

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

const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', "n't", 'also', 'then', 'later', 'had', 'been']);
const PATIENT_NOUN_EVENTS = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
const NOUN_RECIPIENT_PREPS = new Set(['with', 'against', 'on', 'to', 'over', 'into']);

/** The infinitive's governing trigger ("will meet X to discuss", "is expected to attack"), or -1. */
function governorOf(view: DocView, t: Trigger, lo: number): number {
  let i = t.tokenStart - 1;
  if (i >= 0 && view.lower[i].endsWith('ly')) i--;
  if (view.lower[i] !== 'to') return -1;
  for (let j = i - 1; j >= lo; j--) if (view.triggerAt[j]) return j;
  return -1;
}

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

/** The trigger's clause: its bounds, and whether it is a relative clause the trigger sits in. */
interface ClauseOf {
  lo: number;
  hi: number;
  relative: boolean;
}

/** Finds actors and recipients of a trigger with light clause patterns (see docs/events.md). */
export function argumentsOf(view: DocView, s: Sentence, t: Trigger, ploverEvent: string, visit: boolean, partnerOnly = false, mediation = false): Arguments {
  const cid = view.clause[t.tokenStart];
  const lo = view.clauseStart[cid];
  const clause: ClauseOf = { lo, hi: view.clauseEnd[cid], relative: RELATIVE_PRONOUNS.has(view.lower[lo]) && lo < t.tokenStart };
  // Each part is its own function, so V8 compiles (and, after a deopt, recompiles) them apart.
  const found = t.pos === 'N' ? nounArguments(view, s, t, ploverEvent, visit, mediation, clause) : verbArguments(view, s, t, visit, partnerOnly, clause);
  return dyadicRules(view, s, t, ploverEvent, visit, mediation, found, clause);
}

/** Arguments of an event noun: possessor, "of", "by", "between", prepositional recipients, a light verb's subject. */
function nounArguments(view: DocView, s: Sentence, t: Trigger, ploverEvent: string, visit: boolean, mediation: boolean, clause: ClauseOf): Arguments {
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

/** Arguments of a verb: subject and object, passive agent, the subject of a reported complement. */
function verbArguments(view: DocView, s: Sentence, t: Trigger, visit: boolean, partnerOnly: boolean, clause: ClauseOf): Arguments {
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

/**
 * Is a mention one of the actors? The actor is not its own recipient — except a nationality named again for
 * another group ("Palestinian police … confiscated weapons from Palestinian armed groups"): one NORP entity, two
 * parties of one country. (Not after several actors: "Hungarian and Romanian officials agreed … Romanian
 * refugees" names their own people.)
 */
class ActorTest {
  // A few mentions at most: scanned, not hashed (no sets allocated per trigger). The list is never changed.
  constructor(private readonly actors: TokenMention[]) {}

  has(m: TokenMention): boolean {
    let sameEntity = false;
    let sameToken = false;
    for (let k = 0; k < this.actors.length; k++) {
      if (this.actors[k].id === m.id) sameEntity = true;
      if (this.actors[k].tokenStart === m.tokenStart) sameToken = true;
    }
    return sameEntity && !(m.type === 'NORP' && this.actors.length === 1 && !sameToken);
  }

  /** The mentions that are not actors. */
  others(list: TokenMention[]): TokenMention[] {
    const out: TokenMention[] = [];
    for (let k = 0; k < list.length; k++) if (!this.has(list[k])) out.push(list[k]);
    return out;
  }
}

/** The rules that find a recipient (or an actor) where the clause patterns found none (see docs/events.md). */
function dyadicRules(view: DocView, s: Sentence, t: Trigger, ploverEvent: string, visit: boolean, mediation: boolean, found: Arguments, clause: ClauseOf): Arguments {
  const clauseLo = clause.lo;
  const clauseHi = clause.hi;
  let actors = found.actors;
  const isActor = new ActorTest(actors);
  let recipients = isActor.others(found.recipients);
  // Dyadic coding: with no object or partner, the party the action reaches further on in the clause is the
  // recipient ("demanded the removal of President X", "rejected an offer from Afghanistan", "will evacuate
  // settlements in the Gaza Strip", "threatened to ban voting in East Jerusalem"). Meetings are excluded: their
  // place is where the parties met, not a party.
  if (!recipients.length && !(ploverEvent === 'CONSULT' && !visit && !mediation)) recipients = reachedParty(view, t, clauseHi, clauseLo, isActor);
  // "complained to the United Nations over two Israeli air raids": the addressee of a complaint is not its target;
  // what it is about is.
  if (ploverEvent === 'ACCUSE' && t.pos === 'V' && recipients.length && governingPrep(view, recipients[0], t.tokenEnd) === 'to') {
    const about = isActor.others(afterWord(view, t, COMPLAINT_PREPS, clauseHi, clauseLo, 10));
    if (about.length) recipients = about;
  }
  // A retreat at home ("declared a unilateral ceasefire in south Lebanon", "resigned to allow Haiti's first
  // democratic elections", "completed their withdrawal from the Bosnian town of …") has no target there: a place
  // of the actor's own country is only where it happened.
  if (ploverEvent === 'RETREAT') recipients = awayFromHome(actors, recipients);
  // A protest with no named target is against the protesters' own authorities: a compatriot party the sentence
  // names further on ("Egyptian demonstrators rioted … calling for the removal of President Hosni Mubarak").
  if (!recipients.length && ploverEvent === 'PROTEST' && actors.length) recipients = compatriotAfter(view, s, t, actors, isActor);
  // A threat is made against whoever must meet its condition: "threatened to strike unless Israel rescinded …",
  // "threatened to stop negotiations if the United States goes ahead …".
  if (!recipients.length && ploverEvent === 'THREATEN') recipients = isActor.others(conditionParty(view, s, t));
  // An attack by no named party ("a roadside bombing near Samarra killed …", "were killed by an improvised
  // explosive device outside the Iraqi city of Basra") is coded, as ICEWS codes unidentified attackers, by the
  // place where it happened.
  if (!actors.length && recipients.length && ploverEvent === 'ASSAULT' && unnamedAgent(view, t, clauseLo)) actors = scenePlace(view, s, recipients);
  // Victims no name covers ("killed 23 people … when they blew themselves up in Tel Aviv") are coded by where the
  // attack struck, as ICEWS codes unnamed civilians by location.
  if (!recipients.length && actors.length && ploverEvent === 'ASSAULT') recipients = scenePlace(view, s, actors, t.tokenEnd);
  return { actors, recipients };
}

/** The recipients other than places of an actor's own country. */
function awayFromHome(actors: TokenMention[], recipients: TokenMention[]): TokenMention[] {
  const own = new Set(actors.map((m) => m.country));
  return recipients.filter((m) => !((m.type === 'GPE' || m.type === 'LOC' || m.type === 'NORP') && own.has(m.country)));
}

/**
 * Does the sentence say what did it without naming anyone: "killed by an improvised explosive device", "A roadside
 * bombing near Samarra killed …"? (Not a bare passive or an event noun: "Haniyeh was killed in Tehran" says
 * nothing of the attacker, and the place is no party.)
 */
function unnamedAgent(view: DocView, t: Trigger, lo: number): boolean {
  if (t.pos !== 'V') return false;
  if (isPassive(view, t)) {
    const by = view.lower[t.tokenEnd] === 'by' ? t.tokenEnd : -1;
    return by >= 0 && /^(a|an|the)$/.test(view.lower[by + 1] ?? '') && view.mentionAt[by + 2] < 0;
  }
  if (!/^(a|an|the)$/.test(view.lower[lo])) return false;
  for (let i = lo; i < t.tokenStart; i++) {
    const m = partyAt(view, i);
    if (m && !governingPrep(view, m, lo)) return false;
  }
  return true;
}

/** The first place with a country named in the sentence (from `from`) that is not one of the given parties. */
function scenePlace(view: DocView, s: Sentence, parties: TokenMention[], from = s.tokenStart): TokenMention[] {
  const ids = new Set(parties.map((m) => m.id));
  for (let i = from; i < s.tokenEnd; i++) {
    const m = partyAt(view, i);
    if (!m) continue;
    i = m.tokenEnd - 1;
    if ((m.type !== 'GPE' && m.type !== 'LOC') || !m.country || ids.has(m.id)) continue;
    const prep = governingPrep(view, m, s.tokenStart);
    if ((prep && PLACE_PREPS.has(prep)) || (prep === 'of' && PLACE_NOUNS.has(view.lower[m.tokenStart - 2]))) return [m];
  }
  return [];
}

/** "the town of Samarra", "the Iraqi city of Basra": the name after "of" is the place itself. */
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'district', 'province', 'region', 'capital', 'port', 'area']);

/** The subject of the first "unless"/"if" clause after the trigger in its sentence. */
function conditionParty(view: DocView, s: Sentence, t: Trigger): TokenMention[] {
  for (let i = t.tokenEnd; i < s.tokenEnd; i++) {
    if (view.lower[i] !== 'unless' && view.lower[i] !== 'if') continue;
    return firstMentionIn(view, i + 1, view.clauseEnd[view.clause[i + 1] ?? view.clause[i]]);
  }
  return [];
}

const COMPLAINT_PREPS = new Set(['over', 'about', 'against']);

/** The first party after the trigger in the sentence, other than the actors, from an actor's country. */
function compatriotAfter(view: DocView, s: Sentence, t: Trigger, actors: TokenMention[], isActor: ActorTest): TokenMention[] {
  const countries = new Set(actors.map((m) => m.country).filter(Boolean));
  for (let i = t.tokenEnd; i < s.tokenEnd; i++) {
    const m = partyAt(view, i);
    if (!m) continue;
    i = m.tokenEnd - 1;
    if (canReceive(m) && !isActor.has(m) && countries.has(m.country)) return [m];
  }
  return [];
}

/** The first prepositional object after the trigger in its clause, whatever the preposition, that is not an actor. */
function reachedParty(view: DocView, t: Trigger, hi: number, lo: number, isActor: ActorTest): TokenMention[] {
  const limit = Math.min(hi, t.tokenEnd + OBJECT_WINDOW);
  for (let i = t.tokenEnd; i < limit; i++) {
    const m = partyAt(view, i);
    if (!m) continue;
    i = m.tokenEnd - 1;
    if (!canReceive(m) || isActor.has(m) || view.timexAt[m.tokenStart] >= 0) continue;
    // Only a prepositional object: a bare name after a noun is part of another noun phrase ("Strike Force Ukraine").
    if (!governingPrep(view, m, t.tokenEnd)) continue;
    const group = isActor.others(coordinated(view, headOf(view, m, hi), lo, hi));
    if (group.length) return group;
  }
  return [];
}

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
  const m = partyAt(view, i);
  if (!m || !canReceive(m)) return [];
  const before = view.lower[m.tokenStart - 1];
  return governingPrep(view, m, s.tokenStart) === 'to' || SPEECH_VERBS.has(before) || ADDRESS_VERBS.has(before) ? [m] : [];
}

const ADDRESS_VERBS = new Set(['urged', 'urges', 'reminded', 'reminds', 'asked', 'asks', 'warned', 'warns']);
