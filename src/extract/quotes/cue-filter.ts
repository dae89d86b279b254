import { logisticMargin, logisticProbability, sigmoid, type LogisticModel } from '../../ml/logistic.js';
import { checkBoostedTrees, treesMargin, type BoostedTrees } from '../../ml/boosted-trees.js';
import type { Resources } from '../../pipeline/resources.js';
import { isDirect, type RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import { isWeakCue } from './weak-cues.js';
import { GRADED_MARGINS } from './role-margins.js';
import { checkExtraCues, type ExtraCueOptions } from './extra-cues.js';
import type { RoleSpan } from './tagger.js';
import { partitionPoint } from '../../text/partition-point.js';
import { unpackSense, type WordSenses } from './word-senses.js';

/*
 * A learned acceptance step for the attribution scope's cues (stacking). The hand filters before it
 * (weak-cues.ts, role-margins.ts, nested-reports.ts) each read one fact of a candidate quote; this reads
 * them all at once, with what the tagger sees only locally or not at all: how sure it was at four cue
 * margins, whether the quote has a source and where, its content's length, side and certainty, how many
 * other cues its sentence has, how often the same cue word is tagged elsewhere in the document. A
 * logistic regression (src/ml/logistic.ts) trained on out-of-fold candidates of PolNeAR train (each tenth
 * tagged by a tagger trained without it, eval/quotes/cue-filter.ts) gives the chance that the cue is
 * exactly PolNeAR's; a quote below the threshold is dropped, with its source and content.
 */
export interface CueFilter {
  model: LogisticModel;
  /** Keep a candidate whose probability is at least this. */
  threshold: number;
  /**
   * When set, the hand filters decide first and the filter only overrides them: a quote they keep is
   * dropped below `threshold`, one they drop is restored at `restore` or above.
   */
  restore?: number;
  /**
   * With these, the filter weighs what a quote brings to every role, not only its cue: the quote is kept
   * when cueWeight·(p(cue) − threshold) + (p(source) − sourceThreshold) + Σ fragments (p(content) −
   * contentThreshold) ≥ 0, each term only for a part the quote has. A role's F1 gains from a part kept when
   * the part is right more often than about half that F1, hence thresholds near F1 / 2.
   */
  utility?: {
    source: LogisticModel;
    content: LogisticModel;
    cueWeight: number;
    sourceThreshold: number;
    contentThreshold: number;
  };
  /**
   * When set, the filter was trained with extra recall candidates (`extra-cues.ts`: quotes of cues found
   * only with a cue bonus in sentences that had none) and the stage offers it those too.
   */
  extraCues?: ExtraCueOptions;
  /**
   * When set, each model is a blend: its probability is the sigmoid of the mean of the logistic regression's
   * log-odds and these boosted trees' (src/ml/boosted-trees.ts), which see the conjunctions of features (graded
   * margin × head × source side …) that the regression sees only as the hand-made pairs. One per model the
   * filter has (source and content only with `utility`).
   */
  trees?: { cue: BoostedTrees; source?: BoostedTrees; content?: BoostedTrees };
}

export const CUE_FILTER_PATH = 'quotes/cue-filter.json';

/** The shipped filter, or null when there is none. */
export function loadCueFilter(resources: Resources): CueFilter | null {
  if (!resources.has(CUE_FILTER_PATH)) return null;
  return parseCueFilter(resources.json<unknown>(CUE_FILTER_PATH), CUE_FILTER_PATH);
}

/** Checks the shape of a filter read from JSON. */
export function parseCueFilter(raw: unknown, name = 'cue filter'): CueFilter {
  const f = raw as Partial<CueFilter> | null;
  const ok = f !== null && typeof f === 'object' && typeof f.threshold === 'number' && f.threshold >= 0 && f.threshold <= 1
    && typeof f.model === 'object' && f.model !== null && typeof f.model.bias === 'number' && typeof f.model.weights === 'object' && f.model.weights !== null;
  if (!ok) throw new Error(`${name}: not a cue filter (expected {"model": {"bias", "weights"}, "threshold"} with a threshold in [0, 1])`);
  if (f.restore !== undefined && !(typeof f.restore === 'number' && f.restore >= 0 && f.restore <= 1)) throw new Error(`${name}: restore must be a number in [0, 1]`);
  const u = f.utility;
  if (u !== undefined && !(typeof u === 'object' && u !== null && typeof u.cueWeight === 'number' && typeof u.sourceThreshold === 'number'
    && typeof u.contentThreshold === 'number' && typeof u.source?.bias === 'number' && typeof u.content?.bias === 'number')) {
    throw new Error(`${name}: utility needs source and content models, cueWeight, sourceThreshold and contentThreshold`);
  }
  const out: CueFilter = { model: f.model!, threshold: f.threshold! };
  if (f.restore !== undefined) out.restore = f.restore;
  if (u !== undefined) out.utility = u;
  if (f.extraCues !== undefined) out.extraCues = checkExtraCues(f.extraCues, name);
  const t = f.trees;
  if (t !== undefined) {
    if (!(typeof t === 'object' && t !== null)) throw new Error(`${name}: trees must be an object of boosted trees per model`);
    checkBoostedTrees(t.cue, `${name}: trees.cue`);
    if (u !== undefined) {
      checkBoostedTrees(t.source, `${name}: trees.source`);
      checkBoostedTrees(t.content, `${name}: trees.content`);
    }
    out.trees = t;
  }
  return out;
}

/** The number of `edges` that `n` reaches: a feature value that groups nearby counts. */
export const bucket = (n: number, edges: readonly number[]): number => {
  let b = 0;
  while (b < edges.length && n >= edges[b]) b++;
  return b;
};

/** How far before a cue a content holding it may start, for the nesting features (no news quote is longer). */
const MAX_CONTENT_TOKENS = 1000;

/** Graded cue levels grouped for the features that pair them: lost at 75 or less, at 125–250, at 350–750, at 1000 or not at all. */
const COARSE_LEVELS = [3, 6, 9];

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'that', 'which']);

