import type { Statement } from 'better-sqlite3';
import type { Db } from '../database.js';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * Prepares a statement once per database and SQL text. The SQL of a query varies only with which filters
 * are present (never with their values), so the cache stays small.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
