import { iobAllowed, tagsFromSpans, spansFromTags, trainSequenceModel, type EpochReport, type LabelledSequence, type SequenceModel } from '../../ml/index.js';
import { NerFeaturizer, NER_FEATURE_VERSION } from './features.js';
import type { Gazetteer } from './gazetteer.js';

/** The model's labels: BILOU over the four CoNLL types (BILOU learns name ends explicitly). */
export const NER_LABELS: readonly string[] = ['O', ...['PER', 'ORG', 'LOC', 'MISC'].flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** A training document: its sentences as token texts with gold tags in any IOB scheme. */
export interface TaggedDocument {
  sentences: { words: string[]; tags: string[] }[];
}

export interface NerTrainOptions {
  epochs?: number;
  minFeatureCount?: number;
  gazetteer?: Gazetteer | null;
  onEpoch?: (report: EpochReport) => void;
  meta?: Record<string, unknown>;
}

/** Features and BILOU label indices for every sentence of the documents. */
export function nerTrainingData(documents: readonly TaggedDocument[], featurizer: NerFeaturizer): LabelledSequence[] {
  const index = new Map(NER_LABELS.map((l, i) => [l, i]));
  const out: LabelledSequence[] = [];
  for (const doc of documents) {
    const sequences = featurizer.featurizeDocument(doc.sentences.map((s) => s.words));
    doc.sentences.forEach((s, i) => {
      const bilou = tagsFromSpans(spansFromTags(s.tags), s.tags.length, 'BILOU');
      out.push({ features: sequences[i], labels: bilou.map((t) => index.get(t) ?? 0) });
    });
  }
  return out;
}

export function trainNer(documents: readonly TaggedDocument[], options: NerTrainOptions = {}): SequenceModel {
  const gazetteer = options.gazetteer ?? null;
  const data = nerTrainingData(documents, new NerFeaturizer(gazetteer));
  return trainSequenceModel(data, {
    labels: NER_LABELS,
    epochs: options.epochs ?? 10,
    minFeatureCount: options.minFeatureCount ?? 1,
    allowedTransition: iobAllowed('BILOU'),
    onEpoch: options.onEpoch,
    meta: { ...options.meta, task: 'ner', scheme: 'BILOU', featureVersion: NER_FEATURE_VERSION, gazetteer: gazetteer !== null },
  });
}
