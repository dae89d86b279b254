import type { Sentence, Token } from '../../model/layers.js';
import { foldWord } from '../../kb/normalize.js';

/**
 * The words the entity matcher walks: tokens split at hyphens ("Israel-Hamas" → Israel, Hamas;
 * "Iran-backed" → Iran, backed), each with exact offsets. Possessive "'s" tokens are not words of their own;
 * they mark the word before. Punctuation tokens stay (as barriers names cannot cross).
 */
export interface Piece {
  start: number;
  end: number;
  text: string;
  /** Folded form for KB look-up; '' for punctuation. */
  fold: string;
  token: number;
  sentence: number;
  /** Joined to the previous piece by a hyphen inside one token. */
  hyphenBefore: boolean;
  /** Joined to the next piece by a hyphen inside one token. */
  hyphenAfter: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Letters are all upper case (an acronym: "PA", "UAE", "U.S."). */
  upper: boolean;
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** First word of its sentence. */
  sentenceStart: boolean;
}

const POSSESSIVE = /^['’]s?$/;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;

/**
 * Whether a word has letters or digits, starts with a capital, and has capitals but no lower-case letters.
 * Plain ASCII words are classified by character codes; only other words pay for Unicode regexes.
 */
function wordShape(text: string): { wordy: boolean; capitalized: boolean; upper: boolean } {
  let ascii = true;
  let hasUpper = false;
  let hasLower = false;
  let wordy = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) hasUpper = wordy = true;
    else if (c >= 97 && c <= 122) hasLower = wordy = true;
    else if (c >= 48 && c <= 57) wordy = true;
    else if (c >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const first = text.charCodeAt(0);
    return { wordy, capitalized: first >= 65 && first <= 90, upper: hasUpper && !hasLower };
  }
  return { wordy: HAS_LETTER_OR_DIGIT.test(text), capitalized: UPPER_FIRST.test(text), upper: UPPER_LETTER.test(text) && !LOWER_LETTER.test(text) };
}

export function toPieces(tokens: readonly Token[], sentences: readonly Sentence[]): Piece[] {
  const pieces: Piece[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  for (let s = 0; s < sentences.length; s++) for (let t = sentences[s].tokenStart; t < sentences[s].tokenEnd; t++) sentenceOf[t] = s;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.text.length <= 2 && POSSESSIVE.test(tok.text) && pieces.length && pieces[pieces.length - 1].token === t - 1 && tokens[t - 1].end === tok.start) {
      pieces[pieces.length - 1].possessive = true;
      continue;
    }
    const sentenceStart = sentences[sentenceOf[t]]?.tokenStart === t;
    const parts = tok.text.indexOf('-', 1) < 0 ? WHOLE : splitHyphens(tok.text);
    for (let i = 0; i < parts.length; i++) {
      const from = parts === WHOLE ? 0 : parts[i][0];
      const to = parts === WHOLE ? tok.text.length : parts[i][1];
      const text = from === 0 && to === tok.text.length ? tok.text : tok.text.slice(from, to);
      const shape = wordShape(text);
      pieces.push({
        start: tok.start + from,
        end: tok.start + to,
        text,
        fold: shape.wordy ? foldWord(text) : '',
        token: t,
        sentence: sentenceOf[t],
        hyphenBefore: i > 0,
        hyphenAfter: i < parts.length - 1,
        capitalized: shape.capitalized,
        upper: shape.upper,
        possessive: false,
        sentenceStart: sentenceStart && i === 0,
      });
    }
  }
  return pieces;
}

/** The one part of a token without inner hyphens (shared, so most tokens allocate no part list). */
const WHOLE: Array<[number, number]> = [[0, 0]];

/** [from, to) offsets of the hyphen-separated parts of a token; a token without inner hyphens is one part. */
function splitHyphens(text: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === '-' && from < i) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  parts.push([from, text.length]);
  return parts;
}
