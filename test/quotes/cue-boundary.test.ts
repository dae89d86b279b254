import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/model/layers.js';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { chooseCueBoundaries, cueEdgeFeatures, cueVariants, loadCueBoundary, parseCueBoundary, type CueBoundary } from '../../src/extract/quotes/cue-boundary.js';
import { occupiedTokens } from '../../src/extract/quotes/boundary-choice.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { Resources } from '../../src/pipeline/resources.js';
import { exampleDocs, taggedContext, tokenRange, withoutQuotesResource } from './helpers.js';

const resources = new Resources();
const contextOf = taggedContext;
const range = tokenRange;

function quote(ctx: QuoteContext, source: string, cue: string, content: string): RawQuote {
  return {
    source: { role: 'source', ...range(ctx, source) },
    cue: { role: 'cue', ...range(ctx, cue) },
    content: [{ role: 'content', ...range(ctx, content) }],
    sentence: 0,
  };
}

const words = (ctx: QuoteContext, v: { start: number; end: number }) => ctx.lower.slice(v.start, v.end).join(' ');

test('a cue\'s variants add free tokens of its sentence (at most four, none past a comma or into another role) or drop some of its own', () => {
  let ctx = contextOf('Trump said Friday that the plan had failed.');
  let q = quote(ctx, 'Trump', 'said', 'that the plan had failed');
  // the source before and the content after hold every other token: only the weekday can join
  assert.deepEqual(cueVariants(ctx, q, occupiedTokens(ctx.tokens.length, [q])).map((v) => words(ctx, v)), ['said', 'said friday']);

  ctx = contextOf('Trump said in a statement on Friday that the plan had failed.');
  q = quote(ctx, 'Trump', 'said in a statement', 'that the plan had failed');
  const variants = cueVariants(ctx, q, occupiedTokens(ctx.tokens.length, [q])).map((v) => words(ctx, v));
  assert.deepEqual(variants, [
    'said in a statement',
    'said in a statement on', 'said in a statement on friday',
    'said in a', 'said in', 'said',
    'in a statement', 'a statement', 'statement',
  ]);

  ctx = contextOf('Trump said, in a statement, that the plan had failed.');
  q = quote(ctx, 'Trump', 'said', 'that the plan had failed');
  assert.deepEqual(cueVariants(ctx, q, occupiedTokens(ctx.tokens.length, [q])).map((v) => words(ctx, v)), ['said'], 'a comma stops the cue');
  // another quote's tokens are not free either
  ctx = contextOf('Trump said Friday that the plan had failed.');
  q = quote(ctx, 'Trump', 'said', 'that the plan had failed');
  const other: RawQuote = { source: null, cue: { role: 'cue', ...range(ctx, 'Friday') }, content: [], sentence: 0 };
  assert.deepEqual(cueVariants(ctx, q, occupiedTokens(ctx.tokens.length, [q, other])).map((v) => words(ctx, v)), ['said']);
});

test('the chooser takes a variant only past its margin, and a preposition moves from the content to the cue', () => {
  const ctx = contextOf('Trump said Friday that the plan had failed.');
  const chooser: CueBoundary = { model: { bias: -2, weights: { 'e+|w=<weekday>': 3 } }, margin: 0.1 };
  let q = quote(ctx, 'Trump', 'said', 'that the plan had failed');
  const choices = chooseCueBoundaries(ctx, chooser, [q], () => false);
  assert.equal(choices.length, 1);
  assert.equal(words(ctx, { start: q.cue!.tokenStart, end: q.cue!.tokenEnd }), 'said friday');
  assert.equal(words(ctx, { start: q.content[0].tokenStart, end: q.content[0].tokenEnd }), 'that the plan had failed', 'the content stays');
  // p 0.73 against 0.12: not past a margin of 0.9; and a fixed quote (a layout rule's) is never offered
  q = quote(ctx, 'Trump', 'said', 'that the plan had failed');
  chooseCueBoundaries(ctx, { ...chooser, margin: 0.9 }, [q], () => false);
  assert.equal(words(ctx, { start: q.cue!.tokenStart, end: q.cue!.tokenEnd }), 'said');
  q = quote(ctx, 'Trump', 'said', 'that the plan had failed');
  assert.equal(chooseCueBoundaries(ctx, chooser, [q], () => true).length, 0);
  assert.equal(words(ctx, { start: q.cue!.tokenStart, end: q.cue!.tokenEnd }), 'said');

  const moved = contextOf('The campaign responded to the criticism on Twitter.');
  q = quote(moved, 'The campaign', 'responded', 'to the criticism on Twitter');
  chooseCueBoundaries(moved, { model: { bias: -2, weights: { 'e+c': 4 } }, margin: 0.1 }, [q], () => false);
  assert.equal(words(moved, { start: q.cue!.tokenStart, end: q.cue!.tokenEnd }), 'responded to');
  assert.equal(words(moved, { start: q.content[0].tokenStart, end: q.content[0].tokenEnd }), 'the criticism on twitter');
  // "that" opens the reported clause and stays in it
  const that = contextOf('Trump said that the plan had failed.');
  q = quote(that, 'Trump', 'said', 'that the plan had failed');
  assert.deepEqual(cueVariants(that, q, occupiedTokens(that.tokens.length, [q])).map((v) => words(that, v)), ['said']);
});

