/**
 * Turns what a person types into an FTS5 query. FTS5 has its own syntax (quotes, AND/OR/NOT, NEAR, column
 * filters) in which stray input is a syntax error, so every word becomes a quoted term and terms are ANDed;
 * a trailing `*` on a word keeps its meaning as a prefix search. Returns null when nothing searchable is left.
 */
export function toFtsQuery(q: string): string | null {
  const words = queryWords(q);
  if (!words.length) return null;
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
}

/** The searchable words of what a person typed (at most 32), each with its trailing `*` if it had one. */
function queryWords(q: string): string[] {
  // One character class, no nesting: linear on any input.
  return (q.match(/[\p{L}\p{N}_]+\*?/gu) ?? []).slice(0, 32);
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

/**
 * A snippet in snippet()'s marked form, made in JavaScript: the window of about `chars` characters around the
 * first whole-word match of any query word (`word*` as a prefix), every match inside it marked. Case is
 * ignored; a match the FTS tokenizer finds only by folding diacritics is not seen here, and then the
 * article's opening stands in, unmarked.
 */
export function windowSnippet(text: string, q: string, chars: number): string {
  // Query words hold only letters, digits and _, so they go into the pattern as they are.
  const alternatives = queryWords(q).map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}[\\p{L}\\p{N}_]*` : w));
  const opening = () => text.slice(0, chars) + (text.length > chars ? '…' : '');
  if (!alternatives.length) return opening();
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const first = pattern.exec(text);
  if (!first) return opening();
  // Start a little before the match, at a space, so the window opens on a whole word.
  let start = Math.max(0, first.index - Math.floor(chars / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first.index ? space + 1 : first.index;
  }
  const end = Math.min(text.length, start + chars);
  let out = start > 0 ? '…' : '';
  let at = start;
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m && m.index + m[0].length <= end; m = pattern.exec(text)) {
    out += text.slice(at, m.index) + MARK_OPEN + m[0] + MARK_CLOSE;
    at = m.index + m[0].length;
  }
  return out + text.slice(at, end) + (end < text.length ? '…' : '');
}
