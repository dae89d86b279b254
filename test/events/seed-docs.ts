import { readFileSync } from 'node:fs';
import type { Doc } from '../../src/model/doc.js';
import type { KnownName } from '../../eval/events/name-entities.js';
import { handDoc } from './hand-doc.js';

/**
 * The two seed articles as hand-built documents: entities and time expressions are written here the way the
 * entities and time stages are specified to produce them, so the events stage can be tested on its own.
 */
function seedText(file: string): { published: string; text: string } {
  const raw = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(raw)!;
  return { published: m[1], text: raw.slice(m[0].length) };
}

function build(file: string, names: KnownName[], timexes: { text: string; value: string }[]): Doc {
  const { published, text } = seedText(file);
  return handDoc(text, names, timexes, published, file);
}

export function seed000(): Doc {
  return build('000_caa8fa700a5f6095.txt', [
    { surface: 'Mahmoud Abbas', type: 'PER', country: 'PSE', sector: 'GOV', key: 'abbas' },
    { surface: 'Mr Abbas', type: 'PER', country: 'PSE', sector: 'GOV', key: 'abbas' },
    { surface: 'The Palestinian leader', type: 'PER', country: 'PSE', sector: 'GOV', key: 'abbas' },
    { surface: 'Vladimir Putin', type: 'PER', country: 'RUS', sector: 'GOV', key: 'putin' },
    { surface: 'Mr Putin', type: 'PER', country: 'RUS', sector: 'GOV', key: 'putin' },
    { surface: 'He', type: 'PER', country: 'RUS', sector: 'GOV', key: 'putin' },
    { surface: 'The Russian leader', type: 'PER', country: 'RUS', sector: 'GOV', key: 'putin' },
    { surface: 'Moscow', type: 'GPE', country: 'RUS' },
    { surface: 'Russia', type: 'GPE', country: 'RUS' },
    { surface: 'Turkey', type: 'GPE', country: 'TUR' },
    { surface: 'Recep Tayyip Erdogan', type: 'PER', country: 'TUR', sector: 'GOV' },
    { surface: 'Israel', type: 'GPE', country: 'ISR' },
    { surface: 'Israeli', type: 'NORP', country: 'ISR' },
    { surface: 'Gaza', type: 'GPE', country: 'PSE' },
    { surface: 'Gaza Strip', type: 'LOC', country: 'PSE' },
    { surface: 'Doha', type: 'GPE', country: 'QAT' },
    { surface: 'Qatar', type: 'GPE', country: 'QAT' },
    { surface: 'Sheikh Tamim', type: 'PER', country: 'QAT', sector: 'GOV' },
    { surface: 'Iran', type: 'GPE', country: 'IRN' },
    { surface: 'Hamas', type: 'ORG', country: 'PSE', sector: 'REB' },
    { surface: 'Ismail Haniyeh', type: 'PER', country: 'PSE', sector: 'REB' },
    { surface: 'Tehran', type: 'GPE', country: 'IRN' },
    { surface: 'Ebrahim Raisi', type: 'PER', country: 'IRN', sector: 'GOV' },
    { surface: 'Hezbollah', type: 'ORG', country: 'LBN', sector: 'REB' },
    { surface: 'Lebanon', type: 'GPE', country: 'LBN' },
    { surface: 'Beirut', type: 'GPE', country: 'LBN' },
    { surface: 'Kremlin', type: 'ORG', country: 'RUS', sector: 'GOV' },
    { surface: 'Wafa', type: 'ORG', country: 'PSE', sector: 'JRN' },
    { surface: 'UAE', type: 'GPE', country: 'ARE' },
    { surface: 'Saudi', type: 'NORP', country: 'SAU' },
    { surface: 'Hafeez Nofal', type: 'PER', country: 'PSE', sector: 'GOV' },
    { surface: 'Gaza Health Ministry', type: 'ORG', country: 'PSE', sector: 'MED' },
  ], [
    { text: 'on Tuesday', value: '2024-08-13' },
    { text: 'on Monday', value: '2024-08-12' },
    { text: 'on Wednesday', value: '2024-08-14' },
    { text: 'last month', value: '2024-07' },
    { text: 'two weeks ago', value: '2024-W31' },
    { text: 'In December', value: '2023-12' },
    { text: 'in May', value: '2024-05' },
    { text: 'October 7', value: '2023-10-07' },
  ]);
}

export function seed003(): Doc {
  return build('003_c50b538abc8f1e14.txt', [
    { surface: 'Dmitry Peskov', type: 'PER', country: 'RUS', sector: 'GOV', key: 'peskov' },
    { surface: 'Peskov', type: 'PER', country: 'RUS', sector: 'GOV', key: 'peskov' },
    { surface: 'Kremlin', type: 'ORG', country: 'RUS', sector: 'GOV' },
    { surface: 'Moscow', type: 'GPE', country: 'RUS' },
    { surface: 'Mahmoud Abbas', type: 'PER', country: 'PSE', sector: 'GOV', key: 'abbas' },
    { surface: 'Abbas', type: 'PER', country: 'PSE', sector: 'GOV', key: 'abbas' },
    { surface: 'Vladimir Putin', type: 'PER', country: 'RUS', sector: 'GOV', key: 'putin' },
    { surface: 'Putin', type: 'PER', country: 'RUS', sector: 'GOV', key: 'putin' },
    { surface: 'Russian President', type: 'PER', country: 'RUS', sector: 'GOV', key: 'putin' },
    { surface: 'Russia', type: 'GPE', country: 'RUS' },
    { surface: 'Gaza Strip', type: 'LOC', country: 'PSE' },
    { surface: 'Gaza', type: 'GPE', country: 'PSE' },
    { surface: 'Israel', type: 'GPE', country: 'ISR' },
    { surface: 'Hamas', type: 'ORG', country: 'PSE', sector: 'REB' },
    { surface: 'Iran', type: 'GPE', country: 'IRN' },
    { surface: 'Ukraine', type: 'GPE', country: 'UKR' },
    { surface: 'Foreign Ministry', type: 'ORG', country: 'RUS', sector: 'GOV' },
    { surface: 'Simona Halperin', type: 'PER', country: 'ISR', sector: 'GOV' },
    { surface: 'WAFA', type: 'ORG', country: 'PSE', sector: 'JRN' },
  ], [
    { text: 'on Tuesday', value: '2024-02-13' },
    { text: 'in November', value: '2023-11' },
    { text: 'in December', value: '2023-12' },
    { text: 'In February', value: '2024-02' },
    { text: 'in 2024', value: '2024' },
  ]);
}
