import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureRows } from '../../src/ml/feature-rows.js';
import { hashCombine, hashString } from '../../src/ml/index.js';

test('FeatureRows.rowOf, written out, answers as the filter and the table do, for keys and for other hashes', () => {
  // Hashes as the taggers make them: half of them above 2^31, many sharing low bits with a key.
  const keys = Uint32Array.from({ length: 5000 }, (_, i) => hashCombine(hashString('q.w'), i));
  const rows = new FeatureRows(keys);
  keys.forEach((key, row) => assert.equal(rows.rowOf(key), row));
  // Other hashes: most stop at the filter, ~5 % get past it and probe the table.
  for (let i = 0; i < 200_000; i++) {
    const hash = hashCombine(hashString('q.w-1|w'), i);
    assert.equal(rows.rowOf(hash), rows.rowOfByParts(hash), `hash ${hash}`);
  }
  for (const hash of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff]) assert.equal(rows.rowOf(hash), rows.rowOfByParts(hash));
});
