import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boostedProbability, leafFeatures, leafNumber, trainBoostedTrees, type TreeNode } from '../../src/ml/boosted-trees.js';
import { logisticProbability, trainLogistic, type LabelledFeatures } from '../../src/ml/logistic.js';

/** Positive exactly when a and b are both present or both absent (XOR's complement): no additive model fits it. */
function xorData(): LabelledFeatures[] {
  const data: LabelledFeatures[] = [];
  for (let i = 0; i < 200; i++) {
    const a = i % 2 === 0;
    const b = i % 4 < 2;
    const features = [...(a ? ['a'] : []), ...(b ? ['b'] : []), i % 3 ? 'noise' : 'other'];
    // one label in ten flipped, so the optimum is not certainty
    data.push({ features, label: (a === b) !== (i % 10 === 7) });
  }
  return data;
}

test('boosted trees learn an interaction a logistic regression cannot', () => {
  const data = xorData();
  const trees = trainBoostedTrees(data, { rounds: 100, depth: 2, shrinkage: 0.3, minHessian: 1 });
  const lr = trainLogistic(data, { l2: 1 });
  for (const [features, label] of [[['a', 'b'], true], [[], true], [['a'], false], [['b'], false]] as const) {
    const p = boostedProbability(trees, features);
    assert.ok(label ? p > 0.75 : p < 0.25, `${features.join('+')}: ${p}`);
    assert.ok(Math.abs(logisticProbability(lr, features) - 0.5) < 0.15, 'the logistic regression sees no main effect');
  }
  // the noise feature moves little (a greedy tree may split on it at first, as neither a nor b alone gains)
  for (const f of [['a', 'b'], ['a'], ['b'], []]) {
    const d = boostedProbability(trees, [...f, 'noise']) - boostedProbability(trees, [...f, 'other']);
    assert.ok(Math.abs(d) < 0.15, `${f.join('+')}: noise moves ${d}`);
  }
});

test('boosted trees are deterministic, and a JSON round trip predicts the same', () => {
  const a = trainBoostedTrees(xorData(), { rounds: 20, depth: 2 });
  assert.deepEqual(trainBoostedTrees(xorData(), { rounds: 20, depth: 2 }), a);
  const back = JSON.parse(JSON.stringify(a));
  for (const f of [['a'], ['a', 'b', 'noise'], ['unseen']]) assert.equal(boostedProbability(back, f), boostedProbability(a, f));
});

test('boosting from base margins corrects them, and leaves are numbered left to right', () => {
  const data = xorData();
  // a base that says 0.5 everywhere: the trees must supply everything
  const m = trainBoostedTrees(data, { rounds: 100, depth: 2, shrinkage: 0.3, minHessian: 1, baseMargins: data.map(() => 0) });
  assert.equal(m.bias, 0);
  assert.ok(boostedProbability(m, ['a', 'b']) > 0.75);
  const tree: TreeNode = ['a', ['b', 1, 2], 3];
  assert.deepEqual([['a', 'b'], ['a'], ['b'], []].map((f) => leafNumber(tree, new Set(f))), [0, 1, 2, 2]);
  assert.deepEqual(leafFeatures([tree, ['b', 0, 1], 5], new Set(['a'])), ['leaf0=1', 'leaf1=1', 'leaf2=0']);
  assert.throws(() => trainBoostedTrees(data, { baseMargins: [0] }), /one base margin per example/);
});
