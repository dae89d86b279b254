import type { Db } from './database.js';

/**
 * Row ids of stored articles in publication order, optionally within [since, until] (days, inclusive).
 * Fetched in pages by key (day, rowid) because better-sqlite3 cannot run other queries on a connection
 * while an iterator is open, and the caller reads each article's layers as it goes.
 */
export function* articleRowids(db: Db, range: { since?: string; until?: string } = {}, pageSize = 500): Generator<number> {
  const page = db.prepare(`SELECT rowid, published_day FROM articles
    WHERE published_day >= @since AND published_day <= @until AND (published_day > @day OR (published_day = @day AND rowid > @rowid))
    ORDER BY published_day, rowid LIMIT @limit`);
  const key = { since: range.since ?? '', until: range.until ?? '9999-99-99', day: '', rowid: 0, limit: pageSize };
  for (;;) {
    const rows = page.all(key) as { rowid: number; published_day: string }[];
    for (const row of rows) yield row.rowid;
    if (rows.length < pageSize) return;
    key.rowid = rows[rows.length - 1].rowid;
    key.day = rows[rows.length - 1].published_day;
  }
}
