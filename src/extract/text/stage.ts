import type { StageDefinition } from '../../pipeline/stage.js';
import { segment } from '../../text/segment.js';

/** Tokens and sentences with exact offsets: the base every other stage builds on. */
export const textStage: StageDefinition = {
  name: 'text',
  requires: [],
  produces: ['tokens', 'sentences'],
  create: () => (doc) => segment(doc.text),
};
