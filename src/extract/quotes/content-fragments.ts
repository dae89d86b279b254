import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import type { RoleSpan } from './tagger.js';

/*
 * PolNeAR's content is one span on each side of its cue within a sentence (it is split only where the
 * source and cue interrupt it: “…,” he said, “…”). The tagger sometimes breaks a reported clause into
 * fragments with untagged words between ("said [the videos were inconclusive] and that [the footage …]"),
 * and each fragment then scores as a wrong span. Fragments of one quote's content on the same side of its
 * cue and in the same sentence as its longest fragment are joined into one span. Measured: joining across
 * sentences too, or dropping the shorter fragments instead, did worse on dev.
 */
export function joinContentFragments(ctx: QuoteContext, quotes: readonly RawQuote[]): void {
  for (const q of quotes) {
    if (!q.cue || q.content.length < 2) continue;
    const cue = q.cue;
    const length = (c: RoleSpan) => c.tokenEnd - c.tokenStart;
    const main = q.content.reduce((m, c) => (length(c) > length(m) ? c : m));
    const after = (c: RoleSpan) => c.tokenStart >= cue.tokenEnd;
    const same = q.content.filter((c) => after(c) === after(main) && ctx.sentenceOf[c.tokenStart] === ctx.sentenceOf[main.tokenStart]);
    if (same.length < 2) continue;
    const joined: RoleSpan = { ...main, tokenStart: Math.min(...same.map((c) => c.tokenStart)), tokenEnd: Math.max(...same.map((c) => c.tokenEnd)) };
    q.content = [...q.content.filter((c) => !same.includes(c)), joined].sort((a, b) => a.tokenStart - b.tokenStart);
  }
}
