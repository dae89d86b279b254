/** Proleptic Gregorian date arithmetic on plain integers (no time zones, no Date objects in the loop). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDays({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(date: Ymd): number {
  const w = (toDays(date) + 3) % 7; // 1970-01-01 was a Thursday
  return (w < 0 ? w + 7 : w) + 1;
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

export function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** How many months `to`'s month lies after `from`'s (negative when before); days are not counted. */
export function monthsBetween(from: { y: number; m: number }, to: { y: number; m: number }): number {
  return (to.y - from.y) * 12 + to.m - from.m;
}

/** Shifts by whole months, clamping the day (Mar 31 − 1 month = Feb 28/29). */
export function addMonths(date: Ymd, n: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const days = toDays(date);
  const thursday = fromDays(days - weekday(date) + 4);
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function parseYmd(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { y: +m[1], m: +m[2], d: +m[3] };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A year as TIMEX3 writes it; a count back past year 1 ("10,000 years ago") lands before the era: BC7991 (there is no year 0). */
export const formatYear = (y: number) => (y > 0 ? pad(y, 4) : `BC${pad(1 - y, 4)}`);
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const formatWeek = (date: Ymd) => {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
};
export { pad };

/**
 * A day in the `nth` week of a month (−1: its last week): a month's first week is the ISO week holding its 4th, as a
 * year's is the one holding January 4 (most of its days are the month's), its last the one holding its last day but
 * three — so the week's ISO year is always the month's.
 */
export function dayInWeekOfMonth(y: number, m: number, nth: number): Ymd {
  return { y, m, d: nth > 0 ? 4 + 7 * (nth - 1) : daysInMonth(y, m) - 3 };
}
