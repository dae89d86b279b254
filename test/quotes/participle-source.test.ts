import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { addParticipleSources } from '../../src/extract/quotes/participle-source.js';
import { taggedContext, tokenRange } from './helpers.js';

const contextOf = taggedContext;
const range = tokenRange;

function sourceless(ctx: QuoteContext, cue: string, content: string): RawQuote {
  return { source: null, cue: { role: 'cue', ...range(ctx, cue) }, content: [{ role: 'content', ...range(ctx, content) }], sentence: 0 };
}

const words = (ctx: QuoteContext, s: RawQuote['source']) => (s ? ctx.lower.slice(s.tokenStart, s.tokenEnd).join(' ') : null);

test('a participle cue gets the noun phrase opening its sentence', () => {
  const ctx = contextOf('The senator criticized the plan on Monday, saying it would fail.');
  const q = sourceless(ctx, 'saying', 'it would fail');
  assert.equal(addParticipleSources(ctx, [q], () => false), 1);
  assert.equal(words(ctx, q.source), 'the senator');
});

test('other cues, held tokens, expletive openers and skipped quotes get none', () => {
  const said = contextOf('The senator criticized the plan and said it would fail.');
  const q1 = sourceless(said, 'said', 'it would fail');
  assert.equal(addParticipleSources(said, [q1], () => false), 0);
  assert.equal(q1.source, null);

  const ctx = contextOf('The senator criticized the plan on Monday, saying it would fail.');
  const holder: RawQuote = { source: null, cue: null, content: [{ role: 'content', ...range(ctx, 'the senator criticized the plan') }], sentence: 0 };
  const q2 = sourceless(ctx, 'saying', 'it would fail');
  assert.equal(addParticipleSources(ctx, [holder, q2], () => false), 0);
  assert.equal(q2.source, null);

  const q3 = sourceless(ctx, 'saying', 'it would fail');
  assert.equal(addParticipleSources(ctx, [q3], (q) => q === q3), 0);

  const there = contextOf('There was anger in the room, prompting calls for a vote.');
  const q4 = sourceless(there, 'prompting', 'calls for a vote');
  assert.equal(addParticipleSources(there, [q4], () => false), 0);
});

test('a quote that has a source keeps it', () => {
  const ctx = contextOf('The senator criticized the plan on Monday, his aide saying it would fail.');
  const q: RawQuote = { ...sourceless(ctx, 'saying', 'it would fail'), source: { role: 'source', ...range(ctx, 'his aide') } };
  assert.equal(addParticipleSources(ctx, [q], () => false), 0);
  assert.equal(words(ctx, q.source), 'his aide');
});
