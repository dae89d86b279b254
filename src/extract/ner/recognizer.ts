import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SequenceModel, sumWordWindows, type LabelSpan } from '../../ml/index.js';
import type { NerType } from '../../model/layers.js';
import { BOUNDARY_NEIGHBORS, BOUNDARY_SHAPE, BOUNDARY_SHAPE_ID, NerFeaturizer, NER_FEATURE_VERSION, shapeContextFeatures, type WordInfo } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';

export const NER_MODEL_FILE = 'ner/model.bin.gz';
export const NER_GAZETTEER_FILE = 'ner/gazetteer.json.gz';
const NER_TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);
/** Floats of cached scores kept (32 MB, some 90,000 words); past that, the caches start over. */
const POOL_LIMIT = 8 << 20;

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
  /**
   * Cached scores, in one growing array (not one small typed array each, which costs an allocation and
   * scattered reads): the sentence boundaries' first, then words' (5 × L each) and shape triples' (L).
   */
  private pool = new Float32Array(1 << 18);
  private poolUsed = 0;
  private readonly poolReserved: number;
  private readonly boundaryBefore: number;
  private readonly boundaryAfter: number;
  /** Pool offset of the `shapeContextFeatures` scores per shape-id triple (ids below 1024 packed in 30 bits). */
  private readonly shapeTriples = new Map<number, number>();
  private readonly shapeContext = new Uint32Array(3);
  private at = new Int32Array(256);
  private shapeAt = new Int32Array(256);

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
    this.poolReserved = this.poolUsed;
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
    // Between documents no word description is in use: the only safe moment to start the caches over.
    if (this.poolUsed > POOL_LIMIT) {
      this.featurizer.clearCache();
      this.shapeTriples.clear();
      this.poolUsed = this.poolReserved;
    }
    this.featurizer.featurizeForDecoding(sentences, (seq, sentence) => {
      const n = sentence.length;
      if (this.base.length < n * L) this.base = new Float32Array(n * L * 2);
      if (this.at.length < n) this.at = new Int32Array(2 * n);
      const at = this.at;
      for (let i = 0; i < n; i++) {
        const w = sentence[i];
        at[i] = w.emissionAt >= 0 ? w.emissionAt : (w.emissionAt = this.scoresOf(w.intrinsic, w.neighbor));
      }
      // Shape scores may grow the pool, so every offset is taken before the pool is read.
      if (this.shapeAt.length < n) this.shapeAt = new Int32Array(2 * n);
      const shapeAt = this.shapeAt;
      for (let i = 0; i < n; i++) shapeAt[i] = this.shapeScores(i > 0 ? sentence[i - 1] : null, sentence[i], i + 1 < n ? sentence[i + 1] : null);
      const pool = this.pool;
      const base = this.base;
      sumWordWindows(base, pool, at, n, L, this.boundaryBefore, this.boundaryAfter);
      for (let i = 0; i < n; i++) {
        const row = i * L;
        const shapes = shapeAt[i];
        for (let y = 0; y < L; y++) base[row + y] += pool[shapes + y];
      }
      out.push(this.model.decode(seq, this.base));
    });
    return out;
  }

  /** Pool offset of the `shapeContextFeatures` scores of a token's shape between its neighbours' (null: boundary). */
  private shapeScores(prev: WordInfo | null, own: WordInfo, next: WordInfo | null): number {
    const a = prev ? prev.shapeId : BOUNDARY_SHAPE_ID.before;
    const c = next ? next.shapeId : BOUNDARY_SHAPE_ID.after;
    const b = own.shapeId;
    const cacheable = a < 1024 && b < 1024 && c < 1024;
    const key = (a << 20) | (b << 10) | c;
    let at = cacheable ? this.shapeTriples.get(key) : undefined;
    if (at === undefined) {
      const features = shapeContextFeatures(prev ? prev.shapeHash : BOUNDARY_SHAPE.before, own.shapeHash, next ? next.shapeHash : BOUNDARY_SHAPE.after, this.shapeContext);
      at = this.reserve(this.model.labelCount);
      this.model.scoreFeatures(features, this.pool, at);
      if (cacheable) this.shapeTriples.set(key, at);
    }
    return at;
  }

  /** Scores of a word's own features, then of its features in each neighbour slot, into the pool. */
  private scoresOf(intrinsic: Uint32Array, neighbor: Uint32Array): number {
    const L = this.model.labelCount;
    const at = this.reserve(5 * L);
    this.model.scoreFeatures(intrinsic, this.pool, at);
    for (let slot = 0; slot < 4; slot++) this.model.scoreFeatures(neighbor.subarray(2 * slot, 2 * slot + 2), this.pool, at + (slot + 1) * L);
    return at;
  }

  /** `size` zeroed floats at the end of the pool (grown when needed); returns where they start. */
  private reserve(size: number): number {
    if (this.poolUsed + size > this.pool.length) {
      const bigger = new Float32Array(Math.max(2 * this.pool.length, this.poolUsed + size));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
    }
    const at = this.poolUsed;
    this.pool.fill(0, at, at + size);
    this.poolUsed += size;
    return at;
  }
}
