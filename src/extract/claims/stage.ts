import type { StageDefinition } from '../../pipeline/stage.js';
import { findClaims } from './find-claims.js';
import { ClaimLexicon } from './lexicon.js';

/** Reported numbers (killed, injured, …) with source and as-of date. */
export const claimsStage: StageDefinition = {
  name: 'claims',
  requires: ['tokens', 'sentences', 'pos', 'entities', 'timexes', 'quotes'],
  produces: ['claims'],
  create: (resources) => {
    const lexicon = ClaimLexicon.load(resources);
    return (doc) => ({ claims: findClaims(doc, lexicon) });
  },
};
