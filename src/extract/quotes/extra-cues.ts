import { viterbi } from '../../ml/index.js';
import type { CompactTagger } from './compact-tagger.js';
import type { QuoteContext } from './context.js';
import type { TagRange } from './features.js';
import { sentencesShortOfContent } from './contentless-cues.js';

/*
 * Recall candidates for the learned cue filter (cue-filter.ts). Of the gold cues the attribution scope
 * misses on PolNeAR dev, about 200 lie in sentences where the tagger tags nothing and 67 in sentences with a
 * source or content but no cue (`npx tsx eval/quotes/cue-losses.ts`). A bonus on B-/U-CUE there, taken as it
 * is, adds cues right only 12–37 % of the time (docs/quotes-and-claims.md, "Structure-aware second pass"). Here
 * such sentences are decoded again over the same emissions with cue openings worth each of a few growing
 * bonuses; the first bonus at which a sentence gains a cue gives its alternative reading (that sentence's
 * labels of that path) and its level (1 for the smallest bonus). The quotes assembled from those readings are
 * offered to the filter as extra candidates, marked with their level, and it decides which stay.
 */

/** Which cueless sentences are decoded again: every one, or those where the tagger found a source or content. */
export type ExtraTrigger = 'any' | 'tagged';

export interface ExtraCueOptions {
  /** The cue bonuses tried, growing (units of the tagger's scores, like the margins of role-margins.ts). */
  bonuses: readonly number[];
  trigger: ExtraTrigger;
  /**
   * Content bonuses tried, growing, in the sentences with more cues than contents (as contentless-cues.ts
   * does with one bonus): a cue that gains a content so, and that assembly had dropped for want of one, is
   * an extra candidate too.
   */
  contentBonuses?: readonly number[];
  /**
   * Give such a cue the content its sentence implies (cue-contents.ts) in place of the one the bonus made,
   * when its sentence implies one (spec suffix `:rules`).
   */
  contentRules?: boolean;
}

/** A range's alternative reading: the first path with each sentence that gained a cue replaced, and those sentences' levels. */
export interface ExtraReading {
  path: Int32Array;
  /** Sentence → 1 + index of the first bonus at which it gained a cue; whether the first path had a source or content in it. */
  levels: Map<number, { level: number; tagged: boolean }>;
  /** Sentence → 1 + index of the first content bonus at which it gained a content. */
  contentLevels: Map<number, number>;
}

const growing = (list: readonly unknown[]) => list.length > 0 && list.every((b, i) => typeof b === 'number' && b > 0 && (i === 0 || b > (list[i - 1] as number)));

/** Parses "100,250,500", "100,250,500:tagged", "100,250,500:any:150,300" or "…:any:150,300:rules" (cue bonuses, trigger, content bonuses, contents by rule; throws on anything else). */
export function parseExtraCues(text: string, name = 'extra cues'): ExtraCueOptions {
  const [list, trigger = 'any', contents, rules, ...rest] = text.split(':');
  const bonuses = list.split(',').map(Number);
  const contentBonuses = contents === undefined ? undefined : contents.split(',').map(Number);
  if (rest.length || (trigger !== 'any' && trigger !== 'tagged') || !growing(bonuses) || (contentBonuses && !growing(contentBonuses)) || (rules !== undefined && rules !== 'rules')) {
    throw new Error(`${name}: expected growing positive bonuses, e.g. 100,250,500 or 100,250,500:tagged or 100,250:any:150,300 or 100,250:any:150,300:rules, got ${JSON.stringify(text)}`);
  }
  const out: ExtraCueOptions = contentBonuses ? { bonuses, trigger, contentBonuses } : { bonuses, trigger };
  if (rules) out.contentRules = true;
  return out;
}

/** Checks the shape of extra-cue options read from JSON. */
export function checkExtraCues(raw: unknown, name: string): ExtraCueOptions {
  const o = raw as Partial<ExtraCueOptions> | null;
  const ok = o !== null && typeof o === 'object' && Array.isArray(o.bonuses) && growing(o.bonuses) && (o.trigger === 'any' || o.trigger === 'tagged')
    && (o.contentBonuses === undefined || (Array.isArray(o.contentBonuses) && growing(o.contentBonuses)))
    && (o.contentRules === undefined || typeof o.contentRules === 'boolean');
  if (!ok) throw new Error(`${name}: extraCues must be {"bonuses": [growing positive numbers], "trigger": "any" | "tagged", "contentBonuses"?: [growing positive numbers], "contentRules"?: boolean}`);
  const out: ExtraCueOptions = o.contentBonuses ? { bonuses: o.bonuses!, trigger: o.trigger!, contentBonuses: o.contentBonuses } : { bonuses: o.bonuses!, trigger: o.trigger! };
  if (o.contentRules) out.contentRules = true;
  return out;
}

