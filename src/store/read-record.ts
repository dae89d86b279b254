import type { EntityType, Modality, ClaimQualifier, TimexType, EventRecord, Quote, Claim, Timex } from '../model/layers.js';
import type { Span } from '../model/span.js';
import type { AnnotationRecord } from '../record/annotation-record.js';
import type { Db } from './database.js';
import { withExtra } from './extra-fields.js';

interface ArticleRow { rowid: number; id: string; published: string; title: string | null; source: string | null; url: string | null; text: string; sentences: string }

/** Rebuilds annotation records from the layer tables (the inverse of ArticleWriter). */
export class RecordReader {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      byId: db.prepare(`SELECT rowid, id, published, title, source, url, text, sentences FROM articles WHERE id = ?`),
      byRowid: db.prepare(`SELECT rowid, id, published, title, source, url, text, sentences FROM articles WHERE rowid = ?`),
      entities: db.prepare(`SELECT local_id, type, name, kb_source, kb_id, country, sector, extra FROM article_entities WHERE article = ?`),
      mentions: db.prepare(`SELECT local_id, start, end, kind FROM mentions WHERE article = ? ORDER BY rowid`),
      timexes: db.prepare(`SELECT start, end, text, type, value, mod, extra FROM timexes WHERE article = ? ORDER BY idx`),
      events: db.prepare(`SELECT rowid, local_id, event, mode, cameo, place, date, date_from, modality, score, goldstein, trigger_start, trigger_end, sentence, extra FROM events WHERE article = ? ORDER BY idx`),
      participants: db.prepare(`SELECT role, local_id FROM event_participants WHERE event = ? ORDER BY role, position`),
      quotes: db.prepare(`SELECT speaker, addressee, source_start, source_end, cue_start, cue_end, content_start, content_end, direct, extra FROM quotes WHERE article = ? ORDER BY idx`),
      claims: db.prepare(`SELECT kind, value, qualifier, about, source, as_of, span_start, span_end, extra FROM claims WHERE article = ? ORDER BY idx`),
    };
  }

  byId(id: string): AnnotationRecord | null {
    const row = this.s.byId.get(id) as ArticleRow | undefined;
    return row ? this.build(row) : null;
  }

  byRowid(rowid: number): AnnotationRecord | null {
    const row = this.s.byRowid.get(rowid) as ArticleRow | undefined;
    return row ? this.build(row) : null;
  }

  private build(a: ArticleRow): AnnotationRecord {
    const s = this.s;
    const mentionsOf = new Map<string, { spans: Span[]; kinds: string[] }>();
    for (const m of s.mentions.all(a.rowid) as { local_id: string; start: number; end: number; kind: string | null }[]) {
      let entry = mentionsOf.get(m.local_id);
      if (!entry) mentionsOf.set(m.local_id, (entry = { spans: [], kinds: [] }));
      entry.spans.push([m.start, m.end]);
      entry.kinds.push(m.kind ?? 'name');
    }
    const entities = (s.entities.all(a.rowid) as { local_id: string; type: EntityType; name: string; kb_source: string | null; kb_id: string | null; country: string | null; sector: string | null; extra: string | null }[])
      .sort((x, y) => localOrder(x.local_id) - localOrder(y.local_id))
      .map((e) => withExtra({
        id: e.local_id, type: e.type, name: e.name,
        kb: e.kb_source !== null && e.kb_id !== null ? { source: e.kb_source, id: e.kb_id } : null,
        country: e.country, sector: e.sector,
        mentions: mentionsOf.get(e.local_id)?.spans ?? [],
        mentionKinds: mentionsOf.get(e.local_id)?.kinds ?? [],
      }, e.extra));
    const timexes = (s.timexes.all(a.rowid) as { start: number; end: number; text: string; type: TimexType; value: string; mod: string | null; extra: string | null }[])
      .map((t) => withExtra<Timex>({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, ...(t.mod !== null ? { mod: t.mod } : {}) }, t.extra));
    const events = (s.events.all(a.rowid) as { rowid: number; local_id: string; event: string; mode: string | null; cameo: string | null; place: string | null; date: string | null; date_from: 'text' | 'published'; modality: Modality; score: number; goldstein: number | null; trigger_start: number; trigger_end: number; sentence: number; extra: string | null }[])
      .map((e) => {
        const parts = s.participants.all(e.rowid) as { role: string; local_id: string }[];
        const event: EventRecord = {
          id: e.local_id, event: e.event, mode: e.mode, cameo: e.cameo,
          actors: parts.filter((p) => p.role === 'actor').map((p) => p.local_id),
          recipients: parts.filter((p) => p.role === 'recipient').map((p) => p.local_id),
          place: e.place, date: e.date, dateFrom: e.date_from, modality: e.modality, score: e.score,
          trigger: [e.trigger_start, e.trigger_end], sentence: e.sentence,
          ...(e.goldstein !== null ? { goldstein: e.goldstein } : {}),
        };
        return withExtra(event, e.extra);
      });
    const quotes = (s.quotes.all(a.rowid) as { speaker: string | null; addressee: string | null; source_start: number | null; source_end: number | null; cue_start: number | null; cue_end: number | null; content_start: number; content_end: number; direct: number; extra: string | null }[])
      .map((q) => withExtra<Quote>({
        speaker: q.speaker,
        source: q.source_start !== null && q.source_end !== null ? [q.source_start, q.source_end] : null,
        cue: q.cue_start !== null && q.cue_end !== null ? [q.cue_start, q.cue_end] : null,
        content: [q.content_start, q.content_end], direct: q.direct === 1, addressee: q.addressee,
      }, q.extra));
    const claims = (s.claims.all(a.rowid) as { kind: string; value: number; qualifier: ClaimQualifier; about: string | null; source: string | null; as_of: string | null; span_start: number; span_end: number; extra: string | null }[])
      .map((c) => withExtra<Claim>({ kind: c.kind, value: c.value, qualifier: c.qualifier, about: c.about, source: c.source, asOf: c.as_of, span: [c.span_start, c.span_end] }, c.extra));
    return {
      article: { id: a.id, published: a.published, title: a.title, source: a.source, url: a.url },
      text: a.text,
      sentences: JSON.parse(a.sentences) as Span[],
      entities, timexes, events, quotes, claims,
    };
  }
}

function localOrder(localId: string): number {
  const n = Number(localId.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}
