import type { Token } from '../model/layers.js';
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/*
 * One linear pass with a sticky, alternation-only regex: no nested quantifiers over the same characters,
 * so no input can make it backtrack catastrophically (test/text/tokenize.test.ts checks long runs).
 * Order matters: URLs and e-mails first, dotted acronyms (U.S.), numbers, words with inner hyphens or
 * apostrophes, Penn Treebank bracket escapes (-LRB-), then runs of dots/dashes, then any other single non-space
 * character.
 */
const TOKEN = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]`,
    // Bounded like RFC 5321's parts (64-character local part, 63-character labels): an unbounded local
    // part rescans a long run such as "1-1-1-…" from every position and turns the pass quadratic.
    String.raw`[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`,
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`\d+(?:[.,:]\d+)*(?:\p{L}+)?`,
    String.raw`[\p{L}\p{M}\d]+(?:[-'’&][\p{L}\p{M}\d]+)*`,
    // Penn Treebank's bracket escapes in pre-tokenized corpora ("-LRB- # 3.9 m -RRB-", Timeline17): one
    // punctuation token each, so that no stage reads "LRB" as a name
    String.raw`-[LR][RSC]B-`,
    String.raw`\.{2,}|-{2,}`,
    String.raw`\S`,
  ].join('|'),
  'uy',
);

const CLITIC = /(?:['’][sS]|[nN]['’][tT]|['’](?:re|ve|ll|d|m|RE|VE|LL|D|M))$/;

/** Splits text into tokens with exact offsets; `text.slice(t.start, t.end) === t.text` for every token. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Skip whitespace quickly (space, tab, newlines, NBSP and the Unicode spaces).
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    // `\S` always matches a non-space, so m is null only for a lone surrogate half or exotic space.
    let end = m ? Math.min(i + m[0].length, to) : i + 1;
    let word = text.slice(i, end);
    // Keep an abbreviation's period: "Mr.", "Jan.", an initial "J."
    if (text.charCodeAt(end) === 46 /* . */ && end < to && isAbbreviation(word)) {
      end += 1;
      word = text.slice(i, end);
    }
    // Split clitics the Penn Treebank way: "Russia's" → "Russia" "'s", "don't" → "do" "n't".
    const clitic = word.length > 2 ? CLITIC.exec(word) : null;
    if (clitic && clitic.index > 0) {
      const cut = i + clitic.index;
      tokens.push({ start: i, end: cut, text: text.slice(i, cut) });
      tokens.push({ start: cut, end, text: text.slice(cut, end) });
    } else {
      tokens.push({ start: i, end, text: word });
    }
    i = end;
  }
  return tokens;
}

function isAbbreviation(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word) || TITLE_ABBREVIATIONS.has(word); // an initial: "J. Smith"; "Trump v. Trump"
  const lower = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);
}
