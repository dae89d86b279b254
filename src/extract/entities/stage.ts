import type { StageDefinition } from '../../pipeline/stage.js';

/** Within-article resolution and knowledge-base linking of names. Placeholder until issue 4 lands. */
export const entitiesStage: StageDefinition = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'nerSpans'],
  produces: ['entities'],
  create: () => () => ({ entities: [] }),
};
