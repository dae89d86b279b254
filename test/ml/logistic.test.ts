import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logisticProbability, trainLogistic, type LabelledFeatures } from '../../src/ml/logistic.js';

/** "good" mostly positive, "bad" mostly negative, "noise" on both sides equally. */
function toyData(): LabelledFeatures[] {
  const data: LabelledFeatures[] = [];
  for (let i = 0; i < 40; i++) {
    data.push({ features: ['good', i % 2 ? 'noise' : 'other'], label: i % 10 !== 0 });
    data.push({ features: ['bad', i % 2 ? 'noise' : 'other'], label: i % 10 === 0 });
  }
  return data;
}

test('logistic regression ranks a predictive feature above a useless one', () => {
  const model = trainLogistic(toyData(), { l2: 1 });
  const good = logisticProbability(model, ['good']);
  const bad = logisticProbability(model, ['bad']);
  assert.ok(good > 0.8 && bad < 0.2, `good ${good}, bad ${bad}`);
  assert.ok(Math.abs(model.weights.noise ?? 0) < 0.2 * Math.abs(model.weights.good), JSON.stringify(model));
  // 90 % of "good" examples are positive: the optimum lies near there, not at certainty
  assert.ok(good < 0.97, `good ${good}`);
});

test('logistic regression is deterministic and the penalty shrinks the weights', () => {
  const a = trainLogistic(toyData(), { l2: 1 });
  assert.deepEqual(trainLogistic(toyData(), { l2: 1 }), a);
  const strong = trainLogistic(toyData(), { l2: 50 });
  assert.ok(Math.abs(strong.weights.good) < Math.abs(a.weights.good));
});

test('repeated and unknown features count once or not at all', () => {
  const model = trainLogistic(toyData());
  assert.equal(logisticProbability(model, ['good', 'good']), logisticProbability(model, ['good']));
  assert.equal(logisticProbability(model, ['good', 'never-seen']), logisticProbability(model, ['good']));
});
