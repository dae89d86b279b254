import type { DocView, TokenTimex } from './doc-view.js';
import type { Trigger } from './triggers.js';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface EventDate {
  date: string;
  precision: DatePrecision;
  dateFrom: 'text' | 'published';
  timex: TokenTimex | null;
}

/** The Monday of ISO week `week` of `year`, as YYYY-MM-DD. */
export function mondayOfIsoWeek(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const jan4Weekday = (jan4.getUTCDay() + 6) % 7;
  const monday = new Date(jan4.getTime() + ((week - 1) * 7 - jan4Weekday) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/**
 * Turns a TIMEX3 value into an event date the contract allows (YYYY, YYYY-MM, YYYY-MM-DD) with its precision.
 * A week (2024-W31) becomes the Monday that starts it with precision "week". Values that name no calendar
 * date (durations, PRESENT_REF, seasons, quarters, decades) give null.
 */
export function dateFromTimexValue(value: string): { date: string; precision: DatePrecision } | null {
  const day = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  if (day) return { date: day[1], precision: 'day' };
  const week = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (week) return { date: mondayOfIsoWeek(Number(week[1]), Number(week[2])), precision: 'week' };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: value, precision: 'month' };
  if (/^\d{4}$/.test(value)) return { date: value, precision: 'year' };
  return null;
}

/** The timex's event date, parsed on first use and kept on the timex. */
function eventDateOf(t: TokenTimex): { date: string; precision: DatePrecision } | null {
  if (t.eventDate === undefined) t.eventDate = dateFromTimexValue(t.timex.value);
  return t.eventDate;
}

function usable(t: TokenTimex): boolean {
  return (t.timex.type === 'DATE' || t.timex.type === 'TIME') && eventDateOf(t) !== null;
}

/** By character code: a string comparison here met a string kind V8 had not seen and deoptimised its caller. */
function isComma(w: string): boolean {
  return w.length === 1 && w.charCodeAt(0) === 44;
}

/** The usable timex of clause `cid` nearest token `at` (the first of equally near ones), or null. */
function nearestInClause(view: DocView, cid: number, at: number): TokenTimex | null {
  let best: TokenTimex | null = null;
  const inClause = view.timexesByClause.get(cid);
  if (inClause === undefined) return null;
  for (let k = 0; k < inClause.length; k++) {
    const x = inClause[k];
    if (!usable(x)) continue;
    if (best === null || Math.abs(x.tokenStart - at) < Math.abs(best.tokenStart - at)) best = x;
  }
  return best;
}

/** The first usable timex on the sentence's first or second token ("In December, …"), or null. */
function openingTimex(view: DocView, sentenceStart: number): TokenTimex | null {
  // Every trigger of a sentence may ask: the answer is kept per sentence.
  const known = view.openingTimex.get(sentenceStart);
  if (known !== undefined) return known;
  const found = findOpeningTimex(view, sentenceStart);
  view.openingTimex.set(sentenceStart, found);
  return found;
}

function findOpeningTimex(view: DocView, sentenceStart: number): TokenTimex | null {
  for (let k = 0; k < view.timexes.length; k++) {
    const x = view.timexes[k];
    if (x.tokenStart >= sentenceStart && x.tokenStart <= sentenceStart + 1 && usable(x)) return x;
  }
  return null;
}

/**
 * The date the text gives the event: a time expression in the trigger's clause (nearest first); for a
 * purpose or participle clause, one in the clause it depends on; else a sentence-opening one ("In December,
 * …"); else the publication date.
 */
export function dateOf(view: DocView, t: Trigger, anchorDate: string): EventDate {
  const si = view.sentenceOf[t.tokenStart];
  const s = view.sentences[si];
  const cid = view.clause[t.tokenStart];
  let chosen = nearestInClause(view, cid, t.tokenStart);
  if (!chosen) {
    const lo = view.clauseStart[cid];
    const first = view.lower[lo];
    if (first === 'to' || first === 'with' || /ing$/.test(first)) {
      // The nearest usable timex earlier in the sentence, but not across a sentence-initial one's clause.
      for (let k = view.timexes.length - 1; k >= 0; k--) {
        const x = view.timexes[k];
        if (x.tokenStart >= lo || x.tokenStart < s.tokenStart || !usable(x)) continue;
        chosen = x;
        break;
      }
    }
  }
  if (!chosen) {
    const opening = openingTimex(view, s.tokenStart);
    if (opening && opening.tokenEnd < view.lower.length && isComma(view.lower[opening.tokenEnd])) chosen = opening;
  }
  if (chosen) {
    const d = eventDateOf(chosen)!;
    return { date: d.date, precision: d.precision, dateFrom: 'text', timex: chosen };
  }
  return { date: anchorDate, precision: 'day', dateFrom: 'published', timex: null };
}
