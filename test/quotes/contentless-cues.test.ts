import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { sentencesShortOfContent } from '../../src/extract/quotes/contentless-cues.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { rangeFeatures } from '../../src/extract/quotes/features.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { learnedCues, loadTagger, rangesToTag, tagRoles, wordClassesOf, wordSensesOf, type RoleSpan } from '../../src/extract/quotes/tagger.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { textOf } from './helpers.js';

// PolNeAR dev (a paragraph of its voter-ID story). The first pass tags "documented" as a cue in the middle
// sentence and nothing as its content; assembly alone would drop it or, through orphan-cues.ts, hand it a
// neighbour's words. The second pass gives it a content of its own ("instances of fraud are rare"), marked
// unsure, and the two attributions around it keep theirs. (Until the fourteenth session's tagger this test
// read a Cruz sentence whose "posted Friday" the second pass completed; that tagger finds no content there,
// so orphan-cues.ts hands "posted Friday" the whole "Cruz said …" clause: see docs/quotes-and-claims.md.)
const LEVITT = 'Republicans have expressed concern that changing the policy could lead to voter fraud. However, documented instances of fraud are rare. A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation out of more than a billion ballots cast.';

const resources = new Resources();
const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
const attribution = new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage({ scope: 'attribution' })], resources);

/** A belief the tagger gives a cue and a source but, on its first path, no content (model-dependent: re-check after retraining). */
const CRITICISM = "Ted Cruz is drawing criticism after he appeared to suggest that farmers who suffer from drought might not be as strong as those who don't.";

function annotate(text: string) {
  return attribution.annotate({ id: 'test', published: '2016-09-26', title: null, source: null, url: null, text });
}

test('a cue the first pass left without content gets the content the second pass finds, and the attributions around it keep theirs', () => {
  const doc = annotate(LEVITT);
  const quote = (cue: string) => doc.quotes.find((q) => textOf(doc, q.cue) === cue);
  const documented = quote('documented');
  assert.ok(documented, JSON.stringify(doc.quotes.map((q) => textOf(doc, q.cue))));
  assert.equal(textOf(doc, documented.content), 'instances of fraud are rare');
  const found = quote('found');
  assert.ok(found);
  assert.equal(textOf(doc, found.source), 'A 2014 study by Loyola Law School professor Justin Levitt');
  assert.equal(textOf(doc, found.content), '31 incidents of voter impersonation out of more than a billion ballots cast');
  const concern = quote('have expressed concern');
  assert.ok(concern);
  assert.equal(textOf(doc, concern.content), 'that changing the policy could lead to voter fraud');
});

test('the sentence is short of content after the first pass, and the second pass adds a content, marked unsure', () => {
  const model = loadTagger(resources);
  assert.ok(model);
  const doc = annotate(CRITICISM);
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, CueLexicon.load(resources), learnedCues(model), doc, wordClassesOf(model, resources), wordSensesOf(model, resources));
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
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, CueLexicon.load(resources), learnedCues(model), doc, wordClassesOf(model, resources), wordSensesOf(model, resources));
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
