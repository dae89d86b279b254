import type { NerSpan } from '../../model/layers.js';
import type { Candidate, KnowledgeBase } from '../../kb/knowledge-base.js';
import { newMatch, type NameMatch } from './name-match.js';
import type { Piece } from './pieces.js';

/**
 * Turns the recognizer's spans into matches over pieces, with the KB readings of the exact name that
 * agree with the recognizer's type (a PER span is never read as a city, a LOC span never as a person).
 */
export function nerMatches(spans: readonly NerSpan[], pieces: readonly Piece[], kb: KnowledgeBase): NameMatch[] {
  const out: NameMatch[] = [];
  let p = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (p < pieces.length && pieces[p].end <= span.start) p++;
    let q = p;
    while (q < pieces.length && pieces[q].start < span.end) q++;
    if (q === p) continue;
    const words = pieces.slice(p, q).map((x) => x.fold).filter(Boolean);
    const all = kb.names.get(words);
    let candidates = all.filter((c) => agrees(c, span.type));
    // Seats of power read as places by the recognizer ("the Kremlin", "the Pentagon") speak for the
    // institution: with no place of that name, a LOC span may read as the organisation.
    if (!candidates.length && span.type === 'LOC') candidates = all.filter((c) => c.kind === 'actor' && c.actor.type === 'ORG');
    // A country name with its plural dropped or added ("the United Arab Emirate", "the Philippine").
    if (!candidates.length && words.length > 1) candidates = kb.names.get(numberVariant(words)).filter((c) => c.kind === 'country');
    candidates.sort((a, b) => a.rank - b.rank);
    out.push(newMatch({ from: p, to: q, start: pieces[p].start, end: pieces[q - 1].end, candidates, nerType: span.type }));
  }
  return out;
}

/** The words with the last one's plural -s dropped, or added when it has none. */
function numberVariant(words: readonly string[]): string[] {
  const last = words[words.length - 1];
  return [...words.slice(0, -1), last.endsWith('s') ? last.slice(0, -1) : last + 's'];
}

function agrees(c: Candidate, type: NerSpan['type']): boolean {
  switch (type) {
    case 'PER':
      return c.kind === 'actor' && c.actor.type === 'PER';
    case 'ORG':
      return (c.kind === 'actor' && c.actor.type === 'ORG') || c.kind === 'country';
    case 'LOC':
      return c.kind === 'country' || c.kind === 'place' || (c.kind === 'actor' && c.actor.type === 'LOC');
    case 'MISC':
      return c.kind === 'demonym' || (c.kind === 'actor' && c.actor.type === 'ORG');
  }
}

/**
 * Merges recognizer and gazetteer matches into one non-overlapping list. Where they overlap, the
 * recognizer's boundaries win, except when the gazetteer's name is longer and contains the recognizer's
 * span ("Palestinian Authority" over "Palestinian"), or when the recognizer tagged a whole hyphenated
 * token whose parts the gazetteer knows ("Israel-Hamas" → Israel, Hamas).
 */
export function mergeMatches(ner: readonly NameMatch[], gaz: readonly NameMatch[], pieces: readonly Piece[]): NameMatch[] {
  if (!ner.length) return [...gaz];
  // Both lists are sorted and non-overlapping within themselves, so one sweep finds every overlap.
  const droppedNer = new Set<NameMatch>();
  const droppedGaz = new Set<NameMatch>();
  let g0 = 0;
  for (const n of ner) {
    while (g0 < gaz.length && gaz[g0].end <= n.start) g0++;
    const overlapping: NameMatch[] = [];
    for (let g = g0; g < gaz.length && gaz[g].start < n.end; g++) overlapping.push(gaz[g]);
    if (!overlapping.length) continue;
    const oneHyphenToken = pieces[n.from].token === pieces[n.to - 1].token && n.to - n.from > 1;
    if (oneHyphenToken && overlapping.every((g) => g.start >= n.start && g.end <= n.end)) {
      droppedNer.add(n);
      continue;
    }
    for (const g of overlapping) {
      const gazContains = g.start <= n.start && g.end >= n.end && g.end - g.start > n.end - n.start;
      if (gazContains && n.nerType !== 'PER') droppedNer.add(n);
      else droppedGaz.add(g);
    }
  }
  const keptNer = ner.filter((n) => !droppedNer.has(n));
  const out: NameMatch[] = [...keptNer];
  let k0 = 0;
  for (const g of gaz) {
    if (droppedGaz.has(g)) continue;
    while (k0 < keptNer.length && keptNer[k0].end <= g.start) k0++;
    if (k0 < keptNer.length && keptNer[k0].start < g.end) continue;
    out.push(g);
  }
  return out.sort((a, b) => a.start - b.start);
}
