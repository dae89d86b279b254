/**
 * The stretches of text the event coder and the claim finder read as sentences (and the bound the quotes
 * stage's orphan-cue and nested-report searches keep to): the document's sentences, with
 * any sentence longer than MAX_WINDOW_TOKENS cut into windows of at most that many tokens. Their argument,
 * clause, modality, place and date searches scan across the sentence for every trigger or number, so one very
 * long "sentence" (a scraped list, "killed 5 killed 5 …" with no full stop) cost time quadratic in its length; a
 * window bounds each search. No news sentence comes near the bound (the longest in all 2,914 Timeline17 articles
 * and the seeds has 430 tokens, a list), so on real text every window is a whole sentence and the output is
 * unchanged.
 */
import type { Sentence, Token } from '../model/layers.js';

export const MAX_WINDOW_TOKENS = 1000;

export interface SentenceWindows {
  /** The windows, in text order; a window of a sentence that needs no cutting is that sentence itself. */
  windows: Sentence[];
  /** Index in the document's sentences of the sentence each window belongs to. */
  sentenceOf: Int32Array;
}

export function sentenceWindows(sentences: readonly Sentence[], tokens: readonly Token[]): SentenceWindows {
  const windows: Sentence[] = [];
  const owner: number[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.tokenEnd - s.tokenStart <= MAX_WINDOW_TOKENS) { windows.push(s); owner.push(si); continue; }
    for (let lo = s.tokenStart; lo < s.tokenEnd; lo += MAX_WINDOW_TOKENS) {
      const hi = Math.min(s.tokenEnd, lo + MAX_WINDOW_TOKENS);
      windows.push({ start: tokens[lo].start, end: tokens[hi - 1].end, tokenStart: lo, tokenEnd: hi, paragraph: s.paragraph });
      owner.push(si);
    }
  }
  return { windows, sentenceOf: Int32Array.from(owner) };
}
