import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, iobAllowed, readModelFile, trainSequenceModel, viterbi } from '../../src/ml/index.js';
import { CompactTagger } from '../../src/extract/quotes/compact-tagger.js';
import { serializeWordClasses, WordClasses } from '../../src/extract/quotes/word-classes.js';
import { packSense, serializeWordSenses, SYNSET_IDS, WordSenses } from '../../src/extract/quotes/word-senses.js';
import { bilouDecoder } from '../../src/extract/quotes/bilou-viterbi.js';
import { CachedScorer } from '../../src/extract/quotes/cached-scorer.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { rangeFeatures } from '../../src/extract/quotes/features.js';
import { packRow, PACKED_LANES, unpackScaled } from '../../src/extract/quotes/packed-sums.js';
import { learnedCues, loadTagger, QUOTE_LABELS, rangesToTag, wordClassesOf } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { exampleDocs } from './helpers.js';

test('the cached scorer labels every tagged range as decoding its listed features does, with cold and warm caches', () => {
  const resources = new Resources();
  const model = loadTagger(resources);
  assert.ok(model, 'the shipped quotes tagger');
  const lexicon = CueLexicon.load(resources);
  const classes = wordClassesOf(model, resources);
  const scorer = new CachedScorer(model, classes);
  const examples = exampleDocs();
  assert.ok(examples.length > 0);
  let tokens = 0;
  for (const pass of [1, 2]) {
    for (const { file: f, doc } of examples) {
      const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(model), doc, classes);
      const ranges = rangesToTag(ctx);
      const cached = scorer.decodeRanges(ctx, ranges);
      rangeFeatures(ctx, ranges).forEach((seq, k) => {
        assert.deepEqual(Array.from(cached[k]), Array.from(model.decode(seq)), `${f}, range ${k}, pass ${pass}`);
        if (pass === 1) tokens += seq.length;
      });
    }
  }
  assert.ok(tokens > 500, `only ${tokens} tokens tagged`);
});

test('packed label pairs add and unpack exactly, negative weights included', () => {
  const L = 13;
  const rows = [
    Array.from({ length: L }, (_, y) => (y % 2 ? -32767 : 32767)),
    Array.from({ length: L }, (_, y) => y * 1000 - 6000),
    Array.from({ length: L }, (_, y) => (y === 12 ? -1 : 1)),
  ];
  const packed = new Float64Array(PACKED_LANES);
  const row = new Float64Array(PACKED_LANES);
  const expected = new Array<number>(L).fill(0);
  for (let k = 0; k < 60; k++) {
    const r = rows[k % rows.length];
    packRow(r, 0, L, row, 0);
    for (let p = 0; p < PACKED_LANES; p++) packed[p] += row[p];
    for (let y = 0; y < L; y++) expected[y] += r[y];
  }
  const out = new Float32Array(L);
  unpackScaled(packed, 1, L, 1, out);
  assert.deepEqual(Array.from(out), expected);
});

test('the written-out BILOU Viterbi finds the generic Viterbi’s path, ties included', () => {
  const model = loadTagger(new Resources());
  assert.ok(model);
  const L = model.labelCount;
  const decoder = bilouDecoder(model.labels, model);
  assert.ok(decoder, 'the shipped tagger is BILOU over three types');
  let seed = 11;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  for (const [n, spread] of [[1, 4000], [2, 4000], [40, 4000], [300, 30000], [60, 0], [60, 1]]) {
    // Integer sums as the scorer makes them; a spread of 0 or 1 makes many equal scores.
    const sums = Array.from({ length: n * L }, () => Math.round((random() - 0.5) * 2 * spread));
    const packed = new Float64Array(n * PACKED_LANES);
    for (let i = 0; i < n; i++) packRow(sums, i * L, L, packed, i * PACKED_LANES);
    const emissions = new Float32Array(n * L);
    unpackScaled(packed, n, L, model.scale, emissions);
    const generic = viterbi(model, emissions, n);
    assert.deepEqual(Array.from(decoder.decode(packed, n, model.scale, new Int32Array(n))), Array.from(generic), `n ${n}, spread ${spread}`);
  }
  // Another label set, or a move BILOU forbids made possible, keeps the generic decoder.
  assert.equal(bilouDecoder(['O', 'B-X', 'I-X'], model), null);
  const loose = { ...model, labelCount: L, transitions: Float32Array.from(model.transitions), endScores: model.endScores };
  loose.transitions[0 * L + 2] = 0; // O → I-SRC
  assert.equal(bilouDecoder(model.labels, loose), null);
});

