import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawBatch, excludedKeys, NEWS_SOURCES } from '../../eval/timex/news/draw-batch.js';
import type { NewsArticle, NewsSource } from '../../eval/timex/news/articles.js';
import { InputError } from '../../scripts/input-error.js';

// Twenty articles a source, each a different length from 1,000 characters up; one Guardian text repeated.
const corpus = (source: NewsSource): NewsArticle[] => Array.from({ length: 20 }, (_, i) => ({
  source, key: `${source}-${i}`, published: '2024-08-13', text: source === 'guardian' && i === 19 ? 'x'.repeat(1200) : 'x'.repeat(1000 + 100 * i),
}));
const keys = (picks: NewsArticle[]) => picks.map((a) => a.key);

test('the news-sample draw is fixed by the batch number, per source in turn, within the length range', () => {
  const first = drawBatch(corpus, { batch: 6, perSource: 3, earlier: new Set() });
  assert.deepEqual(keys(drawBatch(corpus, { batch: 6, perSource: 3, earlier: new Set() })), keys(first));
  assert.notDeepEqual(keys(drawBatch(corpus, { batch: 7, perSource: 3, earlier: new Set() })), keys(first));
  assert.deepEqual(first.map((a) => a.source), NEWS_SOURCES.flatMap((s) => [s, s, s]));
  for (const a of first) assert.ok(a.text.length >= 1200 && a.text.length <= 3500, a.key);
  assert.equal(new Set(keys(first)).size, 9);
});

test('the draw never takes an article of an earlier batch, nor a second copy of a text, and says when a source runs out', () => {
  // 1,200–3,500 characters: articles 2 to 19 of each source (18); the Guardian's 19th repeats its 2nd (17 texts),
  // and two of PolNeAR's are in an earlier batch (16 left)
  const earlier = new Set(['polnear\tpolnear-2', 'polnear\tpolnear-3']);
  const picks = drawBatch(corpus, { batch: 5, perSource: 16, earlier });
  assert.ok(!keys(picks).some((k) => earlier.has(`polnear\t${k}`)));
  assert.equal(picks.filter((a) => a.source === 'guardian' && a.text.length === 1200).length, 1);
  assert.throws(() => drawBatch(corpus, { batch: 5, perSource: 17, earlier }), (e: Error) => e instanceof InputError && /polnear: only 16 articles of 1200-3500/.test(e.message));
  const wide = drawBatch(corpus, { batch: 5, perSource: 17, earlier, ranges: new Map([['guardian', [1000, 3500]], ['polnear', [1000, 3500]]]) });
  assert.equal(wide.length, 51);
});

test('a source that has run out can give fewer articles than the others (--count SOURCE=N)', () => {
  const earlier = new Set(Array.from({ length: 15 }, (_, i) => `polnear\tpolnear-${i + 2}`));
  // PolNeAR has 3 articles of 1,200–3,500 characters left: it gives 3, the others 5 each
  assert.throws(() => drawBatch(corpus, { batch: 11, perSource: 5, earlier }), /lower --count polnear=N/);
  const picks = drawBatch(corpus, { batch: 11, perSource: 5, earlier, counts: new Map([['polnear', 3]]) });
  assert.deepEqual(NEWS_SOURCES.map((s) => picks.filter((a) => a.source === s).length), NEWS_SOURCES.map((s) => (s === 'polnear' ? 3 : 5)));
});

test('an exclusion file keeps the articles a review has read out of the draw (--exclude FILE), and names a bad line', () => {
  const excluded = new Set(excludedKeys('polnear:polnear-2\n\ntimeline17:timeline17-5\n'));
  assert.deepEqual([...excluded], ['polnear\tpolnear-2', 'timeline17\ttimeline17-5']);
  const picks = drawBatch(corpus, { batch: 5, perSource: 16, earlier: excluded });
  assert.ok(!picks.some((a) => excluded.has(`${a.source}\t${a.key}`)));
  assert.throws(() => excludedKeys('polnear:a\nreuters:b', 'seen.txt'), (e: Error) => e instanceof InputError && /seen\.txt:2: not SOURCE:KEY/.test(e.message));
});
