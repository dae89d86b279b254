import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import { pollAttributions, yieldToFrontedPolls } from '../../src/extract/quotes/poll-attributions.js';
import { roleSpan, showQuote, taggedContext } from './helpers.js';

test('a fronted poll and a postposed poll named by its pollster are sources with the cue "in"', () => {
  const ctx = taggedContext('In an NBC News poll released Monday, 50 percent of respondents chose Clinton. Kasich was at 25 percent support in the most recent Fox poll.');
  assert.deepEqual(pollAttributions(ctx).map((q) => showQuote(ctx, q)), [
    { source: 'an NBC News poll released Monday', cue: 'In', content: ['50 percent of respondents chose Clinton'] },
    { source: 'the most recent Fox poll', cue: 'in', content: ['Kasich was at 25 percent support'] },
  ]);
});

test('"in the polls", a poll inside the subject and a finding with commas are no attribution', () => {
  const ctx = taggedContext('Trump has a decisive lead in the polls. One in four voters in a New York Times poll said no. ' +
    'Carson, once ahead, fell in a CNN poll.');
  assert.deepEqual(pollAttributions(ctx), []);
});

test('a pollster named with a slash ("Washington Post/ABC News") is one poll', () => {
  const ctx = taggedContext('In a Washington Post/ABC News poll released Sunday, just 8 percent of Democrats backed Trump.');
  assert.deepEqual(pollAttributions(ctx).map((q) => showQuote(ctx, q)), [
    { source: 'a Washington Post/ABC News poll released Sunday', cue: 'In', content: ['just 8 percent of Democrats backed Trump'] },
  ]);
});

test('the respondents\' "said" inside a fronted poll\'s finding gives way to the poll; a report of someone else does not', () => {
  const ctx = taggedContext('In a CNN/ORC poll the same month, 38 percent of voters said he should step down, while 60 percent said he should stay. ' +
    'In a Fox poll, Trump led, Mr. Smith said.');
  const polls = pollAttributions(ctx);
  const said = (from: number, source: string, content: string): RawQuote => {
    const at = ctx.text.indexOf('said', from);
    const cueStart = ctx.tokens.findIndex((t) => t.start === at);
    return { source: roleSpan(ctx, 'source', source), cue: { role: 'cue', tokenStart: cueStart, tokenEnd: cueStart + 1 }, content: [roleSpan(ctx, 'content', content)], sentence: ctx.sentenceOf[cueStart] };
  };
  const kept = [
    said(0, '38 percent of voters', 'he should step down'),
    said(ctx.text.indexOf('60 percent'), '60 percent', 'he should stay'),
    said(ctx.text.indexOf('Mr. Smith'), 'Mr. Smith', 'Trump led'),
  ];
  assert.deepEqual(yieldToFrontedPolls(ctx, kept, polls).map((q) => showQuote(ctx, q).source), ['Mr. Smith']);
});

test('a postposed poll after a fronted phrase reports the clause after its comma; a possessive pollster is one poll', () => {
  const ctx = taggedContext("In March, Cruz had 38 percent support in a Fox poll. In May's Washington Post-ABC News poll, Clinton led Trump.");
  assert.deepEqual(pollAttributions(ctx).map((q) => showQuote(ctx, q)), [
    { source: 'a Fox poll', cue: 'in', content: ['Cruz had 38 percent support'] },
    { source: "May's Washington Post-ABC News poll", cue: 'In', content: ['Clinton led Trump'] },
  ]);
});

test('a fronted poll keeps its participle phrase to the comma, and a pollster the chunker splits at a capital word', () => {
  const ctx = taggedContext('In a poll conducted by the New York Times and ABC News, just 28 percent of voters backed her. ' +
    'In a national USA TODAY/Suffolk University Poll, likely voters are afraid.');
  assert.deepEqual(pollAttributions(ctx).map((q) => showQuote(ctx, q).source), ['a poll conducted by the New York Times and ABC News', 'a national USA TODAY/Suffolk University Poll']);
});

test('respondents named without a percentage give way to a fronted poll too', () => {
  const ctx = taggedContext('In exit polls, voters in both parties worried about the economy.');
  const polls = pollAttributions(ctx);
  const cue = roleSpan(ctx, 'cue', 'worried about');
  const kept: RawQuote[] = [{ source: roleSpan(ctx, 'source', 'voters in both parties'), cue, content: [roleSpan(ctx, 'content', 'the economy')], sentence: 0 }];
  assert.deepEqual(yieldToFrontedPolls(ctx, kept, polls), []);
});
