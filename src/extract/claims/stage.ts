import type { StageDefinition } from '../../pipeline/stage.js';

/** Reported numbers (killed, injured, …) with source and as-of date. Placeholder until issue 6 lands. */
export const claimsStage: StageDefinition = {
  name: 'claims',
  requires: ['tokens', 'sentences', 'entities', 'timexes', 'quotes'],
  produces: ['claims'],
  create: () => () => ({ claims: [] }),
};
