import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { countStemBackoff, cueRateBucket, learnedRate } from '../../src/extract/quotes/stem-cue-rates.js';
import { countCueRates, learnedCuesOf } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { plainDoc } from './helpers.js';

/** Training samples: each word `seen` times, the first `asCue` of them inside a gold cue. */
function samples(counts: [word: string, seen: number, asCue: number][]) {
  return counts.map(([w, seen, asCue]) => ({ lower: new Array<string>(seen).fill(w), isCue: Array.from({ length: seen }, (_, i) => (i < asCue ? 1 : 0)) }));
}

test('rates per stem pool every form of a word, and only rare words without a rate of their own take them', () => {
  const data = samples([
    ['warned', 10, 8], // a cue of its own (rate 3)
    ['warning', 40, 1], // frequent, almost never a cue: stays 0 although its stem is a cue
    ['warns', 2, 1], // rare: too few cues for a rate of its own
    ['the', 500, 0],
  ]);
  const words = countCueRates(data);
  assert.deepEqual(words, { warned: 3 });
  const backoff = countStemBackoff(data, words, 20);
  // warn: 10 of 52 occurrences (19 %) → bucket 1
  assert.deepEqual(backoff, { minCount: 20, stems: { warn: 1 }, frequent: ['warning'] });
  assert.equal(cueRateBucket(10, 52), 1);
  const learned = learnedCuesOf({ cueRates: words, stemCueRates: backoff });
  assert.equal(learnedRate(learned, 'warned'), 3, 'its own rate');
  assert.equal(learnedRate(learned, 'warning'), 0, 'seen often enough in training: its own (none)');
  assert.equal(learnedRate(learned, 'warns'), 1, 'rare: its stem\'s');
  assert.equal(learnedRate(learned, 'warnings'), 1, 'never seen: its stem\'s');
  assert.equal(learnedRate(learned, 'the'), 0);
  // Without stem rates in the meta (every tagger trained before them), words alone, as before.
  const plain = learnedCuesOf({ cueRates: words });
  assert.equal(plain.stemBackoff, undefined);
  assert.equal(learnedRate(plain, 'warnings'), 0);
  assert.equal(learnedRate(plain, 'warned'), 3);
});

test('the context reads backed-off rates per token, once per distinct word', () => {
  const lexicon = CueLexicon.load(new Resources());
  const learned = learnedCuesOf({ cueRates: { endorsed: 2 }, stemCueRates: { minCount: 5, stems: { endors: 2 }, frequent: [] } });
  const doc = plainDoc('The union gave its endorsement, and the mayor endorsed the plan. Endorsements followed.');
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learned, doc);
  const rateOf = (text: string) => ctx.cueRate[doc.tokens.findIndex((t) => t.text === text)];
  assert.equal(rateOf('endorsed'), 2);
  assert.equal(rateOf('endorsement'), 2);
  assert.equal(rateOf('Endorsements'), 2);
  assert.equal(rateOf('union'), 0);
  const without = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCuesOf({ cueRates: { endorsed: 2 } }), doc);
  assert.equal(without.cueRate[doc.tokens.findIndex((t) => t.text === 'endorsement')], 0);
});
