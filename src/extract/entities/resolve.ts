import type { Entity, EntityType, KbRef, Mention, MentionKind } from '../../model/layers.js';
import { refKey, type Candidate, type KnowledgeBase } from '../../kb/knowledge-base.js';
import { nameKey } from '../../kb/normalize.js';
import type { ActorRecord } from '../../kb/types.js';
import { entityKey } from './identity.js';
import { newMatch, type NameMatch, type Title } from './name-match.js';
import type { Piece } from './pieces.js';

/** An entity while the article is being resolved. */
interface Draft {
  key: string;
  type: EntityType;
  name: string;
  kb: KbRef | null;
  actor: ActorRecord | null;
  country: string | null;
  sector: string | null;
  title: Title | null;
  /** Folded words of every name mention, for surname look-ups ("Abbas" → Mahmoud Abbas). */
  words: Set<string>;
  lastWord: string;
  mentions: Mention[];
  /** Spans already attached (start and length packed in one number), so a span is added once. */
  spans: Set<number>;
}

/**
 * Within-article resolution: every match becomes a mention of one entity. Full names and KB names first;
 * then short person mentions ("Abbas", "Mr Putin") join the person in the article whose name ends (or
 * contains) that word; then role mentions ("the Russian leader") join the person holding that office in
 * that country on the article's date — someone already in the article, else the KB's office holder.
 */
export function resolveEntities(matches: readonly NameMatch[], pieces: readonly Piece[], kb: KnowledgeBase, day: string): Entity[] {
  const drafts = new Map<string, Draft>();
  const byMatch = new Map<NameMatch, Draft>();

  const attach = (d: Draft, m: NameMatch, kind: MentionKind): void => {
    const spanKey = m.start * 65536 + (m.end - m.start);
    if (!d.spans.has(spanKey)) {
      d.spans.add(spanKey);
      d.mentions.push({ start: m.start, end: m.end, kind });
    }
    byMatch.set(m, d);
    if (d.type === 'PER' && kind !== 'role') {
      const words = pieces.slice(m.nameFrom, m.to).map((p) => p.fold).filter(Boolean);
      for (const w of words) d.words.add(w);
      d.lastWord ||= words[words.length - 1] ?? '';
    }
    if (!d.title && m.title) {
      d.title = m.title;
      if (!d.kb) applyTitle(d, m.title);
    }
  };

  const draftFor = (type: EntityType, name: string, reading: Reading | null): Draft => {
    // The same key as entityKey, so an article never holds two entities that the store would merge.
    const key = entityKey({ type, name, kb: reading?.kb ?? null });
    let d = drafts.get(key);
    if (!d) {
      d = { key, type, name, kb: reading?.kb ?? null, actor: reading?.actor ?? null, country: reading?.country ?? null, sector: reading?.sector ?? null, title: null, words: new Set(), lastWord: '', mentions: [], spans: new Set() };
      drafts.set(key, d);
    }
    return d;
  };

  const context = articleCountries(matches);
  const surface = (m: NameMatch) => pieces.slice(m.nameFrom, m.to).map((p) => p.text).join(' ');
  const isShortPerson = (m: NameMatch) => personish(m) && m.kind !== 'role' && !m.acronymOf && m.to - m.nameFrom === 1;

  // Pass 1: names that identify their entity on their own.
  for (const m of matches) {
    if (m.kind === 'role' || m.acronymOf || isShortPerson(m)) continue;
    let reading = readingOf(m, kb, day, context);
    if (!reading && personish(m) && m.title) reading = holderNamed(m, pieces, kb, day);
    const type = reading?.type ?? typeOf(m);
    const d = draftFor(type, reading?.name ?? surface(m), reading);
    attach(d, m, mentionKind(m, reading, pieces));
    if (!d.country && type !== 'PER') d.country = countryInName(m, pieces, kb);
  }
  // Pass 2: short person mentions and acronyms, including bare surnames of people already named.
  const surnames = new Set([...drafts.values()].filter((d) => d.type === 'PER' && d.words.size > 1).map((d) => d.lastWord));
  const withSurnames = [...matches, ...surnameMatches(pieces, matches, surnames)].sort((a, b) => a.start - b.start);
  for (const m of withSurnames) {
    if (m.acronymOf) {
      const target = byMatch.get(m.acronymOf);
      if (target) attach(target, m, 'acronym');
      continue;
    }
    if (!isShortPerson(m)) continue;
    const word = pieces[m.to - 1].fold;
    const people = [...drafts.values()].filter((d) => d.type === 'PER' && d.words.has(word));
    const best = people.find((d) => d.lastWord === word) ?? people[0];
    if (best) {
      attach(best, m, 'alias');
      continue;
    }
    // A lone word the recognizer took for a person that an organisation of this article is called ("told
    // Wafa" after "Wafa news agency"): the organisation, unless an honorific makes it a person.
    const named = m.nameFrom === m.from && !m.title ? organisationCalled(word, drafts.values()) : undefined;
    if (named) {
      attach(named, m, 'alias');
      continue;
    }
    const reading = (m.title ? holderNamed(m, pieces, kb, day) : null) ?? readingOf(m, kb, day, context);
    const d = draftFor('PER', reading?.name ?? surface(m), reading);
    attach(d, m, m.kind === 'alias' || reading ? 'alias' : 'name');
  }
  // Pass 3: role mentions.
  for (const m of matches) {
    if (m.kind !== 'role' || !m.role?.country) continue;
    const d = holderOfRole(m.role, [...drafts.values()], kb, day);
    if (d) attach(d.draft ?? draftFor('PER', d.reading!.name, d.reading!), m, 'role');
  }

  // "King Hassan of Morocco", "President Lula of Brazil": a titled person with no country takes the one named
  // right after "of".
  const startingAt = new Map(matches.map((m) => [m.from, m]));
  for (const m of matches) {
    const d = byMatch.get(m);
    const titled = !!d?.title || !!kb.role([pieces[m.from].fold]);
    if (!d || d.type !== 'PER' || d.country || !titled || pieces[m.to]?.fold !== 'of') continue;
    const c = startingAt.get(m.to + 1)?.candidates[0];
    if (c && c.kind === 'country') d.country = c.country.iso3;
  }
  const endingAt = new Map(matches.map((m) => [m.to, m]));
  // "British militant Haroon Rashid Aswad", "Iraqi doctor Ali Fadhil": a person with no country right after a
  // nationality and one or two describing words takes that nationality.
  for (const m of matches) {
    const d = byMatch.get(m);
    if (!d || d.type !== 'PER' || d.country || m.from < 2) continue;
    for (let k = m.from - 1, words = 0; k >= 0 && words <= 2; k--) {
      const before = pieces[k];
      const qualifier = endingAt.get(k + 1);
      if (qualifier && words > 0) {
        const c = qualifier.candidates[0];
        if (c && (c.kind === 'demonym' || c.kind === 'country') && !pieces[k].possessive) d.country = c.country.iso3;
        break;
      }
      if (!/^[a-z-]+$/.test(before.text) || before.sentence !== pieces[m.from].sentence) break;
      words++;
    }
  }
  // "Russia's Foreign Ministry": an organisation with no country takes the country that possesses it.
  for (const m of matches) {
    const d = byMatch.get(m);
    if (!d || d.type !== 'ORG' || d.country || m.from === 0) continue;
    const owner = endingAt.get(m.from);
    const c = owner && pieces[owner.to - 1].possessive ? owner.candidates[0] : undefined;
    if (c && c.kind === 'country') d.country = c.country.iso3;
  }
  const list = [...drafts.values()].filter((d) => d.mentions.length);
  for (const d of list) d.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return list.map((d, i) => ({ id: `E${i + 1}`, type: d.type, name: d.name, kb: d.kb, country: d.country, sector: d.sector, mentions: d.mentions }));
}

