import type { EdgeRule } from './cue-edges.js';

/*
 * Cue boundary conventions PolNeAR train gold follows in a clear majority but that are not post-tagging
 * rules: the tagger already follows them, so as rules they changed nothing (or lowered dev and a fold by a
 * cue or two). They are kept here, one definition, because two things read them: `eval/quotes/cue-edge-rates.ts`
 * measures them, and the trainer's `--normalize-labels` (gold-conventions.ts) moves the minority of train's
 * gold cues to them. Rates: every annotator's file of train, fits / (fits + hurts), 2026-12-02.
 */

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'has', 'have', 'had', 'get', 'got', 'gets']);

/** The cue without a last preposition from `preps` after a past participle (`withAux`: and an auxiliary before it in the cue). */
export const participlePreposition = (preps: readonly string[], withAux: boolean): EdgeRule => (ctx, _l, { start, end }) => {
  const last = end - 1;
  if (end - start < 2 || !preps.includes(ctx.lower[last]) || ctx.pos[last - 1] !== 'VBN') return null;
  if (withAux && !ctx.lower.slice(start, last - 1).some((w) => BE.has(w))) return null;
  return { start, end: last };
};

const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'would', 'will', 'could', 'can', 'should', 'may', 'might', 'also', 'not', "n't", 'never', 'been']);

/** Auxiliaries (and "not", "also", "never") before a cue verb belong to the cue: "[has not said]". Fits 2,725, hurts 55 (98 %). */
export const auxBefore: EdgeRule = (ctx, _l, { start, end }) => {
  if (!ctx.pos[start].startsWith('VB') && !AUX.has(ctx.lower[start])) return null;
  let s = start;
  while (s > 0 && AUX.has(ctx.lower[s - 1])) s--;
  return s < start ? { start: s, end } : null;
};

/** "for" after a participle cue belongs to it: "[was criticized for] …". Fits 65, hurts 21 (76 %). */
export const participleFor: EdgeRule = (ctx, _l, { start, end }) =>
  end < ctx.lower.length && ctx.pos[end - 1] === 'VBN' && ctx.lower[end] === 'for' ? { start, end: end + 1 } : null;

/** "to" after a passive cue stays out of it: "[was told] to …". Fits 204, hurts 32 (86 %). */
export const passiveTo = participlePreposition(['to'], true);

/** "in" after a passive cue stays out of it. Fits 23, hurts 5 (82 %). */
export const passiveIn = participlePreposition(['in'], true);
