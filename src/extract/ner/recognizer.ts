import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SequenceModel, type LabelSpan } from '../../ml/index.js';
import type { NerType } from '../../model/layers.js';
import { BOUNDARY_NEIGHBORS, NEIGHBOR_OFFSETS, NerFeaturizer, NER_FEATURE_VERSION, type WordInfo } from './features.js';
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
  private base = new Float32Array(0);
  /** Per label: its scheme prefix (B, I, L, U, O) and its type when it is one of ours. */
  private readonly prefixes: string[];
  private readonly types: (NerType | null)[];
  private readonly boundaryBefore: Float32Array;
  private readonly boundaryAfter: Float32Array;

  constructor(
    readonly model: SequenceModel,
    readonly gazetteer: Gazetteer | null,
  ) {
    const version = model.meta.featureVersion;
    if (version !== NER_FEATURE_VERSION) throw new Error(`NER model was trained with feature set ${String(version)}, this code uses ${NER_FEATURE_VERSION}: retrain with npm run train:ner`);
    this.featurizer = new NerFeaturizer(gazetteer);
    this.prefixes = model.labels.map((l) => (l.length > 2 && l[1] === '-' ? l[0] : 'O'));
    this.types = model.labels.map((l) => (l.length > 2 && NER_TYPES.has(l.slice(2)) ? (l.slice(2) as NerType) : null));
    const none = new Uint32Array(0);
    this.boundaryBefore = this.scoresOf(none, BOUNDARY_NEIGHBORS.before);
    this.boundaryAfter = this.scoresOf(none, BOUNDARY_NEIGHBORS.after);
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
    return this.decodeDocument(sentences).map((labels) => this.spansOf(labels));
  }

  /** Spans from label indices, read the lenient conlleval way (as `spansFromTags` does), without strings. */
  private spansOf(labels: Int32Array): SentenceSpan[] {
    const spans: SentenceSpan[] = [];
    let open: SentenceSpan | null = null;
    let canContinue = false;
    for (let i = 0; i < labels.length; i++) {
      const prefix = this.prefixes[labels[i]];
      const type = this.types[labels[i]];
      if (prefix === 'O' || type === null) {
        if (open) spans.push(open);
        open = null;
        continue;
      }
      if (open && canContinue && open.type === type && (prefix === 'I' || prefix === 'L')) {
        open.end = i + 1;
      } else {
        if (open) spans.push(open);
        open = { type, start: i, end: i + 1 };
      }
      canContinue = prefix === 'B' || prefix === 'I';
      if (prefix === 'L' || prefix === 'U') {
        spans.push(open);
        open = null;
      }
    }
    if (open) spans.push(open);
    return spans;
  }

  /**
   * The model's raw tags for each sentence (in its training scheme). The features that depend on one word
   * only (its own, and the window features it gives its neighbours) are scored once per distinct word and
   * cached with the word; only truly contextual features are looked up per token.
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.decodeDocument(sentences).map((labels) => Array.from(labels, (y) => this.model.labels[y]));
  }

  private decodeDocument(sentences: readonly (readonly string[])[]): Int32Array[] {
    const L = this.model.labelCount;
    const out: Int32Array[] = [];
    this.featurizer.featurizeForDecoding(sentences, (seq, sentence) => {
      const n = sentence.length;
      if (this.base.length < n * L) this.base = new Float32Array(n * L * 2);
      const base = this.base;
      for (let i = 0; i < n; i++) {
        const own = this.wordScores(sentence[i]);
        for (let y = 0; y < L; y++) base[i * L + y] = own[y];
        for (let slot = 0; slot < 4; slot++) {
          const j = i + NEIGHBOR_OFFSETS[slot];
          const from = j < 0 ? this.boundaryBefore : j >= n ? this.boundaryAfter : this.wordScores(sentence[j]);
          const off = (slot + 1) * L;
          for (let y = 0; y < L; y++) base[i * L + y] += from[off + y];
        }
      }
      out.push(this.model.decode(seq, base));
    });
    return out;
  }

  /** The cached scores of a word: its own features, then its features as each neighbour slot. */
  private wordScores(w: WordInfo): Float32Array {
    return (w.emission ??= this.scoresOf(w.intrinsic, w.neighbor));
  }

  private scoresOf(intrinsic: Uint32Array, neighbor: Uint32Array): Float32Array {
    const L = this.model.labelCount;
    const out = new Float32Array(5 * L);
    this.model.scoreFeatures(intrinsic, out, 0);
    for (let slot = 0; slot < 4; slot++) this.model.scoreFeatures(neighbor.subarray(2 * slot, 2 * slot + 2), out, (slot + 1) * L);
    return out;
  }
}
