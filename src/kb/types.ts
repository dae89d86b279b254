import type { KbRef } from '../model/layers.js';

/**
 * The shapes of the shipped knowledge tables (resources/kb/*.json.gz). The builder (scripts/build-kb.ts)
 * writes them; the KnowledgeBase reads them. Dates are `YYYY` or `YYYY-MM-DD`; a missing end means open.
 */

/** Who an actor is during a period: a country (ISO alpha-3 or IGO/UNO/EUR/NGO/…) and a PLOVER sector. */
export interface Spell {
  country: string | null;
  sector: string | null;
  from: string | null;
  to: string | null;
}

export interface CountryRecord {
  iso3: string;
  iso2: string;
  name: string;
  /** Other names: official name, alternative spellings (Latin script only). */
  aliases: string[];
  /** Demonyms and their plurals: "Palestinian", "Palestinians". */
  demonyms: string[];
  capital: string | null;
  /** GeoNames id of the country, when GeoNames lists it. */
  geonameId: number | null;
}

/** A populated place: [geonameId, name, asciiName, iso3, lat, lon, population, featureCode]. */
export type PlaceRow = [number, string, string, string, number, number, number, string];

export type ActorType = 'PER' | 'ORG' | 'LOC';

/** A person, organization or named region with aliases and dated country/sector spells. */
export interface ActorRecord {
  kb: KbRef;
  type: ActorType;
  name: string;
  aliases: string[];
  spells: Spell[];
}

/** Which office a leader holds: head of state, head of government, or a supreme leader above both. */
export type OfficeKind = 'HOS' | 'HOG' | 'SUPREME';

/** One term of a head of state or government. `person` points at an ActorRecord. */
export interface LeaderTerm {
  person: KbRef;
  name: string;
  iso3: string;
  office: string;
  kind: OfficeKind;
  from: string;
  to: string | null;
  /** Where the fact comes from (a source table, or a citation for hand-curated rows). */
  source: string;
}

/** A role noun and which office it names ("president" → offices labelled President; "leader" → the executive). */
export interface RoleNoun {
  noun: string;
  /** Folded words an office label must contain, `*executive*` for the country's chief executive, or `` for none. */
  office: string;
  sector: string | null;
}

/** A generic agent noun phrase (Phoenix agents: "health minister" → GOV) used to type role phrases. */
export type AgentRow = [phrase: string, sector: string];

/** Everything the knowledge base file holds. */
export interface KbTables {
  countries: CountryRecord[];
  places: PlaceRow[];
  actors: ActorRecord[];
  leaders: LeaderTerm[];
  roles: RoleNoun[];
  /** Country → which office "the X leader" names when it is not the head of state. */
  executive: Record<string, OfficeKind>;
  agents: AgentRow[];
  /** Capitalized place names that are also common English words; matched only when the recognizer says so. */
  placeStopwords: string[];
}
