/** Precision, recall and F1 from counts. */
export interface Prf { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * PLOVER's non-state codes as the older gold file writes them (UN and EU were IGO there), and the pre-ISO
 * country codes of older CAMEO actor dictionaries that the gold file still uses (Japan JAP, Italy ITL,
 * Vietnam VTN, Romania ROM): the entities stage gives ISO 3166 alpha-3.
 */
const COUNTRY_ALIASES: Record<string, string> = { UNO: 'IGO', EUR: 'IGO', JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', ROM: 'ROU' };

export function normCountry(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.toUpperCase().slice(0, 3);
  return COUNTRY_ALIASES[c] ?? c;
}

/** Countries of one side agree: both sides name none, or they share at least one. */
export function sideMatches(predicted: Set<string>, gold: Set<string>): boolean {
  if (!gold.size) return !predicted.size;
  for (const c of predicted) if (gold.has(c)) return true;
  return false;
}

export function setsEqual(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export function fmt(x: Prf): string {
  return `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
}
