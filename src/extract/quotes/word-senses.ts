import { bytesChecksum } from '../../ml/hash.js';
import type { Resources } from '../../pipeline/resources.js';
import { readUint32s, tableView, writeMagic } from './table-bytes.js';

/*
 * What WordNet says a word can mean, for the attribution tagger: the lexicographer file ("verb.communication",
 * "noun.cognition", …) of the word's most frequent verb and noun sense, which verb files and which of four noun
 * files (act, cognition, communication, feeling) its first three senses fall in, and its first verb synset with two
 * levels of hypernyms and its first noun synset with one, as small numbers ("said", "told" and "stated" share a
 * synset; "castigated" → "knock" → "criticize"). PolNeAR marks beliefs
 * and stances as attributions ("approved a bill", "grilled Stumpf", "is drawing criticism", "sent a letter");
 * the tagger learns cue words from 840 articles only, and these classes carry what it learns of "criticize"
 * over to "castigate", which training never showed it. `scripts/build-word-senses.ts` builds the file from
 * the WordNet database; it holds hashed word keys (`hashString` of the lower-case word, as the features
 * compute it) and packed numbers, no text.
 *
 * Layout (little-endian): "QWS2", u32 word count, then the sorted u32 keys, a u32 packed sense per key, and
 * SYNSET_IDS u32 synset numbers per key (0 for none).
 */

export const WORD_SENSES_PATH = 'quotes/word-senses.bin';
const MAGIC = 'QWS2';
/** Synset ids per word: first verb synset, its hypernym and the hypernym's, first noun synset and its hypernym. */
export const SYNSET_IDS = 5;

/** WordNet's lexicographer files by number (lexnames); verbs are 29–43, nouns 3–28. */
export const LEXICOGRAPHER_FILES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location',
  'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
  'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change',
  'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation',
  'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

export const FIRST_VERB_FILE = 29;
export const VERB_FILES = 15;
/** The noun files whose presence among a word's first senses is marked: acts, thoughts, messages, feelings. */
export const MARKED_NOUN_FILES = [4, 9, 10, 12] as const;

/** A word's senses unpacked. */
export interface WordSense {
  /** Lexicographer file of the first verb sense, or -1. */
  verb: number;
  /** Lexicographer file of the first noun sense, or -1. */
  noun: number;
  /** Bit f − 29 for each verb file f among the first three verb senses. */
  verbFiles: number;
  /** Bit i for each MARKED_NOUN_FILES[i] among the first three noun senses. */
  nounFiles: number;
}

export const NO_SENSE = 0;

/** The packed form: verb file + 1 (6 bits), noun file + 1 (6 bits), verb-file bits (15), marked noun bits (4). */
export function packSense(s: WordSense): number {
  return ((s.verb + 1) | ((s.noun + 1) << 6) | (s.verbFiles << 12) | (s.nounFiles << 27)) >>> 0;
}

export function unpackSense(packed: number): WordSense {
  return { verb: packedVerb(packed) - 1, noun: packedNoun(packed) - 1, verbFiles: packedVerbFiles(packed), nounFiles: packedNounFiles(packed) };
}

/*
 * The packed fields read without unpacking, for the tagger's hot path (no object per token): the first verb
 * and noun file + 1 (0 for none), and the bits of the verb files and marked noun files.
 */
export const packedVerb = (packed: number): number => packed & 63;
export const packedNoun = (packed: number): number => (packed >>> 6) & 63;
export const packedVerbFiles = (packed: number): number => (packed >>> 12) & 0x7fff;
export const packedNounFiles = (packed: number): number => (packed >>> 27) & 15;

export class WordSenses {
  /** Row of each known key in `senses` and `synsets`. */
  private readonly rowOf = new Map<number, number>();

  /** @param checksum identifies the file (a model records the senses it was trained with) */
  constructor(keys: Uint32Array, private readonly senses: Uint32Array, private readonly synsets: Uint32Array, readonly checksum: number) {
    for (let i = 0; i < keys.length; i++) this.rowOf.set(keys[i], i);
  }

  /** The synset ids of the word (SYNSET_IDS numbers, 0 for none), or null. */
  ids(hash: number): Uint32Array | null {
    const row = this.rowOf.get(hash);
    return row === undefined ? null : this.synsets.subarray(row * SYNSET_IDS, (row + 1) * SYNSET_IDS);
  }

  /** The packed senses of the word whose lower-case form hashes to `hash`, or NO_SENSE. */
  sense(hash: number): number {
    const row = this.rowOf.get(hash);
    return row === undefined ? NO_SENSE : this.senses[row];
  }

  get size(): number {
    return this.rowOf.size;
  }

  static parse(bytes: Uint8Array): WordSenses {
    const view = tableView(bytes, MAGIC, 'word-sense');
    const n = view.getUint32(4, true);
    const expected = 8 + n * 8 + n * 4 * SYNSET_IDS;
    if (bytes.byteLength !== expected) throw new Error(`word-sense file of ${bytes.byteLength} bytes, expected ${expected}`);
    const keys = readUint32s(view, 8, n);
    const senses = readUint32s(view, 8 + 4 * n, n);
    const synsets = readUint32s(view, 8 + 8 * n, n * SYNSET_IDS);
    return new WordSenses(keys, senses, synsets, bytesChecksum(bytes));
  }

  /** The senses of the shipped file, read once per Resources; null when there is none. */
  static load(resources: Resources): WordSenses | null {
    if (!resources.has(WORD_SENSES_PATH)) return null;
    return resources.bytes(WORD_SENSES_PATH, (bytes) => WordSenses.parse(bytes));
  }
}

/** The bytes of a word-sense file for distinct keys with their packed senses. */
export function serializeWordSenses(keys: ArrayLike<number>, senses: ArrayLike<number>, synsets: ArrayLike<number> = new Uint32Array(keys.length * SYNSET_IDS)): Uint8Array {
  const n = keys.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] >>> 0) - (keys[b] >>> 0));
  for (let k = 1; k < n; k++) if (keys[order[k]] >>> 0 === keys[order[k - 1]] >>> 0) throw new Error(`key ${keys[order[k]]} twice`);
  const bytes = new Uint8Array(8 + 8 * n + 4 * SYNSET_IDS * n);
  const view = new DataView(bytes.buffer);
  writeMagic(bytes, MAGIC);
  view.setUint32(4, n, true);
  order.forEach((i, k) => {
    view.setUint32(8 + 4 * k, keys[i] >>> 0, true);
    view.setUint32(8 + 4 * n + 4 * k, senses[i] >>> 0, true);
    for (let j = 0; j < SYNSET_IDS; j++) view.setUint32(8 + 8 * n + 4 * (k * SYNSET_IDS + j), synsets[i * SYNSET_IDS + j] >>> 0, true);
  });
  return bytes;
}

