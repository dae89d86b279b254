/**
 * A report whose attribution interrupts it: "Their British jailers would, he said, show them the executions",
 * "When his children grow up, Sharf said, he will tell them …". The tagger gives the content the part after
 * the attribution, and the speech scope's postposed-clause rule the part before it; the report is both, as two
 * fragments of one content (PolNeAR marks it so). A cue the tagger left with no content at all gets both parts
 * in orphan-cues.ts.
 */
import type { RawQuote } from './assemble.js';
import { beforeSentenceEnd } from './clause-marks.js';
import type { QuoteContext } from './context.js';
import { QUOTE_MARKS } from './boundary-choice.js';
import type { RoleSpan } from './tagger.js';
import { overlaps } from './token-ranges.js';
import { isReportingVerb } from './cue-lexicon.js';

/** Most tokens of source and cue between the commas ("RNC Chief of Staff Katie Walsh explained"). */
const MAX_PARENTHESIS = 10;

/**
 * Gives each quote whose source and cue stand between two commas inside one sentence ("…, he said, …") and
 * whose one content fragment is the sentence's part before them or after them the other part too, when that
 * part holds no other quote's cue or content and the sentence opens with no quotation mark. Returns how many
 * quotes grew.
 */
export function completeParentheticals(ctx: QuoteContext, quotes: readonly RawQuote[]): number {
  let grown = 0;
  for (const q of quotes) {
    const { cue, source } = q;
    if (!cue || !source || q.content.length !== 1 || source.tokenEnd !== cue.tokenStart) continue;
    if (cue.tokenEnd - source.tokenStart > MAX_PARENTHESIS) continue;
    const open = source.tokenStart - 1;
    const close = cue.tokenEnd;
    if (ctx.lower[open] !== ',' || ctx.lower[close] !== ',') continue;
    const sentence = ctx.sentences[ctx.sentenceOf[cue.tokenStart]];
    if (open <= sentence.tokenStart || QUOTE_MARKS.has(ctx.lower[sentence.tokenStart])) continue;
    const end = beforeSentenceEnd(ctx, sentence.tokenEnd, close + 1);
    if (end <= close + 1) continue;
    const before: RoleSpan = { role: 'content', tokenStart: sentence.tokenStart, tokenEnd: open };
    const after: RoleSpan = { role: 'content', tokenStart: close + 1, tokenEnd: end };
    const only = q.content[0];
    const same = (a: RoleSpan, b: RoleSpan) => a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd;
    const missing = same(only, before) ? after : same(only, after) ? before : null;
    // a connective alone ("However, it said, …") is no part of the report, nor is a second attribution
    // ("…, its deputy leader has said, Reuters reports")
    if (!missing || missing.tokenEnd - missing.tokenStart < 2 || (missing.tokenEnd - missing.tokenStart <= 4 && holdsReportingVerb(ctx, missing))) continue;
    if (quotes.some((o) => o !== q && ((o.cue && overlaps(o.cue, missing)) || o.content.some((c) => overlaps(c, missing))))) continue;
    q.content = missing === before ? [before, only] : [only, after];
    grown++;
  }
  return grown;
}

function holdsReportingVerb(ctx: QuoteContext, span: RoleSpan): boolean {
  for (let i = span.tokenStart; i < span.tokenEnd; i++) if (isReportingVerb(ctx.cue[i])) return true;
  return false;
}
