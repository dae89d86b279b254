/**
 * Trains the timex keep filter (src/extract/timex/keep-filter.ts) on TimeML gold and measures it by
 * document-level cross-validation: each fold's filter is trained without that fold's documents and tags
 * only them, so the out-of-fold value F1 is a held-out figure. The in-sample figure (the filter trained on
 * everything, tagging what it was trained on) is printed too, labelled as such; it is no evidence.
 *
 *   npm run train:timex-filter -- GOLD_DIR... [--folds 10] [--l2 2] [--check DIR...] [--show] [--out FILE]
 *
 * --check DIR...  corpora not trained on (WikiWars): tagged without and with the full filter
 * --show          every out-of-fold drop, with whether the gold wanted it
 * --features SET  all (default); shape (no neighbouring words, only their kind); surface (the expression's
 *                 words and value alone: per-surface base rates)
 * --out FILE      write the filter trained on all given documents (resources/timex/keep-filter.json)
 */
import { writeFileSync } from 'node:fs';
import { docKey, readTimeMl, timeMlFiles } from '../eval/timex/corpus.js';
import { scoreDocument, totals, type DocScore } from '../eval/timex/score.js';
import { trainLogistic, logisticProbability, type LabelledFeatures } from '../src/ml/logistic.js';
import type { KeepFilter } from '../src/extract/timex/keep-filter.js';
import { tagTimexes } from '../src/extract/timex/tag.js';
import type { TimeMlDoc } from '../src/extract/timex/timeml.js';
import type { Sentence, Timex, Token } from '../src/model/layers.js';
import { segment } from '../src/text/segment.js';
import { option } from './argv-option.js';

const argv = process.argv.slice(2);
const folds = Number(option(argv, '--folds') ?? 10);
const l2 = Number(option(argv, '--l2') ?? 2);
const out = option(argv, '--out');
const show = argv.includes('--show');
const featureSet = option(argv, '--features') ?? 'all';
/** The plain arguments from `from` up to the next option. */
const runFrom = (from: number) => {
  const end = argv.findIndex((a, i) => i >= from && a.startsWith('--'));
  return argv.slice(from, end < 0 ? argv.length : end);
};
const dirs = runFrom(0);
const checkAt = argv.indexOf('--check');
const checkDirs = checkAt >= 0 ? runFrom(checkAt + 1) : [];
if (dirs.length === 0) {
  console.error('usage: npm run train:timex-filter -- GOLD_DIR... [--folds 10] [--l2 2] [--check DIR...] [--show] [--out FILE]');
  process.exit(2);
}

interface Doc {
  name: string;
  corpus: string;
  gold: TimeMlDoc;
  tokens: Token[];
  sentences: Sentence[];
}
const load = (dir: string): Doc[] => timeMlFiles([dir]).map((file) => {
  const gold = readTimeMl(file);
  const { tokens, sentences } = segment(gold.plain);
  return { name: docKey(file), corpus: dir, gold, tokens, sentences };
});
const docs = dirs.flatMap(load);

const tag = (d: Doc, filter: KeepFilter | null, observe?: (t: Timex, f: string[]) => void) =>
  tagTimexes(d.gold.plain, d.tokens, d.sentences, d.gold.dct, { keepFilter: filter, observeVague: observe });

/** Features left out of a model have no weight, so leaving them out of training is enough. */
const WORD_FEATURE = /^(p1|p2|n1|n2|s\|p1|s\|n1)=/;
const kept = (f: string) =>
  featureSet === 'all' || (featureSet === 'shape' ? !WORD_FEATURE.test(f) || /^(p1=be\/have|p1=prep|n1=-|n1=lower|n1=Cap)/.test(f) : /^(s|v)=/.test(f));

// every vague expression of the unfiltered tagger, labelled by whether the gold has it with our value
interface Example extends LabelledFeatures { doc: number; timex: Timex }
const examples: Example[] = [];
const baseline: DocScore[] = docs.map((d, i) => {
  const seen: { timex: Timex; features: string[] }[] = [];
  const system = tag(d, null, (timex, features) => seen.push({ timex, features }));
  const s = scoreDocument(d.name, d.gold.gold, system);
  const wrong = new Set([...s.spurious, ...s.wrong.map((w) => w.system)]);
  for (const { timex, features } of seen) examples.push({ doc: i, timex, features: features.filter(kept), label: !wrong.has(timex) });
  return s;
});

/**
 * Drop when the chance of a right value is below R / (S + G): removing an expression then raises value F1
 * = 2R / (S + G) in expectation (it loses p right values and one system expression). Read from the training
 * documents' own unfiltered counts, so nothing is tuned on the held-out fold.
 */
