import type { FastifyInstance } from 'fastify';
import type { Annotator } from '../../annotate/annotator.js';
import { parsePublished } from '../../ingest/dates.js';
import { finalize, readInput, type ReadyArticle } from '../../ingest/read-file.js';
import type { Db } from '../../store/database.js';
import { ArticleWriter } from '../../store/write-article.js';
import { uiUrl } from '../../store/queries/urls.js';
import { errorBody, HttpError } from '../errors.js';
import { checkWrite, type WritePolicy } from '../security.js';
import { dateParam, querystring } from '../schemas.js';

const ARTICLE = {
  type: 'object',
  required: ['published', 'text'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 300 },
    url: { type: 'string', maxLength: 2000 },
    source: { type: 'string', maxLength: 300 },
    title: { type: 'string', maxLength: 1000 },
    published: { type: 'string', maxLength: 40, description: 'ISO date or date-time' },
    text: { type: 'string', minLength: 1 },
  },
} as const;

type ArticleBody = { id?: string; url?: string; source?: string; title?: string; published: string; text: string };

export interface WriteResult { id: string; url: string; outcome: 'new' | 'duplicate' }

/**
 * `POST /api/articles`: ingest articles over HTTP. JSON bodies are one article or a list (the JSON Lines
 * fields); a text/plain body goes through the ingest readers (the dated-text format, or plain text with
 * `?date=`). Articles are annotated and stored exactly as `dateline ingest` stores them.
 */
export function writeRoutes(app: FastifyInstance, db: Db, annotator: Annotator, policy: WritePolicy): void {
  const writer = new ArticleWriter(db);
  app.post('/api/articles', {
    schema: {
      summary: 'Ingest articles (JSON: one article or a list; text/plain: the dated-text format)', tags: ['writes'],
      querystring: querystring({ date: dateParam('publication day for a text/plain body that carries none') }),
      body: {
        content: {
          'application/json': { schema: { oneOf: [ARTICLE, { type: 'array', items: ARTICLE, minItems: 1, maxItems: 1000 }] } },
          'text/plain': { schema: { type: 'string', minLength: 1 } },
        },
      },
    },
    preHandler: async (request) => checkWrite(request, policy),
  }, async (request, reply) => {
    const drafts: ReadyArticle[] = [];
    const errors: { input: string; reason: string }[] = [];
    if (typeof request.body === 'string') {
      const { date } = request.query as { date?: string };
      const read = readInput('<request>', Buffer.from(request.body, 'utf8'), { date: date && date.length === 10 ? date : undefined });
      drafts.push(...read.articles);
      errors.push(...read.errors.map((e) => ({ input: 'body', reason: e.reason })));
    } else {
      const items = (Array.isArray(request.body) ? request.body : [request.body]) as ArticleBody[];
      items.forEach((item, i) => {
        const published = parsePublished(item.published);
        if ('error' in published) return errors.push({ input: `item ${i + 1}`, reason: published.error });
        if (!item.text.trim()) return errors.push({ input: `item ${i + 1}`, reason: 'the article has no text' });
        drafts.push(finalize({ id: item.id, url: item.url ?? null, source: item.source ?? null, title: item.title ?? null, published: published.value, text: item.text, origin: { path: '<request>', item: i + 1 }, dateSource: 'json' }));
      });
    }
    if (!drafts.length) return reply.code(400).send({ ...errorBody(400, errors.map((e) => `${e.input}: ${e.reason}`).join('; ') || 'no article in the body'), errors });
    const records = [];
    for (const article of drafts) {
      try {
        records.push({ article, record: await annotator.annotate(article), format: typeof request.body === 'string' ? 'http-text' : 'http-json' });
      } catch (e) {
        errors.push({ input: article.id, reason: `annotation failed: ${(e as Error).message}` });
      }
    }
    if (!records.length) throw new HttpError(422, errors.map((e) => e.reason).join('; '));
    const outcomes = writer.writeBatch(records);
    const stored: WriteResult[] = records.map((r, i) => ({ id: r.article.id, url: uiUrl.article(r.article.id), outcome: outcomes[i] }));
    return reply.code(outcomes.includes('new') ? 201 : 200).send({ items: stored, errors });
  });
}
