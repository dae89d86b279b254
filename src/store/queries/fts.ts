/**
 * Turns what a person types into an FTS5 query. FTS5 has its own syntax (quotes, AND/OR/NOT, NEAR, column
 * filters) in which stray input is a syntax error, so every word becomes a quoted term and terms are ANDed;
 * a trailing `*` on a word keeps its meaning as a prefix search. Returns null when nothing searchable is left.
 */
export function toFtsQuery(q: string): string | null {
  // One character class, no nesting: linear on any input.
  const words = q.match(/[\p{L}\p{N}_]+\*?/gu);
  if (!words) return null;
  return words.slice(0, 32).map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
}

/** Private-use characters that snippet() puts around matches; nothing else in the API emits them. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export interface Snippet {
  text: string;
  /** `[start, end)` offsets of the matched words inside `text`. */
  marks: [number, number][];
}

/** Splits FTS5 snippet() output into plain text and match offsets, so clients never need to parse markup. */
export function parseSnippet(raw: string): Snippet {
  let text = '';
  const marks: [number, number][] = [];
  let open = -1;
  for (const ch of raw) {
    if (ch === MARK_OPEN) open = text.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0) marks.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}
