import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { returnSubjectsToContent, splitFrontedSources } from '../../src/extract/quotes/according-to-subject.js';
import { taggedContext, tokenRange } from './helpers.js';

function quote(ctx: QuoteContext, source: string, content: string): RawQuote {
  return {
    source: { role: 'source', ...tokenRange(ctx, source) },
    cue: { role: 'cue', ...tokenRange(ctx, 'According to') },
    content: [{ role: 'content', ...tokenRange(ctx, content) }],
    sentence: 0,
  };
}

const words = (ctx: QuoteContext, s: { tokenStart: number; tokenEnd: number } | null) => (s ? ctx.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text).join(' ') : null);

test('the name after an "according to" source\'s comma goes back to the content it is the subject of', () => {
  const ctx = taggedContext('According to the New York Times, Mattis ordered 50 copies to be made.');
  const q = quote(ctx, 'the New York Times , Mattis', 'ordered 50 copies to be made');
  assert.equal(returnSubjectsToContent(ctx, [q]), 1);
  assert.equal(words(ctx, q.source), 'the New York Times');
  assert.equal(words(ctx, q.content[0]), 'Mattis ordered 50 copies to be made');
});

test('an appositive, a content that opens otherwise and other cues stay as they are', () => {
  const appositive = taggedContext('According to Schmitt, the American military ordered drones.');
  const q1 = quote(appositive, 'Schmitt , the American military', 'ordered drones');
  assert.equal(returnSubjectsToContent(appositive, [q1]), 0);
  assert.equal(words(appositive, q1.source), 'Schmitt , the American military');

  const noVerb = taggedContext('According to the White House, Donald Trump and aides will travel.');
  const q2 = quote(noVerb, 'the White House , Donald Trump', 'and aides will travel');
  assert.equal(returnSubjectsToContent(noVerb, [q2]), 0);

  const said = taggedContext('The White House, Donald Trump said the talks failed.');
  const q3: RawQuote = { source: { role: 'source', ...tokenRange(said, 'The White House , Donald Trump') }, cue: { role: 'cue', ...tokenRange(said, 'said') }, content: [{ role: 'content', ...tokenRange(said, 'the talks failed') }], sentence: 0 };
  assert.equal(returnSubjectsToContent(said, [q3]), 0);
});

function sourceless(ctx: QuoteContext, content: string): RawQuote {
  return { source: null, cue: { role: 'cue', ...tokenRange(ctx, 'According to') }, content: [{ role: 'content', ...tokenRange(ctx, content) }], sentence: 0 };
}

test('a fronted "according to" read whole as content gives what stands before its comma to the source', () => {
  const ctx = taggedContext('According to Syrian medics and a statement by the World Health Organisation, more than 40 people died.');
  const q = sourceless(ctx, 'Syrian medics and a statement by the World Health Organisation , more than 40 people died');
  assert.equal(splitFrontedSources(ctx, [q]), 1);
  assert.equal(words(ctx, q.source), 'Syrian medics and a statement by the World Health Organisation');
  assert.equal(words(ctx, q.content[0]), 'more than 40 people died');
});

test('the source of a fronted "according to" keeps its relative clause and a name in apposition', () => {
  const relative = taggedContext('According to the US corps of engineers, which maintains the levees, more than 1,200 miles were built.');
  const q1 = sourceless(relative, 'the US corps of engineers , which maintains the levees , more than 1,200 miles were built');
  assert.equal(splitFrontedSources(relative, [q1]), 1);
  assert.equal(words(relative, q1.source), 'the US corps of engineers , which maintains the levees');
  const name = taggedContext('According to our Vice President, Mr. Biden, Egypt is already in that column.');
  const q2 = sourceless(name, 'our Vice President , Mr. Biden , Egypt is already in that column');
  assert.equal(splitFrontedSources(name, [q2]), 1);
  assert.equal(words(name, q2.content[0]), 'Egypt is already in that column');
});

test('an "according to" in mid-sentence, with a source, or with its comma inside quotation marks stays whole', () => {
  const mid = taggedContext('The toll rose, according to the ministry, to 40 dead.');
  assert.equal(splitFrontedSources(mid, [sourceless(mid, 'the ministry , to 40 dead')]), 0);
  const quoted = taggedContext('According to "The Trumps, Three Generations" Donald left.');
  assert.equal(splitFrontedSources(quoted, [sourceless(quoted, '" The Trumps , Three Generations " Donald left')]), 0);
});
