import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partitionPoint } from '../../src/text/partition-point.js';

test('partitionPoint finds the first index where the predicate stops holding, as a linear scan does', () => {
  const values = [1, 3, 3, 3, 7, 9, 12];
  for (let target = 0; target <= 13; target++) {
    const scan = values.findIndex((v) => v >= target);
    assert.equal(partitionPoint(values.length, (i) => values[i] < target), scan < 0 ? values.length : scan, `target ${target}`);
  }
  assert.equal(partitionPoint(0, () => true), 0);
});
