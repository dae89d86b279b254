import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SequenceModel, iobAllowed, trainSequenceModel, viterbi } from '../../src/ml/index.js';
import { LABELS, examples, featurize } from './toy-names.js';

/*
 * The trainer's options beyond the plain perceptron (cost-augmented training, update weights, several
 * seeds), each checked against what it promises on a toy name task: names are capitalized words not at the
 * start of a sentence.
 */

const BASE = { labels: LABELS, allowedTransition: iobAllowed('IOB2') } as const;

/** Score of a label path under a model: emissions, moves from the start and between labels, and the end. */
function pathScore(model: SequenceModel, emissions: Float32Array, path: ArrayLike<number>): number {
  const L = model.labelCount;
  let score = 0;
  for (let i = 0; i < path.length; i++) {
    score += emissions[i * L + path[i]] + model.transitions[(i === 0 ? L : path[i - 1]) * L + path[i]];
  }
  return score + model.endScores[path[path.length - 1]];
}

/**
 * The smallest margin (0 when the gold path itself wins), over the training sequences, by which the gold path beats the best other path once
 * every wrong label costs `cost[gold]` more: negative when some path comes within its cost of the gold one.
 */
function costMargin(model: SequenceModel, cost: readonly number[]): number {
  const L = model.labelCount;
  let worst = Infinity;
  for (const { features, labels } of examples()) {
    const emissions = Float32Array.from(model.scoreEmissions(features).subarray(0, features.length * L));
    const augmented = Float32Array.from(emissions);
    for (let i = 0; i < features.length; i++) for (let y = 0; y < L; y++) if (y !== labels[i]) augmented[i * L + y] += cost[labels[i]];
    const rival = viterbi(model, augmented, features.length);
    worst = Math.min(worst, pathScore(model, emissions, labels) - pathScore(model, augmented, rival));
  }
  return worst;
}

test('cost-augmented training learns a margin at least the cost that the plain perceptron does not', () => {
  // The plain perceptron's updates are of size 1, so its margins stay a few units; a cost of 20 per wrong
  // token is a far wider margin, which only cost-augmented updates reach. A pass with no mistake under the
  // cost proves the last weights have the margin; the averaged weights also hold the early, smaller ones,
  // so theirs comes within a small fraction of the cost, shrinking with the passes after the last mistake.
  const cost = [20, 20, 20];
  const plain = trainSequenceModel(examples(), { ...BASE, epochs: 60 });
  assert.ok(costMargin(plain, cost) < 0, 'without the cost some wrong path comes within 20 per token of the gold one');
  const errors: number[] = [];
  const margined = trainSequenceModel(examples(), { ...BASE, epochs: 200, labelCosts: cost, onEpoch: (r) => errors.push(r.tokenErrors) });
  assert.equal(errors.at(-1), 0, 'the last pass finds no path within its cost of the gold one');
  assert.ok(costMargin(margined, cost) > -1, `the gold path beats every path by its cost, within 1 of 20 (${costMargin(margined, cost)})`);
  assert.ok(costMargin(margined, cost.map((c) => 0.9 * c)) >= 0);
  assert.ok(costMargin(plain, cost.map((c) => 0.5 * c)) < 0, 'the plain perceptron is not even within half the cost');
  assert.deepEqual(margined.tag(featurize('Later Ivar Nyberg met Kari'.split(' '))), ['O', 'B-NAME', 'I-NAME', 'O', 'B-NAME']);
});

test('a cost only for missing a name widens the margin against missing names, not against adding them', () => {
  const missCost = [0, 20, 20];
  const model = trainSequenceModel(examples(), { ...BASE, epochs: 60, labelCosts: missCost });
  assert.ok(costMargin(model, missCost) >= 0);
  assert.ok(costMargin(model, [20, 0, 0]) < 0, 'no margin of 20 was asked against naming an O word');
  const plain = trainSequenceModel(examples(), { ...BASE, epochs: 60 });
  assert.ok(costMargin(plain, missCost) < 0);
});

test('zero costs and unit update weights train exactly the plain perceptron', () => {
  const plain = trainSequenceModel(examples(), { ...BASE, epochs: 5 }).serialize();
  assert.deepEqual(trainSequenceModel(examples(), { ...BASE, epochs: 5, labelCosts: [0, 0, 0], updateWeights: [1, 1, 1] }).serialize(), plain);
  assert.deepEqual(trainSequenceModel(examples(), { ...BASE, epochs: 5, seeds: [1] }).serialize(), plain);
});

test('update weights scale the updates of tokens by their gold label', () => {
  // Every update twice as large changes no decision (the perceptron is scale-free from zero weights), so
  // the weights are exactly twice the plain ones.
  const plain = trainSequenceModel(examples(), { ...BASE, epochs: 5 });
  const doubled = trainSequenceModel(examples(), { ...BASE, epochs: 5, updateWeights: [2, 2, 2] });
  for (const { features } of examples()) {
    const a = Float32Array.from(plain.scoreEmissions(features).subarray(0, features.length * 3));
    const b = doubled.scoreEmissions(features).subarray(0, features.length * 3);
    a.forEach((v, k) => assert.ok(Math.abs(2 * v - b[k]) < 1e-4, `emission ${k}: ${b[k]} is not twice ${v}`));
  }
  // A larger update for names alone is another model (names outweigh O in its updates).
  const names = trainSequenceModel(examples(), { ...BASE, epochs: 5, updateWeights: [1, 3, 3] });
  assert.notDeepEqual(names.serialize(), plain.serialize());
});

test('training with several seeds averages the models each seed trains alone', () => {
  const seeds = [1, 2, 3];
  const alone = seeds.map((seed) => trainSequenceModel(examples(), { ...BASE, epochs: 3, seed }));
  const mean = trainSequenceModel(examples(), { ...BASE, epochs: 3, seeds });
  assert.notDeepEqual(alone[0].serialize(), alone[1].serialize(), 'the seeds order the data differently');
  for (const { features } of examples()) {
    const n = features.length * 3;
    const each = alone.map((m) => Float32Array.from(m.scoreEmissions(features).subarray(0, n)));
    const got = mean.scoreEmissions(features).subarray(0, n);
    for (let k = 0; k < n; k++) {
      const expected = (each[0][k] + each[1][k] + each[2][k]) / 3;
      assert.ok(Math.abs(got[k] - expected) < 1e-4, `emission ${k}: ${got[k]} against the mean ${expected}`);
    }
  }
  mean.transitions.forEach((v, k) => {
    const expected = alone.reduce((s, m) => s + m.transitions[k], 0) / 3;
    if (expected === -Infinity) assert.equal(v, -Infinity);
    else assert.ok(Math.abs(v - expected) < 1e-4);
  });
});

test('costs and update weights need one value per label', () => {
  assert.throws(() => trainSequenceModel(examples(), { ...BASE, labelCosts: [1, 2] }), /one value per label/);
  assert.throws(() => trainSequenceModel(examples(), { ...BASE, updateWeights: [1, -1, 1] }), /≥ 0/);
  assert.throws(() => trainSequenceModel(examples(), { ...BASE, seeds: [] }), /empty/);
});