/** The cue's head: its last verb, or its last word when it has none ("according to", "claims about"). */
function headOf(ctx: QuoteContext, cue: RoleSpan): number {
  for (let i = cue.tokenEnd - 1; i >= cue.tokenStart; i--) if (ctx.pos[i].startsWith('VB')) return i;
  return cue.tokenEnd - 1;
}

/**
 * The features of every quote with a cue among `quotes` (assembled, edges trimmed), in their order.
 * `spans` are the tagger's own role spans: a content the assembly rules made rather than the tagger
 * (orphan-cues.ts and the like) is a feature.
 */
export function cueFilterFeatures(ctx: QuoteContext, quotes: readonly RawQuote[], spans: readonly RoleSpan[]): Map<RawQuote, string[]> {
  const n = ctx.tokens.length;
  const taggedContent = new Uint8Array(n);
  for (const s of spans) if (s.role === 'content') taggedContent.fill(1, s.tokenStart, s.tokenEnd);
  const withCue = quotes.filter((q) => q.cue !== null);
  const heads = withCue.map((q) => ctx.lower[headOf(ctx, q.cue!)]);
  const headCount = new Map<string, number>();
  for (const h of heads) headCount.set(h, (headCount.get(h) ?? 0) + 1);
  const perSentence = new Map<number, number>();
  for (const q of withCue) {
    const s = ctx.sentenceOf[q.cue!.tokenStart];
    perSentence.set(s, (perSentence.get(s) ?? 0) + 1);
  }
  // Which quotes hold another's cue in their content, and which lie in another's (what nested-reports.ts
  // decides on): the contents starting at most MAX_CONTENT_TOKENS before a cue, found by binary search, so a
  // long scraped text of cues stays linear.
  const contents = withCue.flatMap((q) => q.content.map((c) => ({ q, c }))).sort((a, b) => a.c.tokenStart - b.c.tokenStart);
  const inside = new Set<RawQuote>();
  const holds = new Set<RawQuote>();
  for (const q of withCue) {
    const cue = q.cue!;
    const first = partitionPoint(contents.length, (k) => contents[k].c.tokenStart < cue.tokenStart - MAX_CONTENT_TOKENS);
    for (let k = first; k < contents.length && contents[k].c.tokenStart <= cue.tokenStart; k++) {
      const { q: o, c } = contents[k];
      if (o !== q && cue.tokenEnd <= c.tokenEnd) {
        inside.add(q);
        holds.add(o);
      }
    }
  }
  const docSize = `doc=${bucket(withCue.length, [3, 8, 16, 32])}`;
  const out = new Map<RawQuote, string[]>();
  withCue.forEach((q, k) => {
    const cue = q.cue!;
    const head = headOf(ctx, cue);
    const h = heads[k];
    const words = ctx.lower.slice(cue.tokenStart, Math.min(cue.tokenEnd, cue.tokenStart + 4)).join(' ');
    const posSeq = ctx.pos.slice(cue.tokenStart, Math.min(cue.tokenEnd, cue.tokenStart + 4)).join(' ');
    let lex = 0;
    let rate = 0;
    for (let i = cue.tokenStart; i < cue.tokenEnd; i++) {
      lex = Math.max(lex, ctx.cue[i]);
      rate = Math.max(rate, ctx.cueRate[i]);
    }
    // An extra cue (extra-cues.ts) lost at every margin; its bonus level stands in its margins' place, so
    // that the weights of the first path's margins stay theirs.
    const extra = cue.extraLevel;
    const level = extra !== undefined ? `x${extra}` : cue.marginLevel ?? (cue.lowMargin ? 0 : GRADED_MARGINS.cue.length);
    const coarseLevel = extra !== undefined ? 'x' : bucket(level as number, COARSE_LEVELS);
    const sentence = ctx.sentenceOf[cue.tokenStart];
    const sent = ctx.sentences[sentence];
    const src = !q.source ? 'none' : q.source.tokenEnd <= cue.tokenStart ? 'before' : 'after';
    let before = 0;
    let after = 0;
    let contentTokens = 0;
    let tagged = 0;
    let unsure = 0;
    let contentLevel = GRADED_MARGINS.content.length;
    for (const c of q.content) {
      if (c.tokenEnd <= cue.tokenStart) before++;
      else after++;
      contentTokens += c.tokenEnd - c.tokenStart;
      for (let i = c.tokenStart; i < c.tokenEnd; i++) tagged += taggedContent[i];
      if (c.lowMargin) unsure++;
      if (c.marginLevel !== undefined) contentLevel = Math.min(contentLevel, c.marginLevel);
    }
    const side = before && after ? 'both' : before ? 'before' : after ? 'after' : 'none';
    const contentTagged = tagged === contentTokens ? 'all' : tagged === 0 ? 'none' : 'some';
    const contentSure = unsure === 0 ? 'sure' : unsure === q.content.length ? 'unsure' : 'mixed';
    const fine = ctx.wordClasses ? ctx.wordClasses.fine(ctx.words.hash[ctx.wordIds[head]]) : -1;
    const coarse = ctx.wordClasses && fine >= 0 ? ctx.wordClasses.coarse(fine) : -1;
    const rel = (cue.tokenStart - sent.tokenStart) / Math.max(1, sent.tokenEnd - sent.tokenStart);
    const others = (perSentence.get(sentence) ?? 1) - 1;
    const strong = ctx.strongCue[head] ? 'strong' : 'weakword';
    const srcLen = q.source ? q.source.tokenEnd - q.source.tokenStart : 0;
    const f = [
      `w=${words}`, `h=${h}`, `hpos=${ctx.pos[head]}`, `pos=${posSeq}`, `len=${bucket(cue.tokenEnd - cue.tokenStart, [2, 3, 4])}`,
      `lex=${lex}`, `rate=${rate}`, `lex|rate=${lex}|${rate}`, `rate|hpos=${rate}|${ctx.pos[head].slice(0, 2)}`,
      `fc=${fine}`, `cc=${coarse}`,
      `m=${level}`, `mc=${coarseLevel}`, `m|src=${level}|${src}`, `m|${strong}=${level}`, `m|rate=${coarseLevel}|${rate}`,
      `cm=${contentLevel}`, `m|cm=${coarseLevel}|${contentLevel}`,
      `src=${src}`, `srclen=${bucket(srcLen, [1, 2, 4, 8])}`, `side=${side}`, `src|side=${src}|${side}`,
      `clen=${bucket(contentTokens, [2, 4, 8, 16, 32])}`, `nfrag=${Math.min(3, q.content.length)}`,
      `ctag=${contentTagged}`, `csure=${contentSure}`, `ctag|side=${contentTagged}|${side}`,
      `rel=${bucket(rel, [0.1, 0.3, 0.6, 0.9])}`, `slen=${bucket(sent.tokenEnd - sent.tokenStart, [8, 16, 32, 64])}`,
      `others=${Math.min(3, others)}`, `para=${Math.min(5, sent.paragraph)}`,
      `same=${bucket(headCount.get(h) ?? 1, [2, 3, 6])}`, docSize,
      `p1=${cue.tokenStart > sent.tokenStart ? ctx.lower[cue.tokenStart - 1] : '<s>'}`,
      `n1=${cue.tokenEnd < sent.tokenEnd ? ctx.lower[cue.tokenEnd] : '</s>'}`,
      `h|src=${h}|${src}`, `h|m=${h}|${coarseLevel}`, `h|side=${h}|${side}`,
    ];
    if (ctx.wordSenses) f.push(...senseFeatures(ctx, ctx.wordSenses, cue, head, sent, coarseLevel));
    if (q.source) {
      const srcLower = ctx.lower[q.source.tokenStart];
      if (srcLen === 1 && PRONOUNS.has(srcLower)) f.push('srcPronoun');
      for (let i = q.source.tokenStart; i < q.source.tokenEnd; i++) if (ctx.pos[i] === 'NNP' || ctx.pos[i] === 'NNPS') { f.push('srcName'); break; }
    }
    if (q.content.length) {
      if (isDirect(ctx, q.content)) f.push('direct', `direct|m=${coarseLevel}`);
      // The first fragment after the cue (a fragment that overlaps the cue counts as after, but starts no clause).
      const next = after ? q.content.find((c) => c.tokenStart >= cue.tokenEnd) : undefined;
      if (next && ctx.lower[next.tokenStart] === 'that') f.push('that');
    }
    if (ctx.quote[cue.tokenStart] === 2) f.push('cueQuoted');
    if (isWeakCue(ctx, q)) f.push('weak');
    if (cue.lowMargin && extra === undefined) f.push('lowMargin');
    if (cue.contentExtraLevel !== undefined && extra === undefined) {
      // a cue assembly had dropped for want of content, which a content bonus found (extra-cues.ts)
      f.push('xc', `xc=${cue.contentExtraLevel}`, `xc|m=${coarseLevel}`, `xc|src=${src}`, `xc|side=${side}`, `xc|clen=${bucket(contentTokens, [2, 4, 8, 16, 32])}`, `xc|ctag=${contentTagged}`);
      // how its content was made: by a rule of its sentence (cue-contents.ts) or by the bonus
      if (cue.contentRule) f.push(`xc|rule=${cue.contentRule}`, `xc|rule=${cue.contentRule}|${src}`);
    }
    if (extra !== undefined) {
      const why = cue.extraTagged ? 'tagged' : 'empty';
      f.push('extra', `extra|why=${why}`, `extra|why=${why}|${extra}`, `extra|src=${src}`, `extra|side=${side}`, `extra|ctag=${contentTagged}`);
    }
    if (inside.has(q)) f.push('inside', `inside|m=${coarseLevel}`);
    if (holds.has(q)) f.push('holds');
    out.set(q, f);
  });
  return out;
}


