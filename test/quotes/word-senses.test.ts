import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../../src/ml/index.js';
import { LEXICOGRAPHER_FILES, NO_SENSE, packSense, serializeWordSenses, SYNSET_IDS, unpackSense, WORD_SENSES_PATH, WordSenses } from '../../src/extract/quotes/word-senses.js';
import { Resources } from '../../src/pipeline/resources.js';
import { tempDir } from '../helpers/temp-dir.js';

const file = (name: string) => LEXICOGRAPHER_FILES.indexOf(name as (typeof LEXICOGRAPHER_FILES)[number]);

test('a packed sense unpacks to the same fields, at the ends of every range', () => {
  for (const s of [
    { verb: -1, noun: -1, verbFiles: 0, nounFiles: 0 },
    { verb: 43, noun: 28, verbFiles: 0x7fff, nounFiles: 15 },
    { verb: 29, noun: -1, verbFiles: 1, nounFiles: 0 },
    { verb: -1, noun: 3, verbFiles: 0, nounFiles: 8 },
  ]) assert.deepEqual(unpackSense(packSense(s)), s);
  assert.equal(packSense({ verb: -1, noun: -1, verbFiles: 0, nounFiles: 0 }), NO_SENSE);
});

test('a word-sense file reads back the senses written, and refuses a damaged one', () => {
  const synsets = Array.from({ length: 3 * SYNSET_IDS }, (_, i) => i * 7919);
  const bytes = serializeWordSenses([900, 5, 0xfffffff0], [7, 0, 0xffffffff], synsets);
  const senses = WordSenses.parse(bytes);
  assert.equal(senses.size, 3);
  assert.deepEqual(Array.from(senses.ids(900)!), synsets.slice(0, SYNSET_IDS));
  assert.deepEqual(Array.from(senses.ids(0xfffffff0)!), synsets.slice(2 * SYNSET_IDS));
  assert.equal(senses.ids(6), null);
  assert.equal(senses.sense(900), 7);
  assert.equal(senses.sense(0xfffffff0), 0xffffffff);
  assert.equal(senses.sense(6), NO_SENSE);
  assert.equal(WordSenses.parse(bytes).checksum, senses.checksum);
  assert.notEqual(WordSenses.parse(serializeWordSenses([900, 5, 0xfffffff0], [7, 1, 0xffffffff], synsets)).checksum, senses.checksum);
  assert.throws(() => WordSenses.parse(bytes.slice(0, bytes.length - 1)), /bytes, expected/);
  assert.throws(() => WordSenses.parse(Uint8Array.from([1, 2, 3, 4, 0, 0, 0, 0])), /not a word-sense file/);
  assert.throws(() => serializeWordSenses([5, 5], [0, 1]), /twice/);
  const dir = tempDir('word-senses-');
  mkdirSync(join(dir, 'quotes'));
  writeFileSync(join(dir, WORD_SENSES_PATH), bytes);
  assert.equal(WordSenses.load(new Resources(dir))?.checksum, senses.checksum);
  assert.equal(WordSenses.load(new Resources(tempDir('no-senses-'))), null);
});

test('the shipped senses know the verbs and nouns of attribution', () => {
  const senses = WordSenses.load(new Resources());
  assert.ok(senses, `resources/${WORD_SENSES_PATH}`);
  const of = (w: string) => unpackSense(senses.sense(hashString(w)));
  for (const w of ['said', 'told', 'castigated', 'approved', 'saying']) assert.equal(of(w).verb, file('verb.communication'), w);
  assert.equal(of('believes').verb, file('verb.cognition'));
  assert.equal(of('criticism').noun, file('noun.communication'));
  assert.equal(of('messages').noun, file('noun.communication'));
  assert.equal(of('bombed').verb, file('verb.competition'));
  // Synonyms share their first synset; "castigate" is a kind of "knock", a kind of "criticize".
  const ids = (w: string) => senses.ids(hashString(w) >>> 0);
  const [said, told, stated] = ['said', 'told', 'stated'].map((w) => ids(w)?.[0]);
  assert.ok(said && said === told && told === stated, 'say, tell and state share a synset');
  assert.equal(ids('castigated')?.[2], ids('criticized')?.[0]);
  assert.equal(senses.sense(hashString('the')), NO_SENSE);
  assert.equal(ids('the'), null);
  assert.equal(senses.sense(hashString('abbas')), NO_SENSE);
});
