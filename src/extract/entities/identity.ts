import type { Entity } from '../../model/layers.js';
import { nameKey } from '../../kb/normalize.js';

/**
 * The cross-article identity of an entity: its KB reference when it is linked (`wikidata:Q127998`,
 * `geonames:524901`, `iso3166:PSE`, `phoenix:HAMAS`), else its type and folded name
 * (`name:PER:hafeez nofal`), so that unlinked names still meet across articles when written alike.
 * Two articles' entities with the same key are one stored entity. A country and its demonym share the
 * ISO reference (`iso3166:PSE` for "Palestine" and "Palestinian"): one entity page for both.
 */
export function entityKey(entity: Pick<Entity, 'kb' | 'type' | 'name'>): string {
  if (entity.kb) return `${entity.kb.source}:${entity.kb.id}`;
  return `name:${entity.type}:${nameKey(entity.name)}`;
}
