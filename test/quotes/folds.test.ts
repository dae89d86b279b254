import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FOLD_OPTION, foldFilter } from '../../eval/quotes/polnear.js';

const kept = (fold: string) => Array.from({ length: 100 }, (_, i) => i).filter(foldFilter(fold));
const tenths = (fold: string) => [...new Set(kept(fold).map((i) => i % 10))].sort((a, b) => a - b);

test('tune:K is one tenth, fit:K the other nine, and together they are every article', () => {
  for (let k = 0; k < 10; k++) {
    assert.deepEqual(tenths(`tune:${k}`), [k]);
    assert.deepEqual([...kept(`tune:${k}`), ...kept(`fit:${k}`)].sort((a, b) => a - b), kept('all'));
  }
  assert.deepEqual(kept('tune'), kept('tune:0'));
  assert.deepEqual(kept('fit'), kept('fit:0'));
});

test('fit:K:N keeps the N tenths after K, never K; fit:K:9 is fit:K', () => {
  assert.deepEqual(tenths('fit:3:1'), [4]);
  assert.deepEqual(tenths('fit:8:3'), [0, 1, 9]);
  assert.deepEqual(tenths('fit:0:6'), [1, 2, 3, 4, 5, 6]);
  for (let k = 0; k < 10; k++) {
    assert.deepEqual(kept(`fit:${k}:9`), kept(`fit:${k}`));
    for (let n = 1; n <= 9; n++) {
      const t = tenths(`fit:${k}:${n}`);
      assert.equal(t.length, n);
      assert.ok(!t.includes(k), `fit:${k}:${n} holds its own held-out tenth`);
      // a larger N only adds tenths: the curve's training sets are nested
      if (n > 1) assert.ok(tenths(`fit:${k}:${n - 1}`).every((x) => t.includes(x)));
    }
  }
});

test('the option accepts fit:K:N only for N from 1 to 9 and never with tune', () => {
  for (const ok of ['all', 'tune', 'fit', 'tune:4', 'fit:4', 'fit:4:1', 'fit:4:9']) assert.ok(FOLD_OPTION.pattern.test(ok), ok);
  for (const bad of ['tune:4:3', 'fit:4:0', 'fit:4:10', 'fit:44', 'fit::3', 'tune4']) assert.ok(!FOLD_OPTION.pattern.test(bad), bad);
});
