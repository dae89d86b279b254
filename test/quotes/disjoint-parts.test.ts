import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import { separateQuoteParts } from '../../src/extract/quotes/disjoint-parts.js';
import { plainContext, roleSpan, showQuote } from './helpers.js';

const context = plainContext;
const text = showQuote;

test('a content that runs over its own parenthetical attribution is cut in two around it, without the commas', () => {
  const ctx = context('Acts of protest, Mr. Obama said, are acts of patriotism.');
  const q: RawQuote = {
    source: roleSpan(ctx, 'source', 'Mr. Obama'),
    cue: roleSpan(ctx, 'cue', 'said'),
    content: [roleSpan(ctx, 'content', 'Acts of protest, Mr. Obama said, are acts of patriotism')],
    sentence: 0,
  };
  const [out] = separateQuoteParts(ctx, [q]);
  assert.deepEqual(text(ctx, out), { source: 'Mr. Obama', cue: 'said', content: ['Acts of protest', 'are acts of patriotism'] });
  assert.equal(q.content.length, 1, 'the quote given is not changed');
});

test('a quote whose parts do not overlap is returned as it is; a content that is only its source loses the source', () => {
  const ctx = context('Sixty-two percent of Republicans agreed, the poll found.');
  const clean: RawQuote = { source: roleSpan(ctx, 'source', 'the poll'), cue: roleSpan(ctx, 'cue', 'found'), content: [roleSpan(ctx, 'content', 'Sixty-two percent of Republicans agreed')], sentence: 0 };
  const same: RawQuote = { source: roleSpan(ctx, 'source', 'Sixty-two percent of Republicans'), cue: roleSpan(ctx, 'cue', 'agreed'), content: [roleSpan(ctx, 'content', 'Sixty-two percent of Republicans')], sentence: 0 };
  const onlyCue: RawQuote = { source: null, cue: roleSpan(ctx, 'cue', 'agreed'), content: [roleSpan(ctx, 'content', 'agreed')], sentence: 0 };
  const out = separateQuoteParts(ctx, [clean, same, onlyCue]);
  assert.equal(out[0], clean);
  assert.deepEqual(text(ctx, out[1]), { source: null, cue: 'agreed', content: ['Sixty-two percent of Republicans'] });
  assert.equal(out.length, 2, 'a content that is only its cue leaves no quote');
  for (const q of out) for (const c of q.content) for (const h of [q.cue, q.source]) if (h) assert.ok(c.tokenEnd <= h.tokenStart || c.tokenStart >= h.tokenEnd);
});
