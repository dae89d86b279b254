import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { trimFrontedPhrases } from '../../src/extract/quotes/fronted-pronoun-sources.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { taggedContext, tokenRange } from './helpers.js';

function quote(ctx: QuoteContext, source: string): RawQuote {
  return { source: { role: 'source', ...tokenRange(ctx, source) }, cue: { role: 'cue', ...tokenRange(ctx, 'said') }, content: [], sentence: 0 };
}
const words = (ctx: QuoteContext, q: RawQuote) => ctx.tokens.slice(q.source!.tokenStart, q.source!.tokenEnd).map((t) => t.text).join(' ');

test('an opening phrase before the pronoun is no part of the source', () => {
  for (const [text, source] of [
    ['In his speech he said the war was over.', 'In his speech he'],
    ['Speaking to BBC News he said the war was over.', 'Speaking to BBC News he'],
    ['After trying to avoid the question she eventually said the war was over.', 'After trying to avoid the question she eventually'],
    ['The war was over , he said .', 'over , he'],
  ]) {
    const ctx = taggedContext(text);
    const q = quote(ctx, source);
    assert.equal(trimFrontedPhrases(ctx, [q]), 1, text);
    assert.match(words(ctx, q), /^(he|she)$/, text);
  }
});

test('a noun phrase or a name joined to the pronoun stays the source', () => {
  for (const [text, source] of [
    ['Most Egyptians I have spoken to said the war was over.', 'Most Egyptians I'],
    ['John McCain and I said the war was over.', 'John McCain and I'],
    ['The minister said the war was over.', 'The minister'],
  ]) {
    const ctx = taggedContext(text);
    assert.equal(trimFrontedPhrases(ctx, [quote(ctx, source)]), 0, text);
  }
});

test('the pronoun left as the source finds its speaker', () => {
  const text = 'Recep Tayyip Erdogan warned Russia on Tuesday. In his speech he said: "No one has the right to engulf Syria in fire."';
  const doc = createDefaultPipeline().annotate({ id: 't', published: '2018-04-10', title: null, source: null, url: null, text });
  const q = doc.quotes.find((x) => x.cue && text.slice(x.cue[0], x.cue[1]) === 'said');
  assert.ok(q?.source, JSON.stringify(doc.quotes));
  assert.equal(text.slice(q.source[0], q.source[1]), 'he');
  // (the knowledge base spells the name its own way)
  assert.equal(doc.entities.find((e) => e.id === q.speaker)?.name, 'Recep Tayyip Erdoğan');
});
