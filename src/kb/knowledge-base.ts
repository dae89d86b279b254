import type { KbRef } from '../model/layers.js';
import type { Resources } from '../pipeline/resources.js';
import { boundKey, within } from './dates.js';
import { NameTrie } from './name-trie.js';
import { isAcronym, nameKey, nameWords } from './normalize.js';
import type { ActorRecord, CountryRecord, KbTables, LeaderTerm, OfficeKind, PlaceRow, RoleNoun, Spell } from './types.js';

export const KB_RESOURCE = 'kb/kb.json.gz';

/** A word ending in a possessive 's, as nameWords folds it. */
const POSSESSIVE_WORD = /^(.+)'s$/;

/** What a known name can stand for. Lower `rank` is preferred when one name has several readings. */
export type Candidate =
  | { kind: 'country'; country: CountryRecord; rank: number; caseSensitive: boolean }
  | { kind: 'demonym'; country: CountryRecord; rank: number; caseSensitive: boolean }
  | { kind: 'place'; place: PlaceRow; rank: number; caseSensitive: boolean }
  | { kind: 'actor'; actor: ActorRecord; rank: number; caseSensitive: boolean };

/** Words that open titles rather than names; aliases starting with them ("President Putin") are not indexed. */
const TITLE_START = new Set(['president', 'prime', 'premier', 'minister', 'king', 'queen', 'emir', 'sheikh', 'sheik', 'mr', 'mrs', 'ms', 'dr', 'general', 'gen', 'chancellor', 'secretary', 'foreign', 'russian', 'us', 'american']);

/**
 * The shipped knowledge base: countries, places, actors (people, organizations, regions) and dated
 * leader terms, with a word trie over every name for fast matching. Build once per process (`load`).
 */
export class KnowledgeBase {
  readonly names = new NameTrie<Candidate>();
  private readonly countriesByIso3 = new Map<string, CountryRecord>();
  private readonly actorsByKey = new Map<string, ActorRecord>();
  private readonly termsByCountry = new Map<string, LeaderTerm[]>();
  private readonly termsByPerson = new Map<string, LeaderTerm[]>();
  /** Terms by each folded word of the holder's name, for titled surnames without a country ("President Mugabe"). */
  private readonly termsByNameWord = new Map<string, LeaderTerm[]>();
  /** People by the last folded word of each of their names ("mugabe" → Robert Mugabe). */
  private readonly peopleByLastWord = new Map<string, ActorRecord[]>();
  private readonly rolesByKey = new Map<string, RoleNoun>();
  private readonly roleStarts = new Set<string>();
  private readonly agents = new Map<string, string>();
  private readonly executive: Record<string, OfficeKind>;
  /** Longest role noun / agent phrase in words, to bound look-ups. */
  readonly maxRoleWords: number;

  static load(resources: Resources): KnowledgeBase {
    return resources.load(KB_RESOURCE, (text) => new KnowledgeBase(JSON.parse(text) as KbTables));
  }

  constructor(tables: KbTables) {
    const stop = new Set(tables.placeStopwords);
    tables.countries.forEach((c) => {
      this.countriesByIso3.set(c.iso3, c);
      this.addName(c.name, { kind: 'country', country: c, rank: 0, caseSensitive: false });
      for (const a of c.aliases) this.addName(a, { kind: 'country', country: c, rank: 1, caseSensitive: isAcronym(a) });
      // A demonym outranks an alternative spelling that reads the same ("Saudi").
      for (const d of c.demonyms) this.addName(d, { kind: 'demonym', country: c, rank: 0.5, caseSensitive: false });
    });
    tables.actors.forEach((a, i) => {
      this.actorsByKey.set(refKey(a.kb), a);
      // Hand-curated and leader records come first in the table and outrank Phoenix's.
      // Regions Phoenix lists under a country ("Gaza") rank after GeoNames places, which carry coordinates.
      const rank = (a.type === 'LOC' && a.kb.source === 'phoenix' ? 25 : 10) + Math.min(i, 5000) / 1000;
      if (a.type === 'PER') {
        const last = new Set([a.name, ...a.aliases].map((n) => nameKey(n).split(' ').pop()!).filter(Boolean));
        for (const w of last) push(this.peopleByLastWord, w, a);
      }
      for (const n of [a.name, ...a.aliases]) {
        const words = nameWords(n);
        if (a.type === 'PER' && TITLE_START.has(words[0]) && words.length > 1) continue;
        this.addName(n, { kind: 'actor', actor: a, rank, caseSensitive: isAcronym(n) });
      }
    });
    tables.places.forEach((p, i) => {
      const rank = 20 + i / tables.places.length;
      for (const n of new Set([p[1], p[2], ...(p[8] ?? [])])) {
        if (stop.has(nameKey(n))) continue;
        this.addName(n, { kind: 'place', place: p, rank, caseSensitive: false });
      }
    });
    for (const t of tables.leaders) {
      push(this.termsByCountry, t.iso3, t);
      push(this.termsByPerson, refKey(t.person), t);
      for (const w of new Set(nameKey(t.name).split(' '))) if (w) push(this.termsByNameWord, w, t);
    }
    let maxRole = 1;
    for (const r of tables.roles) {
      this.rolesByKey.set(nameKey(r.noun), r);
      this.roleStarts.add(nameWords(r.noun)[0]);
      maxRole = Math.max(maxRole, nameWords(r.noun).length);
    }
    for (const [phrase, sector] of tables.agents) this.agents.set(nameKey(phrase), sector);
    this.maxRoleWords = maxRole;
    this.executive = tables.executive;
  }

