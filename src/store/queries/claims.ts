import type { Claim, ClaimQualifier } from '../../model/layers.js';
import type { Db } from '../database.js';
import { articleBodies, cut, entityRef, inOrder, parseExtra, sentenceContaining, type EntityRef, type LayerItemBase } from './layer-items.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import { prepared } from './prepared.js';
import { uiUrl } from './urls.js';
import { Where } from './where.js';

export interface ClaimFilters {
  kind?: string;
  about?: number;
  /** The entity that made the claim. */
  source?: number;
  /** Either the subject or the claimant. */
  entity?: number;
  from?: string;
  to?: string;
  article?: string;
}

export interface ClaimItem extends LayerItemBase {
  kind: 'claim';
  record: Claim;
  claimKind: string;
  value: number;
  qualifier: ClaimQualifier;
  about: EntityRef | null;
  source: EntityRef | null;
  /** Who the chart groups the claim under: the claimant's name, else the news source, else "unattributed". */
  series: string;
  spanText: string | null;
}

// A claim sits at the date it is "as of"; without one, at its article's publication day.
const CLAIM_DATE = 'coalesce(c.as_of, a.published_day)';

/** Claims ordered by the date they are as of: the series a chart draws, keyset-paginated. */
export function listClaims(db: Db, f: ClaimFilters, cursor?: string, limit?: number): Page<ClaimItem> {
  const n = clampLimit(limit);
  const where = new Where()
    .when(f.kind, 'kind', 'c.kind = @kind')
    .when(f.about, 'about', 'c.about_entity = @about')
    .when(f.source, 'source', 'c.source_entity = @source')
    .when(f.entity, 'entity', '(c.about_entity = @entity OR c.source_entity = @entity)')
    .when(f.from, 'from', `${CLAIM_DATE} >= @from`)
    .when(f.to, 'to', `${CLAIM_DATE} <= @to`)
    .when(f.article, 'article', 'a.id = @article');
  const after = decodeCursor(cursor, 2);
  if (after) where.add(`(${CLAIM_DATE}, c.rowid) > (@afterDate, @afterRow)`, { afterDate: after[0], afterRow: after[1] });
  const rows = prepared(db, `SELECT c.rowid AS id, ${CLAIM_DATE} AS date FROM claims c JOIN articles a ON a.rowid = c.article
    ${where.sql()} ORDER BY date, c.rowid LIMIT @n`).all({ ...where.params, n: n + 1 }) as { id: number; date: string }[];
  const page = toPage(rows, n, (r) => [r.date, r.id], (r) => r.id);
  return { items: claimsByIds(db, page.items), next: page.next };
}

interface ClaimRow {
  id: number; article: number; kind: string; value: number; qualifier: ClaimQualifier; about: string | null; about_entity: number | null; about_name: string | null;
  source: string | null; source_entity: number | null; source_name: string | null; as_of: string | null; span_start: number; span_end: number; extra: string | null;
  article_id: string; title: string | null; published: string; published_day: string; asource: string | null;
}

export function claimsByIds(db: Db, ids: readonly number[]): ClaimItem[] {
  if (!ids.length) return [];
  const rows = prepared(db, `SELECT c.rowid AS id, c.article, c.kind, c.value, c.qualifier, c.about, c.about_entity, ab.name AS about_name, c.source, c.source_entity, so.name AS source_name,
      c.as_of, c.span_start, c.span_end, c.extra, a.id AS article_id, a.title, a.published, a.published_day, a.source AS asource
    FROM claims c JOIN articles a ON a.rowid = c.article
    LEFT JOIN entities ab ON ab.id = c.about_entity
    LEFT JOIN entities so ON so.id = c.source_entity
    WHERE c.rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as ClaimRow[];
  const bodies = articleBodies(db, rows.map((r) => r.article));
  return inOrder(ids, rows.map((r): ClaimItem => {
    const body = bodies.get(r.article);
    const text = body?.text;
    const sentence = body ? sentenceContaining(body.sentences, r.span_start) : null;
    const record: Claim = { kind: r.kind, value: r.value, qualifier: r.qualifier, about: r.about, source: r.source, asOf: r.as_of, span: [r.span_start, r.span_end], ...parseExtra(r.extra) };
    return {
      id: r.id, kind: 'claim', url: uiUrl.article(r.article_id, [r.span_start, r.span_end]),
      date: r.as_of ?? r.published_day, dateFrom: r.as_of === null ? 'published' : 'text',
      article: { id: r.article_id, title: r.title, published: r.published, source: r.asource, url: uiUrl.article(r.article_id) },
      sentence, sentenceText: sentence ? cut(text, sentence[0], sentence[1]) : null,
      record, claimKind: r.kind, value: r.value, qualifier: r.qualifier,
      about: entityRef(r.about, r.about_entity, r.about_name), source: entityRef(r.source, r.source_entity, r.source_name),
      series: r.source_name ?? r.asource ?? 'unattributed',
      spanText: cut(text, r.span_start, r.span_end),
    };
  }));
}

export interface ClaimKind { kind: string; count: number; about: { id: number | null; name: string | null; count: number }[] }

/** The kinds of claim stored, each with the entities they are most often about (the chart's pickers). */
export function claimKinds(db: Db): ClaimKind[] {
  const kinds = prepared(db, `SELECT kind, count(*) AS count FROM claims GROUP BY kind ORDER BY count DESC`).all() as { kind: string; count: number }[];
  const about = prepared(db, `SELECT c.about_entity AS id, en.name, count(*) AS count FROM claims c LEFT JOIN entities en ON en.id = c.about_entity
    WHERE c.kind = ? GROUP BY c.about_entity ORDER BY count DESC LIMIT 20`);
  return kinds.map((k) => ({ ...k, about: about.all(k.kind) as ClaimKind['about'] }));
}
