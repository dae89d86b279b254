import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import type { RoleSpan } from './tagger.js';
import { overlaps, type TokenRange } from './token-ranges.js';

/*
 * A quote's cue, source and content never share a token: "Acts of protest, Mr. Obama said, are acts of
 * patriotism" reports two content fragments around its attribution, not one content that holds its own
 * speaker. The rules that extend a content (to a clause end, over a postposed or parenthetical attribution)
 * each keep clear of the tagger's other spans, but together they can still reach the quote's own source or
 * cue (about one quote in a thousand on Timeline17 in the attribution scope). This last step of the
 * attribution scope cuts those tokens out of the content; a quote without such an overlap is left exactly as
 * it was. The speech scope (a few such quotes in ten thousand) does not take it: there a cut content that
 * starts with a quotation mark reads as direct speech, and its marks' titles ("“Generation in Waiting,” a
 * book edited by …") would come out as partial quotes.
 */

/** Punctuation left at a cut's edge ("Acts of protest," before "Mr. Obama said"). */
const CUT_EDGE = new Set([',', ';', ':', '--', '—', '–', '-']);

/** The parts of `fragment` outside `held`, without the punctuation the cuts leave at their edges. */
function cutOut(ctx: QuoteContext, fragment: RoleSpan, held: readonly RoleSpan[]): RoleSpan[] {
  let pieces: TokenRange[] = [fragment];
  for (const h of held) {
    pieces = pieces.flatMap((p): TokenRange[] => {
      if (!overlaps(p, h)) return [p];
      const out: TokenRange[] = [];
      if (p.tokenStart < h.tokenStart) out.push({ tokenStart: p.tokenStart, tokenEnd: h.tokenStart });
      if (h.tokenEnd < p.tokenEnd) out.push({ tokenStart: h.tokenEnd, tokenEnd: p.tokenEnd });
      return out;
    });
  }
  const out: RoleSpan[] = [];
  for (let { tokenStart: s, tokenEnd: e } of pieces) {
    if (s > fragment.tokenStart) while (s < e && CUT_EDGE.has(ctx.lower[s])) s++;
    if (e < fragment.tokenEnd) while (e > s && CUT_EDGE.has(ctx.lower[e - 1])) e--;
    if (e > s) out.push({ ...fragment, tokenStart: s, tokenEnd: e });
  }
  return out;
}

/**
 * Cuts each quote's own cue and source out of its content. When nothing of the content would be left (a
 * content that is only its source, "Prevention" said by "Prevention"), the source goes instead and only the
 * cue is cut out; a quote whose content is wholly its cue is dropped.
 */
export function separateQuoteParts(ctx: QuoteContext, quotes: readonly RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of quotes) {
    const held = [q.cue, q.source].filter((s): s is RoleSpan => s !== null);
    if (!q.content.some((c) => held.some((h) => overlaps(c, h)))) {
      out.push(q);
      continue;
    }
    let content = q.content.flatMap((c) => cutOut(ctx, c, held));
    let source = q.source;
    if (content.length === 0 && source) {
      source = null;
      content = q.content.flatMap((c) => cutOut(ctx, c, q.cue ? [q.cue] : []));
    }
    if (content.length === 0) continue;
    // The quote object is replaced, not changed: callers may hold it in sets (the layout rules' quotes).
    out.push({ ...q, source, content });
  }
  return out;
}
