/**
 * "In his speech he said …", "Speaking to BBC News he said …", "After trying to avoid the question she
 * eventually said …": with no comma after the opening phrase, the tagger lets the source start at the
 * sentence and run to the pronoun, so the speaker is read from the phrase ("BBC News") or not at all. A
 * source that opens with such a phrase — a preposition, a participle or a linking adverb — and ends in a
 * subject pronoun (and perhaps an -ly adverb) is that pronoun; so is one where the pronoun follows a comma
 * or a closing quotation mark (", he said" after what was said). A source that opens with a noun phrase
 * ("Most Egyptians I have spoken to", "a Lebanese American I") or joins the pronoun to a name ("John McCain
 * and I") is left alone.
 */
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Parts of speech that open a phrase before the subject: "In …", "Speaking …", "Then …", "And then …". */
const OPENING_POS = new Set(['IN', 'VBG', 'VBN', 'RB', 'CC', 'TO']);
const BEFORE_PRONOUN = new Set([',', "''", '”', '"', '’']);

/** Trims such sources to their pronoun; returns how many changed. */
export function trimFrontedPhrases(ctx: QuoteContext, raw: readonly RawQuote[]): number {
  let trimmed = 0;
  for (const q of raw) {
    const s = q.source;
    if (!s || s.tokenEnd - s.tokenStart < 3) continue;
    let pronoun = s.tokenEnd - 1;
    if (/ly$/.test(ctx.lower[pronoun]) && ctx.pos[pronoun] === 'RB') pronoun--;
    if (pronoun <= s.tokenStart || !SUBJECT_PRONOUNS.has(ctx.lower[pronoun])) continue;
    const before = ctx.lower[pronoun - 1];
    if (before === 'and' || before === 'or' || before === 'nor') continue;
    if (!BEFORE_PRONOUN.has(before) && !OPENING_POS.has(ctx.pos[s.tokenStart])) continue;
    q.source = { ...s, tokenStart: pronoun, tokenEnd: pronoun + 1 };
    trimmed++;
  }
  return trimmed;
}
