import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RowSetTable } from '../../src/extract/syntax/row-set-table.js';

test('row set table finds an offset by its row list, through growth and after clear', () => {
  const table = new RowSetTable();
  const list = (...rows: number[]) => Int32Array.from([...rows, 99]);
  // 3000 lists of one to four rows.
  const lists: Int32Array[] = [];
  for (let i = 0; i < 3000; i++) lists.push(list(...Array.from({ length: 1 + (i % 4) }, (_, k) => 2 * i + k)));
  lists.forEach((l, i) => {
    const count = l.length - 1;
    assert.equal(table.get(l, count), -1);
    table.set(l, count, 1000 + i);
  });
  lists.forEach((l, i) => assert.equal(table.get(Int32Array.from(l), l.length - 1), 1000 + i));
  // A shorter list (the count, not the array's length, counts) and another order are other keys.
  assert.equal(table.get(lists[3], 2), -1);
  assert.equal(table.get(list(3, 2), 2), -1);
  assert.equal(table.get(list(2, 3), 2), 1001);
  table.clear();
  assert.equal(table.get(lists[0], 1), -1);
  table.set(lists[0], 1, 5);
  assert.equal(table.get(lists[0], 1), 5);
});