/**
 * What WordNet says of the cue's words: the files of the head's first verb and noun senses (alone, with the
 * margin level and with its part of speech) and of its first three verb senses, of each cue word's first
 * senses, and of the word after the cue ("sent a letter", "drew criticism").
 */
function senseFeatures(ctx: QuoteContext, senses: WordSenses, cue: { tokenStart: number; tokenEnd: number }, head: number, sent: { tokenEnd: number }, coarseLevel: unknown): string[] {
  const of = (i: number) => unpackSense(senses.sense(ctx.words.hash[ctx.wordIds[i]]));
  const h = of(head);
  const out = [`wv=${h.verb}`, `wn=${h.noun}`, `wv|m=${h.verb}|${String(coarseLevel)}`, `wv|hpos=${h.verb}|${ctx.pos[head].slice(0, 2)}`, `wn|hpos=${h.noun}|${ctx.pos[head].slice(0, 2)}`];
  for (let bits = h.verbFiles, b = 0; bits; bits >>>= 1, b++) if (bits & 1) out.push(`wvf=${b}`);
  for (let i = cue.tokenStart; i < Math.min(cue.tokenEnd, cue.tokenStart + 4); i++) {
    const s = of(i);
    if (s.verb >= 0 || s.noun >= 0) out.push(`cw=${s.verb}.${s.noun}`);
  }
  if (cue.tokenEnd < sent.tokenEnd) out.push(`n1w=${of(cue.tokenEnd).noun}`);
  return out;
}

