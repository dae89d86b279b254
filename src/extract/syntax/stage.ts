import type { StageDefinition } from '../../pipeline/stage.js';

/** Part-of-speech tags and chunks per token. Placeholder until the trained tagger lands (issue 4/5). */
export const syntaxStage: StageDefinition = {
  name: 'syntax',
  requires: ['tokens', 'sentences'],
  produces: ['pos', 'chunks'],
  create: () => (doc) => ({ pos: doc.tokens.map(() => ''), chunks: doc.tokens.map(() => 'O') }),
};
