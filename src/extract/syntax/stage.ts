import { normalizeToken } from '../../ml/token-form.js';
import type { StageDefinition } from '../../pipeline/stage.js';
import { SyntaxTagger } from './tagger.js';

/** Penn Treebank part-of-speech tags and IOB2 chunks per token, from the models of scripts/train-syntax.ts. */
export const syntaxStage: StageDefinition = {
  name: 'syntax',
  requires: ['tokens', 'sentences'],
  produces: ['pos', 'chunks'],
  create: (resources) => {
    const tagger = SyntaxTagger.load(resources.dir);
    return (doc) => {
      const pos: string[] = new Array(doc.tokens.length).fill('');
      const chunks: string[] = new Array(doc.tokens.length).fill('O');
      for (const s of doc.sentences) {
        const words = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => normalizeToken(t.text));
        const tagged = tagger.tag(words);
        for (let i = 0; i < words.length; i++) {
          pos[s.tokenStart + i] = tagged.pos[i];
          chunks[s.tokenStart + i] = tagged.chunks[i];
        }
      }
      return { pos, chunks };
    };
  },
};
