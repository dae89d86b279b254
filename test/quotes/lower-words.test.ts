import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findClaims } from '../../src/extract/claims/find-claims.js';
import { ClaimLexicon } from '../../src/extract/claims/lexicon.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { lowerWords } from '../../src/text/lower-words.js';
import { Resources } from '../../src/pipeline/resources.js';
import { plainDoc } from './helpers.js';

test('lowerWords lower-cases every token once per tokens layer, and the quote context reads the same array', () => {
  const doc = plainDoc('Officials SAID on Monday that 12 People were KILLED, the Ministry said.');
  const lower = lowerWords(doc.tokens);
  assert.deepEqual(lower, doc.tokens.map((t) => t.text.toLowerCase()));
  assert.equal(lowerWords(doc.tokens), lower, 'the same tokens layer gives the same array');
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, CueLexicon.load(new Resources()));
  assert.equal(ctx.lower, lower);
  // A new tokens layer (another document, or the same text segmented again) gets its own words.
  const copy = doc.tokens.slice();
  assert.notEqual(lowerWords(copy), lower);
  assert.deepEqual(lowerWords(copy), lower);
  // Claims read the shared words: the count is found whether or not the quote context came first.
  const claims = findClaims({ ...doc, tokens: copy }, ClaimLexicon.load(new Resources()));
  assert.ok(claims.length > 0, 'the test sentence has a count');
  assert.deepEqual(claims.map((c) => c.value), findClaims(doc, ClaimLexicon.load(new Resources())).map((c) => c.value));
});
