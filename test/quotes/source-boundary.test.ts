import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/model/layers.js';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { occupiedTokens, pickVariant } from '../../src/extract/quotes/boundary-choice.js';
import { chooseSourceBoundaries, loadSourceBoundary, parseSourceBoundary, sourceVariants, type SourceBoundary } from '../../src/extract/quotes/source-boundary.js';
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
const variantsOf = (ctx: QuoteContext, q: RawQuote, others: RawQuote[] = []) => sourceVariants(ctx, q, occupiedTokens(ctx.tokens.length, [q, ...others])).map((v) => words(ctx, v));

test('a source\'s variants add free words of its sentence or drop some of its own, and reach a phrase boundary', () => {
  let ctx = contextOf('Senate Majority Leader Mitch McConnell said the plan had failed.');
  let q = quote(ctx, 'Mitch McConnell', 'said', 'the plan had failed');
  assert.deepEqual(variantsOf(ctx, q), [
    'mitch mcconnell', 'mitch', // the end: nothing free after it (the cue), one word removed
    'leader mitch mcconnell', 'majority leader mitch mcconnell', 'senate majority leader mitch mcconnell', 'mcconnell',
  ]);
  // an appositive: the run up to the cue, commas crossed, is one variant; a cut at a comma inside is another
  ctx = contextOf('John Smith, a former official who has worked on the case for years, said the plan had failed.');
  q = quote(ctx, 'John Smith', 'said', 'the plan had failed');
  const out = variantsOf(ctx, q);
  assert.ok(out.includes('john smith , a former official who has worked on the case for years'), out.join(' | '));
  assert.ok(!out.some((v) => v.endsWith(',')), 'a variant never ends on a comma');
  q = quote(ctx, 'John Smith , a former official who has worked on the case for years', 'said', 'the plan had failed');
  const inner = variantsOf(ctx, q);
  assert.ok(inner.includes('john smith'), 'cut before the comma');
  assert.ok(inner.includes('john smith , a former official'), 'cut before "who"');
  // the cue and the content, and any other quote's roles, are never taken
  ctx = contextOf('The mayor said the plan had failed.');
  q = quote(ctx, 'mayor', 'said', 'the plan had failed');
  assert.deepEqual(variantsOf(ctx, q), ['mayor', 'the mayor']);
  const other: RawQuote = { source: { role: 'source', ...range(ctx, 'The') }, cue: null, content: [], sentence: 0 };
  assert.deepEqual(variantsOf(ctx, q, [other]), ['mayor']);
});

test('the source chooser takes a variant only past its margin, once for a source several quotes share', () => {
  const ctx = contextOf('The mayor said the plan had failed and said it would be replaced.');
  const chooser: SourceBoundary = { model: { bias: -2, weights: { 's+|w=the': 3 } }, margin: 0.1 };
  const a = quote(ctx, 'mayor', 'said', 'the plan had failed');
  const b: RawQuote = { source: { role: 'source', ...range(ctx, 'mayor') }, cue: { role: 'cue', tokenStart: 8, tokenEnd: 9 }, content: [{ role: 'content', ...range(ctx, 'it would be replaced') }], sentence: 0 };
  const choices = chooseSourceBoundaries(ctx, chooser, [a, b], () => false);
  assert.equal(choices.length, 1, 'the shared source is offered once');
  assert.equal(words(ctx, { start: a.source!.tokenStart, end: a.source!.tokenEnd }), 'the mayor');
  assert.deepEqual(b.source, a.source, 'the other quote follows');
  assert.equal(words(ctx, { start: a.cue!.tokenStart, end: a.cue!.tokenEnd }), 'said', 'the cue stays');
  const c = quote(ctx, 'mayor', 'said', 'the plan had failed');
  chooseSourceBoundaries(ctx, { ...chooser, margin: 0.9 }, [c], () => false);
  assert.equal(words(ctx, { start: c.source!.tokenStart, end: c.source!.tokenEnd }), 'mayor');
  assert.equal(chooseSourceBoundaries(ctx, chooser, [c], () => true).length, 0, 'a layout rule\'s quote is never offered');
  assert.equal(pickVariant(null, [['a'], ['b']]), 0);
});

