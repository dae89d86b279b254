import type { Candidate, KnowledgeBase } from '../../kb/knowledge-base.js';
import { newMatch, type NameMatch } from './name-match.js';
import type { Piece } from './pieces.js';

/** Names longer than this many words are not in the tables; it bounds each walk. */
const MAX_NAME_WORDS = 8;

/**
 * Finds every KB name in the text: from each capitalized word, the longest name the trie knows that the
 * text's case allows, left to right without overlaps. Acronym aliases ("UN", "PA") and names of three
 * letters or fewer must be written in capitals; other names must start with one.
 */
export function matchGazetteer(pieces: readonly Piece[], kb: KnowledgeBase): NameMatch[] {
  const out: NameMatch[] = [];
  const wordAt = (start: number) => (i: number): string | null => {
    const p = pieces[i];
    if (!p.fold || p.sentence !== pieces[start].sentence) return null;
    if (i > start && pieces[i - 1].possessive) return null;
    return p.fold;
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p.capitalized || !p.fold) continue;
    for (const [length, values] of kb.names.matchesAt(i, Math.min(pieces.length, i + MAX_NAME_WORDS), wordAt(i))) {
      const to = i + length;
      const last = pieces[to - 1];
      // A name ends at a token end, or before a hyphenated part ("Iran-backed", "Israel-Gaza").
      const next = last.hyphenAfter ? pieces[to] : null;
      const candidates = values.filter((c) => allowedByCase(c, pieces, i, to) && !commonWordAtStart(c, pieces, i, to)).sort((a, b) => a.rank - b.rank);
      if (!candidates.length) continue;
      const adjectival = !!next && !next.capitalized && candidates.some((c) => c.kind === 'country');
      let end = last.end;
      let toPiece = to;
      if (adjectival) {
        // "Iran-backed": the whole token is the mention, read as a demonym.
        while (toPiece < pieces.length && pieces[toPiece].hyphenBefore) toPiece++;
        end = pieces[toPiece - 1].end;
      }
      out.push(newMatch({ from: i, to: toPiece, start: p.start, end, candidates, adjectival, kind: adjectival ? 'demonym' : 'name' }));
      i = toPiece - 1;
      break;
    }
  }
  return out;
}

/** Populations above which a one-word place name at a sentence start is taken as the place ("Since" is a town). */
const SENTENCE_START_MIN_POPULATION = 100_000;

/** A capitalized first word of a sentence that only a small town is named after is most likely a plain word. */
function commonWordAtStart(c: Candidate, pieces: readonly Piece[], from: number, to: number): boolean {
  return c.kind === 'place' && to - from === 1 && pieces[from].sentenceStart && c.place[6] < SENTENCE_START_MIN_POPULATION && c.place[7] !== 'PPLC';
}

function allowedByCase(c: Candidate, pieces: readonly Piece[], from: number, to: number): boolean {
  const short = to - from === 1 && pieces[from].fold.length <= 3;
  if (c.caseSensitive || short) {
    for (let i = from; i < to; i++) if (!pieces[i].upper) return false;
  }
  return true;
}
