import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeatureSequenceBuilder, SequenceModel } from '../../src/ml/index.js';
import { chunkFeatures, posFeatures, WordCache } from '../../src/extract/syntax/features.js';
import { CHUNK_MODEL_FILE, POS_MODEL_FILE, SyntaxTagger } from '../../src/extract/syntax/tagger.js';
import { textStage } from '../../src/extract/text/stage.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { RESOURCES_DIR } from '../../src/paths.js';

// The tagger scores cached feature groups (per word, per tag triple) in integer weight units instead of
// every feature per token in Float32; it must tag exactly as the models do over the full feature sets
// they were trained on (the reference here: SequenceModel, the trainer's own decoder).
const SEEDS = new URL('../../examples/', import.meta.url);

function seedSentences(): string[][] {
  const pipeline = new Pipeline([textStage]);
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().flatMap((file) => {
    const doc = pipeline.annotate({ id: file, published: '2024-01-01T00:00:00Z', title: null, source: null, url: null, text: readFileSync(new URL(file, SEEDS), 'utf8') });
    return doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  });
}

test('cached syntax scoring tags the seeds as the full feature sets do', () => {
  const tagger = SyntaxTagger.load(RESOURCES_DIR);
  const read = (file: string) => SequenceModel.deserialize(readFileSync(join(RESOURCES_DIR, file)));
  const posModel = read(POS_MODEL_FILE);
  const chunkModel = read(CHUNK_MODEL_FILE);
  const cache = new WordCache();
  const builder = new FeatureSequenceBuilder();
  const sentences = seedSentences();
  assert.ok(sentences.length > 20);
  for (const words of sentences) {
    const fullPos = posModel.tag(posFeatures(words, cache, builder));
    const fullChunks = chunkModel.tag(chunkFeatures(words, fullPos, cache, builder));
    assert.deepEqual(tagger.tag(words), { pos: fullPos, chunks: fullChunks }, words.join(' '));
    assert.deepEqual(tagger.chunks(words, fullPos), fullChunks);
  }
});

test('raw and normalized token texts tag alike', () => {
  const tagger = SyntaxTagger.load(RESOURCES_DIR);
  const raw = ['Mr', 'Abbas', 'said', '\u201cno\u201d', '\u2014', 'twice', '\u2026'];
  const normalized = ['Mr.', 'Abbas', 'said', '"no"', '-', 'twice', '...'];
  assert.deepEqual(tagger.tag(raw), tagger.tag(normalized));
});
