import type { Db } from './database.js';

export interface StoreStats {
  articles: number;
  firstDay: string | null;
  lastDay: string | null;
  sources: number;
  entities: number;
  mentions: number;
  timexes: number;
  events: number;
  quotes: number;
  claims: number;
  ingestErrors: number;
  topEntities: { name: string; type: string; articles: number; mentions: number }[];
  eventTypes: { event: string; count: number }[];
}

export function storeStats(db: Db): StoreStats {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  const range = db.prepare(`SELECT min(published_day) AS firstDay, max(published_day) AS lastDay FROM articles`).get() as { firstDay: string | null; lastDay: string | null };
  return {
    articles: one(`SELECT count(*) FROM articles`),
    ...range,
    sources: one(`SELECT count(DISTINCT source) FROM articles`),
    entities: one(`SELECT count(*) FROM entities`),
    mentions: one(`SELECT count(*) FROM mentions`),
    timexes: one(`SELECT count(*) FROM timexes`),
    events: one(`SELECT count(*) FROM events`),
    quotes: one(`SELECT count(*) FROM quotes`),
    claims: one(`SELECT count(*) FROM claims`),
    ingestErrors: one(`SELECT count(*) FROM ingest_errors`),
    topEntities: db.prepare(`SELECT name, type, article_count AS articles, mention_count AS mentions FROM entities ORDER BY mention_count DESC LIMIT 10`).all() as StoreStats['topEntities'],
    eventTypes: db.prepare(`SELECT event, count(*) AS count FROM events GROUP BY event ORDER BY count DESC`).all() as StoreStats['eventTypes'],
  };
}
