import type { Sentence, Token } from '../model/layers.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Tokens and sentences of a text, both with exact offsets. */
export function segment(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens) };
}

/** Index of the sentence containing the character offset, or -1 (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
