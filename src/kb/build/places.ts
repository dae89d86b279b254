import type { PlaceRow } from '../types.js';

/**
 * Populated places from GeoNames cities15000 (CC BY 4.0): one row per city with its id, names,
 * country (alpha-3 through countryInfo), coordinates, population and feature code (PPLC = capital).
 */
export function buildPlaces(citiesTsv: string, iso2to3: ReadonlyMap<string, string>): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const line of citiesTsv.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const iso3 = iso2to3.get(f[8]);
    if (!iso3) continue;
    rows.push([Number(f[0]), f[1], f[2], iso3, round(Number(f[4])), round(Number(f[5])), Number(f[14]) || 0, f[7]]);
  }
  return rows.sort((a, b) => b[6] - a[6]);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
