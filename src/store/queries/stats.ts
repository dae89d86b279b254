import type { Db } from '../database.js';
import { prepared } from './prepared.js';

export interface Stats {
  articles: number;
  entities: number;
  events: number;
  quotes: number;
  claims: number;
  ingestErrors: number;
  firstDay: string | null;
  lastDay: string | null;
  sources: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  modalities: { value: string; count: number }[];
  entityTypes: { value: string; count: number }[];
  claimKinds: { value: string; count: number }[];
}

/** What the store holds, in one small object (every count an indexed or table-sized scan). */
export function getStats(db: Db): Stats {
  const totals = prepared(db, `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM ingest_errors) AS ingestErrors,
      (SELECT min(published_day) FROM articles) AS firstDay, (SELECT max(published_day) FROM articles) AS lastDay`).get() as Omit<Stats, 'sources' | 'eventTypes' | 'modalities' | 'entityTypes' | 'claimKinds'>;
  const group = (sql: string) => prepared(db, sql).all() as { value: string; count: number }[];
  return {
    ...totals,
    sources: group(`SELECT coalesce(source, '') AS value, count(*) AS count FROM articles GROUP BY source ORDER BY count DESC LIMIT 50`),
    eventTypes: group(`SELECT event AS value, count(*) AS count FROM events GROUP BY event ORDER BY count DESC`),
    modalities: group(`SELECT modality AS value, count(*) AS count FROM events GROUP BY modality ORDER BY count DESC`),
    entityTypes: group(`SELECT type AS value, count(*) AS count FROM entities GROUP BY type ORDER BY count DESC`),
    claimKinds: group(`SELECT kind AS value, count(*) AS count FROM claims GROUP BY kind ORDER BY count DESC`),
  };
}
