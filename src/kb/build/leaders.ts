import type { KbRef } from '../../model/layers.js';
import type { LeaderTerm, OfficeKind } from '../types.js';
import { nameKey } from '../normalize.js';

/** Tells a head-of-government office from a head-of-state one by its label. */
export function officeKind(label: string): OfficeKind {
  const l = label.toLowerCase();
  if (l.includes('supreme leader')) return 'SUPREME';
  if (/prime minister|premier|chancellor|taoiseach|chief minister|chairman of the council of ministers|minister/.test(l)) return 'HOG';
  return 'HOS';
}

/** A stable id for a person the curated table names without a Wikidata id. */
export function slugId(name: string): KbRef {
  return { source: 'dateline', id: nameKey(name).replace(/[^a-z0-9]+/g, '-') };
}

/**
 * Dated terms of heads of state and government: the Wikidata extract (CC0, years only, stale after 2022)
 * overlaid by the curated updates table (exact days, cited). For every (country, office kind) the curated
 * table covers, it replaces the Wikidata rows, which lets it fix stale or wrong rows as well as extend them.
 */
export function buildLeaders(
  wikidataRows: Record<string, string>[],
  updates: Record<string, string>[],
  countryIso3: (name: string) => string | null,
): { terms: LeaderTerm[]; unmatchedCountries: string[] } {
  const terms: LeaderTerm[] = [];
  const unmatched = new Set<string>();
  const qidByName = new Map<string, string>();
  for (const r of wikidataRows) {
    const iso3 = countryIso3(r.country);
    if (!iso3) {
      unmatched.add(r.country);
      continue;
    }
    if (!r.officeholder || !/^Q\d+$/.test(r.officeholder)) continue;
    qidByName.set(nameKey(r.officeholderLabel), r.officeholder);
    terms.push({
      person: { source: 'wikidata', id: r.officeholder },
      name: r.officeholderLabel,
      iso3,
      office: r.positionLabel,
      kind: officeKind(r.positionLabel),
      from: r.start_year,
      to: r.end_year || null,
      source: 'wikidata',
    });
  }
  // The curated table replaces Wikidata for every (country, office kind) and every person it covers there.
  const curatedPairs = new Set(updates.map((u) => `${u.iso3}/${u.kind}`));
  const curatedPeople = new Set(updates.flatMap((u) => [`${u.iso3}/${nameKey(u.name)}`, `${u.iso3}/${u.wikidata}`]));
  const kept = terms.filter(
    (t) => !curatedPairs.has(`${t.iso3}/${t.kind}`) && !curatedPeople.has(`${t.iso3}/${nameKey(t.name)}`) && !curatedPeople.has(`${t.iso3}/${t.person.id}`),
  );
  // Identical wikidata rows appear once per statement (Abbas twice); keep one.
  const seen = new Set<string>();
  const deduped = kept.filter((t) => {
    const key = `${t.person.id}/${t.office}/${t.from}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const u of updates) {
    const qid = u.wikidata || qidByName.get(nameKey(u.name));
    deduped.push({
      person: qid ? { source: 'wikidata', id: qid } : slugId(u.name),
      name: u.name,
      iso3: u.iso3,
      office: u.office,
      kind: u.kind as OfficeKind,
      from: u.from,
      to: u.to || null,
      source: u.source,
    });
  }
  return { terms: deduped, unmatchedCountries: [...unmatched] };
}
