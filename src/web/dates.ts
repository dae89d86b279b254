/** Dates as the API gives them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` — a range of days at some precision. */
export function dateRange(value: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const y = +m[1];
  if (m[3]) {
    const t = Date.UTC(y, +m[2] - 1, +m[3]);
    return [t, t + 86_400_000];
  }
  if (m[2]) return [Date.UTC(y, +m[2] - 1, 1), Date.UTC(y, +m[2], 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "13 Aug 2024", "Nov 2023", "2023". */
export function formatDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  if (m[3]) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  if (m[2]) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  return m[1];
}

export function formatTick(t: number, stepDays: number): string {
  const d = new Date(t);
  if (stepDays >= 360) return String(d.getUTCFullYear());
  if (stepDays >= 28) return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Tick positions for a time axis between t0 and t1, about `count` of them on calendar boundaries. */
export function timeTicks(t0: number, t1: number, count = 8): { ticks: number[]; stepDays: number } {
  const days = (t1 - t0) / 86_400_000;
  const steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826];
  const stepDays = steps.find((s) => days / s <= count) ?? 3652;
  const ticks: number[] = [];
  const start = new Date(t0);
  if (stepDays >= 365) {
    const years = Math.round(stepDays / 365);
    for (let y = start.getUTCFullYear(); ; y += years) {
      const t = Date.UTC(y, 0, 1);
      if (t > t1) break;
      if (t >= t0) ticks.push(t);
    }
  } else if (stepDays >= 28) {
    const months = Math.round(stepDays / 30.4);
    for (let i = 0; ; i += months) {
      const t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1);
      if (t > t1) break;
      if (t >= t0) ticks.push(t);
    }
  } else {
    const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    for (let t = first; t <= t1; t += stepDays * 86_400_000) if (t >= t0) ticks.push(t);
  }
  return { ticks, stepDays };
}
