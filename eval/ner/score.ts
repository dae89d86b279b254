import { spansFromTags } from '../../src/ml/index.js';

/*
 * conlleval's measure: a predicted span counts only if its start, end and type all equal a gold span's.
 * Tags are read per sentence in any IOB scheme the way conlleval reads them.
 */

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScore {
  tokens: number;
  /** Token-level tag accuracy on span types (conlleval's "accuracy"). */
  accuracy: number;
  micro: TypeScore;
  byType: Record<string, TypeScore>;
}

export class NerScorer {
  private tokens = 0;
  private tokenCorrect = 0;
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  /** Adds one sentence: gold and predicted tags, parallel. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    if (gold.length !== predicted.length) throw new Error('gold and predicted tag sequences differ in length');
    const goldSpans = spansFromTags(gold);
    const predSpans = spansFromTags(predicted);
    const typeAt = (spans: typeof goldSpans, n: number) => {
      const out = new Array<string>(n).fill('O');
      for (const s of spans) for (let i = s.start; i < s.end; i++) out[i] = s.type;
      return out;
    };
    const g = typeAt(goldSpans, gold.length);
    const p = typeAt(predSpans, gold.length);
    for (let i = 0; i < gold.length; i++) if (g[i] === p[i]) this.tokenCorrect++;
    this.tokens += gold.length;
    const goldKeys = new Set(goldSpans.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of goldSpans) this.count(s.type).gold++;
    for (const s of predSpans) {
      const c = this.count(s.type);
      c.predicted++;
      if (goldKeys.has(`${s.start}:${s.end}:${s.type}`)) c.correct++;
    }
  }

  private count(type: string) {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  }

  result(): NerScore {
    const byType: Record<string, TypeScore> = {};
    let gold = 0;
    let predicted = 0;
    let correct = 0;
    for (const type of [...this.counts.keys()].sort()) {
      const c = this.counts.get(type)!;
      byType[type] = finish(c.gold, c.predicted, c.correct);
      gold += c.gold;
      predicted += c.predicted;
      correct += c.correct;
    }
    return { tokens: this.tokens, accuracy: this.tokens ? this.tokenCorrect / this.tokens : 0, micro: finish(gold, predicted, correct), byType };
  }
}

function finish(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

/** A conlleval-style table. */
export function formatScore(score: NerScore, title = ''): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [
    title ? `${title}` : '',
    `tokens ${score.tokens}; spans gold ${score.micro.gold}, predicted ${score.micro.predicted}, correct ${score.micro.correct}; accuracy ${pct(score.accuracy)}%`,
    `type     precision  recall      F1   gold  pred`,
  ].filter(Boolean);
  const row = (name: string, s: TypeScore) => `${name.padEnd(8)} ${pct(s.precision)}%  ${pct(s.recall)}%  ${pct(s.f1)}  ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}`;
  for (const [type, s] of Object.entries(score.byType)) lines.push(row(type, s));
  lines.push(row('micro', score.micro));
  return lines.join('\n');
}
