/**
 * Where paragraphs end. A blank line always ends one. A single line break ends one too, unless the text is
 * hard-wrapped or the next line goes on with a lower-case word: news reaches us both ways — the seeds and
 * most of PolNeAR put a blank line between paragraphs, while scraped pages and feeds (a fifth of PolNeAR's
 * articles, HuffPost's, in part) put a single line break, and a text read as one long paragraph loses its
 * headline's sentence end and every rule that reads paragraphs (a bare quote continuing the last speaker).
 * Hard-wrapped text (Reuters-21578 bodies at 70 columns) breaks lines inside sentences, so a text where many
 * lines go on with a lower-case word keeps single line breaks as white space.
 */

/** Share of mid-sentence line breaks above which a text counts as hard-wrapped. */
const WRAPPED_SHARE = 0.25;

const LOWER_START = /\p{Ll}/u;

/** What a line that ends a sentence or a paragraph ends with (closing quotes and brackets after a stop too). */
const LINE_END = /[.!?…:;"'”’)\]»]/;

/**
 * True when the text's single line breaks mark paragraphs, i.e. it does not look hard-wrapped. A line break
 * looks mid-sentence when the next line goes on with a lower-case word or the line before ends without a
 * stop, a colon or a closing mark ("… filed an application with the\nComptroller of the Currency"). The
 * first line break is not counted: a headline without a stop sits before it in any text.
 */
export function singleBreaksEndParagraphs(text: string): boolean {
  let singles = 0;
  let midSentence = 0;
  let first = true;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = skipSpaces(text, i + 1);
    const previous = skipSpacesBack(text, i - 1);
    if (next >= text.length || previous < 0) continue; // a line break at either end of the text
    if (first) {
      first = false;
      if (text.charCodeAt(next) !== 10 && text.charCodeAt(previous) !== 10) singles++;
      continue;
    }
    if (text.charCodeAt(next) === 10 || text.charCodeAt(previous) === 10) continue; // part of a blank line
    singles++;
    if (goesOnInLowerCase(text, next) || !LINE_END.test(text.charAt(previous))) midSentence++;
  }
  return singles > 0 && midSentence <= (singles - 1) * WRAPPED_SHARE;
}

/**
 * True when the white space `[from, to)` between two tokens ends a paragraph: it holds a blank line, or
 * (when `singleBreaks`, see `singleBreaksEndParagraphs`) a line break before a word that is not lower case.
 */
export function isParagraphBreak(text: string, from: number, to: number, singleBreaks: boolean): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (++newlines >= 2) return true;
    } else if (!isSpaceCode(c)) {
      return false; // something other than white space between tokens: no break (cannot happen, but be safe)
    }
  }
  return newlines === 1 && singleBreaks && to < text.length && !goesOnInLowerCase(text, to) && !wrappedBeforeNumber(text, from, to);
}

/**
 * A line that ends in a lower-case word and a next line that opens with a number, past the first line of the text: a
 * sentence hard-wrapped before a figure ("Sapporo Breweries Ltd of Japan is issuing\n100 mln Swiss francs") in a text
 * too short to look hard-wrapped. A paragraph ends with a stop; only a headline, the first line, ends without one.
 */
function wrappedBeforeNumber(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(to);
  if (c < 48 || c > 57 || from === 0 || !LOWER_START.test(text.charAt(from - 1))) return false;
  return text.lastIndexOf('\n', from - 1) >= 0;
}

/** True when the character at `at` starts a lower-case word, which goes on the line before's sentence. */
export function goesOnInLowerCase(text: string, at: number): boolean {
  return LOWER_START.test(text.charAt(at));
}

function isSpaceCode(c: number): boolean {
  return c === 13 || c === 32 || c === 9 || c === 160 || c === 12 || c === 11;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function skipSpacesBack(text: string, i: number): number {
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i;
}
