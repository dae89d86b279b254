import { emptyDoc, type Doc } from '../../src/model/doc.js';
import { segment } from '../../src/text/segment.js';
import { entitiesFromNames, timexesFromList, type KnownName } from '../../eval/events/name-entities.js';

/** A small hand-built document: the text, the names the entities stage would find, and time expressions. */
export function handDoc(
  text: string, names: KnownName[], timexes: { text: string; value: string }[] = [], published = '2024-08-13', id = 'hand',
): Doc {
  const doc = emptyDoc({ id, published, title: null, source: null, url: null, text });
  const { tokens, sentences } = segment(text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  doc.pos = tokens.map(() => '');
  doc.chunks = tokens.map(() => 'O');
  doc.entities = entitiesFromNames(text, tokens, names);
  doc.timexes = timexesFromList(text, timexes);
  return doc;
}

export const COUNTRIES: KnownName[] = [
  { surface: 'Russia', type: 'GPE', country: 'RUS' },
  { surface: 'Ukraine', type: 'GPE', country: 'UKR' },
  { surface: 'Iran', type: 'GPE', country: 'IRN' },
  { surface: 'Israel', type: 'GPE', country: 'ISR' },
  { surface: 'France', type: 'GPE', country: 'FRA' },
  { surface: 'Egypt', type: 'GPE', country: 'EGY' },
  { surface: 'Cairo', type: 'GPE', country: 'EGY' },
  { surface: 'Gaza', type: 'GPE', country: 'PSE' },
  { surface: 'Hamas', type: 'ORG', country: 'PSE', sector: 'REB' },
  { surface: 'Macron', type: 'PER', country: 'FRA', sector: 'GOV' },
  { surface: 'Sisi', type: 'PER', country: 'EGY', sector: 'GOV' },
];
