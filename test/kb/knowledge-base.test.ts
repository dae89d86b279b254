import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { NameTrie } from '../../src/kb/name-trie.js';
import { foldWord, isAcronym, nameKey, nameWords } from '../../src/kb/normalize.js';
import { within } from '../../src/kb/dates.js';
import { buildLeaders } from '../../src/kb/build/leaders.js';
import type { KbTables } from '../../src/kb/types.js';
import { Resources } from '../../src/pipeline/resources.js';

test('names fold to one key: case, diacritics, dots, hyphens', () => {
  assert.equal(foldWord('Erdoğan'), 'erdogan');
  assert.equal(foldWord('U.S.'), 'us');
  assert.equal(foldWord('Kremlin’s'), "kremlin's");
  assert.deepEqual(nameWords('Guinea-Bissau'), ['guinea', 'bissau']);
  assert.equal(nameKey('Recep Tayyip Erdoğan'), nameKey('recep  tayyip ERDOGAN'));
  assert.ok(isAcronym('UAE') && isAcronym('U.S.') && !isAcronym('Hamas') && !isAcronym('A'));
});

test('the name trie returns the longest names first and stops at barriers', () => {
  const trie = new NameTrie<string>();
  trie.add(['gaza'], 'city');
  trie.add(['gaza', 'strip'], 'strip');
  const words = ['gaza', 'strip', 'x'];
  assert.deepEqual(trie.matchesAt(0, 3, (i) => words[i]), [[2, ['strip']], [1, ['city']]]);
  assert.deepEqual(trie.matchesAt(0, 3, (i) => (i === 1 ? null : words[i])), [[1, ['city']]]);
  assert.deepEqual(trie.get(['gaza', 'strip']), ['strip']);
  assert.deepEqual(trie.get(['strip']), []);
});

test('date bounds: years cover the whole year, open ends are open', () => {
  assert.ok(within('2024-08-13', '2012', null));
  assert.ok(within('2022-12-31', '2021', '2022'));
  assert.ok(!within('2023-01-01', '2021', '2022'));
  assert.ok(!within('2024-05-20', '2021-08-03', '2024-05-19'));
});

const TABLES: KbTables = {
  countries: [{ iso3: 'IRN', iso2: 'IR', name: 'Iran', aliases: [], demonyms: ['Iranian', 'Iranians'], capital: 'Tehran', geonameId: 130758 }],
  places: [],
  actors: [
    { kb: { source: 'wikidata', id: 'Q5947347' }, type: 'PER', name: 'Ebrahim Raisi', aliases: [], spells: [{ country: 'IRN', sector: 'GOV', from: '2021-08-03', to: '2024-05-19' }] },
    { kb: { source: 'dateline', id: 'masoud-pezeshkian' }, type: 'PER', name: 'Masoud Pezeshkian', aliases: [], spells: [{ country: 'IRN', sector: 'GOV', from: '2024-07-28', to: null }] },
    { kb: { source: 'wikidata', id: 'Q57336' }, type: 'PER', name: 'Ali Khamenei', aliases: [], spells: [{ country: 'IRN', sector: 'GOV', from: '1989-06-04', to: null }] },
  ],
  leaders: [
    { person: { source: 'wikidata', id: 'Q5947347' }, name: 'Ebrahim Raisi', iso3: 'IRN', office: 'President of Iran', kind: 'HOS', from: '2021-08-03', to: '2024-05-19', source: 't' },
    { person: { source: 'dateline', id: 'masoud-pezeshkian' }, name: 'Masoud Pezeshkian', iso3: 'IRN', office: 'President of Iran', kind: 'HOS', from: '2024-07-28', to: null, source: 't' },
    { person: { source: 'wikidata', id: 'Q57336' }, name: 'Ali Khamenei', iso3: 'IRN', office: 'Supreme Leader of Iran', kind: 'SUPREME', from: '1989-06-04', to: null, source: 't' },
  ],
  roles: [{ noun: 'president', office: 'president', sector: 'GOV' }, { noun: 'leader', office: '*executive*', sector: 'GOV' }],
  executive: { IRN: 'SUPREME' },
  agents: [],
  placeStopwords: [],
};

