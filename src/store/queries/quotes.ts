import type { Quote } from '../../model/layers.js';
import type { Db } from '../database.js';
import { articleBodies, cut, entityRef, inOrder, parseExtra, sentenceContaining, type EntityRef, type LayerItemBase } from './layer-items.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import { prepared } from './prepared.js';
import { uiUrl } from './urls.js';
import { Where } from './where.js';

export interface QuoteFilters {
  speaker?: number;
  /** Quotes whose content mentions this entity, or addressed to it. */
  about?: number;
  from?: string;
  to?: string;
  article?: string;
}

export interface QuoteItem extends LayerItemBase {
  kind: 'quote';
  record: Quote;
  speaker: EntityRef | null;
  addressee: EntityRef | null;
  contentText: string | null;
  direct: boolean;
}

// A quote is about an entity when one of the entity's mentions lies inside the quoted content.
const ABOUT = `(q.addressee_entity = @about OR EXISTS (SELECT 1 FROM article_entities ae JOIN mentions m ON m.article = ae.article AND m.local_id = ae.local_id
  WHERE ae.entity = @about AND ae.article = q.article AND m.start >= q.content_start AND m.end <= q.content_end))`;

/** Quotes in publication order, keyset-paginated. */
export function listQuotes(db: Db, f: QuoteFilters, cursor?: string, limit?: number): Page<QuoteItem> {
  const n = clampLimit(limit);
  const where = new Where()
    .when(f.speaker, 'speaker', 'q.speaker_entity = @speaker')
    .when(f.about, 'about', ABOUT)
    .when(f.from, 'from', 'a.published_day >= @from')
    .when(f.to, 'to', 'a.published_day <= @to')
    .when(f.article, 'article', 'a.id = @article');
  const after = decodeCursor(cursor, 2);
  if (after) where.add('(a.published_day, q.rowid) > (@afterDate, @afterRow)', { afterDate: after[0], afterRow: after[1] });
  const rows = prepared(db, `SELECT q.rowid AS id, a.published_day AS date FROM quotes q JOIN articles a ON a.rowid = q.article
    ${where.sql()} ORDER BY date, q.rowid LIMIT @n`).all({ ...where.params, n: n + 1 }) as { id: number; date: string }[];
  const page = toPage(rows, n, (r) => [r.date, r.id], (r) => r.id);
  return { items: quotesByIds(db, page.items), next: page.next };
}

interface QuoteRow {
  id: number; article: number; speaker: string | null; speaker_entity: number | null; speaker_name: string | null; addressee: string | null; addressee_entity: number | null; addressee_name: string | null;
  source_start: number | null; source_end: number | null; cue_start: number | null; cue_end: number | null; content_start: number; content_end: number; direct: number; extra: string | null;
  article_id: string; title: string | null; published: string; published_day: string; asource: string | null;
}

export function quotesByIds(db: Db, ids: readonly number[]): QuoteItem[] {
  if (!ids.length) return [];
  const rows = prepared(db, `SELECT q.rowid AS id, q.article, q.speaker, q.speaker_entity, sp.name AS speaker_name, q.addressee, q.addressee_entity, ad.name AS addressee_name,
      q.source_start, q.source_end, q.cue_start, q.cue_end, q.content_start, q.content_end, q.direct, q.extra,
      a.id AS article_id, a.title, a.published, a.published_day, a.source AS asource
    FROM quotes q JOIN articles a ON a.rowid = q.article
    LEFT JOIN entities sp ON sp.id = q.speaker_entity
    LEFT JOIN entities ad ON ad.id = q.addressee_entity
    WHERE q.rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as QuoteRow[];
  const bodies = articleBodies(db, rows.map((r) => r.article));
  return inOrder(ids, rows.map((r): QuoteItem => {
    const body = bodies.get(r.article);
    const text = body?.text;
    const sentence = body ? sentenceContaining(body.sentences, r.content_start) : null;
    const record: Quote = {
      speaker: r.speaker,
      source: r.source_start !== null && r.source_end !== null ? [r.source_start, r.source_end] : null,
      cue: r.cue_start !== null && r.cue_end !== null ? [r.cue_start, r.cue_end] : null,
      content: [r.content_start, r.content_end], direct: r.direct === 1, addressee: r.addressee,
      ...parseExtra(r.extra),
    };
    return {
      id: r.id, kind: 'quote', url: uiUrl.article(r.article_id, [r.content_start, r.content_end]),
      date: r.published_day, dateFrom: 'published',
      article: { id: r.article_id, title: r.title, published: r.published, source: r.asource, url: uiUrl.article(r.article_id) },
      sentence, sentenceText: sentence ? cut(text, sentence[0], sentence[1]) : null,
      record, speaker: entityRef(r.speaker, r.speaker_entity, r.speaker_name), addressee: entityRef(r.addressee, r.addressee_entity, r.addressee_name),
      contentText: cut(text, r.content_start, r.content_end), direct: r.direct === 1,
    };
  }));
}
