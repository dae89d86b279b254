/**
 * Trains the attribution scope's learned cue filter (src/extract/quotes/cue-filter.ts) from out-of-fold
 * candidates written by eval/quotes/cue-filter.ts --dump (one JSON line per candidate quote: features and
 * whether its cue is exactly PolNeAR's):
 *
 *   npm run train:cue-filter -- CANDIDATES.jsonl... [--l2 4] [--min-count N] [--label exact|overlap] [--threshold 0.35] [--out resources/quotes/cue-filter.json]
 *
 * With several files, each file is also scored by a filter trained on the others (log loss, and how many of
 * its candidates, and of its right ones, each threshold keeps), so a penalty or threshold can be judged out
 * of fold before the end-to-end check (eval/quotes/cue-filter.ts --filter).
 * docs/quotes-and-claims.md ("A learned cue filter") has the whole recipe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { logisticProbability, trainLogistic, type LabelledFeatures } from '../src/ml/logistic.js';
import { option } from './argv-option.js';
import type { CueFilter } from '../src/extract/quotes/cue-filter.js';

const argv = process.argv.slice(2);
const files = argv.filter((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1].startsWith('--')));
if (!files.length) {
  console.error('usage: npm run train:cue-filter -- CANDIDATES.jsonl... [--l2 4] [--min-count N] [--label exact|overlap] [--threshold 0.35] [--out FILE]');
  process.exit(2);
}
const l2 = Number(option(argv, '--l2') ?? 4);
const threshold = Number(option(argv, '--threshold') ?? 0.35);
const out = option(argv, '--out');
// exact: the cue is exactly a gold cue (what cue F1 counts); overlap: it shares a word with one (a real
// attribution, whose source and content may be right even where the cue's edges are not)
const target = option(argv, '--label') ?? 'exact';
// --utility: also a source and a content model, for the rule that weighs every role (cue-filter.ts)
const utility = argv.includes('--utility');
if (target !== 'exact' && target !== 'overlap') throw new Error('--label is exact or overlap');
if (!(l2 >= 0) || !(threshold >= 0 && threshold <= 1)) throw new Error('--l2 must be ≥ 0 and --threshold in [0, 1]');

const read = (file: string): LabelledFeatures[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, n) => {
  const row = JSON.parse(l) as { label?: unknown; overlap?: unknown; features?: unknown };
  const label = target === 'exact' ? row.label : row.overlap;
  if (typeof label !== 'boolean' || !Array.isArray(row.features)) throw new Error(`${file}:${n + 1}: not a candidate line (with a ${target} label)`);
  return { label, features: row.features as string[] };
});
// --min-count N: features seen in fewer than N candidates are left out (a word seen once or twice gets a
// weight from those alone, and the file stays small)
const minCount = Number(option(argv, '--min-count') ?? 1);
const raw = files.map(read);
const seen = new Map<string, number>();
for (const d of raw.flat()) for (const f of new Set(d.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
const common = (features: readonly string[]) => features.filter((f) => (seen.get(f) ?? 0) >= minCount);
const sets = raw.map((set) => set.map((d) => ({ label: d.label, features: common(d.features) })));
const all = sets.flat();
console.log(`${all.length} candidates, ${all.filter((d) => d.label).length} right, from ${files.length} file(s); l2 ${l2}`);

if (sets.length > 1) {
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
if (utility) {
  // the same candidates, labelled by what else the quote reports: its source (when it has one) and each
  // content fragment, exactly right or not
  const rows = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { source: boolean | null; content: [number, number]; features: string[] }));
  const source = trainLogistic(rows.filter((r) => r.source !== null).map((r) => ({ label: r.source!, features: common(r.features) })), { l2 });
  const content = trainLogistic(rows.flatMap((r) => Array.from({ length: r.content[1] }, (_, i) => ({ label: i < r.content[0], features: common(r.features) }))), { l2 });
  filter.utility = { source, content, cueWeight: Number(option(argv, '--cue-weight') ?? 2), sourceThreshold: Number(option(argv, '--source-threshold') ?? 0.35), contentThreshold: Number(option(argv, '--content-threshold') ?? 0.3) };
}
if (out) {
  writeFileSync(out, JSON.stringify(filter, null, 0) + '\n');
  console.log(`${Object.keys(model.weights).length} weights, threshold ${threshold} → ${out}`);
}
