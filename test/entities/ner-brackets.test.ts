import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nerStage } from '../../src/extract/ner/stage.js';
import { segment } from '../../src/text/segment.js';
import { Resources } from '../../src/pipeline/resources.js';
import { emptyDoc } from '../../src/model/doc.js';

const recognize = nerStage.create(new Resources());

test('no recognized name holds a bracket, escaped or not', () => {
  const text = 'Goldman Sachs -LRB- GS -RRB- and Google ( GOOG ) rose , the Middle East News Agency -LRB- MENA -RRB- said . Robert -LRB- Bob -RRB- Dudley spoke , said Sen. Charles Schumer -LRB- D-N.Y. -RRB- .';
  const doc = emptyDoc({ id: 't', published: '2010-06-01', text, title: null, source: null, url: null });
  Object.assign(doc, segment(text));
  const spans = recognize(doc).nerSpans!;
  assert.ok(spans.length > 0);
  for (const s of spans) {
    assert.equal(text.slice(s.start, s.end), doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text).join(' '));
    assert.doesNotMatch(text.slice(s.start, s.end), /LRB|RRB|[()]/);
  }
  assert.ok(spans.some((s) => text.slice(s.start, s.end) === 'Goldman Sachs'));
});
