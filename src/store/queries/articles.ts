import type { Db } from '../database.js';
import { RecordReader } from '../read-record.js';
import type { AnnotationRecord } from '../../record/annotation-record.js';
import { parseSnippet, toFtsQuery, windowSnippet, type Snippet } from './fts.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import { uiUrl } from './urls.js';
import { Where } from './where.js';
import { prepared } from './prepared.js';

export interface ArticleFilters {
  q?: string;
  from?: string;
  to?: string;
  source?: string;
  entity?: number;
  eventType?: string;
}

export interface ArticleListItem {
  id: string;
  url: string;
  published: string;
  title: string | null;
  source: string | null;
  sourceUrl: string | null;
  snippet: Snippet;
  score: number | null;
}

interface ArticleRow { rowid: number; id: string; published: string; day: string; title: string | null; source: string | null; url: string | null; snip: string; score: number | null; longText?: string | null }

const SNIPPET_CHARS = 240;
/**
 * SQLite's snippet() tokenizes and scores the whole article, which for a crawled page of hundreds of kB costs
 * tens of milliseconds; past this many characters the snippet is a window around the first match instead.
 */
const LONG_TEXT = 50_000;

/** The filters every article query shares (search list, facets); `a` is the articles table. */
function filterClause(f: ArticleFilters): Where {
  return new Where()
    .when(f.from, 'from', 'a.published_day >= @from')
    .when(f.to, 'to', 'a.published_day <= @to')
    .when(f.source, 'source', 'a.source = @source')
    .when(f.entity, 'entity', 'a.rowid IN (SELECT article FROM article_entities WHERE entity = @entity)')
    .when(f.eventType, 'eventType', 'a.rowid IN (SELECT article FROM events WHERE event = @eventType)');
}

/**
 * Articles, newest first, or — with `q` — by full-text relevance (BM25, title weighted over text) with a
 * snippet around the matches. Both orders are keyset-paginated.
 */
export function listArticles(db: Db, filters: ArticleFilters, cursor?: string, limit?: number): Page<ArticleListItem> {
  const n = clampLimit(limit);
  const match = filters.q ? toFtsQuery(filters.q) : null;
  const where = filterClause(filters);
  if (match) {
    where.add('articles_fts MATCH @match', { match });
    const after = decodeCursor(cursor, 2);
    if (after) where.add('(bm25(articles_fts, 4.0, 1.0), a.rowid) > (@afterScore, @afterRow)', { afterScore: after[0], afterRow: after[1] });
    // Rank first, then make snippets for the page only: snippet() tokenizes the whole article, and a common
    // word matches thousands of them (three to five times faster on Timeline17's most searched names).
    const rows = prepared(db, `WITH hits AS (
        SELECT a.rowid AS rid, bm25(articles_fts, 4.0, 1.0) AS score
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        ${where.sql()} ORDER BY score, a.rowid LIMIT @n)
      SELECT a.rowid, a.id, a.published, a.published_day AS day, a.title, a.source, a.url,
        CASE WHEN length(a.text) <= ${LONG_TEXT} THEN snippet(articles_fts, 1, char(57344), char(57345), '…', 28) END AS snip,
        CASE WHEN length(a.text) > ${LONG_TEXT} THEN a.text END AS longText, hits.score AS score
      FROM hits JOIN articles_fts ON articles_fts.rowid = hits.rid JOIN articles a ON a.rowid = hits.rid
      WHERE articles_fts MATCH @match ORDER BY hits.score, hits.rid`).all({ ...where.params, n: n + 1 }) as ArticleRow[];
    for (const r of rows) if (r.longText != null) r.snip = windowSnippet(r.longText, filters.q!, SNIPPET_CHARS);
    return toPage(rows, n, (r) => [r.score, r.rowid], toItem);
  }
  if (filters.q && !match) return { items: [], next: null }; // only punctuation: nothing can match
  const after = decodeCursor(cursor, 2);
  if (after) where.add('(a.published_day, a.rowid) < (@afterDay, @afterRow)', { afterDay: after[0], afterRow: after[1] });
  const rows = prepared(db, `SELECT a.rowid, a.id, a.published, a.published_day AS day, a.title, a.source, a.url,
      substr(a.text, 1, ${SNIPPET_CHARS}) AS snip, NULL AS score
    FROM articles a ${where.sql()} ORDER BY a.published_day DESC, a.rowid DESC LIMIT @n`).all({ ...where.params, n: n + 1 }) as ArticleRow[];
  return toPage(rows, n, (r) => [r.day, r.rowid], toItem);
}

