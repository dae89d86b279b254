import type { FastifyInstance } from 'fastify';
import type { Db } from '../../store/database.js';
import { getEntity, getEntityCard, listEntities, type EntityFilters } from '../../store/queries/entities.js';
import { entityTimeline, type TimelineFilters } from '../../store/queries/timeline.js';
import { notFound } from '../errors.js';
import { listRoute } from '../list-route.js';
import { dateParam, idParam, textParam } from '../schemas.js';

const ENTITY_PARAMS = { type: 'object', properties: { id: idParam('entity id') }, required: ['id'] } as const;

export function entityRoutes(app: FastifyInstance, db: Db): void {
  listRoute<EntityFilters, object>(app, {
    url: '/api/entities', name: 'entities', summary: 'Entities, most mentioned first',
    filters: {
      q: textParam('part of the name, any case'),
      type: { type: 'string', enum: ['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'MISC'], description: 'entity type' },
      country: textParam('ISO 3166 alpha-3 or PLOVER country code', 10),
      sector: textParam('PLOVER sector (GOV, MIL, REB, …)', 20),
    },
    fetch: (q, cursor, limit) => listEntities(db, q, cursor, limit),
  });
  app.get('/api/entities/:id', {
    schema: { summary: 'One entity: card, mentions per day, events as actor and recipient, quotes by and about it, claims, related entities', tags: ['objects'], params: ENTITY_PARAMS },
  }, async (request) => {
    const { id } = request.params as { id: number };
    const entity = getEntity(db, id);
    if (!entity) throw notFound(`there is no entity with id ${id}`);
    return entity;
  });

  // The timeline is a list like the others (pages, CSV, JSON Lines) scoped to one entity.
  listRoute<TimelineFilters & { id: number; kinds?: string }, object>(app, {
    url: '/api/entities/:id/timeline', name: 'timeline', params: ENTITY_PARAMS,
    summary: "An entity's timeline: events, quotes and claims in the order of the dates the text gives",
    description: 'Each item has `date`, `dateFrom` (text or published), `kind` (event, quote, claim), `record` (as in the annotation record), `article`, `sentence` ([start, end)) and `planned` / `negated` marks.',
    filters: {
      from: dateParam('on or after this date'), to: dateParam('on or before this date'),
      kinds: { type: 'string', pattern: '^(event|quote|claim)(,(event|quote|claim))*$', description: 'comma-separated kinds to include (default all)' },
    },
    fetch: (q, cursor, limit) => {
      if (!getEntityCard(db, q.id)) throw notFound(`there is no entity with id ${q.id}`);
      const kinds = q.kinds?.split(',') as TimelineFilters['kinds'];
      return entityTimeline(db, q.id, { from: q.from, to: q.to, kinds }, cursor, limit);
    },
  });
}
