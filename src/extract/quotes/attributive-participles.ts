import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

/*
 * A reporting participle before a noun describes the noun and reports nothing: "Trump's proposed ban",
 * "all reported contributions", "eight reported incidents", "the alleged assault". In PolNeAR train 4 of
 * 47 such words are a gold cue (one of them a misparse), so the attribution scope drops a sourceless
 * one-word cue of this shape.
 */

/** What stands before an attributive participle: a determiner, possessive, number or adjective. */
const MODIFIER_BEFORE = new Set(['DT', 'PRP$', 'POS', 'CD', 'JJ', 'JJS', 'JJR']);
const NOUN = new Set(['NN', 'NNS']);

export function modifiesNoun(ctx: QuoteContext, q: RawQuote): boolean {
  if (!q.cue || q.source || q.cue.tokenEnd - q.cue.tokenStart !== 1) return false;
  const i = q.cue.tokenStart;
  if (i === 0 || !/(ed|en)$/.test(ctx.lower[i])) return false;
  return MODIFIER_BEFORE.has(ctx.pos[i - 1]) && NOUN.has(ctx.pos[i + 1] ?? '');
}
