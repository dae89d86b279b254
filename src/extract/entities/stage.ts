import type { StageDefinition } from '../../pipeline/stage.js';
import { KnowledgeBase } from '../../kb/knowledge-base.js';
import { applyAcronyms } from './acronyms.js';
import { withContextCountries } from './context-country.js';
import { matchGazetteer } from './gazetteer.js';
import { mergeMatches, nerMatches } from './ner-matches.js';
import { toPieces } from './pieces.js';
import { resolveEntities } from './resolve.js';
import { applyHonorifics, applyTitles } from './titles.js';

/**
 * Entities: the recognizer's names and the KB's (countries, demonyms, cities, leaders, IGOs, armed groups,
 * agencies) merged, resolved within the article (surnames, honorifics, titles, roles, acronyms) and linked
 * to the KB with the country and sector valid on the article's date. See docs/entities-linking.md.
 */
export const entitiesStage: StageDefinition = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'nerSpans'],
  produces: ['entities'],
  create: (resources) => {
    const kb = KnowledgeBase.load(resources);
    return (doc) => {
      const pieces = toPieces(doc.tokens, doc.sentences);
      let matches = mergeMatches(nerMatches(doc.nerSpans, pieces, kb), matchGazetteer(pieces, kb), pieces);
      matches = applyHonorifics(matches, pieces);
      matches = applyAcronyms(matches, pieces);
      matches = applyTitles(matches, pieces, kb);
      return { entities: withContextCountries(doc.text, resolveEntities(matches, pieces, kb, doc.anchorDate), doc.sentences, kb) };
    };
  },
};
