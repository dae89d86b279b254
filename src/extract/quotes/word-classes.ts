import { bytesChecksum } from '../../ml/hash.js';
import type { Resources } from '../../pipeline/resources.js';
import { readUint32s, tableView, writeMagic } from './table-bytes.js';

/*
 * Distributional word classes for the attribution tagger (`scripts/build-word-clusters.ts` learns them
 * from unlabelled news by the exchange algorithm): each known word has a fine class and a coarse one
 * (a class of fine classes). The file holds only hashed word keys — `hashString` of the lower-case word,
 * which the features compute anyway — and class numbers, no text.
 *
 * Layout (little-endian): "QWC1", u32 word count, u16 fine classes, u16 coarse classes, then the sorted
 * u32 keys, a u16 fine class per key and a u8 coarse class per fine class.
 */

export const WORD_CLASSES_PATH = 'quotes/word-classes.bin';
const MAGIC = 'QWC1';

export class WordClasses {
  /** Fine class of each known key. */
  private readonly fineOf = new Map<number, number>();

  /**
   * @param checksum  identifies the file (a model records the classes it was trained with)
   */
  constructor(keys: Uint32Array, fine: Uint16Array, readonly coarseOfFine: Uint8Array, readonly fineClasses: number, readonly coarseClasses: number, readonly checksum: number) {
    for (let i = 0; i < keys.length; i++) this.fineOf.set(keys[i], fine[i]);
  }

  /** Value of an unknown word; the paragraph stand-ins read `fineClasses + 1` (coarse likewise). */
  get fineUnknown(): number {
    return this.fineClasses;
  }

  get coarseUnknown(): number {
    return this.coarseClasses;
  }

  /** Fine class of the word whose lower-case form hashes to `hash`, or `fineUnknown`. */
  fine(hash: number): number {
    return this.fineOf.get(hash) ?? this.fineClasses;
  }

  /** Coarse class of a fine class (unknown and stand-in values map to the coarse ones). */
  coarse(fine: number): number {
    return fine < this.fineClasses ? this.coarseOfFine[fine] : this.coarseClasses + (fine - this.fineClasses);
  }

  get size(): number {
    return this.fineOf.size;
  }

  static parse(bytes: Uint8Array): WordClasses {
    const view = tableView(bytes, MAGIC, 'word-class');
    const n = view.getUint32(4, true);
    const fineClasses = view.getUint16(8, true);
    const coarseClasses = view.getUint16(10, true);
    const expected = 12 + n * 6 + fineClasses;
    if (bytes.byteLength !== expected) throw new Error(`word-class file of ${bytes.byteLength} bytes, expected ${expected}`);
    const keys = readUint32s(view, 12, n);
    const fine = new Uint16Array(n);
    for (let i = 0; i < n; i++) fine[i] = view.getUint16(12 + 4 * n + 2 * i, true);
    const coarse = bytes.slice(12 + 6 * n, 12 + 6 * n + fineClasses);
    for (let i = 0; i < n; i++) if (fine[i] >= fineClasses) throw new Error(`word class ${fine[i]} of ${fineClasses}`);
    for (const c of coarse) if (c >= coarseClasses) throw new Error(`coarse class ${c} of ${coarseClasses}`);
    return new WordClasses(keys, fine, coarse, fineClasses, coarseClasses, bytesChecksum(bytes));
  }

  /** The classes of the shipped file, read once per Resources; null when there is none. */
  static load(resources: Resources): WordClasses | null {
    if (!resources.has(WORD_CLASSES_PATH)) return null;
    return resources.bytes(WORD_CLASSES_PATH, (bytes) => WordClasses.parse(bytes));
  }
}

/** The bytes of a word-class file for keys (distinct, any order) with their fine classes and the coarse class of each fine class. */
export function serializeWordClasses(keys: ArrayLike<number>, fine: ArrayLike<number>, coarseOfFine: ArrayLike<number>, coarseClasses: number): Uint8Array {
  const n = keys.length;
  const fineClasses = coarseOfFine.length;
  if (fineClasses > 65535 || coarseClasses > 255) throw new Error('too many classes for the file layout');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a] - keys[b]);
  for (let k = 1; k < n; k++) if (keys[order[k]] === keys[order[k - 1]]) throw new Error(`key ${keys[order[k]]} twice`);
  const bytes = new Uint8Array(12 + 6 * n + fineClasses);
  const view = new DataView(bytes.buffer);
  writeMagic(bytes, MAGIC);
  view.setUint32(4, n, true);
  view.setUint16(8, fineClasses, true);
  view.setUint16(10, coarseClasses, true);
  order.forEach((i, k) => {
    view.setUint32(12 + 4 * k, keys[i] >>> 0, true);
    view.setUint16(12 + 4 * n + 2 * k, fine[i], true);
  });
  for (let c = 0; c < fineClasses; c++) bytes[12 + 6 * n + c] = coarseOfFine[c];
  return bytes;
}

