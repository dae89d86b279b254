import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOrder, Pipeline, PipelineError } from '../../src/pipeline/pipeline.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import type { StageDefinition } from '../../src/pipeline/stage.js';

const article = { id: 'a', published: '2024-08-13', title: null, source: null, url: null, text: 'Putin met Abbas. They talked.' };

test('the default pipeline is in a valid order and annotates', () => {
  assert.doesNotThrow(() => checkOrder(DEFAULT_STAGES));
  const doc = new Pipeline(DEFAULT_STAGES).annotate(article);
  assert.equal(doc.sentences.length, 2);
});

test('a stage whose requirements come later is refused, naming the stage and the layer', () => {
  const reordered = [DEFAULT_STAGES[1], DEFAULT_STAGES[0], ...DEFAULT_STAGES.slice(2)];
  assert.throws(() => checkOrder(reordered), (e: Error) => e instanceof PipelineError && /"syntax" requires tokens, sentences/.test(e.message));
});

test('a duplicated stage is refused', () => {
  assert.throws(() => checkOrder([DEFAULT_STAGES[0], DEFAULT_STAGES[0]]), /appears twice/);
});

test('a stage that does not produce what it declared fails loudly; undeclared output is ignored', () => {
  const liar: StageDefinition = { name: 'liar', requires: [], produces: ['tokens'], create: () => () => ({}) };
  assert.throws(() => new Pipeline([liar]).annotate(article), /"liar" did not produce tokens/);
  const sneaky: StageDefinition = { name: 'sneaky', requires: [], produces: ['tokens'], create: () => () => ({ tokens: [], events: [{} as never] }) };
  assert.equal(new Pipeline([sneaky]).annotate(article).events.length, 0);
});
