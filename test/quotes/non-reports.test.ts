import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { reportsNothing } from '../../src/extract/quotes/non-reports.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { taggedContext, tokenRange } from './helpers.js';

const nothing = (ctx: QuoteContext, cue: string) => {
  const { tokenStart, tokenEnd } = tokenRange(ctx, cue);
  return reportsNothing(ctx, tokenStart, tokenEnd);
};

test('the writer\'s idioms, silence and "secretary of state" report nothing said', () => {
  for (const [text, cue] of [
    ["Let's say you think a degree will cost $160,000.", 'say'],
    ['It goes without saying that taxes will rise.', 'goes without saying'],
    ["It's worth noting that this is the first time.", 'noting'],
    ['Having said that, some economists disagree.', 'said'],
    ['The campaign did not respond to a request for comment.', 'did not respond to'],
    ['BP declined to comment on the estimates.', 'declined to comment on'],
    ['The former secretary of state spoke on Tuesday.', 'state'],
  ]) assert.equal(nothing(taggedContext(text), cue), true, text);
});

test('a refusal that goes on to say something, and plain reports, are speech', () => {
  for (const [text, cue] of [
    ['BP declined to comment beyond saying it supports the fund.', 'declined to comment beyond saying'],
    ['The minister said that prices would rise.', 'said'],
    ['The spokesman responded to the report by calling it false.', 'responded to'],
  ]) assert.equal(nothing(taggedContext(text), cue), false, text);
});

test('what reports nothing is left out, but still tells who "the company" is afterwards', () => {
  const pipeline = createDefaultPipeline();
  const cuesOf = (text: string) => pipeline.annotate({ id: 't', published: '2016-09-30', title: null, source: null, url: null, text }).quotes
    .filter((q) => q.cue).map((q) => text.slice(q.cue![0], q.cue![1]));
  assert.deepEqual(cuesOf("The Clinton campaign did not respond to a request for comment. It's worth noting that this is the first time in American history that the question has been asked."), []);
  const text = 'BP did not respond to requests for comment on Tuesday. The company said on Wednesday that the leak had stopped.';
  const doc = pipeline.annotate({ id: 't', published: '2010-06-01', title: null, source: null, url: null, text });
  assert.deepEqual(doc.quotes.map((q) => text.slice(q.cue![0], q.cue![1])), ['said']);
  assert.equal(doc.entities.find((e) => e.id === doc.quotes[0].speaker)?.name, 'BP');
});
