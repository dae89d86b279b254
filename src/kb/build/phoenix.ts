import type { Spell } from '../types.js';
import { splitCameoCode } from './cameo-codes.js';

/**
 * Reader for the Phoenix/PETRARCH actor dictionaries (TABARI format):
 *
 *   MAHMOUD_ABBAS_  # CountryInfo.txt      ← an entry (words joined by _)
 *   +ABU_MAZEN                             ← an alias of the entry above
 *   	[PSEGOV >050115]                      ← a dated code (YYMMDD or YYYYMMDD; >from, <to, from-to)
 *   UN_ [IGOUNO]                           ← a code may also follow the name on the same line
 */
export interface PhoenixEntry {
  name: string;
  aliases: string[];
  spells: Spell[];
  /** The text after `#` on the entry line (tells persons from CountryInfo/IGO rulers apart). */
  comment: string;
  /** A bare code written on the entry line itself (country headers carry their ISO code this way). */
  inlineCode: string | null;
}

/** Turns a TABARI name ("VLADIMIR_V._PUTIN_") into words ("Vladimir V. Putin"), keeping acronyms upper case. */
export function phoenixName(raw: string): string {
  const words = raw.replace(/[{}]/g, ' ').split(/[_\s]+/).filter(Boolean);
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && PARTICLES.has(lower)) return lower;
      if (/^[A-Z.]{1,2}$/.test(w) || (/^[A-Z]{3}$/.test(w) && words.length === 1) || /^[B-DF-HJ-NP-TV-Z]+$/.test(w)) return w;
      return titleCase(w);
    })
    .join(' ');
}

/** Short words that are never acronyms inside names ("Party of God", "Abu al-Abbas"). */
const PARTICLES = new Set(['of', 'the', 'for', 'on', 'and', 'in', 'to', 'de', 'la', 'le', 'al', 'bin', 'ibn', 'el', 'abu', 'da', 'van', 'von', 'der', 'du', 'des', 'y', 'a', 'an', 'at', 'by']);

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-.'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Expands a TABARI date (YYMMDD or YYYYMMDD) to YYYY-MM-DD; two-digit years ≤ 30 are 20xx. */
export function phoenixDate(raw: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else if (/^\d{8}$/.test(raw)) {
    y = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else return null;
  const m = rest.slice(0, 2);
  const d = rest.slice(2, 4);
  if (m < '01' || m > '12' || d < '01' || d > '31') return null;
  return `${y}-${m}-${d}`;
}

/** Parses one bracketed code such as `PSEGOV >050115` or `RUSGOV 930922-931004` into a spell. */
export function parseCodeSpell(inside: string, countries: ReadonlySet<string>): Spell | null {
  const [code, range = ''] = inside.trim().split(/\s+/, 2);
  if (!code || !/^[A-Z]{3,}$/.test(code.replace(/^~/, ''))) return null;
  const { country, sector } = splitCameoCode(code.replace(/^~/, ''), countries);
  if (!country && !sector) return null;
  let from: string | null = null;
  let to: string | null = null;
  if (range.startsWith('>')) from = phoenixDate(range.slice(1));
  else if (range.startsWith('<')) to = phoenixDate(range.slice(1));
  else if (range.includes('-')) {
    const [a, b] = range.split('-');
    from = phoenixDate(a);
    to = phoenixDate(b);
  }
  return { country, sector, from, to };
}

/** Reads every entry of one dictionary file. */
export function parsePhoenixActors(text: string, countries: ReadonlySet<string>): PhoenixEntry[] {
  const entries: PhoenixEntry[] = [];
  let current: PhoenixEntry | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    if (!rawLine.trim() || rawLine.startsWith('#')) continue;
    const hash = rawLine.indexOf('#');
    const body = hash >= 0 ? rawLine.slice(0, hash) : rawLine;
    const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : '';
    const codes = [...body.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
    const name = body.replace(/\[[^\]]*\]/g, '').trim();
    const spells = codes.map((c) => parseCodeSpell(c, countries)).filter((s): s is Spell => s !== null);
    if (/^\s/.test(rawLine)) {
      if (current) current.spells.push(...spells);
    } else if (rawLine.startsWith('+')) {
      if (current && name.length > 1) current.aliases.push(phoenixName(name.slice(1)));
    } else if (name) {
      const bare = codes.length === 1 && /^[A-Z]{3}$/.test(codes[0].trim()) ? codes[0].trim() : null;
      current = { name: phoenixName(name), aliases: [], spells, comment, inlineCode: bare };
      entries.push(current);
    }
  }
  return entries;
}
