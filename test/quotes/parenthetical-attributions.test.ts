import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import { completeParentheticals } from '../../src/extract/quotes/parenthetical-attributions.js';
import { showQuote, taggedContext, tokenRange } from './helpers.js';

const span = (role: 'source' | 'cue' | 'content', r: { tokenStart: number; tokenEnd: number }) => ({ role, ...r });
const quote = (ctx: ReturnType<typeof taggedContext>, source: string, cue: string, content: string): RawQuote =>
  ({ source: span('source', tokenRange(ctx, source)), cue: span('cue', tokenRange(ctx, cue)), content: [span('content', tokenRange(ctx, content))], sentence: 0 });

test('a report interrupted by its attribution gets the part it lacked, before or after', () => {
  const ctx = taggedContext('Their British jailers would, he said, show them the executions of their friends.');
  const after = quote(ctx, 'he', 'said', 'their british jailers would');
  assert.equal(completeParentheticals(ctx, [after]), 1);
  assert.deepEqual(showQuote(ctx, after).content, ['Their British jailers would', 'show them the executions of their friends']);
  const before = quote(ctx, 'he', 'said', 'show them the executions of their friends');
  assert.equal(completeParentheticals(ctx, [before]), 1);
  assert.deepEqual(showQuote(ctx, before).content, ['Their British jailers would', 'show them the executions of their friends']);
});

test('a lone connective, a second attribution and another quote\'s words are not taken', () => {
  const however = taggedContext('However, it said, any action must be placed within the context of the war.');
  const q1 = quote(however, 'it', 'said', 'any action must be placed within the context of the war');
  assert.equal(completeParentheticals(however, [q1]), 0);

  const reuters = taggedContext('Hezbollah does not believe the crisis will spiral, its deputy leader has said, Reuters reports.');
  const q2 = quote(reuters, 'its deputy leader', 'has said', 'hezbollah does not believe the crisis will spiral');
  assert.equal(completeParentheticals(reuters, [q2]), 0);

  const other = taggedContext('The vote, he said, was rigged according to observers.');
  const q3 = quote(other, 'he', 'said', 'the vote');
  const q4: RawQuote = { source: span('source', tokenRange(other, 'observers')), cue: span('cue', tokenRange(other, 'according to')), content: [span('content', tokenRange(other, 'was rigged'))], sentence: 0 };
  assert.equal(completeParentheticals(other, [q3, q4]), 0);
});
