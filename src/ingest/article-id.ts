import { createHash } from 'node:crypto';

/**
 * Dedup key of an article: its text with white space folded and case kept, plus its publication day.
 * Two copies of one story that differ only in spacing or line endings are one article.
 */
export function contentHash(text: string, published: string): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(published.slice(0, 10)).update('\n').update(normalized).digest('hex');
}

/** The id of an article that came without one: the first 16 hex digits of its content hash. */
export function derivedId(hash: string): string {
  return hash.slice(0, 16);
}
