/**
 * Days booked for what is shipped on them: "for delivery between May 10 and October 10", "for September 1-15 and
 * November 5-20 delivery", "laydays include July 1-10", written in March. A delivery window a tender awards, a cargo
 * is bought for or a charter sets is still to come, however past the verb that told of the deal ("Cigra won a
 * contract … for November 25-December 10 delivery").
 */
import type { Sentence, Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import type { Ymd } from './calendar.js';
import { MONTHS } from './lexicon.js';
import { SHIPPED_BY_MONTH } from './months-and-days.js';

/** Whether the plain day `c`, valued `value` in the year before publication, is rather a coming day shipped on. */
export function shippedDayAhead(tokens: readonly Token[], c: Candidate, s: Sentence, value: string, dct: Ymd): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || m.from !== undefined || m.wd !== undefined) return false;
  const ymd = /^(\d{4})-\d{2}-\d{2}$/.exec(value);
  if (!ymd || +ymd[1] !== dct.y - 1) return false;
  return bookedBefore(tokens, c.first, s) || bookedAfter(tokens, c.last, s);
}

/** Words, lower case, of the shipping term itself before its days: "delivery", "shipment", "laydays". */
const SHIPPING_TERMS: ReadonlySet<string> = new Set([...SHIPPED_BY_MONTH, 'laydays', 'laycan']);
/** Words between a shipping term and its days: "for delivery between …", "laydays include …". */
const TERM_TO_DAYS: ReadonlySet<string> = new Set(['between', 'from', 'during', 'on', 'include', 'includes', 'including', 'of']);
/** Words inside a run of delivery days: "September 5-20/September 10-25", "September 1-15 and November 5-20". */
const RUN_LINKS: ReadonlySet<string> = new Set(['-', '–', '/', 'and', 'to', 'through']);
/** Most tokens of a run of delivery days read across. */
const RUN_REACH = 10;

/** A day, a month or a link of a run of delivery days. */
function inRun(text: string): boolean {
  const w = text.toLowerCase();
  return /^\d{1,2}$/.test(w) || MONTHS.has(w.replace(/\.$/, '')) || RUN_LINKS.has(w);
}

/** The days follow a shipping term: "for delivery between May 10 and [October 10]", "laydays include [July 1]-10". */
function bookedBefore(tokens: readonly Token[], first: number, s: Sentence): boolean {
  let k = first - 1;
  while (k >= s.tokenStart && first - k <= RUN_REACH && inRun(tokens[k].text)) k--;
  if (k >= s.tokenStart && TERM_TO_DAYS.has(tokens[k].text.toLowerCase())) k--;
  return k >= s.tokenStart && SHIPPING_TERMS.has(tokens[k].text.toLowerCase());
}

/** The days are booked "for" and named before the shipping term: "for [September 1]-15 and November 5-20 delivery". */
function bookedAfter(tokens: readonly Token[], last: number, s: Sentence): boolean {
  let k = last + 1;
  while (k < s.tokenEnd && k - last <= RUN_REACH && inRun(tokens[k].text)) k++;
  if (k >= s.tokenEnd || !SHIPPED_BY_MONTH.has(tokens[k].text.toLowerCase())) return false;
  // (the run opens on "for": a booking, not "since October 1 shipments have averaged")
  let j = last;
  while (j > s.tokenStart && last - j <= RUN_REACH && inRun(tokens[j - 1].text)) j--;
  return j > s.tokenStart && tokens[j - 1].text.toLowerCase() === 'for';
}
