import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { Page } from '../store/queries/pagination.js';

export type ListFormat = 'json' | 'csv' | 'jsonl';

/** Fetches one page of a list after `cursor`; the exports walk every page with it. */
export type PageFetcher<T> = (cursor: string | undefined, limit: number) => Page<T>;

const EXPORT_PAGE = 500;

/**
 * Streams every row of a list as CSV or JSON Lines. Rows are fetched page by page through the same keyset
 * cursor the JSON API uses, so there is no row cap, memory stays flat, and the database connection is free
 * between pages for other requests.
 */
export function sendExport<T extends object>(reply: FastifyReply, format: 'csv' | 'jsonl', name: string, fetch: PageFetcher<T>): FastifyReply {
  // The first page is fetched before the response starts, so that a bad request still gets a 4xx.
  let page: Page<T> | null = fetch(undefined, EXPORT_PAGE);
  async function* rows(): AsyncGenerator<string> {
    let cursor: string | undefined;
    let columns: string[] | null = null;
    do {
      page ??= fetch(cursor, EXPORT_PAGE);
      let chunk = '';
      for (const item of page.items) {
        if (format === 'jsonl') chunk += JSON.stringify(item) + '\n';
        else {
          if (!columns) {
            columns = Object.keys(item);
            chunk += columns.map(csvCell).join(',') + '\r\n';
          }
          const record = item as Record<string, unknown>;
          chunk += columns.map((c) => csvCell(record[c])).join(',') + '\r\n';
        }
      }
      if (chunk) yield chunk;
      cursor = page.next ?? undefined;
      page = null;
      // Let other requests run between pages of a long export.
      await new Promise((resolve) => setImmediate(resolve));
    } while (cursor);
  }
  reply.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
  reply.header('content-disposition', `attachment; filename="${name}.${format === 'csv' ? 'csv' : 'jsonl'}"`);
  return reply.send(Readable.from(rows()));
}

/**
 * One CSV cell (RFC 4180). Nested values are written as JSON. Text that a spreadsheet would run as a
 * formula (=, +, @, or a tab/CR first) gets a leading apostrophe: article text is untrusted.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