test('office holders on a date: the president, the executive, and every holder for "then-"', () => {
  const kb = new KnowledgeBase(TABLES);
  assert.deepEqual(kb.officeHolders('IRN', 'president', '2024-08-13').map((t) => t.name), ['Masoud Pezeshkian']);
  assert.deepEqual(kb.officeHolders('IRN', 'president', '2023-12-01').map((t) => t.name), ['Ebrahim Raisi']);
  assert.deepEqual(kb.officeHolders('IRN', 'president', '2024-06-01'), [], 'nobody in the table between the two');
  assert.deepEqual(kb.officeHolders('IRN', '*executive*', '2024-08-13').map((t) => t.name), ['Ali Khamenei']);
  assert.deepEqual(kb.officeHolders('IRN', 'president', null).map((t) => t.name), ['Masoud Pezeshkian', 'Ebrahim Raisi']);
});

test('spells on a date: current, or the last one that ended', () => {
  const kb = new KnowledgeBase(TABLES);
  const raisi = kb.actor({ source: 'wikidata', id: 'Q5947347' })!;
  assert.deepEqual(kb.spellOn(raisi, '2023-01-01'), { spell: raisi.spells[0], current: true });
  assert.deepEqual(kb.spellOn(raisi, '2024-08-13'), { spell: raisi.spells[0], current: false });
  assert.equal(kb.spellOn(raisi, '2020-01-01'), null);
});

test('curated leader rows replace stale Wikidata rows for the same country and office', () => {
  const wikidata = [
    { countryid: 'Q794', country: 'Iran', position: 'Q1', positionLabel: 'President of Iran', officeholder: 'Q5947347', officeholderLabel: 'Ebrahim Raisi', start_year: '2021', end_year: '' },
    { countryid: 'Q794', country: 'Iran', position: 'Q2', positionLabel: 'Supreme Leader of Iran', officeholder: 'Q57336', officeholderLabel: 'Ali Khamenei', start_year: '1989', end_year: '' },
  ];
  const updates = [
    { iso3: 'IRN', office: 'President of Iran', kind: 'HOS', name: 'Ebrahim Raisi', wikidata: '', from: '2021-08-03', to: '2024-05-19', source: 'cited' },
    { iso3: 'IRN', office: 'President of Iran', kind: 'HOS', name: 'Masoud Pezeshkian', wikidata: '', from: '2024-07-28', to: '', source: 'cited' },
  ];
  const { terms } = buildLeaders(wikidata, updates, (n) => (n === 'Iran' ? 'IRN' : null));
  assert.deepEqual(terms.map((t) => [t.name, t.kind, t.from, t.to, t.person.id]), [
    ['Ali Khamenei', 'SUPREME', '1989', null, 'Q57336'],
    ['Ebrahim Raisi', 'HOS', '2021-08-03', '2024-05-19', 'Q5947347'],
    ['Masoud Pezeshkian', 'HOS', '2024-07-28', null, 'masoud-pezeshkian'],
  ]);
});

test('the shipped KB knows who led Russia, Palestine and Iran on 2024-08-13', () => {
  const kb = KnowledgeBase.load(new Resources());
  assert.equal(kb.officeHolders('RUS', 'president', '2024-08-13')[0]?.name, 'Vladimir Putin');
  assert.equal(kb.officeHolders('PSE', '*executive*', '2024-08-13')[0]?.name, 'Mahmoud Abbas');
  assert.equal(kb.officeHolders('IRN', 'president', '2024-08-13')[0]?.name, 'Masoud Pezeshkian');
  assert.equal(kb.officeHolders('IRN', 'president', '2023-12-15')[0]?.name, 'Ebrahim Raisi');
  assert.equal(kb.officeHolders('GBR', '*executive*', '2024-08-13')[0]?.name, 'Keir Starmer');
  assert.equal(kb.country('PSE')?.demonyms.includes('Palestinian'), true);
});
