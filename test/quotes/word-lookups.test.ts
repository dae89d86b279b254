import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString } from '../../src/ml/index.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { wordLookupsFor } from '../../src/extract/quotes/word-lookups.js';
import { Resources } from '../../src/pipeline/resources.js';
import { plainDoc } from './helpers.js';

test('the per-text table gives what lower-casing, the lexicon and the learnt rates give, with one id per text across documents', () => {
  const lexicon = CueLexicon.load(new Resources());
  const learned = new Map([['warned', 3], ['according', 1]]);
  const first = plainDoc('Officials SAID on Monday that the vaccine WARNED nobody, according to the Ministry.');
  const second = plainDoc('The Ministry said the officials warned, according to reports. Said officials: "Nothing."');
  const table = wordLookupsFor(lexicon, learned);
  assert.equal(wordLookupsFor(lexicon, learned), table, 'one table per lexicon and learnt rates');
  for (const doc of [first, second]) {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learned, doc);
    assert.equal(ctx.words, table);
    doc.tokens.forEach((t, i) => {
      const id = ctx.wordIds[i];
      const lower = t.text.toLowerCase();
      assert.equal(table.lower[id], lower);
      assert.equal(ctx.lower[i], lower);
      assert.equal(table.cue[id], lexicon.classOf(lower), t.text);
      assert.equal(table.rate[id], learned.get(lower) ?? 0, t.text);
      assert.equal(table.hash[id], hashString(lower));
    });
  }
  // Equal texts share an id, in one document and across documents; case variants do not (their shapes differ).
  const idOf = (doc: typeof first, text: string) => buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learned, doc).wordIds[doc.tokens.findIndex((t) => t.text === text)];
  assert.equal(idOf(first, 'Ministry'), idOf(second, 'Ministry'));
  assert.equal(idOf(first, 'the'), idOf(second, 'the'));
  assert.notEqual(idOf(first, 'SAID'), idOf(second, 'said'));
  assert.notEqual(idOf(second, 'Said'), idOf(second, 'said'));
  // Other learnt rates are another table: the rates are read when a text is first seen.
  assert.notEqual(wordLookupsFor(lexicon, new Map()), table);
});
