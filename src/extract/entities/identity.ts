import type { Entity } from '../../model/layers.js';

/**
 * The identity of an entity across articles: its knowledge-base id when linked, else its type and
 * normalized name. Two articles' entities with the same key are one stored entity.
 */
export function entityKey(entity: Pick<Entity, 'kb' | 'type' | 'name'>): string {
  if (entity.kb) return `${entity.kb.source}:${entity.kb.id}`;
  const name = entity.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `name:${entity.type}:${name}`;
}
