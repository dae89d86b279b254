import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { findClaims } from '../../src/extract/claims/find-claims.js';
import { ClaimLexicon } from '../../src/extract/claims/lexicon.js';
import { Resources } from '../../src/pipeline/resources.js';
import type { Quote } from '../../src/model/layers.js';

// Untrusted input: a scraped list of thousands of counts. Each number looked at every place, date and quote of
// the document (or of its one endless sentence), which was quadratic: 'in Paris killed 5 ' over 160 KB took the
// claims stage 5.5 s. Numbers now look only within their sentence window (sentence-windows.ts), found by
// binary search, and for the quote holding them only among the quotes around them.
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

// Thousands of quotations that each hold a number ('He said "5 were killed in Paris".'): the quote holding a
// number was looked for among every quote of the document, so quotes × numbers. The quotes layer is made here
// from the quotation marks (one quote a sentence) so that only the claims finder is timed.
test('the quote holding a number is found among the quotes around it, not all of them', () => {
  const unit = 'He said "5 were killed in Paris". ';
  const text = 'Start. ' + unit.repeat(20_000);
  const doc = new Pipeline(DEFAULT_STAGES.filter((s) => s.name !== 'quotes' && s.name !== 'claims' && s.name !== 'events')).annotate({ id: 'q', published: '2024-08-13', title: null, source: null, url: null, text });
  const quotes: Quote[] = [];
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', text.indexOf('"', at + 1) + 1)) {
    const close = text.indexOf('"', at + 1);
    quotes.push({ speaker: null, source: null, cue: null, content: [at + 1, close], direct: true, addressee: null });
  }
  const started = performance.now();
  const claims = findClaims({ ...doc, quotes }, ClaimLexicon.load(new Resources()));
  const took = performance.now() - started;
  // Quotes × numbers (20,000²) took 2.7 s here, the quotes around each number take 0.1 s.
  assert.ok(took < 1000, `claims finder slow with ${quotes.length} quotes: ${took.toFixed(0)} ms`);
  assert.equal(claims.length, 20_000);
  // Each number lies in its own quotation, the n-th in the n-th.
  claims.forEach((c, n) => assert.ok(quotes[n].content[0] <= c.span[0] && c.span[1] <= quotes[n].content[1]));
});
