import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { article, docOf, entityAt } from './helpers.js';

test('a role noun alone names the office holder on the article date, added to the KB person', () => {
  const doc = docOf(article('The Russian president said the talks went well.', '2024-08-13'));
  const putin = entityAt(doc, 'The Russian president')!;
  assert.deepEqual([putin.name, putin.kb, putin.type], ['Vladimir Putin', { source: 'wikidata', id: 'Q7747' }, 'PER']);
  assert.deepEqual(putin.mentions, [{ start: 0, end: 21, kind: 'role' }]);
  assert.equal(entityAt(doc, 'Russian')?.type, 'NORP', 'the demonym inside keeps its own mention');
});

test("the article date decides: Iran's president in December 2023 and in August 2024", () => {
  const text = "Iran's president arrived in Moscow.";
  assert.equal(entityAt(docOf(article(text, '2023-12-07')), "Iran's president")?.name, 'Ebrahim Raisi');
  assert.equal(entityAt(docOf(article(text, '2024-08-13')), "Iran's president")?.name, 'Masoud Pezeshkian');
});

test('a role joins the person already in the article rather than the KB holder', () => {
  const doc = docOf(article('Mahmoud Abbas flew to Ankara. The Palestinian leader met students there.', '2024-08-13'));
  const abbas = entityAt(doc, 'Mahmoud Abbas')!;
  assert.equal(entityAt(doc, 'The Palestinian leader'), abbas);
  assert.deepEqual(abbas.mentions.map((m) => m.kind), ['name', 'role']);
});

test('an indefinite or plural role noun names nobody', () => {
  const doc = docOf(article('A Russian official and Saudi leaders spoke.', '2024-08-13'));
  assert.ok(!doc.entities.some((e) => e.type === 'PER'));
});

test('surnames and honorifics join the full name; an unknown person keeps an unlinked entity', () => {
  const doc = docOf(article('Ambassador Jane Roe met Mr Roe later. Roe said so.', '2024-08-13'), [['Jane Roe', 'PER']]);
  const roe = entityAt(doc, 'Jane Roe')!;
  assert.equal(roe.kb, null);
  assert.equal(entityAt(doc, 'Mr Roe'), roe);
  assert.equal(entityAt(doc, 'Roe', 2), roe);
});

test('recognizer spans win over the gazetteer where they disagree, and keep KB links where they agree', () => {
  const doc = docOf(article('Paris Hilton visited the Gaza Health Ministry and Moscow.', '2024-08-13'), [
    ['Paris Hilton', 'PER'], ['Gaza Health Ministry', 'ORG'], ['Moscow', 'LOC'],
  ]);
  assert.deepEqual([entityAt(doc, 'Paris Hilton')?.type, entityAt(doc, 'Paris Hilton')?.kb], ['PER', null]);
  assert.equal(entityAt(doc, 'Gaza Health Ministry')?.type, 'ORG');
  assert.equal(entityAt(doc, 'Gaza'), undefined);
  assert.deepEqual([entityAt(doc, 'Moscow')?.type, entityAt(doc, 'Moscow')?.kb?.source], ['GPE', 'geonames']);
});

test('a longer KB name beats a shorter recognizer span inside it', () => {
  const doc = docOf(article('The Palestinian Authority said no.', '2024-08-13'), [['Palestinian', 'MISC']]);
  assert.equal(entityAt(doc, 'Palestinian Authority')?.type, 'ORG');
});

test('an acronym introduced in parentheses binds every later use to its name', () => {
  const text = 'The Islamic Revolutionary Guard Corps (IRGC) fired. Later the IRGC denied it.';
  const doc = docOf(article(text, '2024-08-13'), [['Islamic Revolutionary Guard Corps', 'ORG']]);
  const irgc = entityAt(doc, 'Islamic Revolutionary Guard Corps')!;
  assert.equal(entityAt(doc, 'IRGC'), irgc);
  assert.equal(entityAt(doc, 'IRGC', 1), irgc);
  assert.deepEqual(irgc.mentions.map((m) => m.kind), ['name', 'acronym', 'acronym']);
});