test("the cue's edge features (what the cue filter reads of its edges) are the chooser's features of the cue as it is", () => {
  const ctx = contextOf('Trump said Friday that the plan had failed.');
  const q = quote(ctx, 'Trump', 'said', 'that the plan had failed');
  const edges = cueEdgeFeatures(ctx, q);
  assert.deepEqual(edges, cueVariants(ctx, q, occupiedTokens(ctx.tokens.length, [q]))[0].features);
  for (const f of ['cur', 'cur|next=<weekday>', 'cur|nextc=weekday', 'cur|next2=<weekday> that', 'cur|prevc=source', 'cur|src=before', 'cur|h|next=said|<weekday>']) {
    assert.ok(edges.includes(f), f);
  }
  // the same words with the weekday in the cue: the content follows it
  const long = quote(ctx, 'Trump', 'said Friday', 'that the plan had failed');
  assert.ok(cueEdgeFeatures(ctx, long).includes('cur|nextc=content'));
});

test('a chooser file of the wrong shape is refused with its name; the shipped one loads', () => {
  assert.throws(() => parseCueBoundary({ margin: 2, model: { bias: 0, weights: {} } }, 'x.json'), /x\.json: not a cue boundary chooser/);
  assert.throws(() => parseCueBoundary({ margin: 0.1 }, 'x.json'), /not a cue boundary chooser/);
  assert.deepEqual(parseCueBoundary({ margin: 0.1, model: { bias: 0, weights: {} }, extra: 1 }), { margin: 0.1, model: { bias: 0, weights: {} } });
  const shipped = loadCueBoundary(resources);
  assert.ok(shipped && Object.keys(shipped.model.weights).length > 1000, 'resources/quotes/cue-boundary.json');
});

test('in the attribution scope the chooser moves only cue edges (and a preposition between cue and content); without it the cues stay; the speech scope ignores it', () => {
  const docs = exampleDocs();
  const run = (options: Parameters<typeof createQuotesStage>[0]) => {
    const stage = createQuotesStage(options).create(resources);
    return docs.map(({ doc }) => (stage(doc).quotes ?? []) as Quote[]);
  };
  const none = run({ scope: 'attribution', cueBoundary: null });
  const never = run({ scope: 'attribution', cueBoundary: { model: { bias: -20, weights: {} }, margin: 0 } });
  let offered = 0;
  const observed = run({ scope: 'attribution', cueBoundary: null, observeCueVariants: (c) => { offered += c.length; } });
  // every variant that adds a token wins: the cues grow where they can
  const greedy = run({ scope: 'attribution', cueBoundary: { model: { bias: -5, weights: { 'e+': 8, 'e+c': 8, 's+': 8 } }, margin: 0 } });
  let changed = 0;
  docs.forEach(({ file }, k) => {
    assert.deepEqual(never[k], none[k], `${file}: a chooser that never switches changes nothing`);
    assert.deepEqual(observed[k], none[k], `${file}: observing changes nothing`);
    assert.equal(greedy[k].length, none[k].length, file);
    greedy[k].forEach((q, i) => {
      const o = none[k][i];
      assert.deepEqual(q.source, o.source, file);
      if (q.cue![0] !== o.cue![0] || q.cue![1] !== o.cue![1]) changed++;
      assert.ok(q.cue![0] <= o.cue![0] && q.cue![1] >= o.cue![1], `${file}: a cue only grows here`);
      // no cue takes a token another kept quote's role holds
      for (const p of greedy[k]) {
        const spans = [...(p.contentParts ?? [p.content]), ...(p.source ? [p.source] : []), ...(p !== q && p.cue ? [p.cue] : [])];
        assert.ok(!spans.some((s) => s[0] < q.cue![1] && q.cue![0] < s[1]), `${file}: cue overlaps another role`);
      }
    });
  });
  assert.ok(offered > 20, `only ${offered} quotes offered`);
  assert.ok(changed > 5, `only ${changed} cues grew`);
  const speech = (cueBoundary: CueBoundary | null | undefined) => {
    const stage = createQuotesStage({ cueBoundary }).create(resources);
    return docs.map(({ doc }) => stage(doc).quotes);
  };
  assert.deepEqual(speech(undefined), speech({ model: { bias: 20, weights: {} }, margin: 0 }));
});

test('without resources/quotes/cue-boundary.json the stage keeps the cues\' own edges', () => {
  withoutQuotesResource('cue-boundary.json', (without) => {
    assert.equal(loadCueBoundary(without), null);
    const docs = exampleDocs();
    const fallback = createQuotesStage({ scope: 'attribution' }).create(without);
    const none = createQuotesStage({ scope: 'attribution', cueBoundary: null }).create(resources);
    for (const { file, doc } of docs) assert.deepEqual(fallback(doc).quotes, none(doc).quotes, file);
  });
});