/** The article's linked organisation whose name or an alias is exactly this folded word. */
function organisationCalled(word: string, drafts: Iterable<Draft>): Draft | undefined {
  for (const d of drafts) {
    if (d.type !== 'ORG' || !d.actor) continue;
    if ([d.actor.name, ...d.actor.aliases].some((n) => nameKey(n) === word)) return d;
  }
  return undefined;
}

/**
 * A group or body the tables do not know, named after its country ("Serbian Workers' Union", "Iraqi Kurds",
 * "Palestinian Islamic Jihad", "Kenya Anti-Corruption Commission"): the first country its words name, as CAMEO
 * actor coding reads a national prefix.
 */
function countryInName(m: NameMatch, pieces: readonly Piece[], kb: KnowledgeBase): string | null {
  if (m.to - m.nameFrom < 2) return null;
  // The first national word decides, as a prefix does in CAMEO actor codes ("Bosnian Serbs" → BIH).
  for (let i = m.nameFrom; i < m.to; i++) {
    for (const c of kb.names.get([pieces[i].fold])) if (c.kind === 'country' || c.kind === 'demonym') return c.country.iso3;
  }
  // A body named after its city ("Baghdad University Medical School", "Cairo Appeals Court"): the city's
  // country, when the first word is a large city (a small town's name is too often a common word or surname).
  for (const c of kb.names.get([pieces[m.nameFrom].fold])) if (c.kind === 'place' && c.place[6] >= CITY_IN_NAME_POPULATION) return c.place[3];
  return null;
}

const CITY_IN_NAME_POPULATION = 500_000;

