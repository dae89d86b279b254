import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';

// Untrusted input: thousands of cues in one endless sentence ("Putin said Putin said …", a scraped list). Each
// cue left without content looked at every quote of its sentence for the attribution it introduces, which was
// quadratic: 'Putin said ' over 320 KB took the quotes stage 7.7 s. It now looks within its sentence window
// (orphan-cues.ts), as the events and claims stages do. Likewise a chain of nested reports ("Mr. Putin said he
// Mr. Putin said he …") was walked again from every link (nested-reports.ts; 200 KB: 1.5 s, now bounded).
test('quotes stage stays linear on long runs of cues', () => {
  const pipeline = new Pipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events' && s.name !== 'claims'));
  for (const unit of ['Putin said ', ', Putin said, ', 'Putin said: ', 'Mr. Putin said he ']) {
    const text = 'Start. ' + unit.repeat(Math.ceil(300_000 / unit.length));
    const timings = new Map<string, number>();
    const doc = pipeline.annotate({ id: 'long', published: '2024-08-13', title: null, source: null, url: null, text }, timings);
    // Generous bound: quadratic work takes 5-8 s here, linear work under one.
    assert.ok(timings.get('quotes')! < 3000, `quotes stage slow on ${JSON.stringify(unit)}: ${timings.get('quotes')!.toFixed(0)} ms`);
    for (const q of doc.quotes) assert.ok(q.content[0] < q.content[1] && q.content[1] <= text.length);
  }
});
