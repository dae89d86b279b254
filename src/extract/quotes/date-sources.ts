/**
 * "In January [the group] declared …" read with "January" as the source: a date speaks for no one, so a source
 * that lies wholly inside a time expression is dropped (speech scope).
 */
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

/** Clears every source that lies wholly inside a time expression ("January", "Thursday night"). */
export function dropDateSources(ctx: QuoteContext, raw: readonly RawQuote[], timexes: readonly { start: number; end: number }[]): void {
  if (!timexes.length) return;
  for (const q of raw) {
    if (!q.source) continue;
    const start = ctx.tokens[q.source.tokenStart].start;
    const end = ctx.tokens[q.source.tokenEnd - 1].end;
    if (timexes.some((t) => t.start <= start && end <= t.end)) q.source = null;
  }
}