/** Capitalized words no match covers that repeat the surname of a person named in full ("Abbas"). */
function surnameMatches(pieces: readonly Piece[], matches: readonly NameMatch[], surnames: ReadonlySet<string>): NameMatch[] {
  if (!surnames.size) return [];
  const covered = new Uint8Array(pieces.length);
  for (const m of matches) for (let i = m.from; i < m.to; i++) covered[i] = 1;
  const out: NameMatch[] = [];
  pieces.forEach((p, i) => {
    if (!covered[i] && p.capitalized && surnames.has(p.fold)) out.push(newMatch({ from: i, to: i + 1, start: p.start, end: p.end, nerType: 'PER', kind: 'alias' }));
  });
  return out;
}

/** A KB reading of a match: which record, and what it is on the article's date. */
interface Reading {
  kb: KbRef;
  type: EntityType;
  name: string;
  actor: ActorRecord | null;
  country: string | null;
  sector: string | null;
}

function personish(m: NameMatch): boolean {
  if (m.nerType) return m.nerType === 'PER';
  const c = m.candidates[0];
  return !!c && c.kind === 'actor' && c.actor.type === 'PER';
}

function typeOf(m: NameMatch): EntityType {
  if (m.adjectival) return 'NORP';
  return m.nerType ?? 'MISC';
}

/** Countries the article names (or whose people it names): context for places that share a name. */
function articleCountries(matches: readonly NameMatch[]): Set<string> {
  const out = new Set<string>();
  for (const m of matches) {
    const c = m.candidates[0];
    if (c && (c.kind === 'country' || c.kind === 'demonym')) out.add(c.country.iso3);
  }
  return out;
}

function readingOf(m: NameMatch, kb: KnowledgeBase, day: string, context?: ReadonlySet<string>): Reading | null {
  let candidates = m.candidates;
  if (m.nerType === 'PER' || personish(m)) candidates = candidates.filter((c) => c.kind === 'actor' && c.actor.type === 'PER');
  if (!candidates.length) return null;
  let best: Candidate = candidates[0];
  // Places sharing a name: the largest, unless only a smaller one lies in a country the article names
  // ("Venice" in a story about Louisiana and the US).
  if (best.kind === 'place' && context?.size && !context.has(best.place[3])) {
    const local = candidates.find((c) => c.kind === 'place' && context.has(c.place[3]));
    if (local) best = local;
  }
  // Several people share a name: the one of the title's country, then one with a spell on the date.
  if (best.kind === 'actor' && candidates.length > 1) {
    const people = candidates.filter((c): c is Extract<Candidate, { kind: 'actor' }> => c.kind === 'actor');
    best = (m.title?.country && people.find((c) => c.actor.spells.some((s) => s.country === m.title!.country))) || people.find((c) => kb.spellOn(c.actor, day)?.current) || best;
  }
  return readingFromCandidate(best, m, kb, day);
}

function readingFromCandidate(c: Candidate, m: NameMatch | null, kb: KnowledgeBase, day: string): Reading {
  switch (c.kind) {
    case 'country':
      return m?.adjectival
        ? { kb: nationality(c.country.iso3), type: 'NORP', name: c.country.demonyms[0] ?? c.country.name, actor: null, country: c.country.iso3, sector: null }
        : { kb: { source: 'iso3166', id: c.country.iso3 }, type: 'GPE', name: c.country.name, actor: null, country: c.country.iso3, sector: null };
    case 'demonym':
      return { kb: nationality(c.country.iso3), type: 'NORP', name: c.country.demonyms[0] ?? c.country.name, actor: null, country: c.country.iso3, sector: null };
    case 'place':
      return { kb: { source: 'geonames', id: String(c.place[0]) }, type: 'GPE', name: c.place[8]?.[0] ?? (c.place[2] || c.place[1]), actor: null, country: c.place[3], sector: null };
    case 'actor': {
      const { country, sector } = actorOn(c.actor, m?.title ?? null, kb, day);
      return { kb: c.actor.kb, type: c.actor.type, name: c.actor.name, actor: c.actor, country, sector };
    }
  }
}

/**
 * The people of a country ("Palestinian", "Iran-backed") are not the country: their KB reference is the
 * country's ISO code in a namespace of its own, so entity pages and per-article counts keep them apart.
 */
function nationality(iso3: string): KbRef {
  return { source: 'nationality', id: iso3 };
}

/**
 * An actor's country and sector on the day. A spell that has ended leaves the country; the sector becomes
 * ELI (former official) unless a "then-" title says the text speaks of the time the spell held.
 */
