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
  return finalize(h);
}

/** Combines two hashes (order matters): `hashCombine(template, value)` names one feature. */
export function hashCombine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return finalize(h ^ Math.imul(b, 0x27d4eb2f));
}

/** murmur3's final mix: spreads the bits so that low bits make good table indexes. */
function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
