/** A half-open `[start, end)` range of UTF-16 code units into an article's text. */
export type Span = [start: number, end: number];

/** The surface string of a span; every span we emit must satisfy `text.slice(start, end) === surface`. */
export function surface(text: string, span: Span): string {
  return text.slice(span[0], span[1]);
}
