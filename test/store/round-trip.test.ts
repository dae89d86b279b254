import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { finalize } from '../../src/ingest/read-file.js';
import type { AnnotationRecord } from '../../src/record/annotation-record.js';
import { openStore } from '../../src/store/database.js';
import { RecordReader } from '../../src/store/read-record.js';
import { ArticleWriter } from '../../src/store/write-article.js';
import { tempDir } from '../helpers/cli.js';
import { assertValidRecord } from '../helpers/record-check.js';

// A hand-written record with every layer (a test fixture, not extractor output), to prove the store keeps
// each field, including fields a stage adds beyond the contract.
const text = 'Mr Abbas met Vladimir Putin in Moscow on Tuesday. "We talked," he said. At least 40,000 died in Gaza.';
const at = (s: string, from = 0): [number, number] => {
  const i = text.indexOf(s, from);
  return [i, i + s.length];
};
function fixture(id: string): AnnotationRecord {
  return {
    article: { id, published: '2024-08-13', title: 'T', source: 'S', url: 'https://x/1' },
    text,
    sentences: [[0, 49], [50, 71], [72, 101]],
    entities: [
      { id: 'E1', type: 'PER', name: 'Mahmoud Abbas', kb: { source: 'wikidata', id: 'Q127998' }, country: 'PSE', sector: 'GOV', mentions: [at('Mr Abbas'), at('he')], mentionKinds: ['title', 'pronoun'] },
      { id: 'E2', type: 'PER', name: 'Vladimir Putin', kb: { source: 'wikidata', id: 'Q7747' }, country: 'RUS', sector: 'GOV', mentions: [at('Vladimir Putin')], mentionKinds: ['name'] },
      { id: 'E3', type: 'GPE', name: 'Moscow', kb: null, country: 'RUS', sector: null, mentions: [at('Moscow')], mentionKinds: ['name'] },
      { id: 'E4', type: 'GPE', name: 'Gaza', kb: null, country: 'PSE', sector: null, mentions: [at('Gaza')], mentionKinds: ['name'] },
    ],
    timexes: [{ start: at('Tuesday')[0], end: at('Tuesday')[1], text: 'Tuesday', type: 'DATE', value: '2024-08-13', mod: 'APPROX', anchor: 'published' } as never],
    events: [{ id: 'V1', event: 'CONSULT', mode: 'visit', cameo: '042', actors: ['E1'], recipients: ['E2'], place: 'E3', date: '2024-08-13', dateFrom: 'text', modality: 'asserted', score: 1, goldstein: 1.9, trigger: at('met'), sentence: 0, precision: 'day' } as never],
    quotes: [{ speaker: 'E1', source: at('he'), cue: at('said'), content: at('We talked,'), direct: true, addressee: null }],
    claims: [{ kind: 'killed', value: 40000, qualifier: 'atLeast', about: 'E4', source: null, asOf: null, span: at('At least 40,000') }],
  };
}

test('a record written to the store reads back exactly, extra fields included', () => {
  const db = openStore(join(tempDir(), 's.db'));
  const writer = new ArticleWriter(db);
  const record = fixture('rt-1');
  assertValidRecord(record);
  const article = finalize({ id: 'rt-1', published: '2024-08-13', title: 'T', source: 'S', url: 'https://x/1', text });
  assert.deepEqual(writer.writeBatch([{ article, record }]), ['new']);
  assert.deepEqual(new RecordReader(db).byId('rt-1'), JSON.parse(JSON.stringify(record)));
});

test('entities meet across articles by key, with article and mention counts', () => {
  const db = openStore(join(tempDir(), 's.db'));
  const writer = new ArticleWriter(db);
  const a = finalize({ id: 'a', published: '2024-08-13', title: null, source: null, url: null, text });
  const b = finalize({ id: 'b', published: '2024-08-14', title: null, source: null, url: null, text: text + ' ' });
  writer.writeBatch([{ article: a, record: fixture('a') }, { article: b, record: fixture('b') }]);
  const abbas = db.prepare(`SELECT article_count, mention_count FROM entities WHERE key = 'wikidata:Q127998'`).get();
  assert.deepEqual(abbas, { article_count: 2, mention_count: 4 });
  assert.equal(db.prepare('SELECT count(*) FROM entities').pluck().get(), 4);
  // Event participants point at the global entity, so "events where Abbas acts" is one indexed join.
  const acts = db.prepare(`SELECT count(*) FROM event_participants p JOIN entities e ON e.id = p.entity WHERE e.key = 'wikidata:Q127998' AND p.role = 'actor'`).pluck().get();
  assert.equal(acts, 2);
});

test('a country guessed from context stays with the article, not on the cross-article entity', () => {
  const db = openStore(join(tempDir(), 's.db'));
  const writer = new ArticleWriter(db);
  const record = fixture('ctx');
  // An unlinked person given the article's country by the entities stage.
  record.entities[0] = { ...record.entities[0], kb: null, name: 'Abbas', country: 'PSE', countryFrom: 'context' };
  assertValidRecord(record);
  const article = finalize({ id: 'ctx', published: '2024-08-13', title: null, source: null, url: null, text });
  writer.writeBatch([{ article, record }]);
  assert.deepEqual(new RecordReader(db).byId('ctx')?.entities[0], JSON.parse(JSON.stringify(record.entities[0])));
  const stored = db.prepare(`SELECT e.country FROM entities e JOIN article_entities a ON a.entity = e.id WHERE a.local_id = 'E1'`).get();
  assert.deepEqual(stored, { country: null });
  // A country from the knowledge base does go on the entity.
  assert.equal(db.prepare(`SELECT country FROM entities WHERE key = 'wikidata:Q7747'`).pluck().get(), 'RUS');
});

test('a duplicate (same id, or same text and day) is not stored again, inside one batch or across batches', () => {
  const db = openStore(join(tempDir(), 's.db'));
  const writer = new ArticleWriter(db);
  const a = finalize({ id: 'x', published: '2024-08-13', title: null, source: null, url: null, text });
  const sameText = finalize({ published: '2024-08-13', title: null, source: null, url: null, text: text.replace(/ /g, '  ') });
  assert.deepEqual(writer.writeBatch([{ article: a, record: fixture('x') }, { article: sameText, record: fixture(sameText.id) }]), ['new', 'duplicate']);
  assert.deepEqual(writer.writeBatch([{ article: a, record: fixture('x') }]), ['duplicate']);
  assert.equal(db.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
});
