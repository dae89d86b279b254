import type { Unit } from './lexicon.js';

/** "P2W", "PT3H", "P20Y" for two decades and "PXY" for decades, counted in years as TimeBank writes them ("decades-long" PXY). */
export function durationValue(n: number | null, unit: Unit): string {
  if (unit === 'quarter' && n !== null) return `P${n}Q`;
  const code = UNIT_CODE_LOCAL[unit];
  if (n === null) return `P${code.x}`;
  const count = n * code.factor;
  return code.time ? `PT${count}${code.letter}` : `P${count}${code.letter}`;
}

const UNIT_CODE_LOCAL: Record<Unit, { letter: string; time: boolean; factor: number; x: string }> = {
  second: { letter: 'S', time: true, factor: 1, x: 'TXS' }, minute: { letter: 'M', time: true, factor: 1, x: 'TXM' },
  hour: { letter: 'H', time: true, factor: 1, x: 'TXH' }, day: { letter: 'D', time: false, factor: 1, x: 'XD' },
  week: { letter: 'W', time: false, factor: 1, x: 'XW' }, weekend: { letter: 'D', time: false, factor: 2, x: 'XD' },
  month: { letter: 'M', time: false, factor: 1, x: 'XM' }, quarter: { letter: 'Q', time: false, factor: 1, x: 'XQ' },
  half: { letter: 'M', time: false, factor: 6, x: 'XM' }, year: { letter: 'Y', time: false, factor: 1, x: 'XY' },
  decade: { letter: 'Y', time: false, factor: 10, x: 'XY' }, century: { letter: 'Y', time: false, factor: 100, x: 'XC' },
};
