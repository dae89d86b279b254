import type { FastifyInstance } from 'fastify';
import type { Page } from '../store/queries/pagination.js';
import { sendExport, type ListFormat } from './export.js';
import { listParams, pageResponse, querystring } from './schemas.js';

interface ListQuery { cursor?: string; limit: number; format: ListFormat }

export interface ListRouteOptions<Q, T> {
  url: string;
  /** File name of the CSV / JSON Lines download. */
  name: string;
  summary: string;
  description?: string;
  /** The list's own filters (the paging and format parameters are added). */
  filters: Record<string, unknown>;
  /** Path parameters (their values are merged into the query the fetcher gets). */
  params?: Record<string, unknown>;
  fetch: (query: Q, cursor: string | undefined, limit: number) => Page<T>;
}

/** A list endpoint: `{items, next}` pages as JSON, or every row as CSV or JSON Lines (`format`). */
export function listRoute<Q, T extends object>(app: FastifyInstance, o: ListRouteOptions<Q, T>): void {
  app.get(o.url, {
    schema: {
      summary: o.summary, description: o.description, tags: ['lists'], querystring: querystring({ ...o.filters, ...listParams }), response: pageResponse(o.summary),
      ...(o.params ? { params: o.params } : {}),
    },
  }, async (request, reply) => {
    const query = { ...(request.params as object), ...(request.query as object) } as Q & ListQuery;
    if (query.format === 'csv' || query.format === 'jsonl') return sendExport(reply, query.format, o.name, (cursor, limit) => o.fetch(query, cursor, limit));
    return o.fetch(query, query.cursor, query.limit);
  });
}
