import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { newMatch, type NameMatch, type Title } from './name-match.js';
import type { Piece } from './pieces.js';

/** Honorifics that open a person's name ("Mr Abbas", "Sheikh Tamim"). A closed class, so it lives in code. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord', 'sheikh', 'sheik', 'prof']);
/** Determiners that make a role noun refer to one known person ("the Russian leader", "his counterpart"). */
const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their']);
const THEN = 'then';
const FORMER = new Set(['former', 'late', 'ex']);
const LINKS = new Set(['to', 'of', 'for', 'in', 'at']);
/** Ranks between a modifier and a role noun ("Nigerian junior foreign minister", "the Iranian deputy president"). */
const RANKS = new Set(['junior', 'senior', 'deputy', 'vice', 'acting', 'interim', 'assistant', 'first']);

/**
 * Honorifics: "Mr" + capitalized words becomes one person mention with the honorific in its span. If the
 * name was already matched as something else (a city named like a surname), the honorific overrules it.
 */
export function applyHonorifics(matches: NameMatch[], pieces: readonly Piece[]): NameMatch[] {
  const out = [...matches];
  // Which match (by index in `out`) starts at, or covers, each piece.
  const startsAt = new Int32Array(pieces.length).fill(-1);
  const covered = new Uint8Array(pieces.length);
  out.forEach((m, idx) => {
    startsAt[m.from] = idx;
    covered.fill(1, m.from, m.to);
  });
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i];
    if (!p.capitalized || !HONORIFICS.has(p.fold) || pieces[i + 1].sentence !== p.sentence) continue;
    let j = i + 1;
    if (pieces[j].text === '.') j++;
    if (j >= pieces.length || !pieces[j].capitalized || !pieces[j].fold) continue;
    const atHonorific = startsAt[i];
    if (atHonorific >= 0 && out[atHonorific].to > j) {
      // The recognizer kept the honorific inside the name ("Sheikh Tamim"): the name starts after it.
      out[atHonorific] = { ...out[atHonorific], nameFrom: j, kind: 'alias' };
      continue;
    }
    const atName = startsAt[j];
    const existing = atName >= 0 ? out[atName] : null;
    if (existing && (existing.nerType === 'PER' || existing.nerType === null)) {
      const perCandidates = existing.candidates.filter((c) => c.kind === 'actor' && c.actor.type === 'PER');
      out[atName] = { ...existing, from: i, start: p.start, nameFrom: j, candidates: perCandidates, nerType: 'PER', kind: 'alias' };
    } else if (!existing && !covered[j]) {
      let k = j;
      while (k < pieces.length && k - j < 3 && pieces[k].capitalized && pieces[k].fold && pieces[k].sentence === p.sentence && !covered[k]) {
        k++;
        if (pieces[k - 1].possessive) break;
      }
      out.push(newMatch({ from: i, to: k, start: p.start, end: pieces[k - 1].end, nameFrom: j, nerType: 'PER', kind: 'alias' }));
      covered.fill(1, i, k);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Titles and role nouns. A role noun ("president", "leader", "counterpart", "spokesperson") with its
 * modifier ("Russian", "Qatar's", "PA") either describes the name right after it ("Palestinian President
 * Mahmoud Abbas", "the Palestinian ambassador to Russia, Hafeez Nofal") — the name's match gets the title —
 * or stands alone ("The Russian leader", "Russian President told") and becomes a role mention to resolve.
 * An unmatched capitalized run of two or three words right after a role noun is taken as a person's name.
 */
export function applyTitles(matches: NameMatch[], pieces: readonly Piece[], kb: KnowledgeBase): NameMatch[] {
  const out = [...matches];
  const index = new MatchIndex(pieces.length);
  for (const m of out) index.add(m);
  for (let i = 0; i < pieces.length; i++) {
    if (!pieces[i].fold || !kb.isRoleStart(pieces[i].fold)) continue;
    const role = longestRole(pieces, i, kb);
    if (!role) continue;
    const covering = index.coveredBy[i];
    if (covering) {
      // The recognizer may read a capitalized title before a name as a name of its own ("Qatar's Emir Sheikh
      // Tamim" → ORG "Emir"): an unlinked match of exactly the role words, followed by a name, is the title.
      const next = pieces[i + role.words];
      const titleAsName = covering.from === i && covering.to === i + role.words && !covering.candidates.length &&
        covering.nerType !== 'PER' && !!next?.capitalized && next.sentence === pieces[i].sentence;
      if (!titleAsName) continue;
      index.remove(covering);
      out.splice(out.indexOf(covering), 1);
    }
    const { words, info } = role;
    const roleEnd = i + words;
    // Look back: a rank ("junior", "deputy"), then-/former, the modifier (country, demonym, acronym,
    // possessive), the determiner.
    let k = i - 1;
    let ranked = false;
    while (k >= 0 && RANKS.has(pieces[k].fold) && pieces[k].sentence === pieces[i].sentence) { k--; ranked = true; }
    const rankStart = k + 1;
    let then = false;
    let former = false;
    if (k >= 0 && pieces[k].fold === THEN && pieces[k].hyphenAfter) {
      then = true;
      k--;
    } else if (k >= 0 && FORMER.has(pieces[k].fold)) {
      former = true;
      k--;
    }
    let country: string | null = null;
    let startPiece = then ? rankStart - 1 : rankStart;
    const modifier = k >= 0 ? index.endingAt.get(k + 1) : undefined;
    if (modifier && pieces[modifier.to - 1].sentence === pieces[i].sentence) {
      country = countryOf(modifier);
      startPiece = modifier.from;
      k = modifier.from - 1;
    }
    // "Iran's president" is as definite as "the Iranian president".
    let definite = !!modifier && country !== null && pieces[modifier.to - 1].possessive;
    if (k >= 0 && DEFINITE.has(pieces[k].fold) && pieces[k].sentence === pieces[i].sentence) {
      definite = true;
      startPiece = k;
    }
    const start = pieces[startPiece].start;
    // A deputy or junior minister holds no office the tables list: keep the country and sector, not the office.
    const title: Title = { country, office: ranked ? '' : info.office, sector: info.sector, then, former, start, end: pieces[roleEnd - 1].end };
    // Look ahead for the person the title describes.
    const named = nameAfter(index, pieces, roleEnd, kb);
    if (named) {
      if (named.match) named.match.title ??= title;
      else {
        const [from, to] = named.run!;
        const m = newMatch({ from, to, start: pieces[from].start, end: pieces[to - 1].end, nerType: 'PER', title });
        out.push(m);
        index.add(m);
      }
      i = roleEnd - 1;
      continue;
    }
    // A role standing alone names someone only when it is definite or a capitalized title with a modifier.
    // The role mention spans its determiner and modifier; the modifier keeps its own mention too.
    const capitalizedTitle = pieces[i].capitalized && !pieces[i].sentenceStart && country !== null;
    if (info.office && (definite || capitalizedTitle) && !former) {
      out.push(newMatch({ from: startPiece, to: roleEnd, start, end: pieces[roleEnd - 1].end, kind: 'role', role: title }));
    }
    i = roleEnd - 1;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Name matches by the pieces they start at, end at and cover (role mentions are not names). */
class MatchIndex {
  readonly coveredBy: (NameMatch | undefined)[];
  readonly startingAt = new Map<number, NameMatch>();
  readonly endingAt = new Map<number, NameMatch>();

  constructor(size: number) {
    this.coveredBy = new Array(size);
  }

  add(m: NameMatch): void {
    if (m.kind === 'role') return;
    this.startingAt.set(m.from, m);
    this.endingAt.set(m.to, m);
    for (let i = m.from; i < m.to; i++) this.coveredBy[i] = m;
  }

  remove(m: NameMatch): void {
    if (this.startingAt.get(m.from) === m) this.startingAt.delete(m.from);
    if (this.endingAt.get(m.to) === m) this.endingAt.delete(m.to);
    for (let i = m.from; i < m.to; i++) if (this.coveredBy[i] === m) this.coveredBy[i] = undefined;
  }
}

function longestRole(pieces: readonly Piece[], i: number, kb: KnowledgeBase) {
  for (let n = Math.min(kb.maxRoleWords, pieces.length - i); n >= 1; n--) {
    const words = pieces.slice(i, i + n).map((p) => p.fold);
    if (words.some((w) => !w) || pieces[i + n - 1].sentence !== pieces[i].sentence) continue;
    const info = kb.role(words);
    if (info) return { words: n, info };
  }
  return null;
}

/** The country a modifier match stands for: a country or demonym, or an organization's country. */
export function countryOf(m: NameMatch): string | null {
  if (m.acronymOf) return countryOf(m.acronymOf);
  const c = m.candidates[0];
  if (!c) return null;
  if (c.kind === 'country' || c.kind === 'demonym') return c.country.iso3;
  if (c.kind === 'place') return c.place[3];
  return c.actor.spells.find((s) => s.country)?.country ?? null;
}

/**
 * The person a title describes: the next match if it is a person (after an optional honorific, a
 * prepositional phrase "to Russia" / "to the United Nations (UN)", and a comma), else an unmatched run of
 * two or three capitalized words.
 */
function nameAfter(index: MatchIndex, pieces: readonly Piece[], from: number, kb: KnowledgeBase): { match?: NameMatch; run?: [number, number] } | null {
  let i = from;
  const sentence = pieces[from - 1].sentence;
  const at = (j: number) => (j < pieces.length && pieces[j].sentence === sentence ? pieces[j] : null);
  if (at(i) && LINKS.has(at(i)!.fold)) {
    let j = i + 1;
    if (at(j)?.fold === 'the') j++;
    const pp = index.startingAt.get(j);
    if (!pp) return null;
    j = pp.to;
    if (at(j)?.text === '(' && at(j + 2)?.text === ')') j += 3;
    i = j;
  }
  if (at(i)?.text === ',') i++;
  const m = index.startingAt.get(i);
  if (m) {
    const isPerson = m.nerType === 'PER' || (m.nerType === null && m.candidates[0]?.kind === 'actor' && m.candidates[0].actor.type === 'PER');
    if (isPerson) return { match: m };
    // The recognizer sometimes calls an unfamiliar name after a title MISC or ORG ("envoy to the UN Gilard
    // Erdan"); two or three capitalized words the KB does not know, right after a role noun, are a person.
    const words = m.to - m.nameFrom;
    const unknownName = (m.nerType === 'MISC' || m.nerType === 'ORG') && !m.candidates.length && words >= 2 && words <= 3;
    if (unknownName && pieces.slice(m.nameFrom, m.to).every((p) => p.capitalized && !kb.role([p.fold]))) {
      m.nerType = 'PER';
      return { match: m };
    }
    return null;
  }
  let k = i;
  while (at(k) && at(k)!.capitalized && at(k)!.fold && !index.coveredBy[k] && !kb.role([at(k)!.fold]) && k - i < 3) {
    k++;
    if (pieces[k - 1].possessive) break;
  }
  return k - i >= 2 ? { run: [i, k] } : null;
}
