import type { Db } from '../database.js';
import { listClaims, type ClaimItem } from './claims.js';
import { listEvents, type EventItem } from './events.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import { prepared } from './prepared.js';
import { listQuotes, type QuoteItem } from './quotes.js';
import { uiUrl } from './urls.js';
import { Where } from './where.js';

export interface EntityFilters {
  q?: string;
  type?: string;
  country?: string;
  sector?: string;
}

export interface EntityListItem {
  id: number;
  url: string;
  timelineUrl: string;
  name: string;
  type: string;
  kb: { source: string; id: string } | null;
  country: string | null;
  sector: string | null;
  articleCount: number;
  mentionCount: number;
}

interface EntityRow { id: number; name: string; type: string; kb_source: string | null; kb_id: string | null; country: string | null; sector: string | null; article_count: number; mention_count: number }

const COLUMNS = 'id, name, type, kb_source, kb_id, country, sector, article_count, mention_count';

/** Escapes LIKE's wildcards so that a search for "50%" means the characters typed. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** Entities, most mentioned first; `q` matches anywhere in the name, case-insensitively. */
export function listEntities(db: Db, f: EntityFilters, cursor?: string, limit?: number): Page<EntityListItem> {
  const n = clampLimit(limit);
  const where = new Where()
    .when(f.q?.trim() ? likePattern(f.q.trim()) : undefined, 'like', `name LIKE @like ESCAPE '\\'`)
    .when(f.type, 'type', 'type = @type')
    .when(f.country, 'country', 'country = @country')
    .when(f.sector, 'sector', 'sector = @sector');
  const after = decodeCursor(cursor, 2);
  if (after) where.add('(mention_count < @afterCount OR (mention_count = @afterCount AND id > @afterId))', { afterCount: after[0], afterId: after[1] });
  const rows = prepared(db, `SELECT ${COLUMNS} FROM entities ${where.sql()} ORDER BY mention_count DESC, id LIMIT @n`).all({ ...where.params, n: n + 1 }) as EntityRow[];
  return toPage(rows, n, (r) => [r.mention_count, r.id], toItem);
}

function toItem(r: EntityRow): EntityListItem {
  return {
    id: r.id, url: uiUrl.entity(r.id), timelineUrl: uiUrl.timeline(r.id), name: r.name, type: r.type,
    kb: r.kb_source !== null && r.kb_id !== null ? { source: r.kb_source, id: r.kb_id } : null,
    country: r.country, sector: r.sector, articleCount: r.article_count, mentionCount: r.mention_count,
  };
}

export function getEntityCard(db: Db, id: number): EntityListItem | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM entities WHERE id = ?`).get(id) as EntityRow | undefined;
  return row ? toItem(row) : null;
}

export interface EntityDetail extends EntityListItem {
  /** The names the entity goes by in the articles, most frequent first. */
  names: { name: string; count: number }[];
  mentionsPerDay: { day: string; mentions: number; articles: number }[];
  eventsAsActor: Page<EventItem>;
  eventsAsRecipient: Page<EventItem>;
  quotesBy: Page<QuoteItem>;
  quotesAbout: Page<QuoteItem>;
  claims: Page<ClaimItem>;
  related: (Pick<EntityListItem, 'id' | 'url' | 'name' | 'type'> & { articles: number })[];
  /** Cursors continue through the lists' own endpoints (`/api/events?actor=…&cursor=…`). */
  lists: Record<'eventsAsActor' | 'eventsAsRecipient' | 'quotesBy' | 'quotesAbout' | 'claims' | 'articles', string>;
}

const SECTION = 20;

/** The entity page: its card, how often it is mentioned per day, what it does and says, who it appears with. */
export function getEntity(db: Db, id: number): EntityDetail | null {
  const card = getEntityCard(db, id);
  if (!card) return null;
  return {
    ...card,
    names: prepared(db, `SELECT name, count(*) AS count FROM article_entities WHERE entity = ? GROUP BY name ORDER BY count DESC, name LIMIT 10`).all(id) as EntityDetail['names'],
    mentionsPerDay: prepared(db, `SELECT a.published_day AS day, sum(ae.mention_count) AS mentions, count(*) AS articles FROM article_entities ae JOIN articles a ON a.rowid = ae.article
      WHERE ae.entity = ? GROUP BY day ORDER BY day`).all(id) as EntityDetail['mentionsPerDay'],
    eventsAsActor: listEvents(db, { actor: id }, undefined, SECTION),
    eventsAsRecipient: listEvents(db, { recipient: id }, undefined, SECTION),
    quotesBy: listQuotes(db, { speaker: id }, undefined, SECTION),
    quotesAbout: listQuotes(db, { about: id }, undefined, SECTION),
    claims: listClaims(db, { entity: id }, undefined, SECTION),
    related: (prepared(db, `SELECT en.id, en.name, en.type, count(*) AS articles FROM article_entities me JOIN article_entities other ON other.article = me.article AND other.entity <> me.entity
        JOIN entities en ON en.id = other.entity WHERE me.entity = ? GROUP BY en.id ORDER BY articles DESC, en.mention_count DESC LIMIT 20`).all(id) as { id: number; name: string; type: string; articles: number }[])
      .map((r) => ({ ...r, url: uiUrl.entity(r.id) })),
    lists: {
      eventsAsActor: `/api/events?actor=${id}`, eventsAsRecipient: `/api/events?recipient=${id}`,
      quotesBy: `/api/quotes?speaker=${id}`, quotesAbout: `/api/quotes?about=${id}`, claims: `/api/claims?entity=${id}`, articles: `/api/articles?entity=${id}`,
    },
  };
}
