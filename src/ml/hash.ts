/*
 * 32-bit feature hashing. Features are never kept as strings: a feature is the hash of a template id
 * combined with the hash of its value, so the hot loop builds no strings and a trained model holds only
 * opaque numbers (no readable vocabulary of its training text).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s`, as an unsigned 32-bit integer. */
export function hashString(s: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return finalize(h) >>> 0;
}

/** FNV-1a over bytes, unmixed: the checksum a model records of a table file it was trained with. */
export function bytesChecksum(bytes: Uint8Array): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
  return h >>> 0;
}

/** Combines two hashes (order matters): `hashCombine(template, value)` names one feature. */
export function hashCombine(a: number, b: number): number {
  // `| 0`: finalize reads only the low 32 bits, and a 32-bit integer argument is never boxed (see finalize).
  return finalize((Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b, 0x27d4eb2f)) | 0) >>> 0;
}

/**
 * murmur3's final mix: spreads the bits so that low bits make good table indexes. It returns the bits as a
 * signed 32-bit integer, which V8 passes around unboxed: where a hot loop has run out of inlining budget
 * and calls this function, an unsigned result above 2³¹ would be a new heap number every time (millions
 * a pass in the quotes scorer). The exported hashes are the unsigned value, as before.
 */
function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