test('a source chooser file of the wrong shape is refused with its name', () => {
  assert.throws(() => parseSourceBoundary({ margin: -1, model: { bias: 0, weights: {} } }, 'y.json'), /y\.json: not a source boundary chooser/);
  assert.deepEqual(parseSourceBoundary({ margin: 0.2, model: { bias: 0, weights: {} } }), { margin: 0.2, model: { bias: 0, weights: {} } });
});

test('in the attribution scope the source chooser moves only source edges, into no other role; the speech scope ignores it', () => {
  const docs = exampleDocs();
  // every candidate is kept (a cue filter that keeps all), so that what is tested here does not hang on which
  // of the example articles' few dozen quotes the shipped cue filter keeps
  const keepAll = { model: { bias: 20, weights: {} }, threshold: 0.5 };
  const run = (options: Parameters<typeof createQuotesStage>[0]) => {
    const stage = createQuotesStage({ cueFilter: keepAll, ...options }).create(resources);
    return docs.map(({ doc }) => (stage(doc).quotes ?? []) as Quote[]);
  };
  const none = run({ scope: 'attribution', sourceBoundary: null });
  const never = run({ scope: 'attribution', sourceBoundary: { model: { bias: -20, weights: {} }, margin: 0 } });
  let offered = 0;
  const observed = run({ scope: 'attribution', sourceBoundary: null, observeSourceVariants: (c) => { offered += c.length; } });
  const greedy = run({ scope: 'attribution', sourceBoundary: { model: { bias: -5, weights: { 'e+': 8, 's+': 8, 'e>': 8, 's<': 8 } }, margin: 0 } });
  let changed = 0;
  docs.forEach(({ file }, k) => {
    assert.deepEqual(never[k], none[k], `${file}: a chooser that never switches changes nothing`);
    assert.deepEqual(observed[k], none[k], `${file}: observing changes nothing`);
    assert.equal(greedy[k].length, none[k].length, file);
    greedy[k].forEach((q, i) => {
      const o = none[k][i];
      assert.deepEqual(q.cue, o.cue, file);
      assert.deepEqual(q.content, o.content, file);
      if (!q.source) return assert.equal(o.source, null);
      if (q.source[0] !== o.source![0] || q.source[1] !== o.source![1]) changed++;
      assert.ok(q.source[0] <= o.source![0] && q.source[1] >= o.source![1], `${file}: a source only grows here`);
      for (const p of greedy[k]) {
        const spans = [...(p.contentParts ?? [p.content]), ...(p.cue ? [p.cue] : []), ...(p.source && (p.source[0] !== q.source[0] || p.source[1] !== q.source[1]) ? [p.source] : [])];
        assert.ok(!spans.some((s) => s[0] < q.source![1] && q.source![0] < s[1]), `${file}: source overlaps another role`);
      }
    });
  });
  assert.ok(offered >= 15, `only ${offered} sources offered`);
  assert.ok(changed > 3, `only ${changed} sources grew`);
  const speech = (sourceBoundary: SourceBoundary | null | undefined) => {
    const stage = createQuotesStage({ sourceBoundary }).create(resources);
    return docs.map(({ doc }) => stage(doc).quotes);
  };
  assert.deepEqual(speech(undefined), speech({ model: { bias: 20, weights: {} }, margin: 0 }));
});

test('without resources/quotes/source-boundary.json the stage keeps the sources\' own edges', () => {
  withoutQuotesResource('source-boundary.json', (without) => {
    assert.equal(loadSourceBoundary(without), null);
    const docs = exampleDocs();
    const fallback = createQuotesStage({ scope: 'attribution' }).create(without);
    const none = createQuotesStage({ scope: 'attribution', sourceBoundary: null }).create(resources);
    for (const { file, doc } of docs) assert.deepEqual(fallback(doc).quotes, none(doc).quotes, file);
  });
});
