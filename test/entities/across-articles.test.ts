import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { finalize } from '../../src/ingest/read-file.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { toRecord } from '../../src/record/annotation-record.js';
import { openStore } from '../../src/store/database.js';
import { ArticleWriter } from '../../src/store/write-article.js';
import { entityKey } from '../../src/extract/entities/identity.js';
import { tempDir } from '../helpers/cli.js';
import { seed } from './helpers.js';

test('ingesting both seeds stores one entity for Mahmoud Abbas and one for Putin, each in two articles', () => {
  const pipeline = createDefaultPipeline();
  const db = openStore(join(tempDir(), 'seeds.db'));
  const writer = new ArticleWriter(db);
  const items = ['000_caa8fa700a5f6095.txt', '003_c50b538abc8f1e14.txt'].map((name) => {
    const article = seed(name);
    return { article: finalize(article), record: toRecord(pipeline.annotate(article)) };
  });
  assert.deepEqual(writer.writeBatch(items), ['new', 'new']);
  for (const [name, key] of [['Mahmoud Abbas', 'wikidata:Q127998'], ['Vladimir Putin', 'wikidata:Q7747']]) {
    const rows = db.prepare(`SELECT key, type, country, sector, article_count FROM entities WHERE name = ?`).all(name);
    assert.deepEqual(rows, [{ key, type: 'PER', country: key.endsWith('7747') ? 'RUS' : 'PSE', sector: 'GOV', article_count: 2 }]);
  }
  for (const key of ['geonames:524901', 'phoenix:HAMAS', 'phoenix:KREMLIN', 'iso3166:RUS']) {
    assert.equal(db.prepare('SELECT article_count FROM entities WHERE key = ?').pluck().get(key), 2, key);
  }
});

test('entityKey: the KB reference when linked, else the type and folded name', () => {
  assert.equal(entityKey({ type: 'PER', name: 'Mahmoud Abbas', kb: { source: 'wikidata', id: 'Q127998' } }), 'wikidata:Q127998');
  assert.equal(entityKey({ type: 'PER', name: 'Hafeez  Nofal', kb: null }), entityKey({ type: 'PER', name: 'hafeez nofal', kb: null }));
  assert.equal(entityKey({ type: 'PER', name: 'Erdoğan', kb: null }), entityKey({ type: 'PER', name: 'Erdogan', kb: null }));
  assert.notEqual(entityKey({ type: 'PER', name: 'Jordan', kb: null }), entityKey({ type: 'LOC', name: 'Jordan', kb: null }));
});
