/**
 * Finds quoted stretches of text by pairing quotation marks in one linear pass over the characters.
 * Handles curly “…” and ‘…’, straight "…" and '…', and TeX-style ``…'' (also ''…'' as some feeds write it).
 * A double quote left open at the end of a paragraph continues into the next paragraph when that one opens
 * with a quotation mark again (the newspaper convention for a quote spanning paragraphs); the region is
 * then cut at the paragraph end and marked `continues`.
 */
import { goesOnInLowerCase } from '../../text/paragraph-breaks.js';
export interface QuoteRegion {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the last non-space character of the paragraph when unclosed). */
  end: number;
  /** The quoted words, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** True when the region was closed by a matching mark. */
  closed: boolean;
  /** True for ‘…’ / '…' regions outside any double quote. */
  single: boolean;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200b);
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);
/** The characters the pass below acts on: every quotation mark and apostrophe it knows, and the backtick. */
const isMark = (c: number) => c === 34 || c === 39 || c === 96 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
/** Characters after which a straight quote opens rather than closes. */
const isOpenContext = (c: number) => Number.isNaN(c) || isSpace(c) || c === 40 /* ( */ || c === 91 /* [ */ || c === 0x2014 || c === 0x2013 || c === 45 || c === 58 /* : */ || c === 0x201c || c === 0x2018;

/**
 * Whether an apostrophe at `i - 1` starts a clitic split off its word, as tokenized text writes it
 * ("Mexico 's", "do n't", "they 're"): not an opening quote.
 */
function isClitic(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && j - i < 3 && isWordChar(text.charCodeAt(j))) j++;
  if (j < to && isWordChar(text.charCodeAt(j))) return false;
  const w = text.slice(i, j).toLowerCase();
  return w === 's' || w === 're' || w === 've' || w === 'll' || w === 'd' || w === 'm' || w === 't';
}

/**
 * The characters the pass below stops at: a line break and every mark `isMark` accepts. Everything else
 * only moves where the paragraph's text ends, which is found when it is needed (`lastNonSpaceBefore`), so
 * the pass jumps from one of these to the next in the regular expression engine's native scan instead of
 * looking at every character in JavaScript (about 14 ns a character on news, most of the pass).
 */
const STOP = /[\n"'`\u201c\u201d\u2018\u2019]/g;

/** The offset of the last non-space character in `[from, i)`, or `from - 1`. */
function lastNonSpaceBefore(text: string, from: number, i: number): number {
  let j = i - 1;
  while (j >= from && isSpace(text.charCodeAt(j))) j--;
  return j;
}

/**
 * `singleBreaks`: the text ends paragraphs with single line breaks too (`singleBreaksEndParagraphs`), so an
 * open double quote is cut at a line break before a word that is not lower case, as at a blank line.
 */
export function findQuoteRegions(text: string, from = 0, to = text.length, singleBreaks = false): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let dOpen = -1; // offset of an open double mark
  let dOpenLen = 0;
  let sOpen = -1; // offset of an open single mark (outside doubles)
  const stop = STOP;
  stop.lastIndex = from;
  // Each turn handles the stop character at `i` and sets `next` to where the search goes on (after a
  // two-character mark, past both), exactly as a character-by-character loop that skips the rest.
  for (;;) {
    if (!stop.test(text)) break;
    const i = stop.lastIndex - 1;
    if (i >= to) break;
    let resume = i + 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A blank line ends the paragraph: an open double quote is cut there (it may continue in the next one).
      let j = i + 1;
      while (j < to && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
      if (j < to && (text.charCodeAt(j) === 10 || (singleBreaks && !goesOnInLowerCase(text, j)))) {
        // The scan back stops at the open mark (only text after it matters), and the mark is forgotten
        // just below: each character is scanned back over at most once, so a long run of blank lines stays
        // linear (scanning back to `from` at every one was quadratic: 80,000 blank lines took 32 s).
        const lastNonSpace = dOpen >= 0 ? lastNonSpaceBefore(text, dOpen + 1, i) : -1;
        if (dOpen >= 0 && lastNonSpace > dOpen) {
          out.push({ start: dOpen, end: lastNonSpace + 1, innerStart: dOpen + dOpenLen, innerEnd: lastNonSpace + 1, closed: false, single: false });
        }
        dOpen = -1;
        sOpen = -1;
      }
      stop.lastIndex = resume;
      continue;
    }
    const prev = i > from ? text.charCodeAt(i - 1) : NaN;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : NaN;
    if (c === 0x201c /* “ */) {
      if (dOpen < 0) { dOpen = i; dOpenLen = 1; sOpen = -1; }
      else if (!isOpenContext(prev) && (isSpace(next) || Number.isNaN(next))) {
        // An opening mark typed where the closing one belongs (“Apparently not,“ he said): it ends the quote.
        out.push({ start: dOpen, end: i + 1, innerStart: dOpen + dOpenLen, innerEnd: i, closed: true, single: false });
        dOpen = -1;
        sOpen = -1;
      }
    } else if (c === 0x201d /* ” */) {
      if (dOpen >= 0) {
        out.push({ start: dOpen, end: i + 1, innerStart: dOpen + dOpenLen, innerEnd: i, closed: true, single: false });
        dOpen = -1;
        sOpen = -1;
      } else if (isOpenContext(prev) && isWordChar(next)) {
        // and a closing mark typed where the opening one belongs (aides ”get close to Ben …”)
        dOpen = i; dOpenLen = 1; sOpen = -1;
      }
    } else if (c === 96 /* ` */ && next === 96) {
      if (dOpen < 0) { dOpen = i; dOpenLen = 2; sOpen = -1; }
      resume = i + 2;
    } else if (c === 34 /* " */ || (c === 39 && next === 39)) {
      const len = c === 34 ? 1 : 2;
      // What follows the whole mark decides (for '' that is the character after the second ').
      const after = i + len < to ? text.charCodeAt(i + len) : NaN;
      if (dOpen >= 0 && (!isOpenContext(prev) || isSpace(after))) {
        out.push({ start: dOpen, end: i + len, innerStart: dOpen + dOpenLen, innerEnd: i, closed: true, single: false });
        dOpen = -1;
        sOpen = -1;
      } else if (dOpen < 0 && !isSpace(after) && !Number.isNaN(after)) { dOpen = i; dOpenLen = len; sOpen = -1; }
      resume = i + len;
    } else if (dOpen < 0 && (c === 0x2018 || c === 39 || c === 0x2019)) {
      // Single marks only make regions outside double quotes; an apostrophe inside a word is neither.
      const opens = (c === 0x2018 || c === 39) && isOpenContext(prev) && isWordChar(next) && !isClitic(text, i + 1, to);
      const closes = (c === 0x2019 || c === 39) && !isSpace(prev) && !isWordChar(next) && !Number.isNaN(prev);
      if (sOpen >= 0 && closes && i > sOpen + 1) {
        out.push({ start: sOpen, end: i + 1, innerStart: sOpen + 1, innerEnd: i, closed: true, single: true });
        sOpen = -1;
      } else if (sOpen < 0 && opens) sOpen = i;
    }
    stop.lastIndex = resume;
  }
  const lastNonSpace = dOpen >= 0 ? lastNonSpaceBefore(text, dOpen + 1, to) : -1;
  if (dOpen >= 0 && lastNonSpace > dOpen) {
    out.push({ start: dOpen, end: lastNonSpace + 1, innerStart: dOpen + dOpenLen, innerEnd: lastNonSpace + 1, closed: false, single: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
