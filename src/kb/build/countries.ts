import type { CountryRecord } from '../types.js';
import { isAcronym, nameKey } from '../normalize.js';

/** The fields of world-countries (mledoze) we read. */
interface MledozeCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  independent?: boolean | null;
  unMember?: boolean;
  demonyms?: Record<string, { f: string; m: string }>;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’()&-]+$/u;

/** English plural of a demonym: "Palestinian" → "Palestinians"; "Chinese", "British", "Swiss" take none. */
export function demonymPlural(demonym: string): string | null {
  if (/(ese|ish|ch|ss|sh)$/i.test(demonym) || / /.test(demonym)) return null;
  return demonym.endsWith('s') ? null : `${demonym}s`;
}

/**
 * Countries from world-countries (ODbL), with GeoNames ids (countryInfo) and extra nationality spellings
 * (GeoNames/Mordecai nationality table). Two-letter codes are dropped as aliases: "PS", "AE" would
 * match noise; the common short forms (US, UK, UAE) come from the curated alias table.
 */
export function buildCountries(
  mledoze: MledozeCountry[],
  geonamesInfo: Record<string, string>[],
  nationalities: Record<string, string>[],
  curatedAliases: Record<string, string>[],
): CountryRecord[] {
  const geonameByIso3 = new Map(geonamesInfo.map((r) => [r.ISO3, Number(r.geonameid) || null]));
  // GeoNames keeps the English names news still use ("Turkey" where world-countries says "Türkiye").
  const geonamesName = new Map(geonamesInfo.map((r) => [r.ISO3, r.Country]));
  const out: CountryRecord[] = [];
  for (const c of mledoze) {
    const names = [c.name.official, ...c.altSpellings, geonamesName.get(c.cca3) ?? ''].filter((a) => LATIN.test(a) && a.replace(/[^A-Za-z]/g, '').length > 2 && !isAcronym(a));
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d) demonyms.add(d);
    for (const n of nationalities) if (n.alpha_3_code === c.cca3 && n.nationality) demonyms.add(n.nationality);
    for (const d of [...demonyms]) {
      const plural = demonymPlural(d);
      if (plural) demonyms.add(plural);
    }
    const aliases = new Set(names);
    for (const a of curatedAliases) if (a.iso3 === c.cca3) aliases.add(a.alias);
    aliases.delete(c.name.common);
    const commonKey = nameKey(c.name.common);
    out.push({
      iso3: c.cca3,
      iso2: c.cca2,
      name: c.name.common,
      aliases: [...aliases].filter((a) => nameKey(a) !== commonKey || isAcronym(a)),
      demonyms: [...demonyms],
      capital: c.capital?.[0] ?? null,
      geonameId: geonameByIso3.get(c.cca3) ?? null,
    });
  }
  return keepDemonymsOfSovereignStates(out, mledoze);
}

/**
 * "American" is the demonym of the United States and of American Samoa, the Northern Mariana Islands…;
 * when several countries share a demonym, only the sovereign ones (UN members) keep it.
 */
function keepDemonymsOfSovereignStates(countries: CountryRecord[], source: MledozeCountry[]): CountryRecord[] {
  const sovereign = new Set(source.filter((c) => c.unMember || c.independent).map((c) => c.cca3));
  const owners = new Map<string, CountryRecord[]>();
  for (const c of countries) for (const d of c.demonyms) owners.set(nameKey(d), [...(owners.get(nameKey(d)) ?? []), c]);
  for (const c of countries) {
    c.demonyms = c.demonyms.filter((d) => {
      const all = owners.get(nameKey(d))!;
      return all.length === 1 || sovereign.has(c.iso3) || !all.some((o) => sovereign.has(o.iso3));
    });
  }
  return countries;
}
