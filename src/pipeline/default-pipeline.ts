import { claimsStage } from '../extract/claims/stage.js';
import { entitiesStage } from '../extract/entities/stage.js';
import { eventsStage } from '../extract/events/stage.js';
import { nerStage } from '../extract/ner/stage.js';
import { quotesStage } from '../extract/quotes/stage.js';
import { syntaxStage } from '../extract/syntax/stage.js';
import { textStage } from '../extract/text/stage.js';
import { timexStage } from '../extract/timex/stage.js';
import { Pipeline } from './pipeline.js';
import { Resources } from './resources.js';
import type { StageDefinition } from './stage.js';

/** The whole extraction, in order. Each stage lives in src/extract/<name>/stage.ts. */
export const DEFAULT_STAGES: readonly StageDefinition[] = [
  textStage,
  syntaxStage,
  nerStage,
  entitiesStage,
  timexStage,
  quotesStage,
  claimsStage,
  eventsStage,
];

export function createDefaultPipeline(resources = new Resources()): Pipeline {
  return new Pipeline(DEFAULT_STAGES, resources);
}
