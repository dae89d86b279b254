import type { FastifyInstance } from 'fastify';
import { articleFacets, getArticle, listArticles, type ArticleFilters } from '../../store/queries/articles.js';
import { RecordReader } from '../../store/read-record.js';
import type { Db } from '../../store/database.js';
import { notFound } from '../errors.js';
import { listRoute } from '../list-route.js';
import { dateParam, idParam, querystring, textParam } from '../schemas.js';

const FILTERS = {
  q: textParam('full-text search: every word must appear; `word*` matches a prefix'),
  from: dateParam('published on or after this day'),
  to: dateParam('published on or before this day'),
  source: textParam('news source, exactly as stored'),
  entity: idParam('mentions this entity'),
  eventType: textParam('has an event of this PLOVER type', 40),
};

export function articleRoutes(app: FastifyInstance, db: Db): void {
  const reader = new RecordReader(db);
  listRoute<ArticleFilters, object>(app, {
    url: '/api/articles', name: 'articles', summary: 'Articles: full-text search with highlighted snippets, newest first without q',
    filters: FILTERS, fetch: (q, cursor, limit) => listArticles(db, q, cursor, limit),
  });
  app.get('/api/facets', {
    schema: { summary: 'Counts for the search facets (sources, event types, entities) and the date histogram (articles per month)', tags: ['search'], querystring: querystring(FILTERS) },
  }, async (request) => articleFacets(db, request.query as ArticleFilters));
  app.get('/api/articles/:id', {
    schema: { summary: 'One article: its annotation record, with the stored entity behind each local entity id', tags: ['objects'], params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 300 } }, required: ['id'] } },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const article = getArticle(db, reader, id);
    if (!article) throw notFound(`there is no article with id "${id}"`);
    return article;
  });
}