test('case matters for short names and acronyms: "US" is the country, "us" and "Us" are not', () => {
  const doc = docOf(article('Us and them. The US told us.', '2024-08-13'));
  assert.equal(entityAt(doc, 'US')?.name, 'United States');
  assert.equal(entityAt(doc, 'Us'), undefined);
});

test('hostile input: long runs of digits, spaces, capitals and punctuation finish quickly', () => {
  const inputs = [
    '9'.repeat(50_000), ' '.repeat(50_000), '('.repeat(20_000), 'Mr '.repeat(10_000), 'The Russian '.repeat(5_000) + 'leader',
    'A-'.repeat(20_000), 'Abbas '.repeat(10_000), 'United Nations (UN) '.repeat(2_000),
  ];
  for (const text of inputs) {
    const started = performance.now();
    const doc = docOf(article(text));
    assert.ok(performance.now() - started < 5_000, `finished on ${JSON.stringify(text.slice(0, 20))}…`);
    for (const e of doc.entities) for (const m of e.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
  }
});

test('on any text, mentions are exact non-empty spans, ids follow first mentions and keys are unique', () => {
  const words = fc.constantFrom('Mr', 'Abbas', 'Putin', 'Vladimir', 'the', 'Russian', 'leader', 'Iran-backed', "Russia's", '(PA)',
    'Palestinian', 'Authority', 'Moscow', '.', ',', '\n\n', 'said', 'UN', 'US', 'then-president', 'Since', 'counterpart', 'his', '’s');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 60 }).map((a) => a.join(' ')), (text) => {
      const doc = docOf(article(text));
      const keys = new Set<string>();
      doc.entities.forEach((e, i) => {
        assert.equal(e.id, `E${i + 1}`);
        const key = e.kb ? `${e.kb.source}:${e.kb.id}` : `${e.type}:${e.name.toLowerCase()}`;
        assert.ok(!keys.has(key), `one entity per key (${key})`);
        keys.add(key);
        for (const m of e.mentions) {
          const s = text.slice(m.start, m.end);
          assert.ok(s.length > 0 && s.trim() === s);
        }
        if (i > 0) assert.ok(doc.entities[i - 1].mentions[0].start <= e.mentions[0].start);
      });
    }),
    { numRuns: 200 },
  );
});

test('the common short forms DRC and DPRK name their countries', () => {
  const doc = docOf(article('The east of the DRC was the crucible of a huge conflict. The DPRK fired two missiles.', '2018-03-04'));
  assert.deepEqual(entityAt(doc, 'DRC')?.kb, { source: 'iso3166', id: 'COD' });
  assert.deepEqual(entityAt(doc, 'DPRK')?.kb, { source: 'iso3166', id: 'PRK' });
});

test('"the US president" names whoever held the office on the article date, not a generic office actor', () => {
  assert.equal(entityAt(docOf(article('The US president said the deal was dead.', '2016-05-02')), 'The US president')?.name, 'Barack Obama');
  assert.equal(entityAt(docOf(article('The US president said the deal was dead.', '2019-02-10')), 'The US president')?.name, 'Donald Trump');
  assert.equal(entityAt(docOf(article('The American president met the Soviet leader.', '1987-06-01')), 'The American president')?.name, 'Ronald Reagan');
});

test('the role nouns of the countries in the news resolve before 2017 too: British prime minister, German chancellor, Egyptian president', () => {
  assert.equal(entityAt(docOf(article('The British prime minister said the talks failed.', '2018-01-28')), 'The British prime minister')?.name, 'Theresa May');
  assert.equal(entityAt(docOf(article('The German chancellor said the talks failed.', '2018-01-28')), 'The German chancellor')?.name, 'Angela Merkel');
  assert.equal(entityAt(docOf(article('The Egyptian president said the talks failed.', '2011-01-28')), 'The Egyptian president')?.name, 'Hosni Mubarak');
  assert.equal(entityAt(docOf(article('The Turkish prime minister said the talks failed.', '2011-01-28')), 'The Turkish prime minister')?.name, 'Recep Tayyip Erdoğan');
});
