import type { Resources } from '../../pipeline/resources.js';
import type { CameoCode, LexiconPattern, PloverTable, TriggerEntry, TriggerLexicon } from './lexicon-types.js';

/**
 * The event lexicons, indexed for lookup by a token's lower-case form. Built once per process from
 * resources/events/ (see scripts/build-event-lexicons.ts and resources/events/CARD.md).
 */
export interface EventLexicon {
  /** Entries keyed by their first word; longest forms first so multi-word forms win. */
  byFirstWord: Map<string, TriggerEntry[]>;
  patterns: LexiconPattern[][];
  codes: Record<string, CameoCode>;
  plover: PloverTable;
}

export function indexLexicon(lexicon: TriggerLexicon, codes: Record<string, CameoCode>, plover: PloverTable): EventLexicon {
  const byFirstWord = new Map<string, TriggerEntry[]>();
  for (const entry of lexicon.entries) {
    const key = entry.words[0];
    let list = byFirstWord.get(key);
    if (!list) byFirstWord.set(key, (list = []));
    list.push(entry);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, patterns: lexicon.patterns, codes, plover };
}

export function loadEventLexicon(resources: Resources): EventLexicon {
  return resources.load('events/triggers.json', (text) =>
    indexLexicon(
      JSON.parse(text) as TriggerLexicon,
      resources.json<Record<string, CameoCode>>('events/cameo-codes.json'),
      resources.json<PloverTable>('events/plover.json'),
    ),
  );
}
