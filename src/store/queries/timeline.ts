import type { Db } from '../database.js';
import { claimsByIds, type ClaimItem } from './claims.js';
import { eventsByIds, type EventItem } from './events.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import { prepared } from './prepared.js';
import { quotesByIds, type QuoteItem } from './quotes.js';

export type TimelineItem = (EventItem | QuoteItem | ClaimItem) & {
  /** Planned or expected (future, expected, hypothetical): drawn apart from what happened. */
  planned: boolean;
  negated: boolean;
};

export interface TimelineFilters {
  from?: string;
  to?: string;
  kinds?: readonly ('event' | 'quote' | 'claim')[];
}

/**
 * An entity's timeline: events it takes part in (as actor or recipient), quotes it speaks and claims made
 * about it or by it, ordered by the date the text gives (the publication day when the text gives none).
 * Dates of different precision interleave as ISO strings do: `2023-11` comes before `2023-12-05`.
 */
export function entityTimeline(db: Db, entity: number, f: TimelineFilters = {}, cursor?: string, limit?: number): Page<TimelineItem> {
  const n = clampLimit(limit);
  const kinds = new Set(f.kinds?.length ? f.kinds : ['event', 'quote', 'claim']);
  const parts: string[] = [];
  if (kinds.has('event')) parts.push(`SELECT 'event' AS kind, e.rowid AS rid, coalesce(e.date, a.published_day) AS date FROM events e JOIN articles a ON a.rowid = e.article
      WHERE e.rowid IN (SELECT event FROM event_participants WHERE entity = @entity)`);
  if (kinds.has('quote')) parts.push(`SELECT 'quote', q.rowid, a.published_day FROM quotes q JOIN articles a ON a.rowid = q.article WHERE q.speaker_entity = @entity`);
  if (kinds.has('claim')) parts.push(`SELECT 'claim', c.rowid, coalesce(c.as_of, a.published_day) FROM claims c JOIN articles a ON a.rowid = c.article
      WHERE c.about_entity = @entity OR c.source_entity = @entity`);
  const params: Record<string, unknown> = { entity, n: n + 1 };
  const conditions: string[] = [];
  if (f.from) conditions.push('date >= @from'), (params.from = f.from);
  if (f.to) conditions.push('date <= @to'), (params.to = f.to);
  const after = decodeCursor(cursor, 3);
  if (after) conditions.push('(date, kind, rid) > (@afterDate, @afterKind, @afterRow)'), Object.assign(params, { afterDate: after[0], afterKind: after[1], afterRow: after[2] });
  const rows = prepared(db, `SELECT kind, rid, date FROM (${parts.join(' UNION ALL ')}) ${conditions.length ? 'WHERE ' + conditions.join(' AND ') : ''}
    ORDER BY date, kind, rid LIMIT @n`).all(params) as { kind: 'event' | 'quote' | 'claim'; rid: number; date: string }[];
  const page = toPage(rows, n, (r) => [r.date, r.kind, r.rid], (r) => r);
  const ids = (kind: string) => page.items.filter((r) => r.kind === kind).map((r) => r.rid);
  const hydrated = new Map<string, EventItem | QuoteItem | ClaimItem>();
  for (const item of eventsByIds(db, ids('event'))) hydrated.set(`event:${item.id}`, item);
  for (const item of quotesByIds(db, ids('quote'))) hydrated.set(`quote:${item.id}`, item);
  for (const item of claimsByIds(db, ids('claim'))) hydrated.set(`claim:${item.id}`, item);
  const items = page.items.map((r) => hydrated.get(`${r.kind}:${r.rid}`)).filter((x) => x !== undefined).map((item): TimelineItem => {
    const modality = item.kind === 'event' ? item.modality : 'asserted';
    return { ...item, planned: modality === 'future' || modality === 'expected' || modality === 'hypothetical', negated: modality === 'negated' };
  });
  return { items, next: page.next };
}
