import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { sentencesShortOfContent } from '../../src/extract/quotes/contentless-cues.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { rangeFeatures } from '../../src/extract/quotes/features.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { learnedCues, loadTagger, rangesToTag, tagRoles, wordClassesOf, type RoleSpan } from '../../src/extract/quotes/tagger.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { textOf } from './helpers.js';

// PolNeAR dev (wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en). The first pass finds two cues,
// "posted Friday" and "said", and one content; "posted Friday" is left without, and orphan-cues.ts then gives
// it the whole "Cruz said …" attribution, which drops the inner quote. The second pass gives "posted" a
// content of its own, and PolNeAR's "said" quote stays.
const CRUZ = 'In a Facebook message posted Friday, Cruz said he has had "areas of significant disagreement" with Trump but cannot allow Hillary Clinton to become president.';

const resources = new Resources();
const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
const attribution = new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage({ scope: 'attribution' })], resources);

function annotate(text: string) {
  return attribution.annotate({ id: 'test', published: '2016-09-26', title: null, source: null, url: null, text });
}

test('the inner quote of a sentence whose outer cue the first pass left without content stays, with its reported clause', () => {
  const doc = annotate(CRUZ);
  const said = doc.quotes.find((q) => textOf(doc, q.cue) === 'said');
  assert.ok(said, JSON.stringify(doc.quotes.map((q) => textOf(doc, q.cue))));
  assert.equal(textOf(doc, said.content), 'he has had "areas of significant disagreement" with Trump but cannot allow Hillary Clinton to become president');
  assert.equal(textOf(doc, said.source), 'Cruz');
});

test('the sentence is short of content after the first pass, and the second pass adds a content, marked unsure', () => {
  const model = loadTagger(resources);
  assert.ok(model);
  const doc = annotate(CRUZ);
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, CueLexicon.load(resources), learnedCues(model), doc, wordClassesOf(model, resources));
  const ranges = rangesToTag(ctx);
  assert.equal(ranges.length, 1);
  const path = model.decode(rangeFeatures(ctx, ranges)[0]);
  assert.deepEqual([...sentencesShortOfContent(ctx, ranges[0].start, path, path.length)], [0]);
  const contents = (spans: RoleSpan[]) => spans.filter((s) => s.role === 'content');
  const plain = tagRoles(model, ctx);
  const checked = tagRoles(model, ctx, true);
  assert.equal(contents(plain).length, 1);
  assert.equal(contents(checked).length, 2);
  // Its margin is that of the first path, which did not have it.
  const added = contents(checked).filter((c) => !contents(plain).some((p) => p.tokenStart === c.tokenStart && p.tokenEnd === c.tokenEnd));
  assert.equal(added.length, 1);
  assert.equal(added[0].lowMargin, true);
});

test('a sentence is short of content when it opens more cue spans than content spans', () => {
  const model = loadTagger(resources);
  assert.ok(model);
  const doc = annotate('Cruz said it. Pence said it and Kaine said so.');
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, CueLexicon.load(resources), learnedCues(model), doc, wordClassesOf(model, resources));
  const label = (tag: string) => model.labels.indexOf(tag);
  // Cruz said it . | Pence said it and Kaine said so .
  const [O, src, cue, con] = [label('O'), label('U-SRC'), label('U-CUE'), label('U-CON')];
  assert.deepEqual([...ctx.sentenceOf], [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
  assert.deepEqual([...sentencesShortOfContent(ctx, 0, [src, cue, con, O, src, cue, con, O, src, cue, con, O], 12)], []);
  assert.deepEqual([...sentencesShortOfContent(ctx, 0, [src, cue, con, O, src, cue, con, O, src, cue, O, O], 12)], [1]);
  assert.deepEqual([...sentencesShortOfContent(ctx, 0, [src, cue, O, O, O, O, O, O, O, O, O, O], 12)], [0]);
  // From token 4 on; a content of several tokens counts once (B- … L-).
  assert.deepEqual([...sentencesShortOfContent(ctx, 4, [src, cue, label('B-CON'), label('L-CON'), src, cue, O, O], 8)], [1]);
  assert.deepEqual([...sentencesShortOfContent(ctx, 4, [src, cue, label('B-CON'), label('L-CON'), src, cue, label('B-CON'), label('L-CON')], 8)], []);
});