/**
 * A function called with each range's final path and emissions, in range order (from a `RedecodeHook`),
 * that returns the range's alternative reading or null when no cueless sentence gains a cue.
 */
export function extraCueReader(model: CompactTagger, ctx: QuoteContext, ranges: readonly TagRange[], options: ExtraCueOptions) {
  const L = model.labelCount;
  const isCue = Uint8Array.from(model.labels, (l) => (l.endsWith('-CUE') ? 1 : 0));
  const isOther = Uint8Array.from(model.labels, (l) => (l !== 'O' && !l.endsWith('-CUE') ? 1 : 0));
  const bCue = model.labels.indexOf('B-CUE');
  const uCue = model.labels.indexOf('U-CUE');
  const isContent = Uint8Array.from(model.labels, (l) => (l.endsWith('-CON') ? 1 : 0));
  const bCon = model.labels.indexOf('B-CON');
  const uCon = model.labels.indexOf('U-CON');
  let k = 0;
  return (path: Int32Array, emissions: Float32Array, n: number): ExtraReading | null => {
    const { start } = ranges[k++];
    // per sentence of the range: has a cue, has another role
    const cued = new Set<number>();
    const tagged = new Set<number>();
    for (let i = 0; i < n; i++) {
      const s = ctx.sentenceOf[start + i];
      if (isCue[path[i]]) cued.add(s);
      else if (isOther[path[i]]) tagged.add(s);
    }
    const open = new Set<number>();
    for (let i = 0; i < n; i++) {
      const s = ctx.sentenceOf[start + i];
      if (s >= 0 && !cued.has(s) && (options.trigger === 'any' || tagged.has(s))) open.add(s);
    }
    const short = options.contentBonuses ? sentencesShortOfContent(ctx, start, path, n) : new Set<number>();
    if (!open.size && !short.size) return null;
    const em = new Float32Array(n * L);
    let out: ExtraReading | null = null;
    const hasContent = (p: ArrayLike<number>, s: number) => {
      let count = 0;
      for (let i = 0; i < n; i++) if (ctx.sentenceOf[start + i] === s && isContent[p[i]] && (i === 0 || !isContent[p[i - 1]] || ctx.sentenceOf[start + i - 1] !== s)) count++;
      return count;
    };
    options.contentBonuses?.forEach((bonus, b) => {
      if (!short.size) return;
      em.set(emissions.subarray(0, n * L));
      for (let i = 0; i < n; i++) {
        if (!short.has(ctx.sentenceOf[start + i])) continue;
        em[i * L + bCon] += bonus;
        em[i * L + uCon] += bonus;
      }
      const again = viterbi(model, em, n);
      const gained = [...short].filter((s) => hasContent(again, s) > hasContent(path, s));
      if (!gained.length) return;
      out ??= { path: path.slice(0, n), levels: new Map(), contentLevels: new Map() };
      const g = new Set(gained);
      for (let i = 0; i < n; i++) if (g.has(ctx.sentenceOf[start + i])) out.path[i] = again[i];
      for (const s of gained) {
        out.contentLevels.set(s, b + 1);
        short.delete(s);
      }
    });
    options.bonuses.forEach((bonus, b) => {
      if (!open.size) return;
      em.set(emissions.subarray(0, n * L));
      for (let i = 0; i < n; i++) {
        if (!open.has(ctx.sentenceOf[start + i])) continue;
        em[i * L + bCue] += bonus;
        em[i * L + uCue] += bonus;
      }
      const again = viterbi(model, em, n);
      const gained = new Set<number>();
      for (let i = 0; i < n; i++) if (isCue[again[i]] && open.has(ctx.sentenceOf[start + i])) gained.add(ctx.sentenceOf[start + i]);
      if (!gained.size) return;
      out ??= { path: path.slice(0, n), levels: new Map(), contentLevels: new Map() };
      for (let i = 0; i < n; i++) if (gained.has(ctx.sentenceOf[start + i])) out.path[i] = again[i];
      for (const s of gained) {
        out.levels.set(s, { level: b + 1, tagged: tagged.has(s) });
        open.delete(s);
      }
    });
    return out;
  };
}
