import { openStore, resolveDbPath, StoreError, type Db } from '../store/database.js';
import { CliError, EXIT_USAGE } from './exit-codes.js';

/** Opens the database named by --db / DATELINE_DB / ./dateline.db, turning store errors into CLI errors. */
export function openDbForCli(option: string | undefined, readonly = false): { db: Db; path: string } {
  const path = resolveDbPath(option);
  try {
    return { db: openStore(path, { readonly }), path };
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(`dateline: ${e.message}`, EXIT_USAGE);
    throw e;
  }
}

export const DB_OPTION_HELP = 'database file (default: $DATELINE_DB or ./dateline.db)';
