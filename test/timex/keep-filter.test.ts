import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import { inVagueClass, keepFeatures, type KeepFilter } from '../../src/extract/timex/keep-filter.js';
import type { Timex } from '../../src/model/layers.js';

/** Every vague expression of a text with its features, as the trainer sees them. */
function vague(text: string, date: string): { timex: Timex; features: string[] }[] {
  const { tokens, sentences } = segment(text);
  const seen: { timex: Timex; features: string[] }[] = [];
  tagTimexes(text, tokens, sentences, date, { observeVague: (timex, features) => seen.push({ timex, features }) });
  return seen;
}

test('only reference words, sets and lengths without a count are in the vague class', () => {
  assert.ok(inVagueClass('DATE', 'PRESENT_REF'));
  assert.ok(inVagueClass('DATE', 'PAST_REF'));
  assert.ok(inVagueClass('SET', 'P1Y'));
  assert.ok(inVagueClass('DURATION', 'PXY'));
  assert.ok(!inVagueClass('DURATION', 'P2M'));
  assert.ok(!inVagueClass('DATE', '1998-08-07'));
  assert.ok(!inVagueClass('TIME', '2024-08-13TMO'));
});

test('features read the context the hand rules could not use', () => {
  const text = 'Now, he says, the deal is dead. The U.S. Embassy is now operating normally. Unisys will save $500 million annually.';
  const seen = vague(text, '1998-08-10');
  // (the rate's "annually" is left out by the hand rules themselves)
  assert.deepEqual(seen.map((s) => s.timex.text), ['Now', 'now']);
  const [opening, inside] = seen.map((s) => s.features);
  assert.ok(opening.includes('opens') && opening.includes('beforeComma') && opening.includes('s=now'), opening.join(' '));
  assert.ok(inside.includes('p1=be/have') && inside.includes('n1=-ing') && !inside.includes('opens'), inside.join(' '));
  // the features come from the tokens the expression spans
  const { tokens, sentences } = segment(text);
  const a = tokens.findIndex((t) => t.text === 'annually');
  const rate = keepFeatures(tokens, a, a, sentences[2].tokenStart, sentences[2].tokenEnd, 'SET', 'P1Y');
  assert.ok(rate.includes('amountBefore') && rate.includes('v=SET:P1Y'), rate.join(' '));
  const k = tokens.findIndex((t) => t.text === 'now');
  const s = sentences.find((x) => x.tokenStart <= k && k < x.tokenEnd)!;
  assert.deepEqual(keepFeatures(tokens, k, k, s.tokenStart, s.tokenEnd, 'DATE', 'PRESENT_REF'), inside);
});

test('a keep filter drops what it scores low, keeps the rest, and never touches dates', () => {
  const text = 'Now, he says, the talks that began on Friday are over. Prices are now rising. Friday, the talks resumed.';
  // a hand-set filter: an expression opening its sentence is unlikely to be kept
  const filter: KeepFilter = { model: { bias: 1, weights: { opens: -3 } }, threshold: 0.42 };
  const { tokens, sentences } = segment(text);
  const withFilter = tagTimexes(text, tokens, sentences, '1998-08-10', { keepFilter: filter });
  const without = tagTimexes(text, tokens, sentences, '1998-08-10');
  assert.deepEqual(without.map((t) => t.text), ['Now', 'Friday', 'now', 'Friday']);
  // the sentence-opening "Friday" opens its sentence too, but a date is never the filter's to drop
  assert.deepEqual(withFilter.map((t) => t.text), ['Friday', 'now', 'Friday']);
  for (const t of withFilter) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(withFilter, without.slice(1));
});
