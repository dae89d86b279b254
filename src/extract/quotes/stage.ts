import type { Quote } from '../../model/layers.js';
import type { StageDefinition } from '../../pipeline/stage.js';
import { assemble, charSpan, isDirect } from './assemble.js';
import { buildContext } from './context.js';
import { CueLexicon } from './cue-lexicon.js';
import { directQuotes } from './direct-rules.js';
import { mergeQuotes } from './merge.js';
import { learnedCues, loadTagger, tagRoles } from './tagger.js';

/** Direct and indirect quotes with speakers. */
export const quotesStage: StageDefinition = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'timexes'],
  produces: ['quotes'],
  create: (resources) => {
    const lexicon = CueLexicon.load(resources);
    const model = loadTagger(resources);
    const learned = model ? learnedCues(model) : new Map<string, number>();
    return (doc) => {
      if (!model) return { quotes: [] };
      const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learned);
      const policy = process.env.QUOTES_POLICY ?? 'model';
      const tagged = assemble(ctx, tagRoles(model, ctx));
      const raw = policy === 'model' ? tagged : policy === 'rulesonly' ? directQuotes(ctx) : mergeQuotes(tagged, directQuotes(ctx), policy === 'fill' ? 'model' : 'rules');
      const quotes: Quote[] = raw.map((q) => {
        const parts = q.content.map((p) => charSpan(ctx, p));
        const quote: Quote = {
          speaker: null,
          source: q.source ? charSpan(ctx, q.source) : null,
          cue: q.cue ? charSpan(ctx, q.cue) : null,
          content: [parts[0][0], parts[parts.length - 1][1]],
          direct: isDirect(ctx, q.content),
          addressee: null,
          sentence: q.sentence,
        };
        if (parts.length > 1) quote.contentParts = parts;
        return quote;
      });
      return { quotes };
    };
  },
};
