import type { Db } from '../database.js';
import { prepared } from './prepared.js';
import { uiUrl } from './urls.js';

/** An entity as other objects refer to it: the article-local id of the record and the stored entity. */
export interface EntityRef {
  local: string;
  id: number | null;
  name: string | null;
  url: string | null;
}

/** The article a fact came from, with the page that shows the fact's sentence highlighted. */
export interface ArticleRef {
  id: string;
  title: string | null;
  published: string;
  source: string | null;
  url: string;
}

/** What every event, quote and claim item carries: where it is in which article. */
export interface LayerItemBase {
  id: number;
  url: string;
  kind: 'event' | 'quote' | 'claim';
  /** The date the fact is placed at: the date the text gives, else the publication day (see `dateFrom`). */
  date: string;
  dateFrom: 'text' | 'published';
  article: ArticleRef;
  /** `[start, end)` of the sentence in the article text, and that sentence. */
  sentence: [number, number] | null;
  sentenceText: string | null;
}

export function entityRef(local: string | null, id: number | null, name: string | null): EntityRef | null {
  if (local === null) return null;
  return { local, id, name, url: id === null ? null : uiUrl.entity(id) };
}

export interface ArticleBody {
  text: string;
  sentences: [number, number][];
}

/**
 * Article texts and sentence spans by rowid. Spans are UTF-16 offsets (JavaScript's), while SQLite's
 * substr counts code points, so sentences and surfaces are cut here in JavaScript rather than in SQL.
 */
export function articleBodies(db: Db, rowids: Iterable<number>): Map<number, ArticleBody> {
  const ids = [...new Set(rowids)];
  if (!ids.length) return new Map();
  const rows = prepared(db, `SELECT rowid, text, sentences FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { rowid: number; text: string; sentences: string }[];
  return new Map(rows.map((r) => [r.rowid, { text: r.text, sentences: JSON.parse(r.sentences) as [number, number][] }]));
}

/** The sentence that holds `offset` (binary search over the sorted sentence spans), or null. */
export function sentenceContaining(sentences: readonly [number, number][], offset: number): [number, number] | null {
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid][0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? sentences[found] : null;
}

export function cut(text: string | undefined, start: number | null, end: number | null): string | null {
  if (text === undefined || start === null || end === null) return null;
  return text.slice(start, end);
}

/** Orders hydrated items as their ids were listed. */
export function inOrder<T extends { id: number }>(ids: readonly number[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id)).filter((x): x is T => x !== undefined);
}

export function parseExtra(extra: string | null): Record<string, unknown> {
  return extra ? (JSON.parse(extra) as Record<string, unknown>) : {};
}
