import type { MentionKind, NerType } from '../../model/layers.js';
import type { Candidate } from '../../kb/knowledge-base.js';

/**
 * A stretch of text that names (or points at) an actor or place, before resolution: from the gazetteer,
 * the recognizer, an honorific ("Mr Abbas"), a role noun ("the Russian leader") or an acronym "(PA)".
 */
export interface NameMatch {
  /** Piece range [from, to). */
  from: number;
  to: number;
  /** Character span: exactly the mention's surface. */
  start: number;
  end: number;
  /** KB readings, best first (empty when the name is unknown). */
  candidates: Candidate[];
  /** The recognizer's type, when it found the span. */
  nerType: NerType | null;
  kind: MentionKind;
  /** Piece index of the name's first word when the span starts with an honorific ("Mr"). */
  nameFrom: number;
  /** A country name used as an adjective inside a token ("Iran-backed"): a demonym mention. */
  adjectival: boolean;
  /** For acronyms introduced as "Name (ACR)": the match it abbreviates. */
  acronymOf: NameMatch | null;
  /** A title or role phrase that describes this person ("Palestinian President" before "Mahmoud Abbas"). */
  title: Title | null;
  /** For role mentions ("the Russian leader"): the office they name. */
  role: Title | null;
}

/** What a title or role phrase says about its person. */
export interface Title {
  /** Country (ISO alpha-3 or PLOVER code) of the modifier: "Palestinian", "Qatar's", "PA". */
  country: string | null;
  /** Office words of the role (roles.csv), `*executive*`, or '' for roles without an office. */
  office: string;
  sector: string | null;
  /** "then-president": valid when the event happened, not on the article's date. */
  then: boolean;
  /** "former president", "late president". */
  former: boolean;
  /** Character span of the role phrase (with its determiner and modifier). */
  start: number;
  end: number;
}

export function newMatch(fields: Partial<NameMatch> & Pick<NameMatch, 'from' | 'to' | 'start' | 'end'>): NameMatch {
  return {
    candidates: [],
    nerType: null,
    kind: 'name',
    nameFrom: fields.from,
    adjectival: false,
    acronymOf: null,
    title: null,
    role: null,
    ...fields,
  };
}
