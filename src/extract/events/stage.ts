import type { StageDefinition } from '../../pipeline/stage.js';

/** PLOVER/CAMEO event coding with date, place and modality. Placeholder until issue 5 lands. */
export const eventsStage: StageDefinition = {
  name: 'events',
  requires: ['tokens', 'sentences', 'pos', 'chunks', 'entities', 'timexes', 'quotes'],
  produces: ['events'],
  create: () => () => ({ events: [] }),
};
