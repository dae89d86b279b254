import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeToken } from '../../src/ml/token-form.js';
import { SyntaxTagger } from '../../src/extract/syntax/tagger.js';
import { RESOURCES_DIR } from '../../src/paths.js';

// Words that are also names of Object.prototype's members once crashed the tagger: the honorific table was
// a plain object, so normalizeToken('constructor') returned the Object function.
const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'Mr'];

test('tokens named like Object.prototype members are ordinary words', () => {
  for (const w of WORDS.slice(0, -1)) assert.equal(normalizeToken(w), w);
  assert.equal(normalizeToken('Mr'), 'Mr.');
  const tagger = SyntaxTagger.load(RESOURCES_DIR);
  const { pos, chunks } = tagger.tag(['The', ...WORDS, 'left', '.']);
  assert.equal(pos.length, WORDS.length + 3);
  assert.equal(chunks.length, WORDS.length + 3);
});
