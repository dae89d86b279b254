import type { QuoteContext } from './context.js';

/*
 * The punctuation the assembly rules read around a reported clause: what closes it before a postposed
 * attribution ("…, officials said"; "…,” she said) and what ends its sentence after the last word.
 */

/** A comma or closing quotation mark between a reported clause and the attribution after it. */
export const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([',', '”', '"', "''", '’', "'"]);

/** Stops, closing quotation marks and a closing bracket that end a sentence after its last word. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '”', '"', "''", '’', "'", ')']);

/** `end` moved back over the sentence-ending tokens before it, but not before `floor`. */
export function beforeSentenceEnd(ctx: QuoteContext, end: number, floor: number): number {
  while (end > floor && SENTENCE_END.has(ctx.lower[end - 1])) end--;
  return end;
}
