import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { finalize } from '../../src/ingest/read-file.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { toRecord } from '../../src/record/annotation-record.js';
import { openStore } from '../../src/store/database.js';
import { listArticles } from '../../src/store/queries/articles.js';
import { parseSnippet, windowSnippet } from '../../src/store/queries/fts.js';
import { ArticleWriter } from '../../src/store/write-article.js';
import { tempDir } from '../helpers/cli.js';

const marked = (s: { text: string; marks: [number, number][] }) => s.marks.map(([a, b]) => s.text.slice(a, b));

test('a long article gets a window around its first match, every match in it marked', () => {
  const filler = 'The committee met again and discussed the budget at length. '.repeat(1200); // ~73k characters
  const text = `${filler}Later, Erdogan spoke with Abbas; Abbas's office said abbasid history was not discussed. ${filler}`;
  const db = openStore(join(tempDir(), 's.db'));
  const pipeline = createDefaultPipeline();
  const article = finalize({ id: 'long-1', published: '2024-08-13', text, title: 'A long page', source: null, url: null });
  new ArticleWriter(db).writeBatch([{ article, record: toRecord(pipeline.annotate(article)) }]);

  const [hit] = listArticles(db, { q: 'abbas' }).items;
  assert.ok(hit, 'the long article is found');
  assert.ok(hit.snippet.text.length <= 260, 'a window, not the article');
  assert.match(hit.snippet.text, /^….*…$/s);
  assert.deepEqual(marked(hit.snippet), ['Abbas', 'Abbas'], 'whole words only: not "abbasid"');
  const prefix = listArticles(db, { q: 'abbas*' }).items[0];
  assert.deepEqual(marked(prefix.snippet), ['Abbas', 'Abbas', 'abbasid']);
});

test('windowSnippet: the opening stands in when only folding would match; the start of a text has no ellipsis', () => {
  const text = 'Erdoğan met Abbas. ' + 'x '.repeat(300);
  const folded = parseSnippet(windowSnippet(text, 'Erdogan', 50));
  assert.deepEqual(folded.marks, []);
  assert.equal(folded.text, text.slice(0, 50) + '…');
  const near = parseSnippet(windowSnippet(text, 'abbas', 50));
  assert.deepEqual(marked(near), ['Abbas']);
  assert.ok(near.text.startsWith('Erdoğan'), 'a match near the start keeps the start');
});
