import type { Doc } from '../model/doc.js';
import type { Claim, EntityType, EventRecord, KbRef, Quote, Timex } from '../model/layers.js';
import type { Span } from '../model/span.js';

/** The public annotation record of one article (see docs/schema.json and ../shared/contract.md). */
export interface AnnotationRecord {
  article: { id: string; published: string; title: string | null; source: string | null; url: string | null };
  text: string;
  sentences: Span[];
  entities: {
    id: string; type: EntityType; name: string; kb: KbRef | null; country: string | null; sector: string | null;
    mentions: Span[];
    /** `context` when the country was read from the article, not the knowledge base (an addition to the contract). */
    countryFrom?: 'context';
    /** Parallel to `mentions`: name, alias, acronym, title, role, pronoun or demonym (an addition to the contract). */
    mentionKinds?: string[];
  }[];
  timexes: Timex[];
  events: EventRecord[];
  quotes: Quote[];
  claims: Claim[];
}

export function toRecord(doc: Doc): AnnotationRecord {
  const { article } = doc;
  return {
    article: { id: article.id, published: article.published, title: article.title, source: article.source, url: article.url },
    text: doc.text,
    sentences: doc.sentences.map((s) => [s.start, s.end]),
    entities: doc.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, kb: e.kb, country: e.country, sector: e.sector,
      ...(e.countryFrom ? { countryFrom: e.countryFrom } : {}),
      mentions: e.mentions.map((m) => [m.start, m.end] as Span),
      mentionKinds: e.mentions.map((m) => m.kind),
    })),
    timexes: doc.timexes,
    events: doc.events,
    quotes: doc.quotes,
    claims: doc.claims,
  };
}
