import { viterbi } from '../../ml/index.js';
import type { CompactTagger, RedecodeHook } from './compact-tagger.js';
import type { QuoteContext } from './context.js';
import type { TagRange } from './features.js';

/*
 * A sentence where the tagger found more cues than contents leaves a cue without content, and assembly
 * drops such a cue unless orphan-cues.ts finds it one (on PolNeAR dev 72 raw cues end so, 31 of them
 * right: `npx tsx eval/quotes/cue-losses.ts`). Sometimes the tagger just missed the content. So such a
 * range is decoded a second time over the same emissions, each B-CON and U-CON of those sentences
 * CONTENT_BONUS more, and the second path replaces the first when it has content where the first had none
 * in one of them: a content that lost by less than the bonus.
 *
 * The bonus was chosen on the held-out folds `tune` and `tune:5` (fit-fold models), then dev, in the
 * attribution scope: 25–75 gain cue, source and content on all three (75: exact cues right / predicted
 * +5 / +8 on `tune`, +2 / +3 on `tune:5`, +2 / +2 on dev; cue F1 on dev 71.26 → 71.32). 100 and more gain
 * cue further on the folds, but the contents they make are mostly wrong: content falls on dev at 100 (the
 * dev check chose 75 over 100) and on `tune` at 200 and 400. A bonus on B-/U-CUE in sentences with a
 * source or content and no cue (the same idea for cues) added cues right 12–37 % of the time, no gain
 * (docs/quotes-and-claims.md, "Structure-aware second pass").
 */
export const CONTENT_BONUS = 75;

/** Type of a label of the tagger's BILOU set (O, then B, I, L, U of SRC, CUE, CON): -1 for O, else 0, 1, 2. */
const typeOf = (label: number) => (label === 0 ? -1 : Math.floor((label - 1) / 4));
const CUE = 1;
const CON = 2;
/** Whether a label opens a span (B- or U-). */
const opens = (label: number) => label !== 0 && ((label - 1) % 4 === 0 || (label - 1) % 4 === 3);

/** The sentences of a path (tokens `range.start …`) with more cue spans than content spans. */
export function sentencesShortOfContent(ctx: QuoteContext, start: number, path: ArrayLike<number>, n: number): Set<number> {
  const balance = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!opens(path[i])) continue;
    const t = typeOf(path[i]);
    if (t !== CUE && t !== CON) continue;
    const s = ctx.sentenceOf[start + i];
    balance.set(s, (balance.get(s) ?? 0) + (t === CUE ? 1 : -1));
  }
  return new Set([...balance].filter(([, b]) => b > 0).map(([s]) => s));
}

/** A redecoding hook for the ranges of one document, called once per range in order (`CompactTagger.redecodeWith`). */
export function contentRedecoder(model: CompactTagger, ctx: QuoteContext, ranges: readonly TagRange[], bonus = CONTENT_BONUS): RedecodeHook {
  const L = model.labelCount;
  const bCon = model.labels.indexOf('B-CON');
  const uCon = model.labels.indexOf('U-CON');
  let k = 0;
  return (path, emissions, n) => {
    const { start } = ranges[k++];
    const short = sentencesShortOfContent(ctx, start, path, n);
    if (!short.size) return null;
    const em = emissions.slice(0, n * L);
    for (let i = 0; i < n; i++) {
      if (!short.has(ctx.sentenceOf[start + i])) continue;
      em[i * L + bCon] += bonus;
      em[i * L + uCon] += bonus;
    }
    const again = viterbi(model, em, n);
    for (let i = 0; i < n; i++) if (typeOf(again[i]) === CON && typeOf(path[i]) !== CON && short.has(ctx.sentenceOf[start + i])) return again;
    return null;
  };
}
