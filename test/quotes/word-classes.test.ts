import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bigramsOfMatrix, countBigrams, exchangeClasses } from '../../scripts/exchange-clustering.js';
import { serializeWordClasses, WORD_CLASSES_PATH, WordClasses } from '../../src/extract/quotes/word-classes.js';
import { Resources } from '../../src/pipeline/resources.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Sentences "DET NOUN VERB DET NOUN ." over small word sets, from a fixed pseudo-random sequence. */
function syntheticCorpus(sentences: number): { corpus: Int32Array; words: string[] } {
  const sets = { det: ['the', 'a', 'this'], noun: ['dog', 'cat', 'man', 'woman', 'child'], verb: ['sees', 'likes', 'feeds', 'calls'] };
  const words = ['.', ...sets.det, ...sets.noun, ...sets.verb];
  const id = new Map(words.map((w, i) => [w, i]));
  let seed = 7;
  const pick = (list: string[]) => list[(seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % list.length];
  const out: number[] = [];
  for (let s = 0; s < sentences; s++) {
    for (const w of [pick(sets.det), pick(sets.noun), pick(sets.verb), pick(sets.det), pick(sets.noun), '.']) out.push(id.get(w)!);
  }
  return { corpus: Int32Array.from(out), words };
}

test('exchange clustering puts words that occur between the same kinds of words together', () => {
  const { corpus, words } = syntheticCorpus(400);
  const { classOf } = exchangeClasses(countBigrams(corpus, words.length), { classes: 4 });
  const classOfWord = (w: string) => classOf[words.indexOf(w)];
  for (const group of [['the', 'a', 'this'], ['dog', 'cat', 'man', 'woman', 'child'], ['sees', 'likes', 'feeds', 'calls']]) {
    assert.equal(new Set(group.map(classOfWord)).size, 1, `${group.join(' ')} share a class`);
  }
  assert.equal(new Set(['.', 'the', 'dog', 'sees'].map(classOfWord)).size, 4, 'the four kinds are apart');
});

test('exchange clustering is deterministic, and the coarse level groups whole fine classes', () => {
  const { corpus, words } = syntheticCorpus(300);
  const bigrams = countBigrams(corpus, words.length);
  const first = exchangeClasses(bigrams, { classes: 6 });
  const second = exchangeClasses(countBigrams(corpus, words.length), { classes: 6 });
  assert.deepEqual(Array.from(first.classOf), Array.from(second.classOf));
  // Class bigram counts add up to the corpus's bigrams.
  assert.equal(first.matrix.reduce((a, b) => a + b, 0), corpus.length - 1);
  const coarse = exchangeClasses(bigramsOfMatrix(first.matrix, 6, first.classCounts), { classes: 2 });
  assert.equal(coarse.classOf.length, 6);
  assert.ok(coarse.classOf.every((c) => c === 0 || c === 1));
});

test('bigram lists count each neighbour pair once per occurrence', () => {
  const b = countBigrams(Int32Array.from([0, 1, 0, 1, 2, 0]), 3);
  assert.deepEqual(Array.from(b.counts), [3, 2, 1]);
  const right = (v: number) => Array.from(b.rightWord.slice(b.rightStart[v], b.rightStart[v + 1]), (w, k) => `${w}:${b.rightCount[b.rightStart[v] + k]}`);
  const left = (v: number) => Array.from(b.leftWord.slice(b.leftStart[v], b.leftStart[v + 1]), (w, k) => `${w}:${b.leftCount[b.leftStart[v] + k]}`);
  assert.deepEqual(right(0), ['1:2']);
  assert.deepEqual(right(1), ['0:1', '2:1']);
  assert.deepEqual(left(0), ['1:1', '2:1']);
});

test('a word-class file reads back the classes written, and refuses a damaged one', () => {
  const bytes = serializeWordClasses([900, 5, 70000], [2, 0, 1], [1, 0, 1], 2);
  const classes = WordClasses.parse(bytes);
  assert.equal(classes.size, 3);
  assert.equal(classes.fine(5), 0);
  assert.equal(classes.fine(900), 2);
  assert.equal(classes.fine(70000), 1);
  assert.equal(classes.fine(6), classes.fineUnknown);
  assert.equal(classes.fineUnknown, 3);
  assert.deepEqual([0, 1, 2].map((c) => classes.coarse(c)), [1, 0, 1]);
  assert.equal(classes.coarse(classes.fineUnknown), classes.coarseUnknown);
  assert.equal(classes.coarse(classes.fineUnknown + 1), classes.coarseUnknown + 1);
  assert.equal(WordClasses.parse(bytes).checksum, classes.checksum);
  assert.notEqual(WordClasses.parse(serializeWordClasses([900, 5, 70000], [2, 1, 1], [1, 0, 1], 2)).checksum, classes.checksum);
  assert.throws(() => WordClasses.parse(bytes.slice(0, bytes.length - 1)));
  assert.throws(() => serializeWordClasses([5, 5], [0, 1], [0, 0], 1));
  // Through Resources, from a resources folder.
  const dir = tempDir('word-classes-');
  mkdirSync(join(dir, 'quotes'));
  writeFileSync(join(dir, WORD_CLASSES_PATH), bytes);
  const resources = new Resources(dir);
  assert.equal(WordClasses.load(resources)?.checksum, classes.checksum);
  assert.equal(WordClasses.load(new Resources(tempDir('no-classes-'))), null);
});
