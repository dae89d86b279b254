/**
 * Cursor pagination. A cursor is the sort key of the last item a page returned, encoded as base64url JSON
 * so that clients treat it as opaque; the next page starts strictly after that key (keyset pagination), so
 * pages stay consistent while articles are being added and cost the same however deep a client goes.
 */
export interface Page<T> {
  items: T[];
  /** Cursor of the next page, or null on the last one. */
  next: string | null;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** A cursor the client sent that we did not make (or an old one): a 400, not a 500. */
export class BadCursorError extends Error {
  constructor() {
    super('the "cursor" parameter is not a cursor this server returned; start again without it');
  }
}

export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor into a key of `length` scalars; throws BadCursorError on anything else. */
export function decodeCursor(cursor: string | undefined, length: number): (string | number | null)[] | null {
  if (cursor === undefined || cursor === '') return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadCursorError();
  }
  if (!Array.isArray(key) || key.length !== length || !key.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) throw new BadCursorError();
  return key;
}

/**
 * Runs a page query that fetched `limit + 1` rows: the extra row only tells whether a next page exists.
 * `keyOf` gives the sort key of a row (what the next page's query compares against).
 */
export function toPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => (string | number | null)[], map: (row: Row) => Item): Page<Item> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(map), next: more ? encodeCursor(keyOf(kept[kept.length - 1])) : null };
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
}
