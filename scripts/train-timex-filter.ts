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
 * --l2 auto      choose the penalty inside each fold's training documents (nested), from 0.3 … 30
 * --repeats N     repeat the cross-validation over N fold assignments (the first is document order)
 * --pos           add POS tags around the expression (the syntax models; the stage itself has none)
 * --features SET  all (default); shape (no neighbouring words, only their kind); surface (the expression's
 *                 words and value alone: per-surface base rates)
 * --out FILE      write the filter trained on all given documents (resources/timex/keep-filter.json)
 */
import { writeFileSync } from 'node:fs';
import { docKey, readTimeMl, timeMlFiles } from '../eval/timex/corpus.js';
import { scoreDocument, totals, type DocScore } from '../eval/timex/score.js';
import { trainLogistic, logisticProbability, type LabelledFeatures } from '../src/ml/logistic.js';
import { keeps, type KeepFilter } from '../src/extract/timex/keep-filter.js';
import { tagTimexes } from '../src/extract/timex/tag.js';
import type { TimeMlDoc } from '../src/extract/timex/timeml.js';
import type { Sentence, Timex, Token } from '../src/model/layers.js';
import { segment } from '../src/text/segment.js';
import { SyntaxTagger } from '../src/extract/syntax/tagger.js';
import { RESOURCES_DIR } from '../src/paths.js';
import { scriptArgs } from './script-cli.js';

const { values, positionals: dirs, fail } = scriptArgs({
  command: 'npm run train:timex-filter --',
  description: 'Trains the timex keep filter on TimeML gold and measures it by document-level cross-validation.',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'folder of TimeML gold files to train and cross-validate on' }],
  options: {
    folds: { type: 'integer', default: 10, help: 'cross-validation folds' },
    l2: { type: 'string', value: 'N|auto', default: '2', help: 'L2 penalty; auto chooses it inside each fold\'s training documents, from 0.3 … 30' },
    repeats: { type: 'integer', default: 1, help: 'repeat the cross-validation over N fold assignments (the first is document order)' },
    features: { type: 'string', choices: ['all', 'shape', 'surface'], default: 'all', help: "shape: no neighbouring words, only their kind; surface: the expression's words and value alone" },
    pos: { type: 'boolean', help: 'add POS tags around the expression (the syntax models)' },
    check: { type: 'string', value: 'DIR', variadic: true, path: true, help: 'corpora not trained on (WikiWars): tagged without and with the full filter' },
    show: { type: 'boolean', help: 'print every out-of-fold drop, with whether the gold wanted it' },
    out: { type: 'string', value: 'FILE', help: 'write the filter trained on all given documents (resources/timex/keep-filter.json)' },
  },
});
const folds = values.folds;
const l2Option = values.l2;
if (l2Option !== 'auto' && !(Number(l2Option) >= 0)) fail(`--l2 takes a number or auto, not '${l2Option}'`);
const repeats = values.repeats;
const out = values.out;
const show = values.show;
const featureSet = values.features;
const withPos = values.pos;
const checkDirs = values.check;

interface Doc {
  name: string;
  corpus: string;
  gold: TimeMlDoc;
  tokens: Token[];
  sentences: Sentence[];
  /** Penn tags per token, with --pos. */
  pos?: string[];
}
const syntax = withPos ? SyntaxTagger.load(RESOURCES_DIR) : undefined;
const load = (dir: string): Doc[] => timeMlFiles([dir]).map((file) => {
  const gold = readTimeMl(file);
  const { tokens, sentences } = segment(gold.plain);
  let pos: string[] | undefined;
  if (syntax) {
    pos = new Array(tokens.length).fill('');
    const chunks: string[] = new Array(tokens.length).fill('O');
    for (const s of sentences) syntax.tagInto(tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text), pos, chunks, s.tokenStart);
  }
  return { name: docKey(file), corpus: dir, gold, tokens, sentences, pos };
});
const docs = dirs.flatMap(load);

const tag = (d: Doc, filter: KeepFilter | null, observe?: (t: Timex, f: string[]) => void) =>
  tagTimexes(d.gold.plain, d.tokens, d.sentences, d.gold.dct, { keepFilter: filter, observeVague: observe, moreFeatures: d.pos && posFeatures(d.pos) });

/** The tags of the expression and of the two tokens either side ("current/JJ four/CD", "now/RB operating/VBG"). */
const posFeatures = (pos: readonly string[]) => (first: number, last: number) => [
  `pos0=${pos[first]}`, `pos-1=${pos[first - 1] ?? '<s>'}`, `pos-2=${pos[first - 2] ?? '<s>'}`,
  `pos+1=${pos[last + 1] ?? '</s>'}`, `pos+2=${pos[last + 2] ?? '</s>'}`, `pos-1+1=${pos[first - 1] ?? '<s>'}|${pos[last + 1] ?? '</s>'}`,
];

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
function fit(train: readonly number[], penalty: number): KeepFilter {
  const inTrain = new Set(train);
  const t = totals(train.map((i) => baseline[i]));
  const right = train.reduce((n, i) => n + baseline[i].valueCorrect, 0);
  const model = trainLogistic(examples.filter((e) => inTrain.has(e.doc)), { l2: penalty });
  return { model, threshold: Math.round((right / (t.system + t.gold)) * 1e4) / 1e4 };
}

/**
 * `--l2 auto`: the penalty chosen inside the training documents alone (an inner 5-fold split), so that the
 * outer held-out figure also covers the choice. The inner score is counted, not retagged: a dropped vague
 * expression sets no anchor, so dropping it removes one system expression and, if it was right, one right
 * value, and changes nothing else. Ties go to the stronger penalty (fewer drops).
 */
