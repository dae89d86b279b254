import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SequenceModel, iobAllowed, tagsFromSpans, spansFromTags, trainSequenceModel } from '../../src/ml/index.js';
import { LABELS, TRAIN, examples, featurize } from './toy-names.js';

test('the perceptron learns a toy name task and generalizes to unseen names', () => {
  const reports: number[] = [];
  const model = trainSequenceModel(examples(), { labels: LABELS, epochs: 8, allowedTransition: iobAllowed('IOB2'), onEpoch: (r) => reports.push(r.tokenErrors) });
  assert.equal(reports.length, 8);
  assert.equal(reports.at(-1), 0, 'the training data is separable: the last pass makes no mistakes');
  assert.ok(reports[0] > 0);
  const words = 'Later Ivar Nyberg and Jonas met Kari Ek'.split(' ');
  assert.deepEqual(model.tag(featurize(words)), ['O', 'B-NAME', 'I-NAME', 'O', 'B-NAME', 'O', 'B-NAME', 'I-NAME']);
});

test('a serialized model decodes exactly like the original', () => {
  const model = trainSequenceModel(examples(), { labels: LABELS, epochs: 5, allowedTransition: iobAllowed('IOB2') });
  const bytes = model.serialize();
  const loaded = SequenceModel.deserialize(bytes);
  assert.deepEqual(loaded.labels, LABELS);
  assert.ok(loaded.featureCount > 0 && loaded.featureCount <= model.featureCount);
  for (const [sentence] of TRAIN) {
    const seq = featurize(sentence.split(' '));
    assert.deepEqual(loaded.tag(seq), model.tag(seq));
  }
  assert.ok(Number.isFinite(loaded.transitions[0]));
  // The IOB2 constraint survives: I-NAME can never follow O or start a sentence.
  assert.equal(loaded.transitions[0 * 3 + 2], -Infinity);
  assert.equal(loaded.transitions[3 * 3 + 2], -Infinity);
});

test('greedy decoding trains too', () => {
  const model = trainSequenceModel(examples(), { labels: LABELS, epochs: 8, decoder: 'greedy', allowedTransition: iobAllowed('IOB2') });
  const loaded = SequenceModel.deserialize(model.serialize());
  assert.equal(loaded.decoder, 'greedy');
  assert.deepEqual(loaded.tag(featurize('Then Lena Moss left'.split(' '))), ['O', 'B-NAME', 'I-NAME', 'O']);
});

test('features seen fewer than minFeatureCount times get no weights', () => {
  const all = trainSequenceModel(examples(), { labels: LABELS, epochs: 2 });
  const frequent = trainSequenceModel(examples(), { labels: LABELS, epochs: 2, minFeatureCount: 3 });
  assert.ok(frequent.featureCount < all.featureCount);
});

test('bad labels are refused', () => {
  const [first] = examples();
  assert.throws(() => trainSequenceModel([{ features: first.features, labels: [0] }], { labels: LABELS }), /different number/);
  assert.throws(() => trainSequenceModel([{ features: first.features, labels: first.features.offsets.slice(1).map(() => 7) }], { labels: LABELS }), /out of range/);
});

test('tag schemes: IOB1 reads like conlleval, and every scheme round-trips', () => {
  const iob1 = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG', 'I-ORG'];
  const spans = spansFromTags(iob1);
  assert.deepEqual(spans, [
    { type: 'PER', start: 0, end: 2 },
    { type: 'PER', start: 2, end: 3 },
    { type: 'LOC', start: 4, end: 5 },
    { type: 'ORG', start: 5, end: 7 },
  ]);
  assert.deepEqual(tagsFromSpans(spans, 7, 'IOB1'), iob1);
  assert.deepEqual(tagsFromSpans(spans, 7, 'IOB2'), ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG']);
  const bilou = tagsFromSpans(spans, 7, 'BILOU');
  assert.deepEqual(bilou, ['B-PER', 'L-PER', 'U-PER', 'O', 'U-LOC', 'B-ORG', 'L-ORG']);
  assert.deepEqual(spansFromTags(bilou), spans);
  // An I- after O starts a span, as conlleval reads it.
  assert.deepEqual(spansFromTags(['O', 'I-MISC', 'B-MISC']), [{ type: 'MISC', start: 1, end: 2 }, { type: 'MISC', start: 2, end: 3 }]);
});

test('BILOU constraints forbid ill-formed moves', () => {
  const ok = iobAllowed('BILOU');
  assert.equal(ok(null, 'I-PER'), false);
  assert.equal(ok('B-PER', 'L-PER'), true);
  assert.equal(ok('B-PER', 'L-ORG'), false);
  assert.equal(ok('B-PER', 'O'), false);
  assert.equal(ok('B-PER', null), false);
  assert.equal(ok('U-PER', 'B-ORG'), true);
  assert.equal(ok('L-PER', null), true);
});
