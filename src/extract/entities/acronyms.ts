import { newMatch, type NameMatch } from './name-match.js';
import type { Piece } from './pieces.js';

const ACRONYM = /^[A-Z][A-Z.&]{1,7}$/;

/**
 * Acronyms the article introduces: "the Palestinian Authority (PA)" binds PA to that name for the whole
 * article, so "(PA)" and every later "PA" are mentions of it, whatever the KB thinks PA means.
 */
export function applyAcronyms(matches: NameMatch[], pieces: readonly Piece[]): NameMatch[] {
  const bound = new Map<string, NameMatch>();
  for (const m of matches) {
    if (m.kind === 'role') continue;
    const open = pieces[m.to];
    const acr = pieces[m.to + 1];
    const close = pieces[m.to + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acr || !ACRONYM.test(acr.text)) continue;
    if (!bound.has(acr.fold) && initialsFit(acr.fold, pieces.slice(m.nameFrom, m.to))) bound.set(acr.fold, m);
  }
  if (!bound.size) return matches;
  const out = matches.filter((m) => !(m.to - m.from === 1 && m.kind !== 'role' && bound.has(pieces[m.from].fold) && pieces[m.from].upper && bound.get(pieces[m.from].fold) !== m));
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const target = p.upper ? bound.get(p.fold) : undefined;
    if (!target || i < target.to || out.some((m) => m.from <= i && i < m.to && m.kind !== 'role')) continue;
    out.push(newMatch({ from: i, to: i + 1, start: p.start, end: p.end, kind: 'acronym', acronymOf: target, nerType: target.nerType, candidates: target.candidates }));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The acronym's letters are initials of the name's capitalized words, in order (PA ← Palestinian Authority). */
function initialsFit(acronym: string, words: readonly Piece[]): boolean {
  const initials = words.filter((w) => w.capitalized).map((w) => w.fold[0]).join('');
  let j = 0;
  for (const ch of initials) if (ch === acronym[j]) j++;
  return j === acronym.length;
}
