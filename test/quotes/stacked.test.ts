import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { codeName, firstPassCodes, joinSequences, stackedFeatures } from '../../src/extract/quotes/stacked-features.js';
import { learnedCues, loadTagger, MODEL_PATH, rangesToTag, tagRoles, wordClassesOf, type RoleSpan } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { plainDoc } from './helpers.js';

const resources = new Resources();
const lexicon = CueLexicon.load(resources);

function contextOf(text: string) {
  const model = loadTagger(resources)!;
  const doc = plainDoc(text);
  return { model, doc, ctx: buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(model), doc, wordClassesOf(model, resources)) };
}

const tokenAt = (ctx: { tokens: readonly { text: string }[] }, word: string) => ctx.tokens.findIndex((t) => t.text === word);

test("first-pass codes: BILOU of each span, untagged outside the decoded stretches, margin levels of graded spans", () => {
  const { ctx } = contextOf('The senator said the bill would fail. It rained all day in the valley.');
  const said = tokenAt(ctx, 'said');
  const spans: RoleSpan[] = [
    { role: 'source', tokenStart: 0, tokenEnd: 2 },
    { role: 'cue', tokenStart: said, tokenEnd: said + 1, marginLevel: 4 },
    { role: 'content', tokenStart: said + 1, tokenEnd: said + 5, marginLevel: 2 },
  ];
  const firstSentenceEnd = ctx.sentences[0].tokenEnd;
  const codes = firstPassCodes(ctx, spans, [{ start: 0, end: firstSentenceEnd, paragraph: 0 }]);
  const names = Array.from(codes.label, codeName);
  assert.deepEqual(names.slice(0, firstSentenceEnd), ['B-SRC', 'L-SRC', 'U-CUE', 'B-CON', 'I-CON', 'I-CON', 'L-CON', 'O']);
  assert.ok(names.slice(firstSentenceEnd).every((n) => n === '-'), 'the second sentence was not tagged');
  assert.equal(codes.level[said], 5);
  assert.equal(codes.level[0], 0, 'sources are not graded');
  assert.deepEqual(Array.from(codes.role.slice(0, 3)), [1, 1, 2]);
});

test('stacked features read the first pass: the same token gets other features when the roles around it change', () => {
  const { ctx } = contextOf('Officials are drawing criticism over the plan, the paper reported.');
  const ranges = [{ start: 0, end: ctx.tokens.length, paragraph: 0 }];
  const drawing = tokenAt(ctx, 'drawing');
  const none = stackedFeatures(ctx, firstPassCodes(ctx, [], ranges), ranges)[0];
  const around = stackedFeatures(ctx, firstPassCodes(ctx, [
    { role: 'source', tokenStart: 0, tokenEnd: 1 },
    { role: 'content', tokenStart: drawing + 1, tokenEnd: drawing + 5 },
  ], ranges), ranges)[0];
  assert.equal(none.length, ctx.tokens.length);
  const at = (seq: typeof none, i: number) => Array.from(seq.hashes.subarray(seq.offsets[i], seq.offsets[i + 1]));
  // "drawing" is O in both first passes, but a source stands before it and a content after it in one
  assert.notDeepEqual(at(none, drawing), at(around, drawing));
  // the features of a token depend only on the first pass, not on anything else that changed
  assert.deepEqual(at(none, drawing).length, at(around, drawing).length);
  // the word at the end of the sentence sees the content to its left only in the second
  const last = ctx.tokens.length - 1;
  assert.notDeepEqual(at(none, last), at(around, last));
});

test('joined sequences keep each token\'s features of both, in order; lengths must match', () => {
  const { ctx } = contextOf('He said it would rain.');
  const ranges = rangesToTag(ctx);
  assert.equal(ranges.length, 1);
  const stacked = stackedFeatures(ctx, firstPassCodes(ctx, [], ranges), ranges)[0];
  const joined = joinSequences(stacked, stacked);
  assert.equal(joined.length, stacked.length);
  for (let i = 0; i < stacked.length; i++) {
    const own = Array.from(stacked.hashes.subarray(stacked.offsets[i], stacked.offsets[i + 1]));
    assert.deepEqual(Array.from(joined.hashes.subarray(joined.offsets[i], joined.offsets[i + 1])), [...own, ...own]);
  }
  const shorter = { length: 1, hashes: new Uint32Array(0), offsets: new Uint32Array([0, 0]) };
  assert.throws(() => joinSequences(stacked, shorter), /cannot join feature sequences/);
});

