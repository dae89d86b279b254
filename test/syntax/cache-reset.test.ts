import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxTagger } from '../../src/extract/syntax/tagger.js';
import { RESOURCES_DIR } from '../../src/paths.js';

// Past 100,000 distinct words the tagger's word cache, score pool and shared group sums start over; tags
// after that must be the same as a fresh tagger's.
test('the tagger tags alike after its word cache starts over', () => {
  const sentence = ['Mr', 'Abbas', 'met', 'Putin', 'in', 'Moscow', 'on', 'Tuesday', ',', 'officials', 'said', '.'];
  const fresh = SyntaxTagger.load(RESOURCES_DIR).tag(sentence);
  const tagger = SyntaxTagger.load(RESOURCES_DIR);
  tagger.tag(sentence);
  const suffixes = ['ing', 'ed', 'ation', 's', 'ly', ''];
  for (let i = 0; i < 102_000; i += 50) {
    tagger.tag(Array.from({ length: 50 }, (_, k) => `zq${i + k}${suffixes[k % suffixes.length]}`));
  }
  assert.deepEqual(tagger.tag(sentence), fresh);
});
