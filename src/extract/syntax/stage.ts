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
        // Raw token texts: the tagger normalizes each distinct word once, when it first describes it.
        const words: string[] = new Array(s.tokenEnd - s.tokenStart);
        for (let i = s.tokenStart; i < s.tokenEnd; i++) words[i - s.tokenStart] = doc.tokens[i].text;
        tagger.tagInto(words, pos, chunks, s.tokenStart);
      }
      return { pos, chunks };
    };
  },
};
