import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { normalizeGold, type GoldRoles, type NormalizationTally } from '../../src/extract/quotes/gold-conventions.js';
import { Resources } from '../../src/pipeline/resources.js';
import type { Span } from '../../src/model/span.js';
import { plainDoc } from './helpers.js';

const lexicon = CueLexicon.load(new Resources());

/** A context (real tokenizer and syntax tags) and one gold attribution given by surfaces. */
function gold(text: string, roles: { source?: string; cue: string; content?: string }) {
  const doc = plainDoc(text);
  const ctx = buildContext(text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const span = (s: string | undefined): Span[] => (s === undefined ? [] : [[text.indexOf(s), text.indexOf(s) + s.length]]);
  return { ctx, attribution: { source: span(roles.source), cue: span(roles.cue), content: span(roles.content) } };
}

const surfaces = (text: string, a: GoldRoles) => ({
  source: a.source.map(([s, e]) => text.slice(s, e)),
  cue: a.cue.map(([s, e]) => text.slice(s, e)),
  content: a.content.map(([s, e]) => text.slice(s, e)),
});

test('a possessive opening a gold cue moves to its owner, the source', () => {
  const text = "Trump's suggestion that the election is rigged worried Republicans.";
  const { ctx, attribution } = gold(text, { source: 'Trump', cue: "'s suggestion", content: 'the election is rigged' });
  const tally: NormalizationTally = new Map();
  const [out] = normalizeGold(ctx, lexicon, [attribution], 'cue', tally);
  assert.deepEqual(surfaces(text, out), { source: ["Trump's"], cue: ['suggestion'], content: ['the election is rigged'] });
  assert.deepEqual([...tally], [['possessiveStart', 1]]);
});

test('the "by" of a passive cue leaves the cue and joins no role', () => {
  const text = 'He has been repeatedly criticized by many Wall Street players for the plan.';
  const { ctx, attribution } = gold(text, { source: 'many Wall Street players', cue: 'has been repeatedly criticized by' });
  const [out] = normalizeGold(ctx, lexicon, [attribution], 'cue');
  assert.deepEqual(surfaces(text, out), { source: ['many Wall Street players'], cue: ['has been repeatedly criticized'], content: [] });
});

test('a cue that follows the conventions is left as it is, and fragment edges move only with `all`', () => {
  const text = 'The mayor said the road is closed. Crews worked all night.';
  const { ctx, attribution } = gold(text, { source: 'The mayor', cue: 'said', content: 'the road is closed.' });
  const tally: NormalizationTally = new Map();
  const [cueOnly] = normalizeGold(ctx, lexicon, [attribution], 'cue', tally);
  assert.deepEqual(cueOnly, attribution);
  assert.equal(tally.size, 0);
  const [all] = normalizeGold(ctx, lexicon, [attribution], 'all', tally);
  // PolNeAR leaves the full stop out of content in 96 % of train.
  assert.deepEqual(surfaces(text, all), { source: ['The mayor'], cue: ['said'], content: ['the road is closed'] });
  assert.deepEqual([...tally], [['contentEndStop', 1]]);
});
