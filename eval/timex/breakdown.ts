import type { Timex } from '../../src/model/layers.js';

/**
 * Sorts wrong-value matches into causes, so work goes where the value errors are. The categories are
 * checked in order and the first that applies wins; they read the two values (and the gold text), not the
 * tagger, so the breakdown is the same for any system run through the scorer.
 */
export type Cause =
  | 'gold underspecified (X) or odd format'
  | 'DURATION vs point in time'
  | 'PRESENT/PAST/FUTURE_REF'
  | 'SET'
  | 'quarters, halves, fiscal periods'
  | 'weekday direction'
  | 'year of a month or date (tense/anchor)'
  | 'granularity (same date, other precision)'
  | 'week values'
  | 'time of day'
  | 'decades, centuries'
  | 'other anchor choice';

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const REF = /_REF$/;

export function causeOf(gold: Timex, system: Timex): Cause {
  const g = gold.value;
  const s = system.value;
  if (/X/.test(g) && !/X/.test(s)) return 'gold underspecified (X) or odd format';
  if (/-W\d(?!\d)|T\d\d$/.test(g)) return 'gold underspecified (X) or odd format';
  if ((gold.type === 'DURATION') !== (system.type === 'DURATION') && !(REF.test(g) || REF.test(s))) return 'DURATION vs point in time';
  if (REF.test(g) || REF.test(s)) return 'PRESENT/PAST/FUTURE_REF';
  if (gold.type === 'SET' || system.type === 'SET') return 'SET';
  if (/-[QH]\d|-QX/.test(g) || /-[QH]\d/.test(s) || /quarter|period|fiscal|year-(ago|earlier)/i.test(gold.text)) return 'quarters, halves, fiscal periods';
  const gd = /^\d{4}-\d{2}-\d{2}/.test(g);
  const sd = /^\d{4}-\d{2}-\d{2}/.test(s);
  if (gd && sd && WEEKDAY.test(gold.text) && g.slice(0, 10) !== s.slice(0, 10)) return 'weekday direction';
  if (/^\d{4}/.test(g) && /^\d{4}/.test(s) && g.slice(0, 4) !== s.slice(0, 4) && g.slice(4) === s.slice(4)) return 'year of a month or date (tense/anchor)';
  if (g.startsWith(s) || s.startsWith(g) || (g.slice(0, 4) === s.slice(0, 4) && g.length !== s.length)) return 'granularity (same date, other precision)';
  if (/W/.test(g) || /W/.test(s)) return 'week values';
  if (/T/.test(g) || /T/.test(s)) return 'time of day';
  if (/^\d{2,3}$/.test(g) || /^\d{2,3}$/.test(s)) return 'decades, centuries';
  return 'other anchor choice';
}

export function breakdown(wrong: readonly { gold: Timex; system: Timex }[]): [Cause, number][] {
  const counts = new Map<Cause, number>();
  for (const w of wrong) {
    const c = causeOf(w.gold, w.system);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
