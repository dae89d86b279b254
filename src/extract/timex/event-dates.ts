import type { Token } from '../../model/layers.js';

/**
 * Dates that name events: the noun a date names, or the event named just before it, can set the direction a
 * date points in ("the April 20 oil rig explosion" has happened, "the November ballot" may lie ahead) when the
 * clause's verbs tell of something else.
 */

/** Votes, which a forward-looking clause puts ahead: "the November ballot", "ahead of November elections". */
export const ELECTION_NOUNS: ReadonlySet<string> = new Set(['election', 'elections', 'ballot', 'vote', 'referendum', 'polls', 'primary', 'primaries', 'runoff', 'run-off', 'caucus', 'caucuses']);

/** Nouns of scheduled events that a date before them names: "the November 5 election", "the June agreement". */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...ELECTION_NOUNS, 'poll', 'summit', 'deadline', 'shipment', 'shipments', 'auction', 'meeting', 'talks', 'conference',
  'visit', 'trip', 'launch', 'hearing', 'trial', 'session', 'offering', 'rally', 'deal', 'agreement', 'accord', 'pact', 'treaty', 'ceasefire', 'truce', 'congress', 'convention',
  'tender', 'tour', 'championships', 'games', 'playoffs', 'final', 'finals', 'round',
]);

/** Words between a date and the election it names: "the Nov. 8 U.S. presidential election", "the May 7 general election". */
const ELECTION_MODIFIERS: ReadonlySet<string> = new Set(['presidential', 'general', 'parliamentary', 'legislative', 'midterm', 'mid-term', 'national', 'local', 'state', 'municipal', 'regional', 'congressional', 'federal', 'snap', 'early']);
/** Most words between a date and the noun it names. */
const MAX_NAMED_MODIFIERS = 3;

/**
 * The noun a date ending at `last` names: the word right after it ("the November ballot"), or an election's past its
 * modifiers and names ("the Nov. 8 U.S. presidential election").
 */
export function nounNamedBy(tokens: readonly Token[], last: number): string {
  const next = tokens[last + 1]?.text ?? '';
  for (let k = last + 1; k <= last + 1 + MAX_NAMED_MODIFIERS && k < tokens.length; k++) {
    const w = tokens[k].text;
    if (ELECTION_NOUNS.has(w) && k > last + 1) return w;
    if (!ELECTION_MODIFIERS.has(w.toLowerCase()) && !/^[A-Z][A-Za-z.]*$/.test(w)) break;
  }
  return next;
}

/** Nouns after "9/11" or "Sept. 11" that are the attacks themselves, not something named after them ("9/11 families"). */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'terror', 'terrorist', 'hijackings', 'bombings', 'atrocities', 'atrocity']);

/** Nouns of events that only ever lie behind the text that names them by their date. */
const DISASTER_NOUNS: ReadonlySet<string> = new Set(['explosion', 'explosions', 'blast', 'blasts', 'attack', 'attacks', 'bombing', 'bombings', 'spill', 'disaster', 'crash', 'earthquake', 'quake', 'massacre', 'shooting', 'shootings', 'killing', 'killings', 'coup', 'invasion', 'accident', 'collapse', 'assassination', 'tsunami', 'fire', 'uprising', 'revolution', 'raid', 'ambush', 'blowout', 'sinking', 'eruption', 'derailment']);

/** Words before a date that names a disaster: "the April 20 explosion", "BP's April 20 blowout", "its April 20 oil well blowout". */
const DISASTER_DETERMINERS: ReadonlySet<string> = new Set(['the', "'s", '’s', 'this', 'last', 'its', 'their', 'his', 'her']);

/** A date from `first` to `last` set before a noun phrase (after "the" or a possessive) whose head, within three words, is a disaster. */
export function namesADisaster(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.text.toLowerCase() ?? '';
  if (!DISASTER_DETERMINERS.has(before)) return false;
  // ("the April BP spill", "the April 20 Deepwater Horizon disaster": names may stand between)
  for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
    const w = tokens[k].text;
    if (!/^[A-Za-z-]+$/.test(w)) return false;
    if (DISASTER_NOUNS.has(w)) return true;
  }
  return false;
}

/**
 * Events over in a moment, which a weekday after them dates in the past. Not a spill or a disaster, which go on
 * and are discussed ahead ("will address the nation about the spill on Tuesday night").
 */
const SUDDEN_EVENTS: ReadonlySet<string> = new Set(['slaying', 'incident', 'attack', 'attacks', 'shooting', 'shootings', 'bombing', 'bombings', 'explosion', 'explosions', 'blast', 'crash', 'killing', 'killings', 'murder', 'massacre', 'raid', 'ambush', 'assassination', 'earthquake', 'quake', 'collapse', 'coup', 'blowout']);
/** Words between a sudden event and the weekday that dates it: "the slaying in Chicago on Friday". */
const EVENT_LINKS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'near', 'late', 'early', 'last', 'the', 'a', 'an', 'its']);
/** How far before the weekday the event may be named, in tokens. */
const EVENT_BEFORE = 8;

/** A sudden event named within a few tokens before `first`, with only links and capitalized names between. */
export function datesASuddenEvent(tokens: readonly Token[], first: number, sentStart: number): boolean {
  // ("after an explosion on the Deepwater Horizon rig in April": one common noun of the place may stand between)
  let nouns = 0;
  for (let k = first - 1; k >= sentStart && k >= first - EVENT_BEFORE; k--) {
    const w = tokens[k].text;
    if (SUDDEN_EVENTS.has(w)) return true;
    if (EVENT_LINKS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)) continue;
    if (!PLACE_NOUNS.has(w) || ++nouns > 1) return false;
  }
  return false;
}

/** Common nouns of the place a sudden event happened, between it and its date: "the explosion on the rig in April". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['rig', 'platform', 'well', 'plant', 'building', 'mine', 'refinery', 'factory', 'school', 'church', 'mosque', 'market', 'embassy', 'hotel', 'station', 'base', 'city', 'town', 'village', 'capital', 'border', 'square']);

/** Words of an election campaign: "win", "voters", "ballot", "nominee", "the general election". */
const ELECTION_TALK: ReadonlySet<string> = new Set(['win', 'wins', 'winning', 'won', 'election', 'elections', 'elected', 'elect', 'voters', 'vote', 'votes', 'voting', 'ballot', 'ballots', 'nominee', 'nomination', 'electability', 'electoral', 'candidate', 'candidates', 'campaign', 'polls', 'ticket', 'midterm', 'midterms', 'senate', 'congress', 'presidency', 'presidential']);
/** How far either side of the expression the talk of elections is looked for (a bound: a run-on "sentence" stays linear). */
const ELECTION_TALK_WINDOW = 40;

/** Whether the sentence around `at` talks of elections. */
export function talksOfElections(tokens: readonly Token[], at: number, sentStart: number, sentEnd: number): boolean {
  for (let k = Math.max(sentStart, at - ELECTION_TALK_WINDOW); k < Math.min(sentEnd, at + ELECTION_TALK_WINDOW); k++) {
    if (ELECTION_TALK.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}
