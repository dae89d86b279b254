import type { Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import type { Direction } from './tense.js';

/** A weekday the tagger has given a direction, remembered for the weekdays listed after it. */
export interface DatedWeekday {
  sentence: number;
  last: number;
  tense: Direction;
}

/** Most tokens between two weekdays of one list ("… Friday night, Breton Sound on Saturday"). */
const MAX_LIST_GAP = 10;
/** Words that join the items of a list. */
const LIST_LINKS = new Set([',', 'and', 'or', 'then']);

/** A weekday with no month or day of its own: "Saturday", "Friday night". */
export function plainWeekday(c: Candidate): boolean {
  const m = c.meaning;
  return m.kind === 'calendar' && m.wd !== undefined && m.m === undefined && m.d === undefined && m.dir === undefined;
}

/**
 * "oil could reach the Pass a Loutre wildlife area Friday night, Breton Sound on Saturday and the Chandeleur
 * Islands on Sunday": a weekday listed after another, whose own words set no direction (the verb that dates the
 * list stands before its first item, out of reach of the later ones), shares the direction of the one before it.
 */
export function listedAfter(tokens: readonly Token[], before: DatedWeekday | null, c: Candidate): Direction {
  if (!before || before.tense === 0 || before.sentence !== c.sentence || !plainWeekday(c)) return 0;
  const gap = c.first - before.last - 1;
  if (gap < 1 || gap > MAX_LIST_GAP) return 0;
  for (let k = before.last + 1; k < c.first; k++) if (LIST_LINKS.has(tokens[k].text.toLowerCase())) return before.tense;
  return 0;
}
