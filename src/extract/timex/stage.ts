import type { StageDefinition } from '../../pipeline/stage.js';

/** Temporal expressions normalized against the publication date. Placeholder until issue 3 lands. */
export const timexStage: StageDefinition = {
  name: 'timex',
  requires: ['tokens', 'sentences'],
  produces: ['timexes'],
  create: () => () => ({ timexes: [] }),
};
