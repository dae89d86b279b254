import { convertTags, FeatureSequenceBuilder, iobAllowed, trainSequenceModel, type EpochReport, type SequenceModel } from '../../ml/index.js';
import { chunkFeatures, posFeatures, SYNTAX_FEATURE_VERSION, WordCache } from './features.js';

/** A training sentence: tokens with POS tags and chunk tags (any IOB scheme). */
export interface SyntaxSentence {
  words: string[];
  pos: string[];
  chunks: string[];
}

export interface SyntaxTrainOptions {
  epochs?: number;
  onEpoch?: (report: EpochReport) => void;
  meta?: Record<string, unknown>;
}

function labelIndex(values: Iterable<string>): { labels: string[]; index: Map<string, number> } {
  const labels = [...new Set(values)].sort();
  return { labels, index: new Map(labels.map((l, i) => [l, i])) };
}

/** A greedy POS tagger (greedy decoding keeps 45 tags fast; accuracy is close to Viterbi's). */
export function trainPosTagger(sentences: readonly SyntaxSentence[], options: SyntaxTrainOptions = {}): SequenceModel {
  const cache = new WordCache();
  const builder = new FeatureSequenceBuilder();
  const { labels, index } = labelIndex(sentences.flatMap((s) => s.pos));
  const data = sentences.map((s) => ({ features: posFeatures(s.words, cache, builder), labels: s.pos.map((p) => index.get(p)!) }));
  return trainSequenceModel(data, {
    labels,
    epochs: options.epochs ?? 8,
    decoder: 'greedy',
    onEpoch: options.onEpoch,
    meta: { ...options.meta, task: 'pos', featureVersion: SYNTAX_FEATURE_VERSION },
  });
}

/** An IOB2 chunker over words and POS tags, Viterbi-decoded under IOB2 constraints. */
export function trainChunker(sentences: readonly SyntaxSentence[], options: SyntaxTrainOptions = {}): SequenceModel {
  const cache = new WordCache();
  const builder = new FeatureSequenceBuilder();
  const iob2 = sentences.map((s) => convertTags(s.chunks, 'IOB2'));
  const { labels, index } = labelIndex(['O', ...iob2.flat()]);
  const data = sentences.map((s, i) => ({ features: chunkFeatures(s.words, s.pos, cache, builder), labels: iob2[i].map((c) => index.get(c)!) }));
  return trainSequenceModel(data, {
    labels,
    epochs: options.epochs ?? 8,
    allowedTransition: iobAllowed('IOB2'),
    onEpoch: options.onEpoch,
    meta: { ...options.meta, task: 'chunk', scheme: 'IOB2', featureVersion: SYNTAX_FEATURE_VERSION },
  });
}
