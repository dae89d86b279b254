import type { KbRef } from '../../model/layers.js';
import type { ActorRecord, ActorType, LeaderTerm, Spell } from '../types.js';
import { isAcronym, nameKey, nameWords } from '../normalize.js';
import type { PhoenixEntry } from './phoenix.js';
import { slugId } from './leaders.js';

/** Words that make a name an organization rather than a person (closed list for the Phoenix split). */
const ORG_WORDS = new Set([
  'authority', 'ministry', 'council', 'party', 'front', 'army', 'movement', 'organization', 'organisation',
  'union', 'agency', 'court', 'bank', 'force', 'forces', 'group', 'brigade', 'brigades', 'committee',
  'assembly', 'government', 'kremlin', 'league', 'association', 'fund', 'commission', 'office', 'corps',
  'guard', 'guards', 'police', 'service', 'services', 'federation', 'institute', 'foundation', 'jihad',
  'resistance', 'mission', 'nations', 'alliance', 'coalition', 'company', 'corporation', 'network',
  'program', 'programme', 'secretariat', 'parliament', 'congress', 'senate', 'duma', 'tribunal', 'bureau',
  'center', 'centre', 'society', 'church', 'university', 'school', 'hospital', 'club', 'red', 'crescent',
  'cross', 'brotherhood', 'taliban', 'qaeda', 'militia', 'militias', 'rebels', 'army', 'navy', 'troops',
  'cartel', 'gang', 'movement', 'union', 'bloc', 'people', 'republic', 'state', 'states', 'islamic',
]);

function hasOrgWord(name: string): boolean {
  return nameWords(name).some((w) => ORG_WORDS.has(w));
}

/** Phoenix marks people by their source (CountryInfo, IGO rulers) or by dated spells on a plain name. */
function phoenixType(e: PhoenixEntry, countries: ReadonlySet<string>): ActorType {
  if (hasOrgWord(e.name) || isAcronym(e.name)) return 'ORG';
  // Sub-national regions under a country's code with no sector ("GAZA_ [PSEGZA]") are places.
  if (e.spells.length && e.spells.every((s) => s.country && countries.has(s.country) && !s.sector && !s.from && !s.to)) return 'LOC';
  if (/CountryInfo|rulers/i.test(e.comment)) return 'PER';
  const words = nameWords(e.name).length;
  if (e.spells.some((s) => s.from || s.to) && words >= 2 && words <= 4) return 'PER';
  return 'ORG';
}

/**
 * Keeps the aliases that name the same thing. Phoenix folds leaders into their groups (Nasrallah under
 * Hezbollah); for an organization we drop person-like aliases (two or more words without an
 * organization word) and one-word aliases that do not start like the name.
 */
function keepAlias(entry: { name: string }, type: ActorType, alias: string): boolean {
  const words = nameWords(alias);
  if (!words.length || words.join('').length < 2) return false;
  if (type !== 'ORG') return true;
  if (isAcronym(alias)) return true;
  if (words.length === 1) return words[0][0] === nameWords(entry.name)[0]?.[0];
  return hasOrgWord(alias) || nameWords(entry.name).some((w) => words.includes(w));
}

/**
 * The head of state or government's office with at most two words of country before it or "of (the) <country>"
 * after it, and no dated spell: "President of the United States", "Kosovar Prime Minister". Only these two
 * offices, whose holders the leader terms give; "US Secretary of State" stays an actor (no terms to resolve it).
 */
const GENERIC_OFFICE = /^(the\s+)?([\p{L}.'-]+\s+){0,2}(president|prime minister)(\s+of\s+(the\s+)?[\p{L} .'-]+)?$/iu;
function isGenericOffice(e: PhoenixEntry): boolean {
  return GENERIC_OFFICE.test(e.name.trim()) && !/\bvice\b/i.test(e.name) && !e.spells.some((s) => s.from || s.to);
}

function phoenixId(name: string): KbRef {
  return { source: 'phoenix', id: nameKey(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_') };
}

/**
 * One actor table from three sources, merged by folded name: leaders (Wikidata ids, GOV spells from their
 * terms), Phoenix actors (aliases, CAMEO spells mapped to PLOVER), and the curated table (facts Phoenix
 * lacks or has stale). Country headers of Phoenix are skipped: countries come from world-countries.
 */
export function buildActors(
  leaders: LeaderTerm[],
  phoenix: PhoenixEntry[],
  curated: Record<string, string>[],
  countries: ReadonlySet<string>,
): ActorRecord[] {
  const byKey = new Map<string, ActorRecord>();
  const add = (rec: ActorRecord): ActorRecord => {
    const key = `${rec.type === 'PER' ? 'P' : 'O'}:${nameKey(rec.name)}`;
    const old = byKey.get(key);
    if (!old) {
      byKey.set(key, rec);
      return rec;
    }
    // The first source keeps its id and name (Wikidata before Phoenix); spells and aliases add up.
    for (const a of rec.aliases) if (!old.aliases.includes(a)) old.aliases.push(a);
    if (nameKey(rec.name) !== nameKey(old.name) && !old.aliases.includes(rec.name)) old.aliases.push(rec.name);
    old.spells.push(...rec.spells);
    return old;
  };

  for (const t of leaders) {
    add({ kb: t.person, type: 'PER', name: t.name, aliases: [], spells: [{ country: t.iso3, sector: 'GOV', from: t.from, to: t.to }] });
  }
  // Curated rows next, so their spells come first and their ids win over Phoenix's.
  const curatedRecords: ActorRecord[] = curated.map((c) => {
    const type = c.type as ActorType;
    return {
      kb: c.wikidata ? { source: 'wikidata', id: c.wikidata } : slugId(c.name),
      type,
      name: c.name,
      aliases: c.aliases ? c.aliases.split('|') : [],
      spells: c.country || c.sector ? [{ country: c.country || null, sector: c.sector || null, from: null, to: null }] : [],
    };
  });
  const curatedTypes = new Map(curatedRecords.map((r) => [nameKey(r.name), r.type]));
  const phoenixRecords: ActorRecord[] = [];
  for (const e of phoenix) {
    if (e.inlineCode && countries.has(e.inlineCode)) continue;
    // "President of the United States", "Kosovar Prime Minister": an office, not an actor — the role noun names
    // whoever held it on the article's date (titles.ts), which a fixed actor would hide
    if (isGenericOffice(e)) continue;
    const type = curatedTypes.get(nameKey(e.name)) ?? phoenixType(e, countries);
    const spells: Spell[] = e.spells.filter((s) => s.country || s.sector);
    phoenixRecords.push({ kb: phoenixId(e.name), type, name: e.name, aliases: e.aliases.filter((a) => keepAlias(e, type, a)), spells });
  }
  // A curated actor Phoenix also knows takes Phoenix's stable id.
  const phoenixByKey = new Map(phoenixRecords.map((r) => [`${r.type}:${nameKey(r.name)}`, r]));
  for (const r of curatedRecords) {
    const p = r.kb.source === 'dateline' ? phoenixByKey.get(`${r.type}:${nameKey(r.name)}`) : undefined;
    if (p) r.kb = p.kb;
    add(r);
  }
  for (const r of phoenixRecords) add(r);
  for (const rec of byKey.values()) {
    const own = nameKey(rec.name);
    rec.aliases = [...new Set(rec.aliases)].filter((a) => nameKey(a) !== own || isAcronym(a));
  }
  return [...byKey.values()];
}
