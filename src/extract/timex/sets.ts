import { pad } from './calendar.js';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from './lexicon.js';
import type { Match } from './token-reader.js';
import { ClockReader } from './clock-times.js';
import { durationValue } from './duration-value.js';

/** Sets (recurring times): "every day", "each Thursday", "every other week", "each July", "day after day". */
export abstract class SetReader extends ClockReader {
  setExpr(i: number): Match | null {
    const w = this.w(i);
    // "day after day", "week after week": the unit said twice recurs
    const repeated = this.w(i + 1) === 'after' && this.w(i + 2) === w ? this.unit(i) : null;
    if (repeated && !repeated.plural && repeated.unit !== 'weekend') {
      return { last: i + 2, meaning: { kind: 'fixed', type: 'SET', value: durationValue(1, repeated.unit) } };
    }
    if (w !== 'every' && w !== 'each' && w !== 'per') return null;
    let k = i + 1;
    let n = 1;
    // "every single day", "each and every week"
    if (w === 'every' && this.w(k) === 'single') k++;
    if (w === 'each' && this.w(k) === 'and' && this.w(k + 1) === 'every') k += 2;
    if (w === 'every') {
      // "every three to five years", "Every 30-40 years", "every few years": a recurrence whose period is a range or
      // left vague, one set with the range's unspecified length (PXY)
      const stretch = this.quantity(k);
      if (stretch && stretch.meaning.kind === 'duration' && stretch.meaning.n === null && !stretch.mod) {
        return { last: stretch.last, meaning: { kind: 'fixed', type: 'SET', value: durationValue(null, stretch.meaning.unit) } };
      }
      // "every three hours and 43 minutes", "every 2 1/2 years": a period in two units, or with a half, recurs whole
      if (stretch && stretch.meaning.kind === 'fixed' && stretch.meaning.type === 'DURATION' && !stretch.mod) {
        return { last: stretch.last, meaning: { kind: 'fixed', type: 'SET', value: stretch.meaning.value } };
      }
      const num = this.number(k);
      if (num && num.value !== null && num.value > 1) {
        n = num.value;
        k = num.last + 1;
      } else if (this.w(k) === 'other') {
        n = 2;
        k++;
      }
    }
    const u = this.unit(k);
    // "instructions per second", "miles per hour": a unit of measure, not a recurring time
    if (w === 'per' && (u?.unit === 'second' || u?.unit === 'minute' || u?.unit === 'hour')) return null;
    // "25,000 barrels per day", "32,000 desertions per year": the denominator of a rate, left untagged as "5,000
    // barrels a day" is (TimeBank and AQUAINT leave rates untagged; WikiWars tags them)
    if (w === 'per' && this.countBefore(i) === 'amount') return null;
    // ("meets every fortnight": every two weeks, one word for two of its unit)
    const count = u?.count && !u.plural ? u.count : 1;
    if (u && (n > 1 && count === 1 ? u.plural : !u.plural)) {
      n *= count;
      if (u.unit === 'weekend') return { last: k, meaning: { kind: 'fixed', type: 'SET', value: 'XXXX-WXX-WE' } };
      return { last: k, meaning: { kind: 'fixed', type: 'SET', value: durationValue(n, u.unit) } };
    }
    const wd = WEEKDAYS.get(this.w(k));
    if (wd && w !== 'per') {
      const part = PARTS_OF_DAY.get(this.w(k + 1));
      return { last: part ? k + 1 : k, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}${part ? 'T' + part : ''}` } };
    }
    const m = MONTHS.get(this.w(k));
    if (m && w !== 'per' && /^[A-Z]/.test(this.raw(k))) return { last: k, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-${pad(m)}` } };
    const part = PARTS_OF_DAY.get(this.w(k));
    if (part && w !== 'per') return { last: k, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-XX-XXT${part}` } };
    return null;
  }
}
