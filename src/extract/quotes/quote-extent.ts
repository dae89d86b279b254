import type { RawQuote } from './assemble.js';

/** The first token and the end of a quote's parts. */
export interface Extent {
  start: number;
  end: number;
}

/**
 * From the first to the last token of a quote's source and cue, and of its content unless `withContent` is
 * false (start Infinity and end -Infinity for a quote with no parts). Read in place: assembly asks for
 * extents of every quote of a document, and a list of the parts for each would be garbage.
 */
export function extentOf(q: RawQuote, withContent = true): Extent {
  let start = Infinity;
  let end = -Infinity;
  if (q.source) {
    start = Math.min(start, q.source.tokenStart);
    end = Math.max(end, q.source.tokenEnd);
  }
  if (q.cue) {
    start = Math.min(start, q.cue.tokenStart);
    end = Math.max(end, q.cue.tokenEnd);
  }
  if (withContent) {
    for (const p of q.content) {
      start = Math.min(start, p.tokenStart);
      end = Math.max(end, p.tokenEnd);
    }
  }
  return { start, end };
}
