/**
 * Compares learners for the attribution scope's cue filter offline, on the out-of-fold candidates that
 * train:cue-filter reads (eval/quotes/cue-filter.ts --dump, one file per tenth of PolNeAR train): for each
 * file, the three models (cue, source, content fragment) are trained on the other files and the utility rule
 * of cue-filter.ts decides which of its candidates to keep. Printed per learner, pooled over the files: the cue
 * model's log loss and AUC, and what the kept candidates bring to each role (right / kept), with an estimate
 * of the pooled end-to-end F1 from the totals given by --base (what the candidates of the logistic regression
 * at the shipped setting score end to end), so a learner can be judged before any end-to-end run.
 *
 *   npx tsx eval/quotes/cue-filter-learners.ts CAND0.jsonl ... CAND9.jsonl [--learners logistic,trees,...]
 *
 * Learners: logistic (src/ml/logistic.ts, as train:cue-filter trains it); trees (src/ml/boosted-trees.ts alone);
 * boost (trees grown on the logistic regression's margins); leaves (the logistic regression with each tree's
 * leaf as one more feature); blend (the log-odds of logistic and trees averaged).
 */
import { readFileSync } from 'node:fs';
import { logisticMargin, logisticProbability, sigmoid, trainLogistic, type LabelledFeatures } from '../../src/ml/logistic.js';
import { boostedProbability, leafNumber, trainBoostedTrees, treesMargin, type BoostedTrees } from '../../src/ml/boosted-trees.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: files, fail } = scriptArgs({
  command: 'npx tsx eval/quotes/cue-filter-learners.ts',
  description: 'Compares cue-filter learners out of fold on dumped candidates (one file per tenth).',
  args: [{ name: 'CANDIDATES.jsonl', many: true, path: true, help: 'candidate files, one per held-out tenth of PolNeAR train' }],
  options: {
    learners: { type: 'string', default: 'logistic,trees', help: 'comma-separated: logistic, trees, boost, leaves, blend' },
    l2: { type: 'number', default: 4, help: 'L2 penalty of the logistic regressions' },
    'min-count': { type: 'integer', default: 5, help: 'leave out features seen in fewer training candidates than this' },
    rounds: { type: 'integer', default: 300, help: 'trees: boosting rounds' },
    depth: { type: 'integer', default: 3, help: 'trees: depth' },
    shrinkage: { type: 'number', default: 0.1, help: 'trees: shrinkage' },
    lambda: { type: 'number', default: 1, help: 'trees: L2 penalty on leaves' },
    'min-hessian': { type: 'number', default: 5, help: 'trees: least Hessian sum on each side of a split' },
    grid: { type: 'string', default: '1.75:0.3', help: 'cue weight:threshold pairs of the utility rule, comma-separated; the first is the one --base was measured with' },
    'source-threshold': { type: 'number', default: 0.35, help: 'utility rule: source threshold' },
    'content-threshold': { type: 'number', default: 0.3, help: 'utility rule: content threshold' },
    base: { type: 'string', default: '12441/16459/19830,0,0', help: 'end-to-end cue right/predicted/gold (then source, content the same, or 0) of the logistic setting, for the F1 estimate' },
    only: { type: 'string', help: 'score only these file positions (comma-separated), for a quick look' },
  },
});

interface Row extends LabelledFeatures {
  source: boolean | null;
  content: [number, number];
}
const read = (file: string): Row[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const r = JSON.parse(l) as { label: boolean; source: boolean | null; content: [number, number]; features: string[] };
  return { label: r.label, source: r.source, content: r.content, features: r.features };
});
const sets = files.map(read);
const learners = values.learners.split(',');
for (const l of learners) if (!['logistic', 'trees', 'boost', 'leaves', 'blend'].includes(l)) fail(`unknown learner ${l}`);
const grid = values.grid.split(',').map((s) => s.split(':').map(Number) as [number, number]);
const treeOptions = { rounds: values.rounds, depth: values.depth, shrinkage: values.shrinkage, l2: values.lambda, minHessian: values['min-hessian'] };

/** A trained model as a function from a candidate's features to a probability. */
type Scorer = (features: readonly string[]) => number;

function train(learner: string, data: LabelledFeatures[], cache: Map<string, Scorer>): Scorer {
  const hit = cache.get(learner);
  if (hit) return hit;
  const scorer = trainNew(learner, data, cache);
  cache.set(learner, scorer);
  return scorer;
}

const logit = (p: number) => Math.log(p / (1 - p));

function trainNew(learner: string, data: LabelledFeatures[], cache: Map<string, Scorer>): Scorer {
  if (learner === 'blend') {
    // the two models' log-odds averaged
    const a = train('logistic', data, cache);
    const b = train('trees', data, cache);
    return (f) => sigmoid((logit(a(f)) + logit(b(f))) / 2);
  }
  if (learner === 'trees') {
    const m = trainBoostedTrees(data, treeOptions);
    return (f) => boostedProbability(m, f);
  }
  const lr = trainLogistic(data, { l2: values.l2 });
  if (learner === 'logistic') return (f) => logisticProbability(lr, f);
  if (learner === 'boost') {
    const m: BoostedTrees = trainBoostedTrees(data, { ...treeOptions, baseMargins: data.map((d) => logisticMargin(lr, d.features)) });
    return (f) => sigmoid(logisticMargin(lr, f) + treesMargin(m.trees, new Set(f)));
  }
  // leaves: trees alone first, then each tree's leaf is a feature of a new logistic regression
  const m = trainBoostedTrees(data, treeOptions);
  const withLeaves = (f: readonly string[]) => {
    const s = new Set(f);
    return [...f, ...m.trees.map((t, k) => `t${k}=${leafNumber(t, s)}`)];
  };
  const lr2 = trainLogistic(data.map((d) => ({ label: d.label, features: withLeaves(d.features) })), { l2: values.l2 });
  return (f) => logisticProbability(lr2, withLeaves(f));
}

