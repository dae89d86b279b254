/**
 * Character-class tests on one word, for the argument and clause scans. They replace regular expressions such as
 * /^[a-z-]+$/: V8 allocates on every RegExp test (~20 bytes), and these run for many tokens of every trigger.
 */

/** /^[a-z]+$/: ASCII lower-case letters only, at least one. */
export function lowerWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** /^[a-z-]+$/: ASCII lower-case letters and hyphens, at least one. */
export function lowerWordOrHyphen(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c < 97 || c > 122) && c !== 45) return false;
  }
  return true;
}

/** /^[a-z-]+$/i: ASCII letters and hyphens, at least one. */
export function wordOrHyphen(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k) | 32;
    if ((c < 97 || c > 122) && w.charCodeAt(k) !== 45) return false;
  }
  return true;
}
