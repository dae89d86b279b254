/**
 * Date checks for dated terms and spells. Bounds are `YYYY` (the whole year) or `YYYY-MM-DD`; a missing
 * bound is open. The date asked about is always a full day.
 */

/** True when `day` (YYYY-MM-DD) falls within [from, to]. */
export function within(day: string, from: string | null, to: string | null): boolean {
  if (from && day < (from.length === 4 ? `${from}-01-01` : from)) return false;
  if (to && day > (to.length === 4 ? `${to}-12-31` : to)) return false;
  return true;
}

/** A sortable form of a bound: year-only bounds sort at the start of their year. */
export function boundKey(bound: string | null): string {
  if (!bound) return '';
  return bound.length === 4 ? `${bound}-01-01` : bound;
}
