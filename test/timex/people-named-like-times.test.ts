import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NerSpan, Timex } from '../../src/model/layers.js';
import { withoutPeopleNamedLikeTimes } from '../../src/extract/timex/people-named-like-times.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';

const span = (text: string, surface: string, words: number): NerSpan => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, type: 'PER', tokenStart: 0, tokenEnd: words };
};
const timex = (text: string, surface: string, value: string): Timex => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type: 'DATE', value };
};

test('a month or weekday that opens a person\'s name, or a month that ends one, is no time', () => {
  const text = 'June Scobee Rodgers spoke. Spokeswoman Hannah August declined. Sen. Shelby met with Feinberg Friday.';
  const kept = withoutPeopleNamedLikeTimes(text, [timex(text, 'June', '2011-06'), timex(text, 'August', '2010-08'), timex(text, 'Friday', '2010-11-19')],
    [span(text, 'June Scobee Rodgers', 3), span(text, 'Hannah August', 2), span(text, 'Feinberg Friday', 2)]);
  // a weekday run into the name before it is still the day
  assert.deepEqual(kept.map((t) => t.value), ['2010-11-19']);
});

test('after an article or a preposition the word is a time whatever the recognizer says', () => {
  const text = 'At a June Trump campaign event he spoke.';
  const kept = withoutPeopleNamedLikeTimes(text, [timex(text, 'June', '2016-06')], [span(text, 'June Trump', 2)]);
  assert.equal(kept.length, 1);
});

test('the default pipeline reads "June Page said" as a person and "In June, Page said" as a month', () => {
  const pipeline = createDefaultPipeline();
  const timexesOf = (text: string) => pipeline.annotate({ id: 't', published: '2017-10-10', title: null, source: null, url: null, text }).timexes.map((t) => text.slice(t.start, t.end));
  assert.deepEqual(timexesOf('Outside, June Page said she was happy. David Valentine, a lawyer, said no.'), []);
  assert.deepEqual(timexesOf('In June, Page said she was happy.'), ['June']);
});
