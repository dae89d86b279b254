import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pollAttributions } from '../../src/extract/quotes/poll-attributions.js';
import { showQuote, taggedContext } from './helpers.js';

test('a fronted poll and a postposed poll named by its pollster are sources with the cue "in"', () => {
  const ctx = taggedContext('In an NBC News poll released Monday, 50 percent of respondents chose Clinton. Kasich was at 25 percent support in the most recent Fox poll.');
  assert.deepEqual(pollAttributions(ctx).map((q) => showQuote(ctx, q)), [
    { source: 'an NBC News poll released Monday', cue: 'In', content: ['50 percent of respondents chose Clinton'] },
    { source: 'the most recent Fox poll', cue: 'in', content: ['Kasich was at 25 percent support'] },
  ]);
});

test('"in the polls", a poll inside the subject and a finding with commas are no attribution', () => {
  const ctx = taggedContext('Trump has a decisive lead in the polls. One in four voters in a New York Times poll said no. ' +
    'Carson, once ahead, fell in a CNN poll.');
  assert.deepEqual(pollAttributions(ctx), []);
});
