import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import { keepWholeWords } from '../../src/extract/quotes/whole-words.js';
import { showQuote, taggedContext, tokenRange } from './helpers.js';

const span = (role: 'source' | 'cue' | 'content', r: { tokenStart: number; tokenEnd: number }) => ({ role, ...r });

test('a source that stops inside a hyphenated word takes the whole word', () => {
  const ctx = taggedContext('“Most want to leave,” said the 26-year-old, who called himself Abu Saad.');
  const q: RawQuote = { source: span('source', tokenRange(ctx, 'the 26')), cue: span('cue', tokenRange(ctx, 'said')), content: [span('content', tokenRange(ctx, '“ most want to leave , ”'))], sentence: 0 };
  assert.equal(keepWholeWords(ctx, [q]), 1);
  assert.equal(showQuote(ctx, q).source, 'the 26-year-old');
});

test('a bulleted dash, spaced dashes and a word another role holds stay outside', () => {
  const ctx = taggedContext('-Nate Cohn explains why the polls were wrong - and right.');
  const q: RawQuote = { source: span('source', tokenRange(ctx, 'nate cohn')), cue: span('cue', tokenRange(ctx, 'explains')), content: [span('content', tokenRange(ctx, 'why the polls were wrong'))], sentence: 0 };
  assert.equal(keepWholeWords(ctx, [q]), 0);
  assert.deepEqual(showQuote(ctx, q), { source: 'Nate Cohn', cue: 'explains', content: ['why the polls were wrong'] });

  const held = taggedContext('According to a 52-count complaint, the developers looted millions.');
  const r: RawQuote = { source: span('source', tokenRange(held, 'a 52')), cue: span('cue', tokenRange(held, 'according to')), content: [span('content', tokenRange(held, 'count complaint , the developers looted millions'))], sentence: 0 };
  assert.equal(keepWholeWords(held, [r]), 0);
});
