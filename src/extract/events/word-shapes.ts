/**
 * A filter in front of a word-keyed `Map`: a bit per "shape" (first two characters, last character, length)
 * of the words it holds. Most words of running text have a shape no key has and skip the lookup, which costs
 * more (hashing, probing a large table, comparing strings). `mayHave` is false only for words certainly absent.
 */
export class WordShapes {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>, log2Bits: number) {
    this.bits = new Uint32Array(Math.max(1, (1 << log2Bits) >>> 5));
    this.mask = (1 << log2Bits) - 1;
    for (const w of words) {
      const slot = shapeHash(w) & this.mask;
      this.bits[slot >>> 5] |= 1 << (slot & 31);
    }
  }

  mayHave(w: string): boolean {
    const slot = shapeHash(w) & this.mask;
    return ((this.bits[slot >>> 5] >>> (slot & 31)) & 1) === 1;
  }
}

/** Mixes the first two characters, the last one and the length into 32 bits (integer arithmetic only). */
function shapeHash(w: string): number {
  const n = w.length;
  const a = n > 0 ? w.charCodeAt(0) : 0;
  const b = n > 1 ? w.charCodeAt(1) : 0;
  const z = n > 0 ? w.charCodeAt(n - 1) : 0;
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(z, 0xc2b2ae3d) ^ Math.imul(n, 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}
