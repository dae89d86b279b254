import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';

// Untrusted input: a scraped list of thousands of counts. Each number looked at every place, date and quote of
// the document (or of its one endless sentence), which was quadratic: 'in Paris killed 5 ' over 160 KB took the
// claims stage 5.5 s. Numbers now look only within their sentence window (sentence-windows.ts), found by
// binary search.
test('claims stage stays linear on long lists of counts, with or without full stops', () => {
  const pipeline = new Pipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events'));
  for (const unit of ['in Paris killed 5 ', 'killed 5 ', 'In Paris 5 were killed on Monday. ', 'Officials said 5 were killed in Gaza on Monday, ']) {
    const text = 'Start. ' + unit.repeat(Math.ceil(200_000 / unit.length));
    const timings = new Map<string, number>();
    const doc = pipeline.annotate({ id: 'long', published: '2024-08-13', title: null, source: null, url: null, text }, timings);
    // Generous bound: quadratic work takes tens of seconds here, linear work well under one.
    assert.ok(timings.get('claims')! < 4000, `claims stage slow on ${JSON.stringify(unit)}: ${timings.get('claims')!.toFixed(0)} ms`);
    assert.ok(doc.claims.length > 0, `claims found in ${JSON.stringify(unit)}`);
    // Claims of a cut sentence still name the document's sentence and lie inside it.
    for (const c of doc.claims) {
      const s = doc.sentences[c.sentence!];
      assert.ok(s && c.span[0] >= s.start && c.span[1] <= s.end);
    }
  }
});