/** The chance that the quote's cue is exactly PolNeAR's. */
export function cueProbability(filter: CueFilter, features: readonly string[]): number {
  return blended(filter.model, filter.trees?.cue, features);
}

/**
 * A model's probability: the regression's, or with trees the mean of both log-odds. `set` is `features` as a
 * set, passed in when several models score the same candidate so that it is built once.
 */
function blended(model: LogisticModel, trees: BoostedTrees | undefined, features: readonly string[], set?: ReadonlySet<string>): number {
  if (!trees) return logisticProbability(model, features);
  return sigmoid((logisticMargin(model, features) + trees.bias + treesMargin(trees.trees, set ?? new Set(features))) / 2);
}

/**
 * Whether the filter keeps a candidate quote with these features (`handKept`: whether the hand filters
 * do; `hasSource`, `fragments`: what else the quote would report).
 */
export function keepsCue(filter: CueFilter, features: readonly string[], handKept: boolean, hasSource = false, fragments = 0): boolean {
  const set = filter.trees ? new Set(features) : undefined;
  const p = blended(filter.model, filter.trees?.cue, features, set);
  const u = filter.utility;
  if (u) {
    let gain = u.cueWeight * (p - filter.threshold);
    if (hasSource) gain += blended(u.source, filter.trees?.source, features, set) - u.sourceThreshold;
    if (fragments) gain += fragments * (blended(u.content, filter.trees?.content, features, set) - u.contentThreshold);
    return gain >= 0;
  }
  if (filter.restore === undefined) return p >= filter.threshold;
  return handKept ? p >= filter.threshold : p >= filter.restore;
}
