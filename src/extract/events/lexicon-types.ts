/** Shapes of the event-coding resources built by scripts/build-event-lexicons.ts (resources/events/). */

/** One element of a dictionary pattern: any of the alternatives (single words or space-joined phrases), or a phrase of such elements in order. */
export interface PatternElement {
  alternatives?: string[];
  phrase?: string[][];
}

/** A PETRARCH-2 verb pattern: words required before / after the verb, and the CAMEO code they select. */
export interface LexiconPattern {
  before: PatternElement[];
  after: PatternElement[];
  code: string | null;
  /** The verb (lemma) the pattern was written for, from the dictionary's "# VERB" note; absent: every verb of the block. */
  verb?: string;
}

/** One surface form of a trigger (a verb form from PETRARCH-2, or a curated noun or override). */
export interface TriggerEntry {
  /** Lower-case words of the form, e.g. `["met", "with"]`. */
  words: string[];
  lemma: string;
  /** `V` verb form, `N` nominalization. */
  pos: 'V' | 'N';
  /** CAMEO code; null when the form is known but codes no event by itself. */
  code: string | null;
  block: string | null;
  /** Index into `TriggerLexicon.patterns` (the verb block's patterns), or -1. */
  patterns: number;
  source: 'petrarch2' | 'curated';
  /** Behaviour flags from the curated list, e.g. `cancel` (negates an event noun it governs), `visit`, `phone`. */
  flags?: string[];
}

export interface TriggerLexicon {
  entries: TriggerEntry[];
  patterns: LexiconPattern[][];
}

export interface CameoCode {
  name: string;
  root: string;
  goldstein: number | null;
  /** GDELT quad class 1–4. */
  quad: number | null;
  /** PLOVER event type, or null where PLOVER dropped the category (CAMEO 01, 02). */
  plover: string | null;
  mode: string | null;
}

export interface PloverTable {
  events: Record<string, { quad: number | null; score: number; modes: Record<string, number | null> }>;
}
