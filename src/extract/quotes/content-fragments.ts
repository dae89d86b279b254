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
    const cueEnd = q.cue.tokenEnd;
    // The first longest fragment, and the fragments on its side of the cue in its sentence (plain loops:
    // this runs for every quote of every document).
    let main = q.content[0];
    for (const c of q.content) if (c.tokenEnd - c.tokenStart > main.tokenEnd - main.tokenStart) main = c;
    const mainAfter = main.tokenStart >= cueEnd;
    const mainSentence = ctx.sentenceOf[main.tokenStart];
    const same: RoleSpan[] = [];
    for (const c of q.content) if ((c.tokenStart >= cueEnd) === mainAfter && ctx.sentenceOf[c.tokenStart] === mainSentence) same.push(c);
    if (same.length < 2) continue;
    let tokenStart = Infinity;
    let tokenEnd = -Infinity;
    for (const c of same) {
      tokenStart = Math.min(tokenStart, c.tokenStart);
      tokenEnd = Math.max(tokenEnd, c.tokenEnd);
    }
    const joined: RoleSpan = { ...main, tokenStart, tokenEnd };
    q.content = [...q.content.filter((c) => !same.includes(c)), joined].sort((a, b) => a.tokenStart - b.tokenStart);
  }
}
