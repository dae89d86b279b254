/**
 * Trains the attribution scope's learned boundary choosers: the cue boundary chooser (src/extract/quotes/cue-boundary.ts) from
 * out-of-fold cue variants written by eval/quotes/cue-boundary.ts --dump (one JSON line per kept quote: its
 * cue's variants, the current cue first, with features and whether each is exactly PolNeAR's cue) — or,
 * the same way, the source boundary chooser (source-boundary.ts) from eval/quotes/source-boundary.ts --dump:
 *
 *   npm run train:cue-boundary -- VARIANTS.jsonl... [--l2 4] [--min-count 5] [--margin 0.2] [--folds PREFIX] [--out resources/quotes/cue-boundary.json]
 *   npm run train:source-boundary -- VARIANTS.jsonl... [same options] [--out resources/quotes/source-boundary.json]
 *
 * With several files, each file is also scored by a chooser trained on the others: at each margin of a grid,
 * how many of its cues the chooser would change, fix and break (pooled over the files at the end), so the
 * margin can be judged out of fold before the end-to-end check (eval/quotes/cue-boundary.ts --boundary);
 * --folds PREFIX writes those choosers as PREFIX0.json, PREFIX1.json, … (one per held-out file, at --margin).
 * docs/quotes-and-claims.md ("A learned cue boundary chooser") has the whole recipe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { trainLogistic, type LabelledFeatures, type LogisticModel } from '../src/ml/logistic.js';
import { pickVariant, type BoundaryChooser } from '../src/extract/quotes/boundary-choice.js';
import { scriptArgs } from './script-cli.js';

const { values, positionals: files, fail } = scriptArgs({
  command: 'npm run train:cue-boundary -- (or train:source-boundary --)',
  description: "Trains the attribution scope's learned cue (or source) boundary chooser from out-of-fold variants (eval/quotes/cue-boundary.ts or source-boundary.ts --dump).",
  args: [{ name: 'VARIANTS.jsonl', many: true, path: true, help: 'variant files, one per held-out tenth of PolNeAR train' }],
  options: {
    l2: { type: 'number', default: 4, help: 'L2 penalty of the logistic regression' },
    'min-count': { type: 'integer', default: 5, help: 'leave out features seen in fewer variants than this' },
    margin: { type: 'number', default: 0.2, help: 'a variant replaces the cue when its probability beats the cue\'s by more than this' },
    folds: { type: 'string', value: 'PREFIX', help: 'with several files: write the chooser trained without file K as PREFIXK.json' },
    out: { type: 'string', value: 'FILE', help: 'write the chooser trained on every file (resources/quotes/cue-boundary.json or source-boundary.json)' },
  },
});
const l2 = values.l2;
const margin = values.margin;
if (!(l2 >= 0)) fail('--l2 must be ≥ 0');
if (!(margin >= 0 && margin <= 1)) fail('--margin must be in [0, 1]');

interface Group { labels: boolean[]; features: string[][] }
const read = (file: string): Group[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, n) => {
  const row = JSON.parse(l) as { variants?: { label?: unknown; features?: unknown }[] };
  if (!Array.isArray(row.variants) || !row.variants.length || row.variants.some((v) => typeof v.label !== 'boolean' || !Array.isArray(v.features))) {
    throw new Error(`${file}:${n + 1}: not a line of variants`);
  }
  return { labels: row.variants.map((v) => v.label as boolean), features: row.variants.map((v) => v.features as string[]) };
});
const sets = files.map(read);
// --min-count N: features seen in fewer than N variants are left out (over every file, as the cue filter does)
const minCount = values['min-count'];
const seen = new Map<string, number>();
for (const g of sets.flat()) for (const f of g.features.flatMap((x) => [...new Set(x)])) seen.set(f, (seen.get(f) ?? 0) + 1);
const rows = (groups: readonly Group[]): LabelledFeatures[] => groups.flatMap((g) => g.features.map((f, i) => ({ label: g.labels[i], features: f.filter((x) => (seen.get(x) ?? 0) >= minCount) })));
const all = sets.flat();
console.log(`${all.length} quotes, ${all.filter((g) => g.labels[0]).length} right spans, ${all.filter((g) => !g.labels[0] && g.labels.some((l) => l)).length} more with a right variant; ${rows(all).length} variants; l2 ${l2}`);

/** The variant a chooser takes at a margin (0: the span as it is), as the stage picks it. */
const choose = (model: LogisticModel, g: Group, m: number): number => pickVariant({ model, margin: m }, g.features);

if (sets.length > 1) {
  const grid = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
  const pooled = grid.map(() => ({ changed: 0, fixed: 0, broken: 0 }));
  console.log(`held out by file: changed / fixed / broken at margins ${grid.join(' ')}`);
  sets.forEach((test, k) => {
    const model = trainLogistic(rows(sets.filter((_, j) => j !== k).flat()), { l2 });
    if (values.folds) writeFileSync(`${values.folds}${k}.json`, JSON.stringify({ margin, model } satisfies BoundaryChooser) + '\n');
    const cells = grid.map((m, i) => {
      let changed = 0;
      let fixed = 0;
      let broken = 0;
      for (const g of test) {
        const c = choose(model, g, m);
        if (c === 0) continue;
        changed++;
        if (!g.labels[0] && g.labels[c]) fixed++;
        if (g.labels[0] && !g.labels[c]) broken++;
      }
      pooled[i].changed += changed;
      pooled[i].fixed += fixed;
      pooled[i].broken += broken;
      return `${changed}/${fixed}/${broken}`;
    });
    console.log(`  ${files[k]}: ${cells.join(' ')}`);
  });
  console.log(`  pooled: ${pooled.map((p) => `${p.changed}/${p.fixed}/${p.broken} (net ${p.fixed - p.broken})`).join(' ')}`);
}

if (values.out) {
  const model = trainLogistic(rows(all), { l2 });
  writeFileSync(values.out, JSON.stringify({ margin, model } satisfies BoundaryChooser, null, 0) + '\n');
  console.log(`${Object.keys(model.weights).length} weights, margin ${margin} → ${values.out}`);
}