function toItem(r: ArticleRow): ArticleListItem {
  return {
    id: r.id, url: uiUrl.article(r.id), published: r.published, title: r.title, source: r.source, sourceUrl: r.url,
    snippet: r.score === null ? { text: r.snip.length >= SNIPPET_CHARS ? r.snip + '…' : r.snip, marks: [] } : parseSnippet(r.snip),
    score: r.score,
  };
}

export interface FacetValue { value: string; count: number }
export interface ArticleFacets {
  total: number;
  sources: FacetValue[];
  eventTypes: FacetValue[];
  entities: { id: number; name: string; type: string; count: number; url: string }[];
  /** Articles per month (`YYYY-MM`), oldest first. */
  months: FacetValue[];
}

/** Counts for the search page's facets and date histogram, over the same filters as the list. */
export function articleFacets(db: Db, filters: ArticleFilters): ArticleFacets {
  const match = filters.q ? toFtsQuery(filters.q) : null;
  if (filters.q && !match) return { total: 0, sources: [], eventTypes: [], entities: [], months: [] };
  const where = filterClause(filters);
  if (match) where.add('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match)', { match });
  const m = `WITH m AS (SELECT a.rowid AS article, a.source, a.published_day FROM articles a ${where.sql()})`;
  const p = where.params;
  return {
    total: prepared(db, `${m} SELECT count(*) FROM m`).pluck().get(p) as number,
    sources: prepared(db, `${m} SELECT coalesce(source, '') AS value, count(*) AS count FROM m GROUP BY source ORDER BY count DESC, value LIMIT 20`).all(p) as FacetValue[],
    eventTypes: prepared(db, `${m} SELECT e.event AS value, count(DISTINCT e.article) AS count FROM m JOIN events e ON e.article = m.article GROUP BY e.event ORDER BY count DESC, value LIMIT 25`).all(p) as FacetValue[],
    entities: (prepared(db, `${m} SELECT en.id, en.name, en.type, count(*) AS count FROM m JOIN article_entities ae ON ae.article = m.article JOIN entities en ON en.id = ae.entity
        GROUP BY en.id ORDER BY count DESC, en.mention_count DESC LIMIT 15`).all(p) as { id: number; name: string; type: string; count: number }[])
      .map((e) => ({ ...e, url: uiUrl.entity(e.id) })),
    months: prepared(db, `${m} SELECT substr(published_day, 1, 7) AS value, count(*) AS count FROM m GROUP BY value ORDER BY value`).all(p) as FacetValue[],
  };
}

export interface ArticleDetail {
  id: string;
  url: string;
  record: AnnotationRecord;
  /** The stored entity behind each of the record's local entity ids (`E1` → entity 42 and its page). */
  entities: Record<string, { id: number; url: string }>;
}

export function getArticle(db: Db, reader: RecordReader, id: string): ArticleDetail | null {
  const record = reader.byId(id);
  if (!record) return null;
  const links = prepared(db, `SELECT ae.local_id, ae.entity FROM article_entities ae JOIN articles a ON a.rowid = ae.article WHERE a.id = ?`).all(id) as { local_id: string; entity: number }[];
  return {
    id, url: uiUrl.article(id), record,
    entities: Object.fromEntries(links.map((l) => [l.local_id, { id: l.entity, url: uiUrl.entity(l.entity) }])),
  };
}
