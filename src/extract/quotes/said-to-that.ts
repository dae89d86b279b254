/**
 * "said in a filing with the Securities and Exchange Commission that …", "said in a letter to BP chief executive
 * Tony Hayward that …": a saying cue that ends in "with" or "to" has the one addressed right after it, so what was
 * said starts at the "that" that follows (speech scope).
 */
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'stated', 'warned']);
/** Most words between a cue ending in "with" or "to" and the "that" of what was said ("the U.S. Securities and Exchange Commission that"). */
const MAX_HEARER = 12;

/**
 * A saying cue that ends in "with" or "to" ("said in a filing with", "said in a letter to", "said in a phone call
 * with") has the one addressed right after it: the content starts at the "that" that follows within a few words.
 */
export function startAtThat(ctx: QuoteContext, raw: readonly RawQuote[]): void {
  for (const q of raw) {
    const cue = q.cue;
    const first = q.content[0];
    if (!cue || !first || first.tokenStart !== cue.tokenEnd) continue;
    const last = ctx.lower[cue.tokenEnd - 1];
    if (last !== 'with' && last !== 'to') continue;
    let saying = false;
    for (let i = cue.tokenStart; i < cue.tokenEnd; i++) if (SAYING.has(ctx.lower[i])) saying = true;
    if (!saying) continue;
    for (let i = first.tokenStart + 1; i < Math.min(first.tokenEnd - 1, first.tokenStart + MAX_HEARER); i++) {
      if (ctx.lower[i] === 'that') {
        q.content[0] = { ...first, tokenStart: i };
        break;
      }
    }
  }
}
