import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SequenceModel, spansFromTags, type LabelSpan } from '../../ml/index.js';
import type { NerType } from '../../model/layers.js';
import { NerFeaturizer, NER_FEATURE_VERSION } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';

export const NER_MODEL_FILE = 'ner/model.bin.gz';
export const NER_GAZETTEER_FILE = 'ner/gazetteer.json.gz';
const NER_TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/** A recognized name inside one sentence: token range `[start, end)`. */
export interface SentenceSpan extends LabelSpan {
  type: NerType;
}

/**
 * The named-entity recognizer: features per document (so that how a word is written elsewhere in the
 * article counts), one BILOU sequence per sentence, decoded to spans.
 */
export class NerRecognizer {
  private readonly featurizer: NerFeaturizer;

  constructor(
    readonly model: SequenceModel,
    readonly gazetteer: Gazetteer | null,
  ) {
    const version = model.meta.featureVersion;
    if (version !== NER_FEATURE_VERSION) throw new Error(`NER model was trained with feature set ${String(version)}, this code uses ${NER_FEATURE_VERSION}: retrain with npm run train:ner`);
    this.featurizer = new NerFeaturizer(gazetteer);
  }

  /** Loads the shipped model (and gazetteer when present) from a resources folder. */
  static load(resourcesDir: string): NerRecognizer {
    const model = SequenceModel.deserialize(readFileSync(join(resourcesDir, NER_MODEL_FILE)));
    const gazPath = join(resourcesDir, NER_GAZETTEER_FILE);
    const gazetteer = model.meta.gazetteer && existsSync(gazPath) ? new Gazetteer(JSON.parse(gunzipSync(readFileSync(gazPath)).toString('utf8')) as GazetteerData) : null;
    if (model.meta.gazetteer && !gazetteer) throw new Error(`NER model needs ${NER_GAZETTEER_FILE}, which is missing`);
    return new NerRecognizer(model, gazetteer);
  }

  /** The names in each sentence of a document, given as token texts. */
  recognize(sentences: readonly (readonly string[])[]): SentenceSpan[][] {
    const sequences = this.featurizer.featurizeDocument(sentences);
    return sequences.map((seq) => spansFromTags(this.model.tag(seq)).filter((s): s is SentenceSpan => NER_TYPES.has(s.type)));
  }

  /** The model's raw tags for each sentence (in its training scheme). */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.featurizer.featurizeDocument(sentences).map((seq) => this.model.tag(seq));
  }
}
