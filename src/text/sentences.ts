import type { Sentence, Token } from '../model/layers.js';
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS, UNIT_ABBREVIATIONS } from './abbreviations.js';
import { isParagraphBreak, singleBreaksEndParagraphs } from './paragraph-breaks.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '»']);
/**
 * The part of a code after its stop: one to four capitals or digits and a closing mark ("DE)", "T>", the "Y." of
 * "(D-N.Y.)"), not a word after a missing space ("took off.A 2010 video").
 */
const STOCK_CODE_END = /^[A-Z0-9]{1,4}[)>\].,;:]/;

/**
 * Groups tokens into sentences. A sentence ends after terminal punctuation (with any closing quotes or
 * brackets glued to it) when the next token looks like a new sentence, and always at a paragraph break
 * (a blank line, or a line break where the text uses them for paragraphs: `paragraph-breaks.ts`), so
 * headlines without a final stop stand alone.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const singleBreaks = singleBreaksEndParagraphs(text);
  const close = (last: number, nextParagraph: boolean) => {
    sentences.push({ start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1, paragraph });
    first = last + 1;
    if (nextParagraph) paragraph++;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!next) {
      close(i, false);
      break;
    }
    if (isParagraphBreak(text, token.end, next.start, singleBreaks)) {
      close(i, true);
      continue;
    }
    // A stop glued to the words on both sides and followed by a short code in capitals is inside a code, not
    // the end of a sentence: "Volkswagen AG (VOWG_p.DE) said", "<JLIT.T>", "HSBC (0005.HK)", "(D-N.Y.)" ("results
    // here.Read the latest", a missing space, still ends one).
    if (token.text === '.' && i > 0 && tokens[i - 1].end === token.start && next.start === token.end && STOCK_CODE_END.test(text.slice(next.start, next.start + 6))) continue;
    if (TERMINAL.has(token.text) || endsWithAbbreviationPeriod(token.text)) {
      // Glue closing quotes/brackets that touch the stop: `… well.”` belongs to this sentence.
      let last = i;
      while (tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
      const after = tokens[last + 1];
      if (!after) continue;
      if (isParagraphBreak(text, tokens[last].end, after.start, singleBreaks)) continue; // the paragraph rule closes it
      if (startsSentence(token.text, after.text)) {
        close(last, false);
        i = last;
      }
    }
  }
  return sentences;
}

function endsWithAbbreviationPeriod(word: string): boolean {
  return word.length > 1 && word.endsWith('.');
}

function startsSentence(stop: string, next: string): boolean {
  const ch = next.charAt(0);
  const upper = /[\p{Lu}\d"“‘'(\[]/u.test(ch);
  if (!upper) return false;
  if (TERMINAL.has(stop)) return true;
  // The stop is an abbreviation's own period ("Mr.", "U.S.", "Jan.").
  const bare = stop.slice(0, -1).toLowerCase();
  if (TITLE_ABBREVIATIONS.has(bare) || bare.length === 1) return false; // "Mr. Abbas", "J. Smith"
  // "up 51.4 pct. Exports to the U.S. fell": a unit of an amount is never followed by a name in the same sentence
  if (UNIT_ABBREVIATIONS.has(bare)) return true;
  return SENTENCE_STARTERS.has(next);
}
