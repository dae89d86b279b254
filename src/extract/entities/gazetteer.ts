import type { Candidate, KnowledgeBase } from '../../kb/knowledge-base.js';
import { newMatch, type NameMatch } from './name-match.js';
import type { Piece } from './pieces.js';

/** Words that KB names hold in the possessive inside them ("People's Republic", "Children's Fund"). */
const POSSESSIVES_IN_NAMES = new Set(['people', 'children', 'women', 'workers']);

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
    // A name does not run on past a possessive ("Russia's Foreign Ministry" is two names), except the few words
    // that names themselves hold in the possessive ("Democratic People's Republic of Korea").
    if (i > start && pieces[i - 1].possessive && !POSSESSIVES_IN_NAMES.has(pieces[i - 1].fold)) return null;
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

/** Places at least this big (or capitals) are taken on their name alone. */
const STRONG_PLACE_POPULATION = 200_000;
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'inside', 'around', 'across', 'into', 'towards', 'toward', 'via']);

/**
 * A one-word name that only a small town bears ("Federal" in Argentina, "Since" in Colombia) is most
 * likely a plain capitalized word: it counts as the place only after a locative preposition ("in Since")
 * or before a comma ("Since, Colombia").
 */
function commonWordAtStart(c: Candidate, pieces: readonly Piece[], from: number, to: number): boolean {
  if (c.kind !== 'place' || to - from !== 1 || c.place[6] >= STRONG_PLACE_POPULATION || c.place[7] === 'PPLC' || c.place[7] === 'ADM1') return false;
  const before = pieces[from - 1];
  const after = pieces[to];
  const locative = !!before && before.sentence === pieces[from].sentence && LOCATIVE.has(before.fold);
  return !locative && after?.text !== ',';
}

function allowedByCase(c: Candidate, pieces: readonly Piece[], from: number, to: number): boolean {
  const short = to - from === 1 && pieces[from].fold.length <= 3;
  if (c.caseSensitive || short) {
    for (let i = from; i < to; i++) if (!pieces[i].upper) return false;
  }
  return true;
}
