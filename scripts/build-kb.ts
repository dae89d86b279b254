/**
 * Builds the shipped knowledge base (resources/kb/kb.json.gz) from the public tables in a data folder.
 *
 *   npm run build:kb -- ../shared/data/kb            (from a worktree: ../../shared/data/kb)
 *
 * Reads world-countries (ODbL), GeoNames cities15000 + countryInfo + nationalities (CC BY / MIT), the
 * Wikidata leaders extract (CC0), the Phoenix actor and agent dictionaries (MIT) and the curated tables
 * in resources/kb/curated (our own, each row cited). See resources/kb/CARD.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RESOURCES_DIR } from '../src/paths.js';
import { buildActors } from '../src/kb/build/actors.js';
import { parsePhoenixAgents } from '../src/kb/build/agents.js';
import { buildCountries } from '../src/kb/build/countries.js';
import { readCsv, readLines } from '../src/kb/build/csv.js';
import { buildLeaders } from '../src/kb/build/leaders.js';
import { parsePhoenixActors, type PhoenixEntry } from '../src/kb/build/phoenix.js';
import { addEnglishNames, buildPlaces, buildRegions } from '../src/kb/build/places.js';
import { nameKey } from '../src/kb/normalize.js';
import type { KbTables, OfficeKind, RoleNoun } from '../src/kb/types.js';
import { readInputFile } from './input-error.js';
import { scriptArgs } from './script-cli.js';

const { positionals: [dataDir] } = scriptArgs({
  command: 'npm run build:kb --',
  description: 'Builds the shipped knowledge base (resources/kb/kb.json.gz) from the public tables of a data folder.',
  args: [{ name: 'DIR', path: true, help: 'the knowledge tables, e.g. ../shared/data/kb' }],
  options: {},
});
const read = (rel: string): string => readInputFile(dataDir, rel);
const outDir = join(RESOURCES_DIR, 'kb');
const curated = (name: string): string => readFileSync(join(outDir, 'curated', name), 'utf8');

const geonamesInfo = readCsv(read('geonames/geonames_countryInfo.txt').split('\n').filter((l) => !l.startsWith('#')).join('\n'), '\t');
const countries = buildCountries(
  JSON.parse(read('world-countries-mledoze/countries.json')),
  geonamesInfo,
  readCsv(read('geonames/mordecai2_nationalities.csv')),
  readCsv(curated('country-aliases.csv')),
);
const iso3s = new Set(countries.map((c) => c.iso3));
const iso3ByName = new Map<string, string>();
for (const c of countries) for (const n of [c.name, ...c.aliases]) if (!iso3ByName.has(nameKey(n))) iso3ByName.set(nameKey(n), c.iso3);
for (const r of geonamesInfo) if (!iso3ByName.has(nameKey(r.Country))) iso3ByName.set(nameKey(r.Country), r.ISO3);

const iso2to3 = new Map(geonamesInfo.map((r) => [r.ISO, r.ISO3]));
// Cities (largest first) with simplemaps' English names, then first-level regions: a city outranks a
// region of the same name.
const cities = buildPlaces(read('geonames/geonames_cities15000_2013.txt'), iso2to3);
const englishNames = addEnglishNames(cities, readCsv(read('worldcities-simplemaps-basic/worldcities.csv')));
const places = [...cities, ...buildRegions(read('geonames/geonames_admin1CodesASCII.txt'), iso2to3)];

const { terms, unmatchedCountries } = buildLeaders(
  readCsv(read('world-leaders-2021-wikidata/wikidata.csv')),
  readCsv(curated('leaders-updates.csv')),
  (name) => iso3ByName.get(nameKey(name)) ?? iso3ByName.get(nameKey(name.replace(/^the /i, ''))) ?? null,
);
if (unmatchedCountries.length) console.warn(`leaders: no ISO code for ${unmatchedCountries.join(', ')}`);

const phoenix: PhoenixEntry[] = ['Countries', 'International', 'MilNonState'].flatMap((f) =>
  parsePhoenixActors(read(`phoenix-cameo-actor-dictionaries/Phoenix.${f}.actors.txt`), iso3s),
);
const actors = buildActors(terms, phoenix, readCsv(curated('actors.csv')), iso3s);

const roles: RoleNoun[] = readCsv(curated('roles.csv')).map((r) => ({ noun: r.noun, office: r.office, sector: r.sector || null }));
const executive: Record<string, OfficeKind> = {};
for (const r of readCsv(curated('executive.csv'))) executive[r.iso3] = r.leader as OfficeKind;

const tables: KbTables = {
  countries,
  places,
  actors,
  leaders: terms,
  roles,
  executive,
  agents: parsePhoenixAgents(read('phoenix-cameo-actor-dictionaries/Phoenix.agents.txt')),
  placeStopwords: readLines(curated('place-stopwords.txt')).map((w) => w.toLowerCase()),
};

mkdirSync(outDir, { recursive: true });
const gz = gzipSync(JSON.stringify(tables), { level: 9 });
writeFileSync(join(outDir, 'kb.json.gz'), gz);
console.log(
  `${englishNames} GeoNames cities got an English name from simplemaps\n` +
  `kb.json.gz: ${(gz.length / 1e6).toFixed(2)} MB — ${countries.length} countries, ${places.length} places, ` +
    `${actors.length} actors (${actors.filter((a) => a.type === 'PER').length} persons), ${terms.length} leader terms, ` +
    `${tables.agents.length} agent phrases`,
);
