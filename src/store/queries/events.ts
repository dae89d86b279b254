import type { EventRecord, Modality } from '../../model/layers.js';
import type { Db } from '../database.js';
import { articleBodies, cut, entityRef, inOrder, parseExtra, type EntityRef, type LayerItemBase } from './layer-items.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import { prepared } from './prepared.js';
import { uiUrl } from './urls.js';
import { Where } from './where.js';

export interface EventFilters {
  actor?: number;
  recipient?: number;
  /** Either side. */
  entity?: number;
  type?: string;
  modality?: string;
  from?: string;
  to?: string;
  place?: number;
  article?: string;
}

export interface EventItem extends LayerItemBase {
  kind: 'event';
  event: string;
  modality: Modality;
  /** The event as in the article's annotation record (article-local entity ids). */
  record: EventRecord;
  actors: EntityRef[];
  recipients: EntityRef[];
  place: EntityRef | null;
  triggerText: string | null;
}

/** Events ordered by the date the text gives them (publication day when it gives none), keyset-paginated. */
export function listEvents(db: Db, f: EventFilters, cursor?: string, limit?: number): Page<EventItem> {
  const n = clampLimit(limit);
  const where = new Where()
    .when(f.actor, 'actor', `e.rowid IN (SELECT event FROM event_participants WHERE entity = @actor AND role = 'actor')`)
    .when(f.recipient, 'recipient', `e.rowid IN (SELECT event FROM event_participants WHERE entity = @recipient AND role = 'recipient')`)
    .when(f.entity, 'entity', `e.rowid IN (SELECT event FROM event_participants WHERE entity = @entity)`)
    .when(f.type, 'type', 'e.event = @type')
    .when(f.modality, 'modality', 'e.modality = @modality')
    .when(f.from, 'from', 'coalesce(e.date, a.published_day) >= @from')
    .when(f.to, 'to', 'coalesce(e.date, a.published_day) <= @to')
    .when(f.place, 'place', 'e.place_entity = @place')
    .when(f.article, 'article', 'a.id = @article');
  const after = decodeCursor(cursor, 2);
  if (after) where.add('(coalesce(e.date, a.published_day), e.rowid) > (@afterDate, @afterRow)', { afterDate: after[0], afterRow: after[1] });
  const rows = prepared(db, `SELECT e.rowid AS id, coalesce(e.date, a.published_day) AS date FROM events e JOIN articles a ON a.rowid = e.article
    ${where.sql()} ORDER BY date, e.rowid LIMIT @n`).all({ ...where.params, n: n + 1 }) as { id: number; date: string }[];
  const page = toPage(rows, n, (r) => [r.date, r.id], (r) => r.id);
  return { items: eventsByIds(db, page.items), next: page.next };
}

interface EventRow {
  id: number; article: number; local_id: string; event: string; mode: string | null; cameo: string | null; place: string | null; place_entity: number | null; place_name: string | null;
  date: string | null; date_from: 'text' | 'published'; modality: Modality; score: number; goldstein: number | null; trigger_start: number; trigger_end: number; sentence: number; extra: string | null;
  article_id: string; title: string | null; published: string; published_day: string; source: string | null;
}

/** Full event items for the given event rowids, in that order. */
export function eventsByIds(db: Db, ids: readonly number[]): EventItem[] {
  if (!ids.length) return [];
  const json = JSON.stringify(ids);
  const rows = prepared(db, `SELECT e.rowid AS id, e.article, e.local_id, e.event, e.mode, e.cameo, e.place, e.place_entity, pe.name AS place_name, e.date, e.date_from, e.modality,
      e.score, e.goldstein, e.trigger_start, e.trigger_end, e.sentence, e.extra, a.id AS article_id, a.title, a.published, a.published_day, a.source
    FROM events e JOIN articles a ON a.rowid = e.article
    LEFT JOIN entities pe ON pe.id = e.place_entity
    WHERE e.rowid IN (SELECT value FROM json_each(?))`).all(json) as EventRow[];
  const parts = prepared(db, `SELECT ep.event, ep.role, ep.local_id, ep.entity, en.name FROM event_participants ep LEFT JOIN entities en ON en.id = ep.entity
    WHERE ep.event IN (SELECT value FROM json_each(?)) ORDER BY ep.event, ep.role, ep.position`).all(json) as { event: number; role: string; local_id: string; entity: number | null; name: string | null }[];
  const bodies = articleBodies(db, rows.map((r) => r.article));
  const items = rows.map((r): EventItem => {
    const mine = parts.filter((p) => p.event === r.id);
    const actors = mine.filter((p) => p.role === 'actor');
    const recipients = mine.filter((p) => p.role === 'recipient');
    const body = bodies.get(r.article);
    const text = body?.text;
    const sentence = body?.sentences[r.sentence] ?? null;
    const record: EventRecord = {
      id: r.local_id, event: r.event, mode: r.mode, cameo: r.cameo,
      actors: actors.map((p) => p.local_id), recipients: recipients.map((p) => p.local_id),
      place: r.place, date: r.date, dateFrom: r.date_from, modality: r.modality, score: r.score,
      trigger: [r.trigger_start, r.trigger_end], sentence: r.sentence,
      ...(r.goldstein !== null ? { goldstein: r.goldstein } : {}),
      ...parseExtra(r.extra),
    };
    return {
      id: r.id, kind: 'event', url: uiUrl.article(r.article_id, sentence ?? [r.trigger_start, r.trigger_end]),
      date: r.date ?? r.published_day, dateFrom: r.date === null ? 'published' : r.date_from,
      article: { id: r.article_id, title: r.title, published: r.published, source: r.source, url: uiUrl.article(r.article_id) },
      sentence, sentenceText: sentence ? cut(text, sentence[0], sentence[1]) : null,
      event: r.event, modality: r.modality, record,
      actors: actors.map((p) => entityRef(p.local_id, p.entity, p.name)!),
      recipients: recipients.map((p) => entityRef(p.local_id, p.entity, p.name)!),
      place: entityRef(r.place, r.place_entity, r.place_name),
      triggerText: cut(text, r.trigger_start, r.trigger_end),
    };
  });
  return inOrder(ids, items);
}
