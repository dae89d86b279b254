/**
 * Contents by rule for the speech scope's contentless cues: a speech cue the tagger gave a source but no content
 * ("Peskov told reporters the meeting was useful") gets the clause its sentence implies (cue-contents.ts), past the
 * addressee, when that reads as a clause. About two in three of those it adds are right on unseen news
 * (docs/quotes-and-claims.md, "Unseen conflict news read quote by quote").
 */
import type { RawQuote } from './assemble.js';
import { addresseeTokens } from './addressees.js';
import { QUOTE_MARKS } from './boundary-choice.js';
import type { QuoteContext } from './context.js';
import { cueContent } from './cue-contents.js';
import type { CueLexicon } from './cue-lexicon.js';
import { addWhereFree } from './merge.js';

/** Longest sentence, in tokens, whose contentless cues the rule reads (news sentences stay far below). */
const MAX_IMPLIED_SENTENCE = 250;
/** Most words of a cue whose content a rule may find ("said", "told", "has warned"; not "militants continued to emerge"). */
const MAX_IMPLIED_CUE = 3;

/**
 * A content found by rule is a clause of at least three words with a verb, opening on a word or a quotation
 * mark, not on a preposition: "told in the Oval Office …", "told me from her frontline position", "quoted the
 * email" report nothing the rule can read.
 */
function reportsAClause(ctx: QuoteContext, q: RawQuote): boolean {
  if (q.cue!.tokenEnd - q.cue!.tokenStart > MAX_IMPLIED_CUE) return false;
  return q.content.every((c) => {
    if (c.tokenEnd - c.tokenStart < 3) return false;
    const w = ctx.lower[c.tokenStart];
    if (!/^[\p{L}\p{N}]/u.test(w) && !QUOTE_MARKS.has(w)) return false;
    // nor on a verb or a relative word, which leave the clause without its subject ("once claimed has
    // disappeared", "reportedly who was also killed")
    const tag = ctx.pos[c.tokenStart] ?? '';
    if (tag === 'IN' || tag === 'TO' || tag.startsWith('VB') || tag.startsWith('W')) return false;
    for (let i = c.tokenStart; i < c.tokenEnd; i++) if (ctx.pos[i]?.startsWith('VB') || ctx.pos[i] === 'MD') return true;
    return false;
  });
}

/** `raw` with each contentless cue that gets a content by rule and whose words no quote of `raw` holds, in content order. */
export function withImpliedContents(ctx: QuoteContext, lexicon: CueLexicon, raw: RawQuote[], contentless: readonly RawQuote[]): RawQuote[] {
  const found: RawQuote[] = [];
  for (const q of contentless) {
    // the rule reads the cue's whole sentence: in a run of text with no full stop (a scraped list) it would
    // read it once per cue, so such sentences are left to the tagger
    const sentence = ctx.sentences[ctx.sentenceOf[q.cue!.tokenStart]];
    if (sentence.tokenEnd - sentence.tokenStart > MAX_IMPLIED_SENTENCE) continue;
    const made = cueContent(ctx, lexicon, q);
    if (!made) continue;
    const quote: RawQuote = { ...q, source: made.dropSource ? null : q.source, content: made.content.map((c) => ({ role: 'content', tokenStart: c.tokenStart, tokenEnd: c.tokenEnd })) };
    // "told Wafa the talks went well": the addressee is no part of what was told
    const to = addresseeTokens(ctx, lexicon, { ...quote, content: [] });
    const first = quote.content[0];
    if (to && to[0] === first.tokenStart && to[1] < first.tokenEnd) quote.content[0] = { ...first, tokenStart: to[1] };
    if (reportsAClause(ctx, quote)) found.push(quote);
  }
  return [...addWhereFree(ctx.tokens.length, raw, found).quotes];
}