test('tagRoles with extra features of nothing decodes exactly as the cached scorer does', () => {
  const { model, ctx } = contextOf('Peskov told RIA News that Abbas has a standing invitation. "It is developing well," the Russian leader said. Critics said the plan would fail, according to the paper.');
  const empty = (ranges: readonly { start: number; end: number }[]) => ranges.map((r) => ({ length: r.end - r.start, hashes: new Uint32Array(0), offsets: new Uint32Array(r.end - r.start + 1) }));
  const plain = tagRoles(model, ctx, true, true);
  assert.ok(plain.some((s) => s.role === 'cue'));
  assert.deepEqual(tagRoles(model, ctx, true, true, empty), plain);
  assert.ok(MODEL_PATH);
});

test('the attribution scope with a stacked tagger: other quotes than the first tagger alone, exact offsets; the speech scope never reads it', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { iobAllowed, trainSequenceModel } = await import('../../src/ml/index.js');
  const { rangeFeatures, FEATURE_VERSION } = await import('../../src/extract/quotes/features.js');
  const { QUOTE_LABELS } = await import('../../src/extract/quotes/tagger.js');
  const { STACK_VERSION } = await import('../../src/extract/quotes/stacked-features.js');
  const { createQuotesStage } = await import('../../src/extract/quotes/stage.js');
  const { DEFAULT_STAGES } = await import('../../src/pipeline/default-pipeline.js');
  const { Pipeline } = await import('../../src/pipeline/pipeline.js');
  const { exampleDocs } = await import('./helpers.js');
  const model = loadTagger(resources)!;
  const classes = wordClassesOf(model, resources);
  // A small stacked tagger trained on the examples, its "gold" the first tagger's labels with every source
  // left out: a second tagger that surely tags otherwise (the mechanics, not the model, are under test).
  const src = new Set(QUOTE_LABELS.flatMap((l, i) => (l.endsWith('-SRC') ? [i] : [])));
  const data = exampleDocs().flatMap(({ doc }) => {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(model), doc, classes);
    const ranges = rangesToTag(ctx);
    const codes = firstPassCodes(ctx, tagRoles(model, ctx, true, true), ranges);
    const stacked = stackedFeatures(ctx, codes, ranges);
    return rangeFeatures(ctx, ranges).map((seq, k) => ({ features: joinSequences(seq, stacked[k]), labels: Int32Array.from(model.decode(seq), (y) => (src.has(y) ? 0 : y)) }));
  });
  const trained = trainSequenceModel(data, { labels: QUOTE_LABELS, epochs: 3, allowedTransition: iobAllowed('BILOU'), meta: { stackVersion: STACK_VERSION, featureVersion: FEATURE_VERSION, cueRates: model.meta.cueRates, wordClasses: model.meta.wordClasses } });
  const dir = mkdtempSync(join(tmpdir(), 'stacked-'));
  const file = join(dir, 'stacked.bin');
  writeFileSync(file, trained.serialize());
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const run = (options: Parameters<typeof createQuotesStage>[0]) => new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage(options)], resources);
  const firstOnly = run({ scope: 'attribution', stackedModelFile: null, cueFilter: null });
  const withStacked = run({ scope: 'attribution', stackedModelFile: file, cueFilter: null });
  const speech = run({ scope: 'speech' });
  const speechGiven = run({ scope: 'speech', stackedModelFile: file });
  let differs = 0;
  let quotes = 0;
  for (const { doc } of exampleDocs()) {
    const input = { id: 'x', published: '2024-08-13', title: null, source: null, url: null, text: doc.text };
    const a = firstOnly.annotate(input).quotes;
    const b = withStacked.annotate(input);
    if (JSON.stringify(a) !== JSON.stringify(b.quotes)) differs++;
    const starts = new Set(b.tokens.map((t) => t.start));
    const ends = new Set(b.tokens.map((t) => t.end));
    for (const q of b.quotes) {
      quotes++;
      for (const span of [q.cue, q.source, ...(q.contentParts ?? [q.content])]) {
        if (!span) continue;
        assert.ok(starts.has(span[0]) && ends.has(span[1]) && span[0] < span[1], `span ${span} on token edges`);
      }
    }
    assert.deepEqual(speechGiven.annotate(input).quotes, speech.annotate(input).quotes);
  }
  assert.ok(quotes > 0, 'the stacked tagger found quotes');
  assert.ok(differs > 0, 'the stacked tagger changed the output');
  // The first tagger's own file is no stacked tagger.
  assert.throws(() => run({ scope: 'attribution', stackedModelFile: join(resources.dir, MODEL_PATH) }).annotate({ id: 'x', published: '2024-08-13', title: null, source: null, url: null, text: 'He said so.' }), /not a stacked tagger/);
});
