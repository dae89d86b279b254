import type { Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import { CLAUSE_BREAK } from './clause-edges.js';
import { plain } from './token-reader.js';

/**
 * What happens every year in a month: "The cane crush normally runs from June to December", "the initial prices,
 * usually made in April", "VW, which traditionally releases its annual results in April or May". A month its clause
 * tells of as the usual time of something is no month of one year: `XXXX-06`, as the guidelines write "Christmas"
 * in general (`XXXX-12-25`).
 */

/** Adverbs of habit, before the verb they qualify ("normally runs", "usually made"). */
const HABIT_ADVERBS = new Set(['usually', 'normally', 'typically', 'traditionally', 'customarily', 'habitually', 'ordinarily']);
/** Most tokens from the adverb to the month: "The main rains normally last between May and July". */
const HABIT_REACH = 14;
/**
 * Words after the adverb that show it is not the verb's habit: a manner after its verb ("trading resumed normally in
 * March"), a preposition or a punctuation mark.
 */
const NOT_A_VERB_AFTER = new Set(['in', 'on', 'at', 'by', 'until', 'till', 'through', 'from', 'to', 'for', 'after', 'before', 'since', 'during', 'the', 'a', 'an', 'and', 'or', 'but', 'than', 'as']);
/** Words before the adverb that make it qualify an adjective ("the usually quiet town") or deny the habit ("not usually"). */
const NOT_A_HABIT_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'not', "n't", 'than', 'more', 'less', 'most']);

/** Words after a comma that go on with the habit's subject in a participle: ", before returning". */
const HABIT_GOES_ON = new Set(['before', 'after', 'then']);

/** Whether a month (or season, quarter) named alone at `c` is the usual one of what its clause tells. */
export function habitualMonth(tokens: readonly Token[], c: Candidate, sentStart: number): boolean {
  for (let k = c.first - 1; k >= sentStart && k >= c.first - HABIT_REACH; k--) {
    const w = plain(tokens[k]);
    // (a comma between closes an aside of habit: "the dividend, normally issued every year, was not issued in February")
    // (not one that opens a participle of the same subject: "The main rains normally last between May and July, before
    // returning again in September")
    if (tokens[k].text === ',' && HABIT_GOES_ON.has(plain(tokens[k + 1])) && /^[a-z]{3,}ing$/.test(tokens[k + 2]?.text ?? '')) continue;
    if (CLAUSE_BREAK.has(tokens[k].text) || tokens[k].text === ',') return false;
    if (!HABIT_ADVERBS.has(w)) continue;
    const next = tokens[k + 1];
    if (!/^[a-z]/i.test(next.text) || NOT_A_VERB_AFTER.has(plain(next))) return false;
    return !NOT_A_HABIT_BEFORE.has(plain(tokens[k - 1]));
  }
  return false;
}
