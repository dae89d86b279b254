/**
 * JSON Schemas of query parameters, shared by the routes. Fastify validates (and coerces) every request
 * against them, and the OpenAPI document is generated from them, so the docs cannot drift from the code.
 */
const DAY = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export const dateParam = (description: string) => ({ type: 'string', pattern: DAY, description } as const);
export const idParam = (description: string) => ({ type: 'integer', minimum: 1, description } as const);
export const textParam = (description: string, maxLength = 200) => ({ type: 'string', maxLength, description } as const);

/** Every list takes these. `format` picks JSON (a page), or CSV / JSON Lines (every row, streamed). */
export const listParams = {
  cursor: { type: 'string', maxLength: 1000, description: 'the `next` value of the previous page' },
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'items per page (JSON only; CSV and JSON Lines return every row)' },
  format: { type: 'string', enum: ['json', 'csv', 'jsonl'], default: 'json', description: 'json: one page; csv or jsonl: all matching rows, streamed' },
} as const;

export function querystring(properties: Record<string, unknown>) {
  return { type: 'object', properties: { ...properties }, additionalProperties: false } as const;
}

export const pageResponse = (description: string) => ({
  200: {
    description,
    type: 'object',
    properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } }, next: { type: ['string', 'null'] } },
  },
});
