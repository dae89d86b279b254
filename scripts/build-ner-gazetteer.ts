/*
 * Builds the NER gazetteer, resources/ner/gazetteer.json.gz, from shippable knowledge tables:
 *   npm exec tsx scripts/build-ner-gazetteer.ts -- ../shared/data/kb
 * Lists: country (names, official names, alt spellings), demonym, city (GeoNames cities15000 names),
 * region (GeoNames admin-1 names), org (Phoenix international and non-state actors), person-full /
 * person-first / person-last (Phoenix and Wikidata office holders), agent (Phoenix role nouns).
 * Sources and licences: world-countries (mledoze, ODbL 1.0), GeoNames (CC BY 4.0), Phoenix CAMEO
 * dictionaries (MIT), Wikidata world leaders (CC0). Entries are stored as their token forms, lower case.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lowerForm } from '../src/extract/ner/features.js';
import type { GazetteerData } from '../src/extract/ner/gazetteer.js';
import { NER_GAZETTEER_FILE } from '../src/extract/ner/recognizer.js';
import { RESOURCES_DIR } from '../src/paths.js';
import { tokenize } from '../src/text/tokenize.js';
import { readInputFile } from './input-error.js';
import { scriptArgs } from './script-cli.js';

const { positionals: [kb, outDir] } = scriptArgs({
  command: 'npx tsx scripts/build-ner-gazetteer.ts',
  description: 'Builds the NER gazetteer (resources/ner/gazetteer.json.gz) from shippable knowledge tables.',
  args: [
    { name: 'KB_DIR', path: true, help: 'the knowledge tables, e.g. ../shared/data/kb' },
    { name: 'OUT_DIR', optional: true, default: RESOURCES_DIR, help: 'resources folder to write to' },
  ],
  options: {},
});
const lists = new Map<string, Set<string>>();

/** Adds a name to a list in the same token form the featurizer uses. */
function add(list: string, name: string | undefined): void {
  if (!name) return;
  const cleaned = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned.length < 2 || !/\p{L}/u.test(cleaned)) return;
  const key = tokenize(cleaned).map((t) => lowerForm(t.text)).join(' ');
  if (!key) return;
  let set = lists.get(list);
  if (!set) lists.set(list, (set = new Set()));
  set.add(key);
}

// Countries, demonyms and capitals (mledoze/world-countries, ODbL).
interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
for (const c of JSON.parse(readInputFile(kb, 'world-countries-mledoze/countries.json')) as Country[]) {
  add('country', c.name.common);
  add('country', c.name.official);
  for (const alt of c.altSpellings) if (alt.length > 2 || alt === alt.toUpperCase()) add('country', alt);
  for (const capital of c.capital ?? []) add('city', capital);
  const dem = c.demonyms?.eng;
  if (dem) for (const d of new Set([dem.m, dem.f])) {
    add('demonym', d);
    add('demonym', d.endsWith('s') ? d : `${d}s`);
  }
}

// Cities and first-level regions (GeoNames, CC BY 4.0).
for (const line of readInputFile(kb, 'geonames/geonames_cities15000_2013.txt').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 3) continue;
  add('city', cols[1]);
  if (cols[2] !== cols[1]) add('city', cols[2]);
}
for (const line of readInputFile(kb, 'geonames/geonames_admin1CodesASCII.txt').split('\n')) {
  const cols = line.split('\t');
  if (cols.length >= 3) add('region', cols[2]);
}

// Phoenix CAMEO actor dictionaries (MIT): a headword with a code on its own line is an organization or a
// country; a headword followed by indented dated role spells is a person. `+` lines are aliases.
function phoenix(file: string, codedList: string | null): void {
  let names: string[] = [];
  let kind: 'coded' | 'person' | null = null;
  const flush = () => {
    for (const n of names) {
      if (kind === 'coded' && codedList) add(codedList, n);
      if (kind === 'person') addPerson(n);
    }
    names = [];
    kind = null;
  };
  for (const raw of readInputFile(kb, join('phoenix-cameo-actor-dictionaries', file)).split('\n')) {
    const line = raw.replace(/#.*/, '');
    if (!line.trim()) continue;
    if (/^\s/.test(line)) {
      if (line.trim().startsWith('[') && kind === null) kind = 'person';
      continue;
    }
    const name = line.replace(/\[.*$/, '').replace(/^\+/, '').trim();
    if (line.startsWith('+')) {
      names.push(name);
      continue;
    }
    flush();
    names.push(name);
    if (line.includes('[')) kind = 'coded';
  }
  flush();
}

/** A person's name without leading role words ("Secretary-General Ban Ki-moon" → "Ban Ki-moon"). */
function addPerson(name: string): void {
  const words = name.replace(/[_"]/g, ' ').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  while (words.length && agentWords.has(lowerForm(words[0]))) words.shift();
  if (words.some((w) => agentWords.has(lowerForm(w)))) return;
  if (words.length < 2) return;
  add('person-full', words.join(' '));
  add('person-first', words[0]);
  add('person-last', words[words.length - 1]);
}

// Role nouns (Phoenix agents, MIT): "president", "foreign minister", "police".
for (const raw of readInputFile(kb, 'phoenix-cameo-actor-dictionaries/Phoenix.agents.txt').split('\n')) {
  const line = raw.replace(/#.*/, '').trim();
  if (!line || line.includes('!') || line.startsWith('+') || line.startsWith('[')) continue;
  const head = line.replace(/[[{].*$/, '').trim();
  if (head) add('agent', head);
}
const agentWords = new Set([...(lists.get('agent') ?? [])].filter((a) => !a.includes(' ')));

phoenix('Phoenix.Countries.actors.txt', null);
phoenix('Phoenix.International.actors.txt', 'org');
phoenix('Phoenix.MilNonState.actors.txt', 'org');

// Office holders (Wikidata, CC0).
const leaders = readInputFile(kb, 'world-leaders-2021-wikidata/wikidata.csv').split('\n').slice(1);
for (const row of leaders) {
  const cols = row.split(',');
  if (cols.length >= 6 && !/^Q\d+$/.test(cols[5])) addPerson(cols[5]);
}

const data: GazetteerData = { lists: Object.fromEntries([...lists].map(([k, v]) => [k, [...v].sort()])) };
const path = join(outDir, NER_GAZETTEER_FILE);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, gzipSync(JSON.stringify(data), { level: 9 }));
for (const [k, v] of lists) console.log(`${k}: ${v.size}`);
console.log(`wrote ${path}`);