function fit(train: readonly number[]): KeepFilter {
  const inTrain = new Set(train);
  const t = totals(train.map((i) => baseline[i]));
  const right = train.reduce((n, i) => n + baseline[i].valueCorrect, 0);
  const model = trainLogistic(examples.filter((e) => inTrain.has(e.doc)), { l2 });
  return { model, threshold: Math.round((right / (t.system + t.gold)) * 1e4) / 1e4 };
}

const foldOf = (i: number) => i % folds;
const outOfFold: DocScore[] = new Array(docs.length);
/** Each example's probability from the filter that did not see its document. */
const heldOutP = new Map<Example, number>();
const drops: string[] = [];
for (let f = 0; f < folds; f++) {
  const train = docs.map((_, i) => i).filter((i) => foldOf(i) !== f);
  const filter = fit(train);
  docs.forEach((d, i) => {
    if (foldOf(i) !== f) return;
    const system = tag(d, filter);
    outOfFold[i] = scoreDocument(d.name, d.gold.gold, system);
    for (const e of examples) {
      if (e.doc !== i) continue;
      const p = logisticProbability(filter.model, e.features);
      heldOutP.set(e, p);
      if (system.some((t) => t.start === e.timex.start && t.end === e.timex.end)) continue;
      const ctx = `${d.gold.plain.slice(Math.max(0, e.timex.start - 60), e.timex.start)}⟦${e.timex.text}⟧${d.gold.plain.slice(e.timex.end, e.timex.end + 40)}`.replace(/\s+/g, ' ');
      drops.push(`${e.label ? 'LOST ' : 'right'} p=${p.toFixed(2)} ${d.name}\t${e.timex.value}\t${ctx}`);
    }
  });
}

const full = fit(docs.map((_, i) => i));
const inSample = docs.map((d) => scoreDocument(d.name, d.gold.gold, tag(d, full)));

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
const row = (label: string, s: readonly DocScore[]) => {
  const t = totals(s);
  const right = s.reduce((n, d) => n + d.valueCorrect, 0);
  return `  ${label.padEnd(34)} sys ${String(t.system).padStart(5)}  gold ${String(t.gold).padStart(5)}  right ${String(right).padStart(5)}  relaxed ${pct(t.relaxedF1)}  strict ${pct(t.strictF1)}  value ${pct(t.valueF1)}`;
};
const pick = (scores: readonly DocScore[], corpus?: string) => scores.filter((_, i) => !corpus || docs[i].corpus === corpus);
console.log(`${examples.length} vague expressions in ${docs.length} documents (${examples.filter((e) => e.label).length} with the gold's value); ${folds} folds, l2 ${l2}, features ${featureSet}`);
for (const corpus of [...dirs, undefined]) {
  console.log(corpus ?? 'all');
  console.log(row('no filter', pick(baseline, corpus)));
  console.log(row(`out-of-fold (${folds} folds)`, pick(outOfFold, corpus)));
  console.log(row('in-sample (trained on all; no evidence)', pick(inSample, corpus)));
}
console.log(`out-of-fold drops: ${drops.length}, of which the gold wanted ${drops.filter((d) => d.startsWith('LOST')).length}`);
if (show) for (const d of drops.sort()) console.log('  ' + d);

/**
 * How well the held-out probabilities rank the gold's choices (area under the ROC curve: 0.5 is chance),
 * over all vague expressions and within the commonest surfaces, where a surface's base rate cannot help.
 */
function auc(list: readonly Example[]): string {
  const pos = list.filter((e) => e.label).map((e) => heldOutP.get(e)!);
  const neg = list.filter((e) => !e.label).map((e) => heldOutP.get(e)!);
  if (!pos.length || !neg.length) return '  -  ';
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return (wins / (pos.length * neg.length)).toFixed(3);
}
const bySurface = new Map<string, Example[]>();
for (const e of examples) {
  const key = e.timex.text.toLowerCase();
  bySurface.set(key, [...(bySurface.get(key) ?? []), e]);
}
console.log(`held-out AUC: all ${auc(examples)} (${examples.length})`);
for (const [surface, list] of [...bySurface].filter(([, l]) => l.length >= 10).sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${surface.padEnd(12)} ${auc(list)}  (${list.filter((e) => e.label).length} right of ${list.length})`);
}

for (const dir of checkDirs) {
  const held = load(dir);
  const without = held.map((d) => scoreDocument(d.name, d.gold.gold, tag(d, null)));
  const withFull = held.map((d) => scoreDocument(d.name, d.gold.gold, tag(d, full)));
  console.log(`${dir} (not trained on)`);
  console.log(row('no filter', without));
  console.log(row('full filter', withFull));
}

if (out) {
  writeFileSync(out, JSON.stringify(full, null, 1) + '\n');
  console.log(`wrote ${out}: ${Object.keys(full.model.weights).length} weights, threshold ${full.threshold}`);
}
