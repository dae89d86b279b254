import type { CueContentRule } from './cue-contents.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertTags, readModelFile, spansFromTags, type FeatureSequence, type LabelSpan } from '../../ml/index.js';
import { CachedScorer } from './cached-scorer.js';
import { CompactTagger } from './compact-tagger.js';
import { CHECK_OF, GRADED_CHECKS, lostAtMargin, marginChecks } from './role-margins.js';
import { contentRedecoder } from './contentless-cues.js';
import { extraCueReader, type ExtraCueOptions, type ExtraReading } from './extra-cues.js';
import type { Span } from '../../model/span.js';
import type { Resources } from '../../pipeline/resources.js';
import type { QuoteContext } from './context.js';
import { FEATURE_VERSION, rangeFeatures, type TagRange } from './features.js';
import { WORD_CLASSES_PATH, WordClasses } from './word-classes.js';
import { WORD_SENSES_PATH, WordSenses } from './word-senses.js';
import { countWordCues, cueRateBucket, readStemBackoff, type CueRateSample, type LearnedCues } from './stem-cue-rates.js';

export type Role = 'source' | 'cue' | 'content';

/** Tag scheme and tag set of the attribution tagger (BILOU over the three PolNeAR roles: span ends are learnt explicitly). */
export const QUOTE_SCHEME = 'BILOU' as const;
export const QUOTE_LABELS: readonly string[] = ['O', ...['SRC', 'CUE', 'CON'].flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
const ROLE_OF: Record<string, Role> = { SRC: 'source', CUE: 'cue', CON: 'content' };
const TYPE_OF: Record<Role, string> = { source: 'SRC', cue: 'CUE', content: 'CON' };

export const MODEL_PATH = 'quotes/attribution-tagger.bin';

/** A role span found by the tagger, as a document token range `[tokenStart, tokenEnd)`. */
export interface RoleSpan {
  role: Role;
  tokenStart: number;
  tokenEnd: number;
  /** A span the tagger would not find were its role's labels costlier by the role's margin (`role-margins.ts`; set when `tagRoles` checks margins). */
  lowMargin?: boolean;
  /**
   * For a cue or content when `tagRoles` grades margins: how many of its role's GRADED_MARGINS
   * (`role-margins.ts`) it survives.
   */
  marginLevel?: number;
  /** For a cue only an extra decoding found (`extra-cues.ts`): the level of the bonus it needed (1 = smallest). */
  extraLevel?: number;
  /** For such a cue: whether the first path had a source or content in its sentence. */
  extraTagged?: boolean;
  /** For a cue of the alternative reading whose sentence gained a content only with a content bonus: that bonus's level. */
  contentExtraLevel?: number;
  /** For such a cue given the content its sentence implies (cue-contents.ts): the rule that made it. */
  contentRule?: CueContentRule;
}

/** What tagging needs of a trained model: the generic `SequenceModel` and the `CompactTagger` both fit. */
export interface RoleTagger {
  readonly labels: readonly string[];
  readonly meta: Record<string, unknown>;
  decode(seq: FeatureSequence): Int32Array;
}

/** The learnt cue rates stored in a model's meta, with its stem back-off when it has one (stem-cue-rates.ts). */
export function learnedCues(model: RoleTagger): LearnedCues {
  return learnedCuesOf(model.meta);
}

/** The same from a model's meta (or what training is about to write into it). */
export function learnedCuesOf(meta: Record<string, unknown>): LearnedCues {
  const words = new Map(Object.entries((meta.cueRates ?? {}) as Record<string, number>));
  const stemBackoff = readStemBackoff(meta);
  return stemBackoff ? Object.assign(words, { stemBackoff }) : words;
}

/**
 * Cue rate buckets of the words that are often cues in the training data: how many of the word's
 * occurrences lie inside a gold cue (≥ 5 % → 1, ≥ 20 % → 2, ≥ 50 % → 3), for words seen at least 3 times.
 */
export function countCueRates(samples: readonly CueRateSample[]): Record<string, number> {
  const { seen, asCue } = countWordCues(samples);
  const out: Record<string, number> = {};
  for (const [w, c] of asCue) {
    const bucket = cueRateBucket(c, seen.get(w) ?? 0);
    if (bucket) out[w] = bucket;
  }
  return out;
}

export function loadTagger(resources: Resources, file?: string): CompactTagger | null {
  if (!file && !resources.has(MODEL_PATH)) return null;
  const model = new CompactTagger(readModelFile(readFileSync(file ?? join(resources.dir, MODEL_PATH))));
  if (model.meta.featureVersion !== FEATURE_VERSION) {
    throw new Error(`${MODEL_PATH} was trained with feature version ${String(model.meta.featureVersion)}, the code has ${FEATURE_VERSION}: run npm run train:quotes`);
  }
  wordClassesOf(model, resources);
  wordSensesOf(model, resources);
  return model;
}

/**
 * The word classes a tagger was trained with (its meta records their file's checksum), from the shipped
 * file; null for a tagger trained without. Throws when the shipped file is missing or another.
 */
export function wordClassesOf(model: RoleTagger, resources: Resources): WordClasses | null {
  return tableTrainedWith(model.meta.wordClasses, () => WordClasses.load(resources), `word classes`, WORD_CLASSES_PATH, 'scripts/build-word-clusters.ts');
}

/** The WordNet senses a tagger was trained with, as `wordClassesOf` finds its classes. */
export function wordSensesOf(model: RoleTagger, resources: Resources): WordSenses | null {
  return tableTrainedWith(model.meta.wordSenses, () => WordSenses.load(resources), 'word senses', WORD_SENSES_PATH, 'scripts/build-word-senses.ts');
}

/** The shipped table whose checksum a model's meta records (`want`), or null when it records none. */
function tableTrainedWith<T extends { checksum: number }>(want: unknown, load: () => T | null, what: string, path: string, builder: string): T | null {
  if (want === undefined || want === null) return null;
  const table = load();
  if (!table || table.checksum !== want) {
    throw new Error(`the quotes tagger was trained with ${what} ${String(want)}, ${path} ${table ? `is ${table.checksum}` : 'is missing'}: run ${builder} and npm run train:quotes`);
  }
  return table;
}

/**
 * A context read without the tables the tagger was trained with (or with others) would be scored without
 * the features the weights expect, and quietly tag worse: refuse it, whatever the decoder.
 */
function checkContextTables(model: RoleTagger, ctx: QuoteContext): void {
  const tables: [string, { checksum: number } | null, unknown, string][] = [
    ['word classes', ctx.wordClasses, model.meta.wordClasses, 'wordClassesOf'],
    ['word senses', ctx.wordSenses, model.meta.wordSenses, 'wordSensesOf'],
  ];
  for (const [what, table, trained, builder] of tables) {
    if ((table?.checksum ?? null) !== (trained ?? null)) {
      throw new Error(`the quotes context was read with ${what} ${String(table?.checksum ?? null)}, the tagger was trained with ${String(trained ?? null)}: build it with ${builder}(tagger, resources)`);
    }
  }
}

/**
 * Whether a sentence may hold part of an attribution the tagger would find: it has a quotation mark, a
 * colon or a word that is at least sometimes a cue.
 */
function sentenceMayAttribute(ctx: QuoteContext, ss: number, se: number): boolean {
  for (let i = ss; i < se; i++) if (ctx.strongCue[i] || ctx.cue[i] !== 0 || ctx.quote[i] !== 0 || ctx.lower[i] === ':') return true;
  return false;
}

/**
 * The stretches worth tagging: runs of consecutive sentences of a paragraph that may attribute, each
 * with the sentence after it (a reported clause may run on into a sentence with no cue of its own). The
 * rest (most narrative sentences; whole articles are sometimes one long paragraph) cannot hold an
 * attribution the tagger would find, and skipping them is most of the stage's speed.
 */
export function rangesToTag(ctx: QuoteContext): TagRange[] {
  const out: TagRange[] = [];
  const { sentences } = ctx;
  ctx.paragraphs.forEach(([ps, pe], paragraph) => {
    let runStart = -1;
    let runEnd = -1;
    for (let s = ctx.sentenceOf[ps]; s < sentences.length && sentences[s].tokenStart < pe; s++) {
      const { tokenStart, tokenEnd } = sentences[s];
      if (sentenceMayAttribute(ctx, tokenStart, tokenEnd)) {
        if (runStart < 0) runStart = tokenStart;
        runEnd = Math.min(pe, s + 1 < sentences.length ? Math.max(tokenEnd, sentences[s + 1].tokenEnd) : tokenEnd);
      } else if (runStart >= 0 && tokenStart >= runEnd) {
        out.push({ start: runStart, end: runEnd, paragraph });
        runStart = -1;
      }
    }
    if (runStart >= 0) out.push({ start: runStart, end: Math.min(runEnd, pe), paragraph });
  });
  return out;
}

/**
 * Runs the tagger over the stretches that may hold attributions and returns its role spans in document
 * order. With `checkMargins` (a `CompactTagger` only) each span is marked when it won by a small margin
 * (`role-margins.ts`); with `gradeCues` as well, each cue gets its `marginLevel` (for `cue-filter.ts`).
 */
export function tagRoles(model: RoleTagger, ctx: QuoteContext, checkMargins = false, gradeCues = false): RoleSpan[] {
  return tagRolesWithExtra(model, ctx, checkMargins, gradeCues, null).spans;
}

/**
 * `tagRoles`, and with `extra` (a `CompactTagger` checking margins only) the alternative reading of
 * `extra-cues.ts`: every range's role spans with the sentences that gained a cue read from the bonus path
 * (null when none did). A span of the alternative reading that the first path has too is a copy with its
 * margins; a new cue carries its `extraLevel` and counts as unsure, and so does a new content.
 */
export function tagRolesWithExtra(model: RoleTagger, ctx: QuoteContext, checkMargins: boolean, gradeCues: boolean, extra: ExtraCueOptions | null): { spans: RoleSpan[]; alternative: RoleSpan[] | null } {
  checkContextTables(model, ctx);
  const ranges = rangesToTag(ctx);
  let decoded: Int32Array[];
  let costlier: (Int32Array | null)[][] | null = null;
  const checks = checkMargins && model instanceof CompactTagger ? marginChecks(model, gradeCues) : [];
  let redecoded: (Int32Array | null)[] = [];
  const readings: (ExtraReading | null)[] = [];
  if (model instanceof CompactTagger) {
    if (checkMargins) {
      model.checkWith(checks);
      // The attribution scope also looks again for the content of cues left without one (contentless-cues.ts),
      // and, asked for, for cues in the sentences that have none (extra-cues.ts) in the path that results.
      const content = contentRedecoder(model, ctx, ranges);
      const reader = extra ? extraCueReader(model, ctx, ranges, extra) : null;
      model.redecodeWith(reader ? (path, emissions, n) => {
        const again = content(path, emissions, n);
        readings.push(reader(again ?? path, emissions, n));
        return again;
      } : content);
    }
    try {
      decoded = scorerOf(model, ctx.wordClasses, ctx.wordSenses).decodeRanges(ctx, ranges);
    } finally {
      if (checkMargins) {
        costlier = model.stopChecking();
        redecoded = model.stopRedecoding();
      }
    }
  } else {
    const sequences = rangeFeatures(ctx, ranges);
    decoded = sequences.map((seq) => model.decode(seq).slice());
  }
  const out: RoleSpan[] = [];
  const alternative: RoleSpan[] = [];
  const firstSpans: RoleSpan[] = [];
  const parts = labelParts(model.labels);
  ranges.forEach((range, k) => {
    // The margins are those of the first path: a content only the second pass found won by less than nothing.
    for (const span of spansFromLabels(redecoded[k] ?? decoded[k], parts)) {
      const role = ROLE_OF[span.type];
      const found: RoleSpan = { role, tokenStart: range.start + span.start, tokenEnd: range.start + span.end };
      const c = CHECK_OF[role];
      if (costlier && c >= 0 && lostAtMargin(costlier[c][k], checks[c], span.start, span.end)) found.lowMargin = true;
      if (costlier && role !== 'source' && checks.length > 2) {
        // the role's own margin is among the graded ones, checked once (lowMargin)
        let level = found.lowMargin ? 0 : 1;
        const [first, end] = GRADED_CHECKS[role];
        for (let g = first; g < end; g++) if (!lostAtMargin(costlier[g][k], checks[g], span.start, span.end)) level++;
        found.marginLevel = level;
      }
      out.push(found);
      if (extra && checkMargins) firstSpans.push(found);
    }
    if (!extra || !checkMargins) return;
    const reading = readings[k];
    if (!reading) {
      for (const s of firstSpans) alternative.push({ ...s });
      firstSpans.length = 0;
      return;
    }
    const same = new Map(firstSpans.map((s) => [`${s.role}:${s.tokenStart}:${s.tokenEnd}`, s]));
    firstSpans.length = 0;
    for (const span of spansFromLabels(reading.path, parts)) {
      const role = ROLE_OF[span.type];
      const tokenStart = range.start + span.start;
      const tokenEnd = range.start + span.end;
      const first = same.get(`${role}:${tokenStart}:${tokenEnd}`);
      if (first) {
        const copy = { ...first };
        // a cue of a sentence that gained a content only with a content bonus
        const level = role === 'cue' ? reading.contentLevels.get(ctx.sentenceOf[tokenStart]) : undefined;
        if (level !== undefined) copy.contentExtraLevel = level;
        alternative.push(copy);
        continue;
      }
      const found: RoleSpan = { role, tokenStart, tokenEnd };
      const gained = reading.levels.get(ctx.sentenceOf[tokenStart]);
      if (role === 'cue' && gained) {
        found.extraLevel = gained.level;
        found.extraTagged = gained.tagged;
      }
      // a cue or content the first path did not have won by less than nothing
      if (role !== 'source') {
        found.lowMargin = true;
        found.marginLevel = 0;
      }
      alternative.push(found);
    }
  });
  return { spans: out, alternative: extra && checkMargins && model instanceof CompactTagger ? alternative : null };
}

/** Each label's prefix (B, I, L, U or O) and type, split once per label set, the way `spansFromTags` splits a tag. */
interface LabelParts {
  prefix: string[];
  type: string[];
}

const partsCache = new WeakMap<readonly string[], LabelParts>();

function labelParts(labels: readonly string[]): LabelParts {
  let parts = partsCache.get(labels);
  if (!parts) {
    parts = { prefix: [], type: [] };
    for (const tag of labels) {
      const span = spansFromTags([tag])[0];
      parts.prefix.push(span === undefined ? 'O' : tag[0]);
      parts.type.push(span === undefined ? '' : span.type);
    }
    partsCache.set(labels, parts);
  }
  return parts;
}

/**
 * `spansFromTags` over label indexes, the same reading step for step, without building a tag string and
 * splitting it again for every token.
 */
function spansFromLabels(labels: Int32Array, { prefix: prefixOf, type: typeOf }: LabelParts): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  let openCanContinue = false;
  for (let i = 0; i < labels.length; i++) {
    const prefix = prefixOf[labels[i]];
    const type = typeOf[labels[i]];
    if (prefix === 'O') {
      if (open) spans.push(open);
      open = null;
      continue;
    }
    if (open !== null && openCanContinue && open.type === type && (prefix === 'I' || prefix === 'L' || prefix === 'E')) open.end = i + 1;
    else {
      if (open) spans.push(open);
      open = { type, start: i, end: i + 1 };
    }
    openCanContinue = prefix === 'B' || prefix === 'I';
    if (prefix === 'L' || prefix === 'E' || prefix === 'U' || prefix === 'S') {
      spans.push(open);
      open = null;
    }
  }
  if (open) spans.push(open);
  return spans;
}

