import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModelFile } from '../../ml/index.js';
import type { Resources } from '../../pipeline/resources.js';
import { CompactTagger } from './compact-tagger.js';
import type { QuoteContext } from './context.js';
import { FEATURE_VERSION } from './features.js';
import { firstPassCodes, STACK_VERSION, stackedFeatures } from './stacked-features.js';
import { rangesToTag, tagRoles, type RoleSpan } from './tagger.js';

/*
 * The attribution scope's second tagger (stacked sequential learning, `stacked-features.ts`): it tags the
 * same stretches again, reading the first tagger's labels as features. It is trained on the first tagger's
 * out-of-fold labels of PolNeAR train (`npm run train:quotes -- … --stack-first FIT0,…,FIT9`) and used with
 * the shipped first tagger.
 */
export const STACKED_MODEL_PATH = 'quotes/attribution-stacked.bin';

/**
 * The stacked tagger of `file`, or of the shipped file when `file` is undefined and it exists; null for
 * none (`file` null, or nothing shipped). Throws when it does not fit the first tagger.
 */
export function loadStackedTagger(resources: Resources, first: CompactTagger, file?: string | null): CompactTagger | null {
  if (file === null) return null;
  if (file === undefined && !resources.has(STACKED_MODEL_PATH)) return null;
  const path = file ?? join(resources.dir, STACKED_MODEL_PATH);
  const model = new CompactTagger(readModelFile(readFileSync(path)));
  const { stackVersion, featureVersion, wordClasses } = model.meta;
  if (stackVersion !== STACK_VERSION) throw new Error(`${path} is not a stacked tagger of stack version ${STACK_VERSION} (it has ${String(stackVersion)}): run npm run train:quotes -- … --stack-first …`);
  if (featureVersion !== FEATURE_VERSION) throw new Error(`${path} was trained with feature version ${String(featureVersion)}, the code has ${FEATURE_VERSION}: run npm run train:quotes -- … --stack-first …`);
  if ((wordClasses ?? null) !== (first.meta.wordClasses ?? null)) throw new Error(`${path} was trained with word classes ${String(wordClasses)}, the first tagger with ${String(first.meta.wordClasses)}`);
  return model;
}

/** Whether two taggers learnt the same cue rates (then one context serves both). */
export function sameCueRates(a: CompactTagger, b: CompactTagger): boolean {
  return JSON.stringify(a.meta.cueRates ?? {}) === JSON.stringify(b.meta.cueRates ?? {});
}

/**
 * The role spans of the stacked tagger: the first tagger tags (with its margins graded, which the second
 * reads), then the second tags the same stretches of `ctx` with its margins checked, as `tagRoles` does.
 * `firstCtx` is the context as the first tagger reads it (its own learnt cue rates).
 */
export function tagStacked(first: CompactTagger, second: CompactTagger, firstCtx: QuoteContext, ctx: QuoteContext, gradeCues: boolean): RoleSpan[] {
  const spans = tagRoles(first, firstCtx, true, true);
  const codes = firstPassCodes(ctx, spans, rangesToTag(firstCtx));
  return tagRoles(second, ctx, true, gradeCues, (ranges) => stackedFeatures(ctx, codes, ranges));
}
