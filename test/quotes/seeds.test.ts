import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/model/doc.js';
import type { Quote } from '../../src/model/layers.js';
import { annotateExample, textOf } from './helpers.js';

function quoteWith(doc: Doc, contentPart: string): Quote {
  const q = doc.quotes.find((x) => (textOf(doc, x.content) ?? '').includes(contentPart));
  assert.ok(q, `no quote holds ${contentPart}; have ${doc.quotes.map((x) => textOf(doc, x.content)).join(' | ')}`);
  return q;
}
const nameOf = (doc: Doc, id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;

test('seed 000: Kremlin, Putin via "The Russian leader", Raisi, Nofal told Wafa', () => {
  const doc = annotateExample('000_caa8fa700a5f6095.txt');
  const kremlin = quoteWith(doc, 'an exchange of views will be held');
  assert.equal(kremlin.direct, true);
  assert.equal(nameOf(doc, kremlin.speaker), 'Kremlin');
  assert.equal(textOf(doc, kremlin.cue), 'said');

  const putin = doc.quotes.find((q) => textOf(doc, q.content) === '“developing well”');
  assert.ok(putin && putin.direct);
  assert.equal(textOf(doc, putin.source), 'The Russian leader');
  assert.equal(nameOf(doc, putin.speaker), 'Vladimir Putin');

  const raisi = doc.quotes.find((q) => textOf(doc, q.content) === '“genocide”');
  assert.ok(raisi);
  assert.equal(nameOf(doc, raisi.speaker), 'Ebrahim Raisi');
  assert.equal(nameOf(doc, raisi.addressee), 'Vladimir Putin');

  const nofal = doc.quotes.find((q) => (textOf(doc, q.content) ?? '').startsWith('“at all levels'));
  assert.ok(nofal);
  assert.equal(nameOf(doc, nofal.speaker), 'Hafeez Nofal');
  assert.equal(textOf(doc, nofal.cue), 'told');
  assert.equal(textOf(doc, nofal.addresseeSpan), 'Wafa');
  assert.equal(nameOf(doc, nofal.addressee), nameOf(doc, doc.entities.find((e) => e.name === 'Wafa')?.id ?? null));
});

test('seed 003: Peskov told RIA News, Putin, the Kremlin readout, Erdan across paragraphs', () => {
  const doc = annotateExample('003_c50b538abc8f1e14.txt');
  const peskov = quoteWith(doc, 'Abbas has a standing invitation');
  assert.equal(peskov.direct, true);
  assert.equal(nameOf(doc, peskov.speaker), 'Dmitry Peskov');
  assert.equal(textOf(doc, peskov.addresseeSpan), 'RIA News');
  assert.ok(peskov.addressee);

  const putin = quoteWith(doc, 'Russia will continue to supply the Gaza Strip');
  assert.equal(nameOf(doc, putin.speaker), 'Vladimir Putin');

  const readout = quoteWith(doc, 'In this context');
  assert.equal(textOf(doc, readout.cue), 'stated');
  assert.equal(nameOf(doc, readout.speaker), 'Kremlin');

  const erdan = quoteWith(doc, 'The Russians are trying');
  assert.equal(erdan.direct, true);
  assert.equal(erdan.source, null);
  assert.equal(nameOf(doc, erdan.speaker), 'Gilard Erdan');
});

test('every quote span of both seeds is exact and well formed', () => {
  for (const file of ['000_caa8fa700a5f6095.txt', '003_c50b538abc8f1e14.txt']) {
    const doc = annotateExample(file);
    assert.ok(doc.quotes.length >= 6);
    for (const q of doc.quotes) {
      for (const span of [q.source, q.cue, q.content, q.addresseeSpan ?? null, ...(q.contentParts ?? [])]) {
        if (!span) continue;
        assert.ok(span[0] >= 0 && span[0] < span[1] && span[1] <= doc.text.length);
        assert.equal(doc.text.slice(span[0], span[1]).trim(), doc.text.slice(span[0], span[1]));
      }
      if (q.speaker) assert.ok(doc.entities.some((e) => e.id === q.speaker));
    }
  }
});
