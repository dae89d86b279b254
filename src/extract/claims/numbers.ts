import type { ClaimLexicon } from './lexicon.js';

/** A number read from tokens: `[tokenStart, tokenEnd)` covers the digits or words and any multiplier. */
export interface NumberMention {
  tokenStart: number;
  tokenEnd: number;
  value: number;
  /** True for "dozens", "hundreds": the value is an order of magnitude, not a count. */
  vague: boolean;
  /** ISO currency code when a currency sign or word goes with the number ($2m, 5 million euros). */
  currency: string | null;
  /** True when the tokens cover a range ("20 to 30", "one or two million"): `value` is its lower end. */
  range: boolean;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const SUFFIXED = /^(\d+(?:\.\d+)?)([a-z]{1,3})$/;

/** Whether a word opens with an ASCII digit, as both patterns above need: most words are rejected before any pattern runs. */
function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function parseDigits(word: string): number | null {
  if (!startsWithDigit(word) || !DIGITS.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

/**
 * Reads the number that starts at token `i` ("39,900", "2.3 million", "1.2m", "$5bn", "forty", "dozens",
 * "tens of thousands"), or null. Only looks a few tokens ahead.
 */
export function readNumber(lower: readonly string[], i: number, end: number, lex: ClaimLexicon): NumberMention | null {
  if (!startsWithDigit(lower[i]) && !lex.numberStarts.has(lower[i])) return null;
  let start = i;
  let currency: string | null = null;
  const sign = lex.currencies.get(lower[i]);
  if (sign && i + 1 < end && /^\d/.test(lower[i + 1])) {
    currency = sign;
    i++;
  }
  const w = lower[i];
  let value: number | null = parseDigits(w);
  let vague = false;
  let j = i + 1;
  if (value === null) {
    const m = startsWithDigit(w) ? SUFFIXED.exec(w) : null;
    const mult = m ? lex.multipliers.get(m[2]) : undefined;
    if (m && mult) value = Number(m[1]) * mult;
    else if (lex.words.has(w)) {
      const compound = readNumberWords(lower, i, end, lex);
      value = compound.value;
      j = compound.end;
    }
    else if (w === 'tens' || w === 'hundreds') {
      // "tens of thousands", "hundreds of thousands"
      if (lower[i + 1] === 'of' && lex.vague.has(lower[i + 2] ?? '') && lower[i + 2] !== 'dozens') {
        value = (w === 'tens' ? 10 : 100) * lex.vague.get(lower[i + 2])!;
        vague = true;
        j = i + 3;
      } else {
        value = lex.vague.get(w) ?? null;
        vague = value !== null;
      }
    } else if (lex.vague.has(w)) {
      value = lex.vague.get(w)!;
      vague = true;
    } else if (lex.vagueFactors.has(w)) {
      // "several hundred", "a few thousand": so many of a round number, only before one
      const round = lower[i + 1] === 'hundred' ? 100 : (lower[i + 1] ?? '').length > 1 ? lex.multipliers.get(lower[i + 1]) : undefined;
      if (round !== undefined && i + 1 < end) {
        value = lex.vagueFactors.get(w)! * round;
        vague = true;
        j = i + 2;
        // "several hundred thousand"
        const more = round === 100 && (lower[j] ?? '').length > 1 ? lex.multipliers.get(lower[j]) : undefined;
        if (more !== undefined && j < end) {
          value *= more;
          j++;
        }
      }
    }
    if (value === null) return null;
  }
  if (!vague && j < end) {
    const mult = lex.multipliers.get(lower[j]);
    if (mult && lower[j].length > 1) {
      value *= mult;
      j++;
    }
  }
  if (!currency && j < end && lex.currencies.has(lower[j]) && lower[j].length > 1) {
    currency = lex.currencies.get(lower[j])!;
    j++;
  }
  const range = vague ? null : rangeEnd(lower, start, i, j, end, value, lex);
  if (range) return { tokenStart: start, tokenEnd: range.upper.tokenEnd, value: range.lower, vague, currency: currency ?? range.upper.currency, range: true };
  return { tokenStart: start, tokenEnd: j, value, vague, currency, range: false };
}

const YEAR = /^(1[5-9]|20)\d\d$/;
/** Words before two numbers that make them a change: "rose from 20 to 30", "rose by three to 78" ("anywhere from 20 to 30" is a range). */
const CHANGE_WORDS = new Set(['from', 'by', 'up', 'down']);

/**
 * The range that a lower end read at tokens `[start, j)` (its number at `numberAt`, worth `value`) opens:
 * "20 to 30", "one or two million", "between 20 and 30", "20-30". The count word comes after the upper end,
 * so both ends are one mention. Not a range: a change ("rose from 20 to 30", "by three to 78" report the
 * second number), a score ("3-1"), two years ("1957 to 1968"), a code ("1-202-501-4444").
 */
function rangeEnd(lower: readonly string[], start: number, numberAt: number, j: number, end: number, value: number, lex: ClaimLexicon): { lower: number; upper: NumberMention } | null {
  const link = lower[j];
  const between = start > 0 && lower[start - 1] === 'between';
  if (j + 1 >= end || !(RANGE_LINKS.has(link) || (link === 'and' && between))) return null;
  const before = start > 0 ? lower[start - 1] : '';
  if (CHANGE_WORDS.has(before) && !(before === 'from' && lower[start - 2] === 'anywhere')) return null;
  const upper = readNumber(lower, j + 1, end, lex);
  if (!upper || upper.vague || upper.range) return null;
  // "1-202-501-4444": a chain of numbers is a code, not a range
  if (RANGE_LINKS.has(lower[upper.tokenEnd]) && /^\d/.test(lower[upper.tokenEnd + 1] ?? '')) return null;
  if (YEAR.test(lower[numberAt]) && YEAR.test(lower[j + 1])) return null;
  // "killed one to two million", "50 to 100 million": the scale written after the upper end holds for the
  // lower end when that has none ("20,000,000 to 100 million" is whole already)
  const scale = j === numberAt + 1 ? scaleOf(lower, upper, lex) : 1;
  const lowerValue = value * scale < upper.value ? value * scale : value;
  return lowerValue < upper.value ? { lower: lowerValue, upper } : null;
}

/** The multiplier a number mention's digits or words carry ("100 million", "two million"), else 1. */
function scaleOf(lower: readonly string[], num: NumberMention, lex: ClaimLexicon): number {
  const at = lex.currencies.has(lower[num.tokenStart]) && num.tokenEnd - num.tokenStart > 1 ? num.tokenStart + 1 : num.tokenStart;
  const base = parseDigits(lower[at]) ?? lex.words.get(lower[at]);
  if (!base) return 1;
  const scale = num.value / base;
  return scale >= 1000 && [...lex.multipliers.values()].includes(scale) ? scale : 1;
}

/**
 * Number words read as one number: "two hundred and fifty thousand" is 250,000, not 2 and 50,000.
 * Starts at a number word; returns the value and the token after the last word used.
 */
function readNumberWords(lower: readonly string[], i: number, end: number, lex: ClaimLexicon): { value: number; end: number } {
  let total = 0;
  let current = lex.words.get(lower[i])!;
  let j = i + 1;
  for (;;) {
    // "and" joins only when a number word follows ("hundred and fifty").
    const k = lower[j] === 'and' && j + 1 < end && lex.words.has(lower[j + 1]) && current >= 100 ? j + 1 : j;
    if (k >= end) break;
    const word = lower[k];
    const small = lex.words.get(word);
    const mult = lex.multipliers.get(word);
    // A number word that adds to the number read so far ("hundred" and "dozen" multiply instead).
    const adds = small !== undefined && word !== 'hundred' && word !== 'dozen';
    if (word === 'hundred' && current > 0 && current < 100) current *= 100;
    else if (adds && small < 10 && current % 100 !== 0 && current % 10 === 0) current += small; // twenty five
    else if (adds && current >= 100 && current % 100 === 0) current += small; // hundred (and) fifty
    else if (mult !== undefined && word.length > 2 && current > 0) {
      total += current * mult;
      current = 0;
    } else break;
    j = k + 1;
  }
  return { value: total + current, end: j };
}

/** Words that join the two ends of a range of counts ("one to two million", "1-2 million"; "between 1 and 2" above). */
const RANGE_LINKS = new Set(['to', '-', '–', 'or']);
