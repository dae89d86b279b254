import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

/**
 * A quote read off a page layout (headline, transcript turn, dash-signed testimonial): a source, a
 * one-token cue (the colon or dash PolNeAR marks) and one content span, in the cue's sentence.
 */
export function layoutQuote(ctx: QuoteContext, sourceStart: number, sourceEnd: number, cue: number, contentStart: number, contentEnd: number): RawQuote {
  return {
    source: { role: 'source', tokenStart: sourceStart, tokenEnd: sourceEnd },
    cue: { role: 'cue', tokenStart: cue, tokenEnd: cue + 1 },
    content: [{ role: 'content', tokenStart: contentStart, tokenEnd: contentEnd }],
    sentence: ctx.sentenceOf[cue],
  };
}
