import type { StageDefinition } from '../../pipeline/stage.js';

/** Direct and indirect quotes with speakers. Placeholder until issue 6 lands. */
export const quotesStage: StageDefinition = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'timexes'],
  produces: ['quotes'],
  create: () => () => ({ quotes: [] }),
};