function actorOn(actor: ActorRecord, title: Title | null, kb: KnowledgeBase, day: string): { country: string | null; sector: string | null } {
  const found = kb.spellOn(actor, day);
  if (!found) {
    // Every spell starts after the day (an article older than the dictionary's dates): the person's country
    // is still the one all spells name; the sector is unknown.
    const countries = new Set(actor.spells.map((sp) => sp.country).filter(Boolean));
    const only = countries.size === 1 ? [...countries][0] : null;
    return { country: title?.country ?? only, sector: title?.sector ?? null };
  }
  const { spell, current } = found;
  const country = spell.country ?? title?.country ?? null;
  if (current) return { country, sector: spell.sector ?? title?.sector ?? null };
  if (title?.then) return { country, sector: title.sector ?? spell.sector };
  return { country, sector: spell.sector === 'GOV' || title?.former ? 'ELI' : spell.sector };
}

function applyTitle(d: Draft, t: Title): void {
  d.country ??= t.country;
  d.sector ??= t.sector || null;
}

/**
 * A titled name the tables know only in full ("Qatar's Emir Sheikh Tamim"): the office holder of the title's
 * country and office whose name contains every word of the mention.
 */
function holderNamed(m: NameMatch, pieces: readonly Piece[], kb: KnowledgeBase, day: string): Reading | null {
  const t = m.title;
  if (!t?.office) return null;
  const words = pieces.slice(m.nameFrom, m.to).map((p) => p.fold);
  if (!t.country) return holderNamedAnywhere(m, words, kb, day);
  for (const term of kb.officeHolders(t.country, t.office, t.then ? null : day)) {
    const holder = ` ${nameKey(term.name)} `;
    if (words.every((w) => holder.includes(` ${w} `))) {
      const actor = kb.actor(term.person);
      if (actor) return readingFromCandidate({ kind: 'actor', actor, rank: 0, caseSensitive: false }, m, kb, day);
    }
  }
  return null;
}

/**
 * A titled name with no country ("President Mugabe", "King Hassan"): the office holder of that name in office
 * on the day, else — when every holder of that name and office served one country — the latest of them.
 */
function holderNamedAnywhere(m: NameMatch, words: readonly string[], kb: KnowledgeBase, day: string): Reading | null {
  const terms = kb.holdersNamed(words, m.title!.office);
  let actor: ActorRecord | undefined;
  if (terms.length) {
    const onDay = terms.find((x) => x.from <= day && (!x.to || x.to >= day.slice(0, x.to.length)));
    const countries = new Set(terms.map((x) => x.iso3));
    const term = onDay ?? (countries.size === 1 ? [...terms].sort((a, b) => b.from.localeCompare(a.from))[0] : null);
    actor = term ? kb.actor(term.person) : undefined;
  } else {
    // Older office holders are in the actor dictionaries with dated spells, not in the leader tables.
    let people = kb.peopleNamed(words).filter((a) => a.spells.some((sp) => sp.sector === 'GOV' || sp.sector === 'MIL'));
    // The dictionaries list the titled form among a leader's aliases ("President Bush" for both Presidents Bush,
    // not for Mckeeva Bush of the Cayman Islands): when some people bear it, the title names one of them.
    const titled = nameKey(`${m.title!.office} ${words.join(' ')}`);
    const bearers = people.filter((a) => a.aliases.some((al) => nameKey(al) === titled));
    if (bearers.length) people = bearers;
    const countries = new Set(people.flatMap((a) => a.spells.map((sp) => sp.country)).filter(Boolean));
    actor = people.find((a) => kb.spellOn(a, day)?.current && a.spells.some((sp) => sp.from || sp.to)) ?? (countries.size === 1 ? people[0] : undefined);
  }
  return actor ? readingFromCandidate({ kind: 'actor', actor, rank: 0, caseSensitive: false }, m, kb, day) : null;
}

/** Who a role mention names: a person of the article holding that office, else the KB's holder on the day. */
function holderOfRole(role: Title, drafts: readonly Draft[], kb: KnowledgeBase, day: string): { draft?: Draft; reading?: Reading } | null {
  const holders = kb.officeHolders(role.country!, role.office, role.then ? null : day);
  const people = drafts.filter((d) => d.type === 'PER');
  for (const h of holders) {
    const d = people.find((p) => p.kb && refKey(p.kb) === refKey(h.person));
    if (d) return { draft: d };
  }
  const titled = people.find((p) => p.title && p.title.country === role.country && p.title.office === role.office);
  if (titled) return { draft: titled };
  const h = holders[0];
  const actor = h && kb.actor(h.person);
  if (!actor) return null;
  return { reading: readingFromCandidate({ kind: 'actor', actor, rank: 0, caseSensitive: false }, null, kb, day) };
}

function mentionKind(m: NameMatch, reading: Reading | null, pieces: readonly Piece[]): MentionKind {
  if (m.kind !== 'name') return m.kind;
  if (reading?.type === 'NORP') return 'demonym';
  if (!reading) return 'name';
  const words = pieces.slice(m.nameFrom, m.to).map((p) => p.text).join(' ');
  return nameKey(words) === nameKey(reading.name) ? 'name' : 'alias';
}
