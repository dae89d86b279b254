import Database from 'better-sqlite3';
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

const APPLICATION = 'dateline';

export class StoreError extends Error {}

/** The default database path: `--db`, else `DATELINE_DB`, else `./dateline.db`. */
export function resolveDbPath(option?: string): string {
  return option ?? process.env.DATELINE_DB ?? 'dateline.db';
}

/**
 * Opens (creating if needed) a Dateline database and brings its schema up to date. Refuses a file that
 * is not SQLite, or a SQLite database that some other program made, instead of writing into it.
 */
export function openStore(path: string, options: { readonly?: boolean } = {}): Db {
  const exists = path !== ':memory:' && existsSync(path);
  if (exists) checkIsSqlite(path);
  if (!exists && options.readonly) throw new StoreError(`${path}: no such database (run "dateline ingest" first, or give --db)`);
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new StoreError(`${path}: cannot open the database (${(e as Error).message})`);
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    checkIsDateline(db, path);
    if (!options.readonly) migrate(db);
    else if (schemaVersion(db) < MIGRATIONS.length) throw new StoreError(`${path}: the database schema is older than this version of Dateline; open it once without --readonly to upgrade`);
  } catch (e) {
    db.close();
    throw e instanceof StoreError ? e : new StoreError(`${path}: ${(e as Error).message}`);
  }
  return db;
}

function checkIsSqlite(path: string): void {
  if (statSync(path).size === 0) return; // an empty file: SQLite treats it as a new database
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') throw new StoreError(`${path} is not a Dateline database (not an SQLite file); choose another --db`);
}

function checkIsDateline(db: Db, path: string): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (tables.length === 0) return; // new database
  const isOurs = tables.includes('meta') && db.prepare(`SELECT value FROM meta WHERE key = 'application'`).pluck().get() === APPLICATION;
  if (!isOurs) throw new StoreError(`${path} is an SQLite database of another program, not a Dateline database; choose another --db`);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
  const from = schemaVersion(db);
  if (from > MIGRATIONS.length) throw new StoreError(`the database was written by a newer Dateline (schema ${from}, this one knows ${MIGRATIONS.length})`);
  for (let version = from; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      if (version === 0) db.prepare(`INSERT INTO meta (key, value) VALUES ('application', ?)`).run(APPLICATION);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
