import type { StageDefinition } from '../../pipeline/stage.js';
import { tagTimexes } from './tag.js';

/** Temporal expressions (DATE, TIME, DURATION, SET) normalized against the publication date. */
export const timexStage: StageDefinition = {
  name: 'timex',
  requires: ['tokens', 'sentences'],
  produces: ['timexes'],
  create: () => (doc) => ({ timexes: tagTimexes(doc.text, doc.tokens, doc.sentences, doc.anchorDate) }),
};
