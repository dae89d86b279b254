/**
 * A role never cuts a hyphenated word: "said [the 26]-year-old" becomes "said [the 26-year-old]", "According
 * to [a 52]-count civil complaint" takes the whole compound. The tokenizer splits "26-year-old" into five
 * tokens and the tagger sometimes stops after the first; a hyphen glued to the words on both sides is inside
 * a word, so the span grows to the compound's edges (a bulleted "-Nate Cohn" has no word before its dash).
 */
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import type { RoleSpan } from './tagger.js';

const HYPHENS = new Set(['-', '‑']);

/** Tokens i and i + 1 touch: no space between them. */
const touching = (ctx: QuoteContext, i: number) => i >= 0 && i + 1 < ctx.tokens.length && ctx.tokens[i].end === ctx.tokens[i + 1].start;

/** A hyphen at i joins the words on both sides of it. */
const joins = (ctx: QuoteContext, i: number) => HYPHENS.has(ctx.lower[i] ?? '') && touching(ctx, i - 1) && touching(ctx, i);

function widened(ctx: QuoteContext, span: RoleSpan): RoleSpan {
  let { tokenStart, tokenEnd } = span;
  while (tokenEnd + 1 < ctx.tokens.length && joins(ctx, tokenEnd)) tokenEnd += 2;
  while (tokenStart - 2 >= 0 && joins(ctx, tokenStart - 1)) tokenStart -= 2;
  return tokenStart === span.tokenStart && tokenEnd === span.tokenEnd ? span : { ...span, tokenStart, tokenEnd };
}

/** Widens every source and content that cuts a hyphenated word, unless that takes a token the quote's other roles hold; returns how many spans changed. */
export function keepWholeWords(ctx: QuoteContext, raw: readonly RawQuote[]): number {
  let changed = 0;
  for (const q of raw) {
    const roles = [q.source, q.cue, ...q.content].filter((s): s is RoleSpan => s !== null);
    const free = (from: number, to: number, self: RoleSpan) => roles.every((r) => r === self || r.tokenEnd <= from || r.tokenStart >= to);
    const widen = (s: RoleSpan): RoleSpan => {
      const w = widened(ctx, s);
      if (w === s || !free(w.tokenStart, s.tokenStart, s) || !free(s.tokenEnd, w.tokenEnd, s)) return s;
      changed++;
      return w;
    };
    if (q.source) q.source = widen(q.source);
    q.content = q.content.map(widen);
  }
  return changed;
}
