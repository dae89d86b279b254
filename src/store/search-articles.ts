import type { Db } from './database.js';
import { toFtsQuery } from './fts-query.js';

export interface SearchHit {
  id: string;
  published: string;
  title: string | null;
  source: string | null;
  snippet: string;
}

/** Full-text search over titles and texts, best matches first, with the matching words marked. */
export function searchArticles(db: Db, input: string, options: { limit?: number; mark?: [string, string] } = {}): SearchHit[] {
  const query = toFtsQuery(input);
  if (!query) return [];
  const [open, close] = options.mark ?? ['[', ']'];
  return db.prepare(`SELECT a.id, a.published, a.title, a.source, snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?`)
    .all(open, close, query, options.limit ?? 20) as SearchHit[];
}
