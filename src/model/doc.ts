import type { Article } from './article.js';
import type { Claim, Entity, EventRecord, NerSpan, Quote, Sentence, Timex, Token } from './layers.js';

/**
 * Everything the pipeline knows about one article. The text is held once; every layer is a list of spans
 * into it. A stage reads the layers it declares in `requires` and returns the ones it `produces`.
 */
export interface Layers {
  tokens: Token[];
  sentences: Sentence[];
  /** Part-of-speech tag per token (Penn Treebank tags), parallel to `tokens`. */
  pos: string[];
  /** Chunk tag per token in IOB2 (`B-NP`, `I-VP`, `O`), parallel to `tokens`. */
  chunks: string[];
  nerSpans: NerSpan[];
  entities: Entity[];
  timexes: Timex[];
  events: EventRecord[];
  quotes: Quote[];
  claims: Claim[];
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'tokens', 'sentences', 'pos', 'chunks', 'nerSpans', 'entities', 'timexes', 'events', 'quotes', 'claims',
];

export interface Doc extends Layers {
  readonly article: Article;
  readonly text: string;
  /** Publication date as `YYYY-MM-DD` (the anchor for relative dates). */
  readonly anchorDate: string;
}

export function emptyDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    anchorDate: article.published.slice(0, 10),
    tokens: [], sentences: [], pos: [], chunks: [], nerSpans: [], entities: [], timexes: [], events: [], quotes: [], claims: [],
  };
}
