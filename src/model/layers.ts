import type { Span } from './span.js';

/** A token: a word, number or punctuation mark, with its exact offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** A sentence: its character span and the half-open range of tokens inside it. */
export interface Sentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph the sentence belongs to (blocks between blank lines, or lines: `text/paragraph-breaks.ts`). */
  paragraph: number;
}

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'NORP' | 'MISC';

/** A name the statistical recognizer found, before linking and resolution. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

export type MentionKind = 'name' | 'alias' | 'acronym' | 'title' | 'role' | 'pronoun' | 'demonym';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
}

export interface KbRef {
  source: string;
  id: string;
}

/** One actor, place or group of the article, with every mention resolved to it. */
export interface Entity {
  /** Local to the article: `E1`, `E2`, … */
  id: string;
  type: EntityType;
  name: string;
  kb: KbRef | null;
  /** ISO 3166 alpha-3 or a PLOVER/CAMEO code such as IGO. */
  country: string | null;
  /**
   * `context` when the knowledge base gives the entity no country and the article supplied one (the one country
   * its sentence names, or the article's dominant country): a guess good for coding events, not a fact about the
   * entity, so the store keeps it with the article and not on the cross-article entity.
   */
  countryFrom?: 'context';
  /** PLOVER sector (GOV, MIL, REB, …). */
  sector: string | null;
  mentions: Mention[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value, e.g. `2024-08-13`, `2023-12`, `P1Y`, `FUTURE_REF`. */
  value: string;
  /** TIMEX3 mod (APPROX, START, END, BEFORE, AFTER, LESS_THAN, MORE_THAN, …). */
  mod?: string;
}

export type Modality = 'asserted' | 'future' | 'expected' | 'hypothetical' | 'negated';

export interface EventRecord {
  id: string;
  /** PLOVER event type. */
  event: string;
  mode: string | null;
  cameo: string | null;
  actors: string[];
  recipients: string[];
  place: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string | null;
  dateFrom: 'text' | 'published';
  modality: Modality;
  score: number;
  trigger: Span;
  sentence: number;
  /** Goldstein value of the CAMEO code, when there is one. */
  goldstein?: number | null;
  /** How precise `date` is; `week` means `date` is the Monday that starts the week the text names. */
  precision?: 'day' | 'week' | 'month' | 'year';
}

export interface Quote {
  speaker: string | null;
  source: Span | null;
  cue: Span | null;
  content: Span;
  direct: boolean;
  addressee: string | null;
  /** Fragments of the content when the cue or source interrupts it (“A,” she said, “B.”); absent when one piece. */
  contentParts?: Span[];
  /** The addressee or medium phrase ("RIA News" in "told RIA News"), whether or not it is an entity. */
  addresseeSpan?: Span | null;
  /** Index of the sentence holding the cue (or the content's first sentence when there is no cue). */
  sentence?: number;
  /** A quotation in marks inside a reported clause (“unacceptable”); it repeats its clause's speaker and cue. */
  partial?: boolean;
}

export type ClaimQualifier = 'exact' | 'approx' | 'atLeast' | 'atMost';

export interface Claim {
  kind: string;
  value: number;
  qualifier: ClaimQualifier;
  about: string | null;
  source: string | null;
  asOf: string | null;
  span: Span;
  /** The number as written ("almost 39,900", "dozens", "1.2m"). */
  text?: string;
  /** The source phrase ("the Gaza Health Ministry"), even when it is not an entity. */
  sourceSpan?: Span | null;
  /** Index of the sentence holding the number. */
  sentence?: number;
}
