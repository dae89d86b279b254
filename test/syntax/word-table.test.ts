import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordTable } from '../../src/extract/syntax/word-table.js';

test('word table numbers words by spelling, through growth and after clear', () => {
  const table = new WordTable(2);
  const words = Array.from({ length: 5000 }, (_, i) => `w${i}${i % 7 === 0 ? 'é😀' : ''}`);
  words.push('', 'a', 'A', 'ab', 'ba');
  words.forEach((w, i) => {
    assert.equal(table.get(w), -1);
    assert.equal(table.add(w), i + 2);
  });
  assert.equal(table.size, words.length);
  // Equal spellings built anew (not the same string objects) find the same numbers.
  words.forEach((w, i) => assert.equal(table.get(` ${w}`.slice(1)), i + 2));
  assert.equal(table.get('w5000'), -1);
  assert.equal(table.get('a\u0000'), -1);
  table.clear();
  assert.equal(table.size, 0);
  assert.equal(table.get('w1'), -1);
  assert.equal(table.add('w1'), 2);
  assert.equal(table.get('w1'), 2);
});
