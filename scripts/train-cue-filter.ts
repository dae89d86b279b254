/**
 * Trains the attribution scope's learned cue filter (src/extract/quotes/cue-filter.ts) from out-of-fold
 * candidates written by eval/quotes/cue-filter.ts --dump (one JSON line per candidate quote: features and
 * whether its cue is exactly PolNeAR's):
 *
 *   npm run train:cue-filter -- CANDIDATES.jsonl... [--l2 4] [--min-count N] [--label exact|overlap] [--threshold 0.35] [--extra-cues SPEC] [--trees] [--out resources/quotes/cue-filter.json]
 *
 * --extra-cues: the candidates were dumped with that option (extra recall candidates); the filter file records it,
 * so the stage offers it the same candidates.
 *
 * With several files, each file is also scored by a filter trained on the others (log loss, and how many of
 * its candidates, and of its right ones, each threshold keeps), so a penalty or threshold can be judged out
 * of fold before the end-to-end check (eval/quotes/cue-filter.ts --filter).
 * docs/quotes-and-claims.md ("A learned cue filter") has the whole recipe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { logisticProbability, trainLogistic, type LabelledFeatures } from '../src/ml/logistic.js';
import { trainBoostedTrees } from '../src/ml/boosted-trees.js';
import type { CueFilter } from '../src/extract/quotes/cue-filter.js';
import { parseExtraCues, type ExtraCueOptions } from '../src/extract/quotes/extra-cues.js';
import { scriptArgs } from './script-cli.js';

const { values, positionals: files, fail } = scriptArgs({
  command: 'npm run train:cue-filter --',
  description: "Trains the attribution scope's learned cue filter from out-of-fold candidates (eval/quotes/cue-filter.ts --dump).",
  args: [{ name: 'CANDIDATES.jsonl', many: true, path: true, help: 'candidate files, one per held-out tenth of PolNeAR train' }],
  options: {
    l2: { type: 'number', default: 4, help: 'L2 penalty of each logistic regression' },
    'min-count': { type: 'integer', default: 1, help: 'leave out features seen in fewer candidates than this' },
    label: { type: 'string', choices: ['exact', 'overlap'], default: 'exact', help: 'exact: the cue is exactly a gold cue (what cue F1 counts); overlap: it shares a character with one' },
    utility: { type: 'boolean', help: 'also train source and content models, for the rule that weighs every role' },
    threshold: { type: 'number', default: 0.35, help: 'cue threshold' },
    'cue-weight': { type: 'number', default: 2, help: 'with --utility: weight of the cue term' },
    'source-threshold': { type: 'number', default: 0.35, help: 'with --utility: source threshold' },
    'content-threshold': { type: 'number', default: 0.3, help: 'with --utility: content threshold (per fragment)' },
    trees: { type: 'boolean', help: 'blend each model with boosted trees trained on the same candidates (the mean of both log-odds)' },
    'tree-rounds': { type: 'integer', default: 200, help: 'with --trees: boosting rounds' },
    'tree-depth': { type: 'integer', default: 3, help: 'with --trees: depth of each tree' },
    'tree-shrinkage': { type: 'number', default: 0.1, help: 'with --trees: shrinkage' },
    'tree-l2': { type: 'number', default: 10, help: 'with --trees: L2 penalty on leaf values' },
    'tree-min-hessian': { type: 'number', default: 10, help: 'with --trees: least Hessian sum on each side of a split' },
    'extra-cues': { type: 'string', value: 'BONUSES[:tagged]', help: 'the candidates hold extra recall candidates made so (eval/quotes/cue-filter.ts --extra-cues): the filter asks the stage for them' },
    'skip-held-out': { type: 'boolean', help: 'do not score each file by a filter trained on the others (saves one training per file, e.g. for fold filters)' },
    out: { type: 'string', value: 'FILE', help: 'write the filter trained on every file (resources/quotes/cue-filter.json)' },
  },
});
const l2 = values.l2;
const threshold = values.threshold;
const out = values.out;
if (!(l2 >= 0)) fail('--l2 must be ≥ 0');
if (!(threshold >= 0 && threshold <= 1)) fail('--threshold must be in [0, 1]');
let extraCues: ExtraCueOptions | undefined;
try {
  extraCues = values['extra-cues'] === undefined ? undefined : parseExtraCues(values['extra-cues'], '--extra-cues');
} catch (e) {
  fail((e as Error).message);
}
// exact: the cue is exactly a gold cue (what cue F1 counts); overlap: it shares a character with one (a real
// attribution, whose source and content may be right even where the cue's edges are not)
const target = values.label;
// --utility: also a source and a content model, for the rule that weighs every role (cue-filter.ts)
const utility = values.utility;

/** A candidate as dumped: its cue label, and for --utility whether its source is right and its fragments' count right / all. */
interface Candidate extends LabelledFeatures { source: boolean | null; content: [number, number] }
const read = (file: string): Candidate[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, n) => {
  const row = JSON.parse(l) as { label?: unknown; overlap?: unknown; features?: unknown; source?: boolean | null; content?: [number, number] };
  const label = target === 'exact' ? row.label : row.overlap;
  if (typeof label !== 'boolean' || !Array.isArray(row.features)) throw new Error(`${file}:${n + 1}: not a candidate line (with a ${target} label)`);
  return { label, features: row.features as string[], source: row.source ?? null, content: row.content ?? [0, 0] };
});
// --min-count N: features seen in fewer than N candidates are left out (a word seen once or twice gets a
// weight from those alone, and the file stays small)
const minCount = values['min-count'];
const raw = files.map(read);
const seen = new Map<string, number>();
for (const d of raw.flat()) for (const f of new Set(d.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
const common = (features: readonly string[]) => features.filter((f) => (seen.get(f) ?? 0) >= minCount);
const sets = raw.map((set) => set.map((d) => ({ ...d, features: common(d.features) })));
const all = sets.flat();
console.log(`${all.length} candidates, ${all.filter((d) => d.label).length} right, from ${files.length} file(s); l2 ${l2}`);

if (sets.length > 1 && !values['skip-held-out']) {
  const grid = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
  console.log(`held out by file: kept right / kept at thresholds ${grid.join(' ')}`);
  sets.forEach((test, k) => {
    const model = trainLogistic(sets.filter((_, j) => j !== k).flat(), { l2 });
    const p = test.map((d) => logisticProbability(model, d.features));
    const loss = -test.reduce((s, d, i) => s + Math.log(d.label ? p[i] : 1 - p[i]), 0) / test.length;
    const cells = grid.map((t) => {
      const kept = test.filter((_, i) => p[i] >= t);
      return `${kept.filter((d) => d.label).length}/${kept.length}`;
    });
    console.log(`  ${files[k]}: ${test.filter((d) => d.label).length}/${test.length} right, log loss ${loss.toFixed(3)}; ${cells.join(' ')}`);
  });
}

const model = trainLogistic(all, { l2 });
const filter: CueFilter = { threshold, model };
// --trees: each model also as boosted trees, blended with the regression (cue-filter.ts, `trees`)
const treeOptions = {
  rounds: values['tree-rounds'], depth: values['tree-depth'], shrinkage: values['tree-shrinkage'], l2: values['tree-l2'], minHessian: values['tree-min-hessian'],
};
if (values.trees) filter.trees = { cue: trainBoostedTrees(all, treeOptions) };
if (utility) {
  // the same candidates, labelled by what else the quote reports: its source (when it has one) and each
  // content fragment, exactly right or not
  const sourceRows = all.filter((r) => r.source !== null).map((r) => ({ label: r.source!, features: r.features }));
  const contentRows = all.flatMap((r) => Array.from({ length: r.content[1] }, (_, i) => ({ label: i < r.content[0], features: r.features })));
  const source = trainLogistic(sourceRows, { l2 });
  const content = trainLogistic(contentRows, { l2 });
  filter.utility = { source, content, cueWeight: values['cue-weight'], sourceThreshold: values['source-threshold'], contentThreshold: values['content-threshold'] };
  if (filter.trees) {
    filter.trees.source = trainBoostedTrees(sourceRows, treeOptions);
    filter.trees.content = trainBoostedTrees(contentRows, treeOptions);
  }
}
if (extraCues) filter.extraCues = extraCues;
if (out) {
  writeFileSync(out, JSON.stringify(filter, null, 0) + '\n');
  const trees = filter.trees ? `, ${Object.values(filter.trees).reduce((n, t) => n + t.trees.length, 0)} trees` : '';
  console.log(`${Object.keys(model.weights).length} weights${trees}, threshold ${threshold} → ${out}`);
}
