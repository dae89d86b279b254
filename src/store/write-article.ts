import type { ReadyArticle } from '../ingest/read-file.js';
import type { AnnotationRecord } from '../record/annotation-record.js';
import { entityKey } from '../extract/entities/identity.js';
import type { Db } from './database.js';
import { extraFields } from './extra-fields.js';

const TIMEX_FIELDS = new Set(['start', 'end', 'text', 'type', 'value', 'mod']);
const EVENT_FIELDS = new Set(['id', 'event', 'mode', 'cameo', 'actors', 'recipients', 'place', 'date', 'dateFrom', 'modality', 'score', 'goldstein', 'trigger', 'sentence']);
const QUOTE_FIELDS = new Set(['speaker', 'source', 'cue', 'content', 'direct', 'addressee']);
const CLAIM_FIELDS = new Set(['kind', 'value', 'qualifier', 'about', 'source', 'asOf', 'span']);
const ENTITY_FIELDS = new Set(['id', 'type', 'name', 'kb', 'country', 'sector', 'mentions', 'mentionKinds']);

export type WriteOutcome = 'new' | 'duplicate';

/**
 * Writes articles with all their layers. Prepared once per database; each `write` is one transaction, so
 * an article is stored whole or not at all, and a duplicate (same id or same content and day) is skipped.
 */
export class ArticleWriter {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      exists: db.prepare(`SELECT 1 FROM articles WHERE id = ? OR content_hash = ?`).pluck(),
      article: db.prepare(`INSERT INTO articles (id, content_hash, published, published_day, title, source, url, text, sentences, origin_path, origin_line, origin_item, date_source, format, ingested_at)
        VALUES (@id, @contentHash, @published, @day, @title, @source, @url, @text, @sentences, @originPath, @originLine, @originItem, @dateSource, @format, @now)`),
      findEntity: db.prepare(`SELECT id FROM entities WHERE key = ?`).pluck(),
      newEntity: db.prepare(`INSERT INTO entities (key, name, type, kb_source, kb_id, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      countEntity: db.prepare(`UPDATE entities SET article_count = article_count + 1, mention_count = mention_count + ? WHERE id = ?`),
      articleEntity: db.prepare(`INSERT INTO article_entities (article, local_id, entity, type, name, kb_source, kb_id, country, sector, mention_count, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      mention: db.prepare(`INSERT INTO mentions (article, local_id, start, end, kind) VALUES (?, ?, ?, ?, ?)`),
      timex: db.prepare(`INSERT INTO timexes (article, idx, start, end, text, type, value, mod, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      event: db.prepare(`INSERT INTO events (article, idx, local_id, event, mode, cameo, place, place_entity, date, date_from, modality, score, goldstein, trigger_start, trigger_end, sentence, extra)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      participant: db.prepare(`INSERT INTO event_participants (event, role, position, local_id, entity) VALUES (?, ?, ?, ?, ?)`),
      quote: db.prepare(`INSERT INTO quotes (article, idx, speaker, speaker_entity, addressee, addressee_entity, source_start, source_end, cue_start, cue_end, content_start, content_end, direct, extra)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      claim: db.prepare(`INSERT INTO claims (article, idx, kind, value, qualifier, about, about_entity, source, source_entity, as_of, span_start, span_end, extra)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  isStored(article: Pick<ReadyArticle, 'id' | 'contentHash'>): boolean {
    return this.statements.exists.get(article.id, article.contentHash) !== undefined;
  }

  /** Stores a batch in one transaction (one fsync for many articles); returns each article's outcome. */
  writeBatch(items: readonly { article: ReadyArticle; record: AnnotationRecord; format?: string | null }[]): WriteOutcome[] {
    return this.db.transaction(() => items.map((item) => this.writeOne(item.article, item.record, item.format ?? null)))();
  }

  private writeOne(article: ReadyArticle, record: AnnotationRecord, format: string | null): WriteOutcome {
    const s = this.statements;
    if (this.isStored(article)) return 'duplicate';
    const { lastInsertRowid } = s.article.run({
      id: article.id, contentHash: article.contentHash, published: article.published, day: article.published.slice(0, 10),
      title: article.title, source: article.source, url: article.url, text: article.text, sentences: JSON.stringify(record.sentences),
      originPath: article.origin?.path ?? null, originLine: article.origin?.line ?? null, originItem: article.origin?.item ?? null,
      dateSource: article.dateSource ?? null, format, now: new Date().toISOString(),
    });
    const rowid = Number(lastInsertRowid);

    const globalIds = new Map<string, number>();
    for (const e of record.entities) {
      const key = entityKey(e);
      let id = s.findEntity.get(key) as number | undefined;
      // A country guessed from this article's context stays with the article: another article may place the same
      // unlinked name elsewhere.
      const ownCountry = e.countryFrom === 'context' ? null : e.country;
      if (id === undefined) id = Number(s.newEntity.run(key, e.name, e.type, e.kb?.source ?? null, e.kb?.id ?? null, ownCountry, e.sector).lastInsertRowid);
      s.countEntity.run(e.mentions.length, id);
      globalIds.set(e.id, id);
      s.articleEntity.run(rowid, e.id, id, e.type, e.name, e.kb?.source ?? null, e.kb?.id ?? null, e.country, e.sector, e.mentions.length, extraFields(e, ENTITY_FIELDS));
      e.mentions.forEach(([start, end], i) => s.mention.run(rowid, e.id, start, end, e.mentionKinds?.[i] ?? null));
    }
    const global = (local: string | null) => (local === null ? null : globalIds.get(local) ?? null);

    record.timexes.forEach((t, i) => s.timex.run(rowid, i, t.start, t.end, t.text, t.type, t.value, t.mod ?? null, extraFields(t, TIMEX_FIELDS)));
    record.events.forEach((e, i) => {
      const eventRow = Number(s.event.run(rowid, i, e.id, e.event, e.mode, e.cameo, e.place, global(e.place), e.date, e.dateFrom, e.modality,
        e.score, e.goldstein ?? null, e.trigger[0], e.trigger[1], e.sentence, extraFields(e, EVENT_FIELDS)).lastInsertRowid);
      e.actors.forEach((local, p) => s.participant.run(eventRow, 'actor', p, local, global(local)));
      e.recipients.forEach((local, p) => s.participant.run(eventRow, 'recipient', p, local, global(local)));
    });
    record.quotes.forEach((q, i) => s.quote.run(rowid, i, q.speaker, global(q.speaker), q.addressee, global(q.addressee),
      q.source?.[0] ?? null, q.source?.[1] ?? null, q.cue?.[0] ?? null, q.cue?.[1] ?? null, q.content[0], q.content[1], q.direct ? 1 : 0, extraFields(q, QUOTE_FIELDS)));
    record.claims.forEach((c, i) => s.claim.run(rowid, i, c.kind, c.value, c.qualifier, c.about, global(c.about), c.source, global(c.source), c.asOf,
      c.span[0], c.span[1], extraFields(c, CLAIM_FIELDS)));
    return 'new';
  }
}
