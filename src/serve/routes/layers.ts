import type { FastifyInstance } from 'fastify';
import type { Db } from '../../store/database.js';
import { claimKinds, listClaims, type ClaimFilters } from '../../store/queries/claims.js';
import { listEvents, type EventFilters } from '../../store/queries/events.js';
import { actorNetwork } from '../../store/queries/network.js';
import { listQuotes, type QuoteFilters } from '../../store/queries/quotes.js';
import { getStats } from '../../store/queries/stats.js';
import { listRoute } from '../list-route.js';
import { dateParam, idParam, querystring, textParam } from '../schemas.js';

const articleParam = textParam('only from this article (its id)', 300);

/** Events, quotes, claims, the actor network and the store's statistics. */
export function layerRoutes(app: FastifyInstance, db: Db): void {
  listRoute<EventFilters, object>(app, {
    url: '/api/events', name: 'events', summary: 'Events in the order of the dates the text gives',
    filters: {
      actor: idParam('entity acting'), recipient: idParam('entity acted upon'), entity: idParam('entity on either side'),
      type: textParam('PLOVER event type (CONSULT, MEET, …)', 40),
      modality: { type: 'string', enum: ['asserted', 'future', 'expected', 'hypothetical', 'negated'], description: 'how the text presents the event' },
      from: dateParam('on or after this date'), to: dateParam('on or before this date'),
      place: idParam('entity where it happens'), article: articleParam,
    },
    fetch: (q, cursor, limit) => listEvents(db, q, cursor, limit),
  });
  listRoute<QuoteFilters, object>(app, {
    url: '/api/quotes', name: 'quotes', summary: 'Quotes, by publication day',
    filters: {
      speaker: idParam('entity speaking'), about: idParam('entity mentioned in the quote, or addressed'),
      from: dateParam('published on or after'), to: dateParam('published on or before'), article: articleParam,
    },
    fetch: (q, cursor, limit) => listQuotes(db, q, cursor, limit),
  });
  listRoute<ClaimFilters, object>(app, {
    url: '/api/claims', name: 'claims', summary: 'Claims (numbers stated about something), in the order of the dates they are as of: one series per kind and subject',
    description: 'Each item has `series`, the claimant (or news source) a chart draws one line for.',
    filters: {
      kind: textParam('claim kind (killed, injured, …)', 40), about: idParam('entity the number is about'), source: idParam('entity that made the claim'),
      entity: idParam('about or by this entity'), from: dateParam('as of on or after'), to: dateParam('as of on or before'), article: articleParam,
    },
    fetch: (q, cursor, limit) => listClaims(db, q, cursor, limit),
  });
  app.get('/api/claims/kinds', { schema: { summary: 'Claim kinds, each with the entities its claims are most often about', tags: ['search'] } }, async () => ({ items: claimKinds(db) }));
  app.get('/api/network', {
    schema: {
      summary: 'Actor network: who acts on whom in asserted events, with the mean Goldstein score (cooperation > 0 > conflict) of each edge', tags: ['objects'],
      querystring: querystring({ entity: idParam('only edges touching this entity'), from: dateParam('events on or after'), to: dateParam('events on or before'), limit: { type: 'integer', minimum: 1, maximum: 500, default: 60 } }),
    },
  }, async (request) => actorNetwork(db, request.query as { entity?: number; from?: string; to?: string; limit?: number }));
  app.get('/api/stats', { schema: { summary: 'What the store holds', tags: ['objects'] } }, async () => getStats(db));
}
