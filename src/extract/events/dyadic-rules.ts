/**
 * Dyadic rules: a recipient (or an actor) for events whose clause patterns found none (see docs/events.md).
 */
import type { Sentence } from '../../model/layers.js';
import { ActorTest } from './actor-test.js';
import type { Arguments, ClauseOf } from './arguments.js';
import type { DocView, TokenMention } from './doc-view.js';
import { headOf } from './head-party.js';
import { coordinated, governingPrep } from './noun-phrase.js';
import { afterWord, OBJECT_WINDOW } from './objects.js';
import { canReceive, partyAt } from './parties.js';
import { firstMentionIn } from './subjects.js';
import type { Trigger } from './triggers.js';
import { isPassive } from './verb-arguments.js';
import { PLACE_PREPS } from './words.js';

/** The rules that find a recipient (or an actor) where the clause patterns found none (see docs/events.md). */
export function dyadicRules(view: DocView, s: Sentence, t: Trigger, ploverEvent: string, visit: boolean, mediation: boolean, found: Arguments, clause: ClauseOf): Arguments {
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
    const m = partyAt(view, i, 'forwards');
    if (m && !governingPrep(view, m, lo)) return false;
  }
  return true;
}

/** The first place with a country named in the sentence (from `from`) that is not one of the given parties. */
function scenePlace(view: DocView, s: Sentence, parties: TokenMention[], from = s.tokenStart): TokenMention[] {
  const ids = new Set(parties.map((m) => m.id));
  for (let i = from; i < s.tokenEnd; i++) {
    const m = partyAt(view, i, 'forwards');
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
    const m = partyAt(view, i, 'forwards');
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
    const m = partyAt(view, i, 'forwards');
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
