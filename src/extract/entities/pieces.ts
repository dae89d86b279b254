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

export function toPieces(tokens: readonly Token[], sentences: readonly Sentence[]): Piece[] {
  const pieces: Piece[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  for (let s = 0; s < sentences.length; s++) for (let t = sentences[s].tokenStart; t < sentences[s].tokenEnd; t++) sentenceOf[t] = s;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (POSSESSIVE.test(tok.text) && pieces.length && pieces[pieces.length - 1].token === t - 1 && tokens[t - 1].end === tok.start) {
      pieces[pieces.length - 1].possessive = true;
      continue;
    }
    const sentenceStart = sentences[sentenceOf[t]]?.tokenStart === t;
    const parts = splitHyphens(tok.text);
    parts.forEach(([from, to], i) => {
      const text = tok.text.slice(from, to);
      const letters = text.replace(/[^\p{L}]/gu, '');
      pieces.push({
        start: tok.start + from,
        end: tok.start + to,
        text,
        fold: HAS_LETTER_OR_DIGIT.test(text) ? foldWord(text) : '',
        token: t,
        sentence: sentenceOf[t],
        hyphenBefore: i > 0,
        hyphenAfter: i < parts.length - 1,
        capitalized: /^\p{Lu}/u.test(text),
        upper: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        possessive: false,
        sentenceStart: sentenceStart && i === 0,
      });
    });
  }
  return pieces;
}

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
