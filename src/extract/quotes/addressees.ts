/**
 * The addressee of a telling cue: "told Wafa", "told the BBC", "told a news conference". It runs from the cue to
 * the first stop word, comma or the content, at most eight words.
 */
import type { Span } from '../../model/span.js';
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import type { CueLexicon } from './cue-lexicon.js';

/** Words after "told" that end the addressee: "told Wafa on Monday that …". */
const ADDRESSEE_STOP = new Set([',', '.', ';', ':', 'that', 'on', 'in', 'at', 'during', 'after', 'before', 'about', 'how', 'what', 'whether', 'why', 'if', 'when', 'the', 'a', 'an', '"', '“', '”', '(']);
const MAX_ADDRESSEE = 8;
/** Stop words that may open the addressee: "told the BBC", "told a news conference" (not "was told when he visited"). */
const ADDRESSEE_OPENERS = new Set(['the', 'a', 'an']);

export function addresseeOf(ctx: QuoteContext, lexicon: CueLexicon, q: RawQuote): Span | null {
  const at = addresseeTokens(ctx, lexicon, q);
  return at ? [ctx.tokens[at[0]].start, ctx.tokens[at[1] - 1].end] : null;
}

/** The token range `[start, end)` of the addressee after a telling cue ("told Wafa", "told the BBC"), or null. */
export function addresseeTokens(ctx: QuoteContext, lexicon: CueLexicon, q: RawQuote): [number, number] | null {
  if (!q.cue) return null;
  let tell = false;
  for (let i = q.cue.tokenStart; i < q.cue.tokenEnd; i++) if (lexicon.takesAddressee(ctx.lower[i])) tell = true;
  if (!tell) return null;
  const start = q.cue.tokenEnd;
  const sentenceEnd = ctx.sentences[ctx.sentenceOf[q.cue.tokenStart]].tokenEnd;
  const contentStart = q.content.map((c) => c.tokenStart).filter((s) => s >= start).reduce((a, b) => Math.min(a, b), sentenceEnd);
  let end = start;
  // A determiner may open the addressee ("told his PA counterpart", "told the BBC"), not stop it.
  while (end < contentStart && end - start < MAX_ADDRESSEE && ((end === start && ADDRESSEE_OPENERS.has(ctx.lower[end])) || !ADDRESSEE_STOP.has(ctx.lower[end])) && ctx.lower[end] !== ',' && ctx.lower[end] !== '.') end++;
  return end > start ? [start, end] : null;
}
