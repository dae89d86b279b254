import type { Token } from '../model/layers.js';

/**
 * The lower-case text of every token of a document, computed once per tokens layer and shared by the
 * stages that read it (quotes, claims): token layers are never changed once made, so the same array of
 * tokens always has the same words.
 */
const byTokens = new WeakMap<readonly Token[], readonly string[]>();

/**
 * `lowerOf(i)`, when given, is token i's lower-case text from a caller that already has it (the quotes
 * stage's per-text table), used instead of lower-casing again when the layer has no words yet.
 */
export function lowerWords(tokens: readonly Token[], lowerOf?: (i: number) => string): readonly string[] {
  let lower = byTokens.get(tokens);
  // A layer grown after it was read (only tokenizers build arrays, before any stage reads them) is read again.
  if (lower === undefined || lower.length !== tokens.length) {
    const words = new Array<string>(tokens.length);
    if (lowerOf) for (let i = 0; i < tokens.length; i++) words[i] = lowerOf(i);
    else for (let i = 0; i < tokens.length; i++) words[i] = tokens[i].text.toLowerCase();
    byTokens.set(tokens, (lower = words));
  }
  return lower;
}
