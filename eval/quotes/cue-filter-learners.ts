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
 * leaf as one more feature, He et al. 2014); leavesHalf (the same with trees trained on half the training files,
 * so that the leaves of the other half are out of sample); blend (the log-odds of logistic and trees mixed,
 * --tree-weight on the trees, or per learner as blend@0.35); leavesBlend, leavesHalfBlend (the leaf regression mixed
 * with its own trees so). --leaf-rounds N gives the regressions the leaves of the first N trees only (the later trees
 * fit what is left, and as indicators they let the regression fit noise: docs/quotes-and-claims.md, "Trees' leaves
 * and a tree sweep for the cue filter").
 */
import { readFileSync } from 'node:fs';
import { logisticMargin, logisticProbability, sigmoid, trainLogistic, type LabelledFeatures } from '../../src/ml/logistic.js';
import { boostedProbability, leafFeatures, trainBoostedTrees, treesMargin, type BoostedTrees } from '../../src/ml/boosted-trees.js';
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
    'tree-weight': { type: 'number', default: 0.5, help: 'blends: weight of the trees\' log-odds (0.5: the mean)' },
    'leaf-rounds': { type: 'integer', help: 'leaves: read the leaves of the first N trees only (default all)' },
    'leaf-l2': { type: 'number', help: 'leaves: L2 penalty of the regression with leaf features (default --l2)' },
    grid: { type: 'string', default: '1.75:0.3', help: 'cue weight:threshold pairs of the utility rule, comma-separated; the first is the one --base was measured with' },
    'source-threshold': { type: 'number', default: 0.35, help: 'utility rule: source threshold' },
    'content-threshold': { type: 'number', default: 0.3, help: 'utility rule: content threshold' },
    base: { type: 'string', default: '12441/16459/19830,0,0', help: 'end-to-end cue right/predicted/gold (then source, content the same, or 0) of the logistic setting, for the F1 estimate' },
    ref: { type: 'string', default: 'logistic', help: 'the learner whose kept candidates --base was measured with' },
    only: { type: 'string', help: 'score only these file positions (comma-separated), for a quick look' },
  },
});

interface Row extends LabelledFeatures {
  source: boolean | null;
  content: [number, number];
  /** Position of the row's file among the training files (leavesHalf trains its trees on the even ones). */
  file: number;
}
const read = (file: string, at: number): Row[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const r = JSON.parse(l) as { label: boolean; source: boolean | null; content: [number, number]; features: string[] };
  return { label: r.label, source: r.source, content: r.content, features: r.features, file: at };
});
const sets = files.map((f, k) => read(f, k));
const learners = values.learners.split(',');
const known = ['logistic', 'trees', 'boost', 'leaves', 'leavesHalf', 'blend', 'leavesBlend', 'leavesHalfBlend'];
for (const l of learners) if (!known.includes(l.split('@')[0])) fail(`unknown learner ${l}`);
// a blend may name its trees' weight (blend@0.3); otherwise --tree-weight
const weightOf = (learner: string) => (learner.includes('@') ? Number(learner.split('@')[1]) : values['tree-weight']);
for (const l of learners) if (!(weightOf(l) >= 0 && weightOf(l) <= 1)) fail(`${l}: a tree weight must be in [0, 1]`);
const grid = values.grid.split(',').map((s) => s.split(':').map(Number) as [number, number]);
const treeOptions = { rounds: values.rounds, depth: values.depth, shrinkage: values.shrinkage, l2: values.lambda, minHessian: values['min-hessian'] };

/** A trained model as a function from a candidate's features to a probability. */
type Scorer = (features: readonly string[]) => number;

/** A trained learner: its scorer, and for trees and the leaf learners the trees it reads (a blend reuses them). */
interface Trained { score: Scorer; trees?: BoostedTrees }

interface Data extends LabelledFeatures { file: number }

/** Trains a learner once per fold and model: `cache` holds what this fold's other learners already trained. */
function train(learner: string, data: Data[], cache: Map<string, Trained>): Trained {
  const hit = cache.get(learner);
  if (hit) return hit;
  const trained = trainNew(learner, data, cache);
  cache.set(learner, trained);
  return trained;
}

const logit = (p: number) => Math.log(p / (1 - p));

function trainNew(name: string, data: Data[], cache: Map<string, Trained>): Trained {
  const learner = name.split('@')[0];
  const tw = weightOf(name);
  if (learner === 'blend') {
    // the two models' log-odds mixed
    const a = train('logistic', data, cache).score;
    const b = train('trees', data, cache).score;
    return { score: (f) => sigmoid((1 - tw) * logit(a(f)) + tw * logit(b(f))) };
  }
  if (learner === 'trees') {
    const m = trainBoostedTrees(data, treeOptions);
    return { score: (f) => boostedProbability(m, f), trees: m };
  }
  if (learner === 'leavesBlend' || learner === 'leavesHalfBlend') {
    const leaves = train(learner === 'leavesBlend' ? 'leaves' : 'leavesHalf', data, cache);
    const a = leaves.score;
    const m = leaves.trees!;
    return { score: (f) => sigmoid((1 - tw) * logit(a(f)) + tw * (m.bias + treesMargin(m.trees, new Set(f)))) };
  }
  if (learner === 'leaves' || learner === 'leavesHalf') {
    // trees first (on every training row, or only the even files' for leavesHalf), then each tree's leaf is a
    // feature of a new logistic regression beside the sparse ones
    const m = learner === 'leaves' ? train('trees', data, cache).trees! : trainBoostedTrees(data.filter((d) => d.file % 2 === 0), treeOptions);
    const first = m.trees.slice(0, values['leaf-rounds'] ?? m.trees.length);
    const withLeaves = (f: readonly string[]) => [...f, ...leafFeatures(first, new Set(f))];
    const lr2 = trainLogistic(data.map((d) => ({ label: d.label, features: withLeaves(d.features) })), { l2: values['leaf-l2'] ?? values.l2 });
    return { score: (f) => logisticProbability(lr2, withLeaves(f)), trees: m };
  }
  const lr = trainLogistic(data, { l2: values.l2 });
  if (learner === 'logistic') return { score: (f) => logisticProbability(lr, f) };
  // boost
  const m: BoostedTrees = trainBoostedTrees(data, { ...treeOptions, baseMargins: data.map((d) => logisticMargin(lr, d.features)) });
  return { score: (f) => sigmoid(logisticMargin(lr, f) + treesMargin(m.trees, new Set(f))) };
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
  const sourceRows = rows.filter((r) => r.source !== null).map((r) => ({ label: r.source!, features: r.features, file: r.file }));
  const contentRows = rows.flatMap((r) => Array.from({ length: r.content[1] }, (_, i) => ({ label: i < r.content[0], features: r.features, file: r.file })));
  // a learner built from others (blend) reuses their models of this fold
  const [cueCache, sourceCache, contentCache] = [new Map<string, Trained>(), new Map<string, Trained>(), new Map<string, Trained>()];
  for (const learner of learners) {
    const t0 = Date.now();
    const cue = train(learner, rows, cueCache).score;
    const source = train(learner, sourceRows, sourceCache).score;
    const content = train(learner, contentRows, contentCache).score;
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
const ref = tallies.get(values.ref)?.kept;
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
