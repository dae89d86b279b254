/**
 * The party a name stands for inside its noun phrase: the person a possessor or title qualifies ("Hamas chief
 * Ismail Haniyeh"), the organisation in a person's title, the country a minority is placed in.
 */
import type { DocView, TokenMention } from './doc-view.js';
import { canAct, mentionAt, partyAt } from './parties.js';
import { lowerWordOrHyphen, wordOrHyphen } from './word-tests.js';
import { PREPOSITIONS } from './words.js';

/**
 * "Qatar's Emir Sheikh Tamim", "Hamas chief Ismail Haniyeh": a possessor or a modifier name followed by a
 * title gives way to the name it qualifies.
 */
export function headOf(view: DocView, m: TokenMention, hi: number): TokenMention {
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
export function titlingOrganisation(view: DocView, m: TokenMention, lo: number): TokenMention | null {
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
  const s = view.sentences[view.sentenceOf[m.tokenStart]];
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
    const n = partyAt(view, i, 'forwards');
    if (n) return n.type === 'GPE' && n.country && n.country !== m.country ? n : null;
    if (!/^(the|south|north|east|west|southern|northern|eastern|western|central|southeastern|southwestern|northeastern|northwestern)$/.test(view.lower[i])) return null;
  }
  return null;
}
