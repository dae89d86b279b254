import type { StageDefinition } from '../../pipeline/stage.js';
import { codeEvents } from './code-events.js';
import { loadEventLexicon } from './lexicon.js';

/**
 * PLOVER/CAMEO event coding with date, place and modality (issue 5). Triggers come from lexicons built from
 * the PETRARCH-2 verb dictionary, the CAMEO codebook and the CAMEO→PLOVER map (resources/events/); actors and
 * recipients are entities found by light clause patterns over tokens, chunks and entity mentions.
 */
export const eventsStage: StageDefinition = {
  name: 'events',
  requires: ['tokens', 'sentences', 'pos', 'chunks', 'entities', 'timexes', 'quotes'],
  produces: ['events'],
  create: (resources) => {
    const lexicon = loadEventLexicon(resources);
    return (doc) => ({ events: codeEvents(doc, lexicon) });
  },
};
