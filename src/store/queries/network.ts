import type { Db } from '../database.js';
import { prepared } from './prepared.js';
import { uiUrl } from './urls.js';

export interface NetworkNode { id: number; name: string; type: string; url: string; events: number }
export interface NetworkEdge {
  source: number;
  target: number;
  events: number;
  /** Mean Goldstein score of the edge's events (−10 conflict … +10 cooperation), null when none has one. */
  goldstein: number | null;
  types: { event: string; count: number }[];
  /** The events behind the edge. */
  url: string;
}

export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[] }

/**
 * Who acts on whom: one directed edge per actor → recipient pair over asserted events (negated, planned
 * and hypothetical events did not happen). With `entity`, only the edges that touch it.
 */
export function actorNetwork(db: Db, f: { entity?: number; from?: string; to?: string; limit?: number }): Network {
  const limit = Math.max(1, Math.min(500, f.limit ?? 60));
  const edges = prepared(db, `SELECT ac.entity AS source, re.entity AS target, count(*) AS events, avg(e.goldstein) AS goldstein, json_group_array(e.event) AS types
    FROM events e JOIN articles a ON a.rowid = e.article
    JOIN event_participants ac ON ac.event = e.rowid AND ac.role = 'actor' AND ac.entity IS NOT NULL
    JOIN event_participants re ON re.event = e.rowid AND re.role = 'recipient' AND re.entity IS NOT NULL AND re.entity <> ac.entity
    WHERE e.modality = 'asserted'
      AND (@entity IS NULL OR ac.entity = @entity OR re.entity = @entity)
      AND (@from IS NULL OR coalesce(e.date, a.published_day) >= @from)
      AND (@to IS NULL OR coalesce(e.date, a.published_day) <= @to)
    GROUP BY ac.entity, re.entity ORDER BY events DESC LIMIT @limit`).all({ entity: f.entity ?? null, from: f.from ?? null, to: f.to ?? null, limit }) as
    { source: number; target: number; events: number; goldstein: number | null; types: string }[];
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const nodes = ids.length ? (prepared(db, `SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: number; name: string; type: string }[]) : [];
  const weight = new Map<number, number>();
  for (const e of edges) for (const id of [e.source, e.target]) weight.set(id, (weight.get(id) ?? 0) + e.events);
  return {
    nodes: nodes.map((n) => ({ ...n, url: uiUrl.entity(n.id), events: weight.get(n.id) ?? 0 })).sort((a, b) => b.events - a.events),
    edges: edges.map((e) => ({
      source: e.source, target: e.target, events: e.events, goldstein: e.goldstein === null ? null : Math.round(e.goldstein * 100) / 100,
      types: countTypes(JSON.parse(e.types) as string[]),
      url: `/events?actor=${e.source}&recipient=${e.target}`,
    })),
  };
}

function countTypes(types: string[]): { event: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([event, count]) => ({ event, count })).sort((a, b) => b.count - a.count);
}