/**
 * A small tagger trained on the example documents with labels from a rule, reading the given word classes
 * and senses, so that their features carry weights; the cached scorer must label every range as decoding the
 * listed features does, and refuse a document read without them.
 */
function checkScorerReads(what: string, classesOf: (keys: number[]) => WordClasses | null, sensesOf: (keys: number[]) => WordSenses | null): void {
  const resources = new Resources();
  const lexicon = CueLexicon.load(resources);
  const docs = exampleDocs().map((e) => e.doc);
  // Keys of the examples' words, some left unknown.
  const keys = [...new Set(docs.flatMap((d) => d.tokens.map((t) => hashString(t.text.toLowerCase()))))].filter((h) => h % 5 !== 0);
  const classes = classesOf(keys);
  const senses = sensesOf(keys);
  const contexts = docs.map((d) => buildContext(d.text, d.tokens, d.sentences, lexicon, new Map(), d, classes, senses));
  const index = new Map(QUOTE_LABELS.map((l, i) => [l, i]));
  const data = contexts.flatMap((ctx) => rangeFeatures(ctx, rangesToTag(ctx)).map((features, k) => {
    const start = rangesToTag(ctx)[k].start;
    const labels = Int32Array.from({ length: features.length }, (_, j) => index.get(ctx.strongCue[start + j] ? 'U-CUE' : /^[A-Z]/.test(ctx.tokens[start + j].text) ? 'U-SRC' : 'O')!);
    return { features, labels };
  }));
  const trained = trainSequenceModel(data, { labels: QUOTE_LABELS, epochs: 2, allowedTransition: iobAllowed('BILOU'), meta: {} });
  const model = new CompactTagger(readModelFile(trained.serialize()));
  const scorer = new CachedScorer(model, classes, senses);
  let tokens = 0;
  for (const pass of [1, 2]) {
    for (const ctx of contexts) {
      const ranges = rangesToTag(ctx);
      const cached = scorer.decodeRanges(ctx, ranges);
      rangeFeatures(ctx, ranges).forEach((seq, k) => {
        assert.deepEqual(Array.from(cached[k]), Array.from(model.decode(seq)), `${what}: range ${k}, pass ${pass}`);
        if (pass === 1) tokens += seq.length;
      });
    }
  }
  assert.ok(tokens > 500, `only ${tokens} tokens tagged`);
  // A document read with other classes or senses than the scorer's is refused, not scored with the wrong ones.
  assert.throws(() => scorer.decodeRanges(buildContext(docs[0].text, docs[0].tokens, docs[0].sentences, lexicon, new Map(), docs[0]), []));
}

test('with word classes the cached scorer still labels every range as decoding its listed features does', () => {
  checkScorerReads('classes', (keys) => WordClasses.parse(serializeWordClasses(keys, keys.map((h) => h % 11), Array.from({ length: 11 }, (_, c) => c % 4), 4)), () => null);
});

test('with WordNet senses (and classes) the cached scorer still labels every range as decoding its listed features does', () => {
  // Arbitrary packed senses: every field and bit is used by some word.
  const sensesOf = (keys: number[]) => WordSenses.parse(serializeWordSenses(
    keys,
    keys.map((h) => packSense({ verb: h % 3 ? 29 + (h % 15) : -1, noun: h % 7 ? 3 + (h % 26) : -1, verbFiles: h & 0x7fff, nounFiles: (h >>> 15) & 15 })),
    keys.flatMap((h) => Array.from({ length: SYNSET_IDS }, (_, j) => (h >>> (3 * j)) % 13)),
  ));
  checkScorerReads('senses', () => null, sensesOf);
  checkScorerReads('classes and senses', (keys) => WordClasses.parse(serializeWordClasses(keys, keys.map((h) => h % 11), Array.from({ length: 11 }, (_, c) => c % 4), 4)), sensesOf);
});
