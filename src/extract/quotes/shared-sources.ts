import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

/*
 * One source, several cues: "Trump said …, adding …" / "Reid criticized …, claiming …". The tagger marks
 * the source once and assembly gives it to the nearest cue; PolNeAR links it to each of the sentence's
 * attributions. A cue left without a source takes the source of the attribution before it in its
 * sentence, when that source stands before the cue.
 */
export function shareSources(ctx: QuoteContext, quotes: readonly RawQuote[]): void {
  const ordered = quotes.filter((q) => q.cue).sort((a, b) => a.cue!.tokenStart - b.cue!.tokenStart);
  for (let k = 1; k < ordered.length; k++) {
    const q = ordered[k];
    if (q.source) continue;
    const sentence = ctx.sentenceOf[q.cue!.tokenStart];
    for (let j = k - 1; j >= 0; j--) {
      const p = ordered[j];
      if (ctx.sentenceOf[p.cue!.tokenStart] !== sentence) break;
      if (p.source && p.source.tokenEnd <= q.cue!.tokenStart) {
        q.source = p.source;
        break;
      }
    }
  }
}
