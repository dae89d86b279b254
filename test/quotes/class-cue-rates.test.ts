import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classOfWord, countClassBackoff } from '../../src/extract/quotes/class-cue-rates.js';
import { countStemBackoff, cueRateBucket, learnedRate } from '../../src/extract/quotes/stem-cue-rates.js';
import { countCueRates, learnedCuesOf } from '../../src/extract/quotes/tagger.js';
import { WordClasses } from '../../src/extract/quotes/word-classes.js';
import { Resources } from '../../src/pipeline/resources.js';

function samples(counts: [word: string, seen: number, asCue: number][]) {
  return counts.map(([w, seen, asCue]) => ({ lower: new Array<string>(seen).fill(w), isCue: Array.from({ length: seen }, (_, i) => (i < asCue ? 1 : 0)) }));
}

test('a rare word with no rate of its own nor by stem takes its word class\'s rate', () => {
  const classes = WordClasses.load(new Resources());
  assert.ok(classes, 'the shipped word classes');
  const c = classOfWord(classes, 'fine', 'scolded');
  assert.ok(c >= 0, 'a known word');
  // Rare words of scolded's class, each too rarely a cue for a rate of its own; a frequent one never a cue.
  const data = samples([['scolded', 4, 2], ['the', 500, 0]]);
  const words = countCueRates(data);
  assert.deepEqual(words, {});
  const stems = countStemBackoff(data, words, 100);
  const rare = countClassBackoff(data, words, classes, 'fine', 'rare', 100, 1, cueRateBucket);
  // 2 cues of 4 is too few (3 at least): no class rate yet.
  assert.deepEqual(rare.classes, {});
  const more = samples([['scolded', 10, 6], ['the', 500, 0]]);
  const moreRare = countClassBackoff(more, countCueRates(more), classes, 'fine', 'rare', 100, 1, cueRateBucket);
  assert.equal(moreRare.classes[c], 3, '6 of 10 → bucket 3');
  const learned = learnedCuesOf({ cueRates: {}, stemCueRates: stems, classCueRates: moreRare });
  const sameClass = 'scolds';
  if (classOfWord(classes, 'fine', sameClass) === c) assert.equal(learnedRate(learned, sameClass, classes), 3);
  assert.equal(learnedRate(learned, 'scolded', classes), 3, 'rare, no stem rate: its class\'s');
  assert.equal(learnedRate(learned, 'scolded', null), 0, 'no classes given: no class back-off');
  assert.equal(learnedRate(learned, 'the', classes), classOfWord(classes, 'fine', 'the') === c ? 3 : 0);
  // Without class rates in the meta, as before.
  assert.equal(learnedRate(learnedCuesOf({ cueRates: {}, stemCueRates: stems }), 'scolded', classes), 0);
});

test('the frequent words of a class with a rate keep none', () => {
  const classes = WordClasses.load(new Resources())!;
  const c = classOfWord(classes, 'fine', 'scolded');
  const data = samples([['scolded', 200, 150]]);
  const words = countCueRates(data);
  assert.deepEqual(words, { scolded: 3 });
  // Pooled over all its words, the class has a rate; over rare words only (none here) it has none.
  const all = countClassBackoff(data, words, classes, 'fine', 'all', 100, 1, cueRateBucket);
  assert.equal(all.classes[c], 3);
  assert.deepEqual(countClassBackoff(data, words, classes, 'fine', 'rare', 100, 1, cueRateBucket).classes, {});
  const withNoRate = samples([['scolded', 200, 150], ['berated', 150, 0]]);
  if (classOfWord(classes, 'fine', 'berated') === c) {
    const b = countClassBackoff(withNoRate, countCueRates(withNoRate), classes, 'fine', 'all', 100, 1, cueRateBucket);
    assert.deepEqual(b.frequent, ['berated']);
    assert.equal(learnedRate(learnedCuesOf({ cueRates: countCueRates(withNoRate), classCueRates: b }), 'berated', classes), 0);
  }
});
