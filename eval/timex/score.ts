import type { Timex } from '../../src/model/layers.js';

/**
 * TempEval-3 Task A scoring. A system timex matches a gold one when their extents overlap (share a
 * token); matching is one-to-one, each gold taking the earliest unmatched overlapping system timex.
 * Strict matches also need identical extents. Attribute F1 = (attribute correct among relaxed matches /
 * matches) × relaxed F1, as the TE3 scorer computes it.
 */
export interface DocScore {
  name: string;
  gold: number;
  system: number;
  matched: number;
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
  /** Gold timexes nobody found, system timexes nobody wanted, and matches with a wrong value. */
  missed: Timex[];
  spurious: Timex[];
  wrong: { gold: Timex; system: Timex }[];
  /** Per gold type: gold count, matched, value correct. */
  byType: Record<string, { gold: number; matched: number; valueCorrect: number; system: number }>;
}

export function scoreDocument(name: string, gold: readonly Timex[], system: readonly Timex[]): DocScore {
  const g = [...gold].sort((a, b) => a.start - b.start);
  const s = [...system].sort((a, b) => a.start - b.start);
  const used = new Array<boolean>(s.length).fill(false);
  const score: DocScore = {
    name, gold: g.length, system: s.length, matched: 0, strict: 0, typeCorrect: 0, valueCorrect: 0,
    missed: [], spurious: [], wrong: [], byType: {},
  };
  const bucket = (type: string) => (score.byType[type] ??= { gold: 0, matched: 0, valueCorrect: 0, system: 0 });
  for (const t of s) bucket(t.type).system++;
  for (const gt of g) {
    const b = bucket(gt.type);
    b.gold++;
    const k = s.findIndex((st, i) => !used[i] && st.start < gt.end && gt.start < st.end);
    if (k < 0) {
      score.missed.push(gt);
      continue;
    }
    used[k] = true;
    const st = s[k];
    score.matched++;
    b.matched++;
    if (st.start === gt.start && st.end === gt.end) score.strict++;
    if (st.type === gt.type) score.typeCorrect++;
    if (st.value === gt.value) {
      score.valueCorrect++;
      b.valueCorrect++;
    } else score.wrong.push({ gold: gt, system: st });
  }
  s.forEach((st, i) => {
    if (!used[i]) score.spurious.push(st);
  });
  return score;
}

export interface Totals {
  documents: number;
  gold: number;
  system: number;
  precision: number;
  recall: number;
  relaxedF1: number;
  strictF1: number;
  typeF1: number;
  valueF1: number;
  /** Share of relaxed matches with the right value (value accuracy). */
  valueAccuracy: number;
}

export function totals(docs: readonly DocScore[]): Totals {
  const sum = (f: (d: DocScore) => number) => docs.reduce((a, d) => a + f(d), 0);
  const gold = sum((d) => d.gold);
  const system = sum((d) => d.system);
  const matched = sum((d) => d.matched);
  const strict = sum((d) => d.strict);
  const f1 = (m: number) => {
    const p = system ? m / system : 0;
    const r = gold ? m / gold : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  const relaxedF1 = f1(matched);
  const accuracy = (c: number) => (matched ? c / matched : 0);
  return {
    documents: docs.length, gold, system,
    precision: system ? matched / system : 0,
    recall: gold ? matched / gold : 0,
    relaxedF1,
    strictF1: f1(strict),
    typeF1: accuracy(sum((d) => d.typeCorrect)) * relaxedF1,
    valueF1: accuracy(sum((d) => d.valueCorrect)) * relaxedF1,
    valueAccuracy: accuracy(sum((d) => d.valueCorrect)),
  };
}
