import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';

// Untrusted input: one "sentence" of thousands of verbs (a scraped list with no full stop). Every trigger searches
// its sentence for arguments, clauses, modality and dates; without sentence windows (sentence-windows.ts) that
// was quadratic: 'killed 5 ' over 200 KB took the events stage ~14 s, in windows it takes about 1 s.
test('events stage stays linear on one long sentence with many verbs', () => {
  // The stages the events stage needs (the claims stage has its own test, test/claims/long-text.test.ts).
  const pipeline = new Pipeline(DEFAULT_STAGES.filter((s) => s.name !== 'claims'));
  for (const unit of ['killed 5 ', 'in Paris killed 5 ', 'Obama met Putin in Paris and ', 'the army attacked rebels who ', 'to kill 5 on Monday and ']) {
    const text = 'Start. ' + unit.repeat(Math.ceil(200_000 / unit.length));
    const timings = new Map<string, number>();
    const doc = pipeline.annotate({ id: 'long', published: '2024-08-13', title: null, source: null, url: null, text }, timings);
    // Generous bound: quadratic work takes over ten seconds here, linear work about one.
    assert.ok(timings.get('events')! < 4000, `events stage slow on ${JSON.stringify(unit)}: ${timings.get('events')!.toFixed(0)} ms`);
    assert.ok(doc.events.length > 0, `events found in ${JSON.stringify(unit)}`);
    // Events of a cut sentence still name the document's sentence and lie inside it.
    for (const e of doc.events) {
      const s = doc.sentences[e.sentence];
      assert.ok(s && e.trigger[0] >= s.start && e.trigger[1] <= s.end);
    }
  }
});
