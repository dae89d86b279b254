/** Where an article came from: the file, and the line (JSON Lines) or item (feeds) inside it. */
export interface Origin {
  path: string;
  line?: number;
  item?: number;
}

/**
 * One dated news article as a reader produced it. `text` is kept verbatim: every annotation offset points
 * into it, so nothing downstream may normalize it.
 */
export interface Article {
  /** Stable id: the source's own id when given, else derived from the content (see ingest/article-id.ts). */
  id: string;
  /** `YYYY-MM-DD` or an ISO date-time. */
  published: string;
  title: string | null;
  source: string | null;
  url: string | null;
  text: string;
  origin?: Origin;
  /** Which piece of the input gave `published` (e.g. `header`, `json`, `meta:article:published_time`, `option`). */
  dateSource?: string;
}