interface Tally { loss: number; n: number; scored: { p: number; y: boolean }[]; kept: number[][] }
const only = values.only?.split(',').map(Number);
const tallies = new Map(learners.map((l) => [l, { loss: 0, n: 0, scored: [], kept: grid.map(() => [0, 0, 0, 0, 0, 0]) } as Tally]));
for (let k = 0; k < sets.length; k++) {
  if (only && !only.includes(k)) continue;
  const trainRows = sets.filter((_, j) => j !== k).flat();
  const seen = new Map<string, number>();
  for (const d of trainRows) for (const f of new Set(d.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const common = (fs: readonly string[]) => fs.filter((f) => (seen.get(f) ?? 0) >= values['min-count']);
  const rows = trainRows.map((d) => ({ ...d, features: common(d.features) }));
  const test = sets[k].map((d) => ({ ...d, features: common(d.features) }));
  const sourceRows = rows.filter((r) => r.source !== null).map((r) => ({ label: r.source!, features: r.features }));
  const contentRows = rows.flatMap((r) => Array.from({ length: r.content[1] }, (_, i) => ({ label: i < r.content[0], features: r.features })));
  // a learner built from others (blend) reuses their models of this fold
  const [cueCache, sourceCache, contentCache] = [new Map<string, Scorer>(), new Map<string, Scorer>(), new Map<string, Scorer>()];
  for (const learner of learners) {
    const t0 = Date.now();
    const cue = train(learner, rows, cueCache);
    const source = train(learner, sourceRows, sourceCache);
    const content = train(learner, contentRows, contentCache);
    const tally = tallies.get(learner)!;
    let foldLoss = 0;
    const foldKept = grid.map(() => [0, 0]);
    for (const d of test) {
      const p = cue(d.features);
      const loss = -Math.log(Math.min(1 - 1e-12, Math.max(1e-12, d.label ? p : 1 - p)));
      foldLoss += loss;
      tally.loss += loss;
      tally.n++;
      tally.scored.push({ p, y: d.label });
      const ps = d.source !== null ? source(d.features) : 0;
      const pc = d.content[1] ? content(d.features) : 0;
      grid.forEach(([w, t], g) => {
        let gain = w * (p - t);
        if (d.source !== null) gain += ps - values['source-threshold'];
        gain += d.content[1] * (pc - values['content-threshold']);
        if (gain < 0) return;
        const c = tally.kept[g];
        c[0] += d.label ? 1 : 0;
        c[1]++;
        if (d.source !== null) {
          c[2] += d.source ? 1 : 0;
          c[3]++;
        }
        c[4] += d.content[0];
        c[5] += d.content[1];
        foldKept[g][0] += d.label ? 1 : 0;
        foldKept[g][1]++;
      });
    }
    console.log(`${files[k]} ${learner}: log loss ${(foldLoss / test.length).toFixed(4)}; cue kept ${foldKept.map((c) => c.join('/')).join(' ')} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

// AUC by ranks (ties counted half)
function auc(scored: { p: number; y: boolean }[]): number {
  const s = [...scored].sort((a, b) => a.p - b.p);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j < s.length && s[j].p === s[i].p) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (s[k].y) {
      pos++;
      rankSum += rank;
    }
    i = j;
  }
  const neg = s.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

// the F1 estimate: the end-to-end totals of the logistic setting, moved by what a learner keeps beyond it
const base = values.base.split(',').map((s) => s === '0' ? null : s.split('/').map(Number));
const ref = tallies.get('logistic')?.kept;
const f1 = (role: number, right: number, kept: number): string => {
  const b = base[role];
  if (!b || !ref) return '';
  const [r, p, gold] = b;
  const dr = right - ref[0][2 * role];
  const dp = kept - ref[0][2 * role + 1];
  return ` ≈ ${((200 * (r + dr)) / (p + dp + gold)).toFixed(2)}`;
};
console.log('pooled: cue log loss, AUC; per setting W:T, right / kept cues, sources, content fragments');
for (const [learner, t] of tallies) {
  const cells = grid.map(([w, th], g) => {
    const c = t.kept[g];
    return `${w}:${th} cue ${c[0]}/${c[1]}${f1(0, c[0], c[1])}, src ${c[2]}/${c[3]}${f1(1, c[2], c[3])}, con ${c[4]}/${c[5]}${f1(2, c[4], c[5])}`;
  });
  console.log(`${learner.padEnd(8)} ${(t.loss / t.n).toFixed(4)} ${auc(t.scored).toFixed(4)}\n  ${cells.join('\n  ')}`);
}