const L2_GRID = [30, 10, 3, 1, 0.3];
function chooseL2(train: readonly number[]): number {
  if (l2Option !== 'auto') return Number(l2Option);
  let best = L2_GRID[0];
  let bestF = -1;
  for (const penalty of L2_GRID) {
    let right = 0;
    let size = 0;
    for (let f = 0; f < 5; f++) {
      const inner = train.filter((_, k) => k % 5 !== f);
      const held = new Set(train.filter((_, k) => k % 5 === f));
      const filter = fit(inner, penalty);
      for (const i of held) {
        right += baseline[i].valueCorrect;
        size += baseline[i].system + baseline[i].gold;
      }
      for (const e of examples) {
        if (!held.has(e.doc) || keeps(filter, e.features)) continue;
        size--;
        if (e.label) right--;
      }
    }
    if (2 * right / size > bestF + 1e-9) {
      bestF = 2 * right / size;
      best = penalty;
    }
  }
  return best;
}

interface CrossValidation {
  scores: DocScore[];
  /** Each example's probability from the filter that did not see its document. */
  heldOutP: Map<Example, number>;
  drops: string[];
  penalties: number[];
}

/** Document-level cross-validation over the documents in `order` (fold = position mod folds). */
function crossValidate(order: readonly number[]): CrossValidation {
  const cv: CrossValidation = { scores: new Array(docs.length), heldOutP: new Map(), drops: [], penalties: [] };
  const foldOf = new Map(order.map((doc, k) => [doc, k % folds]));
  for (let f = 0; f < folds; f++) {
    const train = order.filter((i) => foldOf.get(i) !== f);
    const penalty = chooseL2(train);
    cv.penalties.push(penalty);
    const filter = fit(train, penalty);
    for (const i of order) {
      if (foldOf.get(i) !== f) continue;
      const d = docs[i];
      const system = tag(d, filter);
      cv.scores[i] = scoreDocument(d.name, d.gold.gold, system);
      for (const e of examples) {
        if (e.doc !== i) continue;
        const p = logisticProbability(filter.model, e.features);
        cv.heldOutP.set(e, p);
        if (system.some((t) => t.start === e.timex.start && t.end === e.timex.end)) continue;
        const ctx = `${d.gold.plain.slice(Math.max(0, e.timex.start - 60), e.timex.start)}⟦${e.timex.text}⟧${d.gold.plain.slice(e.timex.end, e.timex.end + 40)}`.replace(/\s+/g, ' ');
        cv.drops.push(`${e.label ? 'LOST ' : 'right'} p=${p.toFixed(2)} ${d.name}\t${e.timex.value}\t${ctx}`);
      }
    }
  }
  return cv;
}

/** A fixed pseudo-random order of the documents (Park–Miller), so every repeat is reproducible. */
function shuffled(seed: number): number[] {
  const order = docs.map((_, i) => i);
  let x = seed;
  for (let k = order.length - 1; k > 0; k--) {
    x = (x * 16807) % 2147483647;
    const j = x % (k + 1);
    [order[k], order[j]] = [order[j], order[k]];
  }
  return order;
}

const main = crossValidate(docs.map((_, i) => i));
const outOfFold = main.scores;
const heldOutP = main.heldOutP;
const drops = main.drops;
const fullPenalty = chooseL2(docs.map((_, i) => i));
const full = fit(docs.map((_, i) => i), fullPenalty);
const inSample = docs.map((d) => scoreDocument(d.name, d.gold.gold, tag(d, full)));

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
const row = (label: string, s: readonly DocScore[]) => {
  const t = totals(s);
  const right = s.reduce((n, d) => n + d.valueCorrect, 0);
  return `  ${label.padEnd(34)} sys ${String(t.system).padStart(5)}  gold ${String(t.gold).padStart(5)}  right ${String(right).padStart(5)}  relaxed ${pct(t.relaxedF1)}  strict ${pct(t.strictF1)}  value ${pct(t.valueF1)}`;
};
const pick = (scores: readonly DocScore[], corpus?: string) => scores.filter((_, i) => !corpus || docs[i].corpus === corpus);
console.log(`${examples.length} vague expressions in ${docs.length} documents (${examples.filter((e) => e.label).length} with the gold's value); ${folds} folds, l2 ${l2Option}, features ${featureSet}`);
if (l2Option === 'auto') console.log(`l2 chosen inside each fold's training documents: ${main.penalties.join(' ')}; for the full filter ${fullPenalty}`);
for (const corpus of [...dirs, undefined]) {
  console.log(corpus ?? 'all');
  console.log(row('no filter', pick(baseline, corpus)));
  console.log(row(`out-of-fold (${folds} folds)`, pick(outOfFold, corpus)));
  console.log(row('in-sample (trained on all; no evidence)', pick(inSample, corpus)));
}
console.log(`out-of-fold drops: ${drops.length}, of which the gold wanted ${drops.filter((d) => d.startsWith('LOST')).length}`);
if (show) for (const d of drops.sort()) console.log('  ' + d);
if (repeats > 1) {
  // the same cross-validation over other fold assignments: how much the figure moves with the split alone
  const figures = [totals(outOfFold).valueF1];
  for (let r = 1; r < repeats; r++) figures.push(totals(crossValidate(shuffled(r)).scores).valueF1);
  const mean = figures.reduce((a, b) => a + b, 0) / figures.length;
  console.log(`out-of-fold value F1 over ${repeats} fold assignments: ${figures.map((x) => (100 * x).toFixed(2)).join(' ')}; mean ${(100 * mean).toFixed(2)}, no filter ${(100 * totals(baseline).valueF1).toFixed(2)}`);
}

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
