import type { StageDefinition } from '../../pipeline/stage.js';

/** Statistical name recognition (PER, ORG, LOC, MISC). Placeholder until the trained model lands (issue 4). */
export const nerStage: StageDefinition = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  produces: ['nerSpans'],
  create: () => () => ({ nerSpans: [] }),
};