  private addName(name: string, c: Candidate): void {
    const words = nameWords(name);
    if (!words.length) return;
    this.names.add(words, c);
    // The matcher reads "People's" as the word "people" marked possessive (see entities/pieces.ts): a name with a
    // possessive inside ("Democratic People's Republic of Korea") is also indexed that way.
    if (words.some((w, i) => i < words.length - 1 && POSSESSIVE_WORD.test(w))) this.names.add(words.map((w) => w.replace(POSSESSIVE_WORD, '$1')), c);
  }

  country(iso3: string): CountryRecord | undefined {
    return this.countriesByIso3.get(iso3);
  }

  actor(ref: KbRef): ActorRecord | undefined {
    return this.actorsByKey.get(refKey(ref));
  }

  /** A role noun ("president", "prime minister", "counterpart") by its folded words. */
  role(words: readonly string[]): RoleNoun | undefined {
    return this.rolesByKey.get(words.join(' '));
  }

  /** True when some role noun starts with this folded word (a cheap test before `role`). */
  isRoleStart(word: string): boolean {
    return this.roleStarts.has(word);
  }

  /** The PLOVER sector of a generic agent phrase ("health ministry" → GOV), if Phoenix lists it. */
  agentSector(words: readonly string[]): string | undefined {
    return this.agents.get(words.join(' '));
  }

  /** Terms held by a person (by KB ref). */
  termsOf(person: KbRef): readonly LeaderTerm[] {
    return this.termsByPerson.get(refKey(person)) ?? [];
  }

  /**
   * Who held the office a role noun names in a country on a day. `office` is a role's office field:
   * label words ("president", "prime minister|premier") or `*executive*` / `*state*`.
   * With `day` null every holder is returned (latest first), for "then-president" readings.
   */
  officeHolders(iso3: string, office: string, day: string | null): LeaderTerm[] {
    const terms = this.termsByCountry.get(iso3) ?? [];
    const wanted = this.officeTest(office, iso3);
    if (!wanted) return [];
    const matching = terms.filter((t) => wanted(t) && (day === null || within(day, t.from, t.to)));
    // Exact-day rows (curated) before year-only ones; the latest start first.
    return matching.sort((a, b) => (b.from.length - a.from.length) || boundKey(b.from).localeCompare(boundKey(a.from)));
  }

  /**
   * Terms of an office whose holder's name has every one of `words` (folded), in any country and at any time
   * ("President Mugabe" with no country named). The caller decides between countries.
   */
  holdersNamed(words: readonly string[], office: string): LeaderTerm[] {
    if (!words.length) return [];
    const wanted = this.officeTest(office, null);
    if (!wanted) return [];
    return (this.termsByNameWord.get(words[words.length - 1]) ?? []).filter((t) => {
      const name = ` ${nameKey(t.name)} `;
      return wanted(t) && words.every((w) => name.includes(` ${w} `));
    });
  }

  /** People one of whose names ends with the last of `words` and contains all of them (folded). */
  peopleNamed(words: readonly string[]): ActorRecord[] {
    if (!words.length) return [];
    return (this.peopleByLastWord.get(words[words.length - 1]) ?? []).filter((a) =>
      [a.name, ...a.aliases].some((n) => {
        const name = ` ${nameKey(n)} `;
        return words.every((w) => name.includes(` ${w} `));
      }));
  }

  /** Does a term hold the office a role names? `iso3` null: an executive role matches either kind. */
  private officeTest(office: string, iso3: string | null): ((t: LeaderTerm) => boolean) | null {
    if (office === '*executive*' || office === '*state*') {
      if (office === '*executive*' && iso3 === null) return () => true;
      const kind = (t: LeaderTerm): OfficeKind => (office === '*state*' ? 'HOS' : (this.executive[iso3 ?? t.iso3] ?? 'HOS'));
      return (t) => t.kind === kind(t);
    }
    if (!office) return null;
    const patterns = office.split('|').map((p) => nameKey(p));
    return (t) => {
      const label = ` ${nameKey(t.office)} `;
      return patterns.some((p) => label.includes(` ${p} `)) && !label.includes(' vice ') && !label.includes(' deputy ');
    };
  }

  /**
   * The spell (country, sector) of an actor valid on a day: dated spells holding on the day first, then
   * open spells; if none holds, the latest spell that ended before the day (the caller decides the sector).
   */
  spellOn(actor: ActorRecord, day: string): { spell: Spell; current: boolean } | null {
    const dated = actor.spells.filter((s) => (s.from || s.to) && within(day, s.from, s.to));
    if (dated.length) return { spell: dated[0], current: true };
    const open = actor.spells.filter((s) => !s.from && !s.to);
    if (open.length) return { spell: open[0], current: true };
    const past = actor.spells.filter((s) => s.to && boundKey(s.to) < day).sort((a, b) => boundKey(b.to).localeCompare(boundKey(a.to)));
    return past.length ? { spell: past[0], current: false } : null;
  }
}

export function refKey(ref: KbRef): string {
  return `${ref.source}:${ref.id}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

