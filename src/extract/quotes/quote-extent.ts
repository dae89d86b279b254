import type { RawQuote } from './assemble.js';
import type { RoleSpan } from './tagger.js';

/** The first token and the end of a quote's parts. */
export interface Extent {
  start: number;
  end: number;
}

/** From the first to the last token of a quote's source and cue, and of its content unless `withContent` is false. */
export function extentOf(q: RawQuote, withContent = true): Extent {
  const parts: RoleSpan[] = [...(q.source ? [q.source] : []), ...(q.cue ? [q.cue] : []), ...(withContent ? q.content : [])];
  return { start: Math.min(...parts.map((p) => p.tokenStart)), end: Math.max(...parts.map((p) => p.tokenEnd)) };
}
