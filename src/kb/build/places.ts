import { foldWord } from '../normalize.js';
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
    const row: PlaceRow = [Number(f[0]), f[1], f[2], iso3, round(Number(f[4])), round(Number(f[5])), Number(f[14]) || 0, f[7]];
    // A capital named with a qualifier ("Washington, D. C.") is called by its head name in the news.
    const head = /^([^,]+),\s*\S/.exec(f[2])?.[1];
    if (f[7] === 'PPLC' && head) row[8] = [head];
    rows.push(row);
  }
  return rows.sort((a, b) => b[6] - a[6]);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Admin-1 names that are generic words ("Central", "North-West"), which would match ordinary text. */
const GENERIC_REGION = /^(central|centre|center|north|south|east|west|northern|southern|eastern|western|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast|capital|coast|coastal|lakes|plateau|plateaux|savanes|gulf|upper|lower|middle|federal|national|islands?|river|mountains?|greater)$/i;

/**
 * First-level divisions from GeoNames admin1CodesASCII (states, provinces: "New Jersey", "Punjab"),
 * as places with feature code ADM1 and no population. Generic one-word names are left out.
 */
/**
 * English names from simplemaps World Cities (CC BY 4.0) for the GeoNames city at the same spot
 * (same country, within about 30 km), where GeoNames uses another name. Returns how many cities gained one.
 */
export function addEnglishNames(places: PlaceRow[], simplemaps: Record<string, string>[]): number {
  // Grid of GeoNames cities by country and whole degree, to find the one a simplemaps row describes.
  const grid = new Map<string, PlaceRow[]>();
  const cell = (iso3: string, lat: number, lon: number) => `${iso3}/${Math.round(lat)}/${Math.round(lon)}`;
  for (const p of places) {
    const key = cell(p[3], p[4], p[5]);
    const list = grid.get(key);
    if (list) list.push(p);
    else grid.set(key, [p]);
  }
  let added = 0;
  for (const r of simplemaps) {
    const lat = Number(r.lat);
    const lon = Number(r.lng);
    if (!r.city || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    let best: PlaceRow | null = null;
    let bestDistance = 0.1; // degrees², about 30 km
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const p of grid.get(cell(r.iso3, lat + dy, lon + dx)) ?? []) {
          const d = (p[4] - lat) ** 2 + (p[5] - lon) ** 2;
          if (d < bestDistance) {
            best = p;
            bestDistance = d;
          }
        }
      }
    }
    if (!best) continue;
    // The same city, not a neighbour: similar population, and a similar name unless the city is large.
    const population = Number(r.population) || 0;
    const ratio = population && best[6] ? Math.max(population, best[6]) / Math.min(population, best[6]) : 1;
    const similar = foldWord(r.city_ascii || r.city).slice(0, 2) === foldWord(best[2]).slice(0, 2);
    if (ratio > 3 || (!similar && population < 100_000)) continue;
    const names = [r.city, r.city_ascii].filter((n) => n && n !== best![1] && n !== best![2] && !(best![8] ?? []).includes(n));
    if (names.length) {
      best[8] = [...(best[8] ?? []), ...new Set(names)];
      added++;
    }
  }
  return added;
}

export function buildRegions(admin1Tsv: string, iso2to3: ReadonlyMap<string, string>): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const line of admin1Tsv.split('\n')) {
    const f = line.split('\t');
    if (f.length < 4) continue;
    const iso3 = iso2to3.get(f[0].split('.')[0]);
    if (!iso3 || GENERIC_REGION.test(f[2]) || GENERIC_REGION.test(f[1])) continue;
    rows.push([Number(f[3]), f[1], f[2], iso3, 0, 0, 0, 'ADM1']);
  }
  return rows;
}
