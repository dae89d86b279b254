/**
 * Publication dates: we accept `YYYY-MM-DD` and ISO date-times, and reject impossible calendar dates such
 * as 2024-13-45 or 2023-02-29 (Date would silently roll them over).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Returns the date normalized (`YYYY-MM-DD` or the ISO date-time as given), or an error message. */
export function parsePublished(raw: string): { value: string } | { error: string } {
  const s = raw.trim();
  const m = ISO_DATE.exec(s);
  if (!m) return { error: `"${truncate(s)}" is not an ISO date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)` };
  const [, y, mo, d, hh, mm, ss] = m;
  if (!isValidCalendarDate(+y, +mo, +d)) return { error: `${y}-${mo}-${d} is not a real calendar date` };
  if (hh !== undefined && (+hh > 23 || +mm > 59 || (ss !== undefined && +ss > 59))) return { error: `"${s}" has an impossible time of day` };
  return { value: hh === undefined ? `${y}-${mo}-${d}` : s.replace(' ', 'T') };
}

/** Best effort for dates found in page metadata and feeds (RFC 822 and friends): ISO `YYYY-MM-DD` or null. */
export function looseDate(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const s = String(raw).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return isValidCalendarDate(+iso[1], +iso[2], +iso[3]) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function truncate(s: string): string {
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
}
