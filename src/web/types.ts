/** The shapes the API returns (see /api/openapi.json and docs/api.md), as far as the UI reads them. */
export type Span = [number, number];

export interface EntityRef { local: string; id: number | null; name: string | null; url: string | null }
export interface ArticleRef { id: string; title: string | null; published: string; source: string | null; url: string }

export interface LayerItem {
  id: number;
  url: string;
  kind: 'event' | 'quote' | 'claim';
  date: string;
  dateFrom: 'text' | 'published';
  article: ArticleRef;
  sentence: Span | null;
  sentenceText: string | null;
  record: Record<string, unknown>;
  planned?: boolean;
  negated?: boolean;
  // events
  event?: string;
  modality?: string;
  actors?: EntityRef[];
  recipients?: EntityRef[];
  place?: EntityRef | null;
  triggerText?: string | null;
  // quotes
  speaker?: EntityRef | null;
  contentText?: string | null;
  // claims
  claimKind?: string;
  value?: number;
  qualifier?: string;
  about?: EntityRef | null;
  source?: EntityRef | null;
  series?: string;
  spanText?: string | null;
}

export interface EntityItem {
  id: number; url: string; timelineUrl: string; name: string; type: string;
  kb: { source: string; id: string } | null; country: string | null; sector: string | null; articleCount: number; mentionCount: number;
}

export interface ArticleListItem {
  id: string; url: string; published: string; title: string | null; source: string | null; sourceUrl: string | null;
  snippet: { text: string; marks: Span[] };
}

export interface AnnotationRecord {
  article: { id: string; published: string; title: string | null; source: string | null; url: string | null };
  text: string;
  sentences: Span[];
  entities: { id: string; type: string; name: string; kb: { source: string; id: string } | null; country: string | null; sector: string | null; mentions: Span[] }[];
  timexes: { start: number; end: number; text: string; type: string; value: string; mod?: string }[];
  events: { id: string; event: string; mode: string | null; actors: string[]; recipients: string[]; date: string | null; modality: string; trigger: Span; sentence: number }[];
  quotes: { speaker: string | null; source: Span | null; cue: Span | null; content: Span; direct: boolean }[];
  claims: { kind: string; value: number; qualifier: string; about: string | null; source: string | null; asOf: string | null; span: Span }[];
}