/** One cached scorer per loaded tagger: its caches hold sums of that tagger's weights. */
const scorers = new WeakMap<CompactTagger, CachedScorer>();

function scorerOf(model: CompactTagger, classes: WordClasses | null, senses: WordSenses | null): CachedScorer {
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = new CachedScorer(model, classes, senses)));
  return scorer;
}

/**
 * Gold label indexes of each paragraph for character-offset role spans: a token takes a role when its
 * middle falls inside one of the role's fragments (fragments may cut a token, e.g. a quote mark glued to
 * a word). Each fragment is one span, so adjacent fragments start with B- again.
 */
export function goldLabels(ctx: QuoteContext, fragments: { role: Role; span: Span }[]): Int32Array[] {
  const n = ctx.tokens.length;
  const tags = new Array<string>(n).fill('O');
  const sorted = [...fragments].sort((a, b) => a.span[0] - b.span[0]);
  let t = 0;
  for (const { role, span } of sorted) {
    while (t > 0 && ctx.tokens[t - 1].end > span[0]) t--;
    while (t < n && ctx.tokens[t].end <= span[0]) t++;
    let first = true;
    for (let i = t; i < n; i++) {
      const tok = ctx.tokens[i];
      const mid = (tok.start + tok.end) / 2;
      if (tok.start >= span[1]) break;
      if (mid < span[0] || mid >= span[1]) continue;
      tags[i] = `${first ? 'B' : 'I'}-${TYPE_OF[role]}`;
      first = false;
    }
  }
  const index = new Map<string, number>(QUOTE_LABELS.map((l, i) => [l, i]));
  return ctx.paragraphs.map(([ps, pe]) => Int32Array.from(convertTags(tags.slice(ps, pe), QUOTE_SCHEME), (tag) => index.get(tag) ?? 0));
}
