/**
 * Trains the attribution tagger of the quotes stage on PolNeAR and writes its weights to
 * resources/quotes/attribution-tagger.bin:
 *   npm run train:quotes -- ../shared/data/quotes/polnear/data/train [--epochs N] [--min-count N] [--out FILE] [--limit N] [--seed N] [--all-annotators] [--rows N] [--select weight|used] [--seeds 1,2,3] [--cost ROLE:C,…] [--update-weight ROLE:W,…] [--word-classes shipped|none] [--normalize-labels cue|all] [--stem-backoff N] [--pseudo FILE [--pseudo-keep all|labelled] [--pseudo-limit N]]
 * Only weights (hashed feature ids and numbers) are written, never text from the corpus.
 * `--word-classes shipped` (the default when resources/quotes/word-classes.bin exists) adds the word-class
 * features (`src/extract/quotes/word-classes.ts`, built by scripts/build-word-clusters.ts) and records
 * the classes' checksum in the weights; `none` trains without them.
 *
 * Trainer options (src/ml/train.ts; each left out trains the plain averaged perceptron, as before):
 *   --cost O:150,SRC:150,CUE:150,CON:150  cost-augmented training: a wrong label at a token costs the value
 *                                         of its gold role, so updates go on until the gold path wins by
 *                                         that margin (docs/quotes-and-claims.md, "Trainer options");
 *   --update-weight CUE:2                 larger updates where the gold label is of that role;
 *   --seeds 1,2,3                         one run per shuffle seed, their averaged weights averaged.
 *
 * `--normalize-labels cue` moves train's gold cues to the boundary conventions most of PolNeAR's annotators
 * follow before the labels are made (`src/extract/quotes/gold-conventions.ts`); `all` also the source and
 * content edges. Only the training labels change: evaluation scores against gold as written.
 *
 * `--pseudo FILE` (self-training) also trains on machine-labelled articles written by scripts/pseudo-label-quotes.ts;
 * `--pseudo-keep labelled` only on their paragraphs that have an attribution. Measured on held-out tenths and not
 * used for the shipped weights (docs/quotes-and-claims.md, "Self-training on unlabelled news").
 *
 * `--stem-backoff N` (default 100; 0 for rates per word only, as before the thirteenth session) also counts
 * the learnt cue rates per Porter stem, and a word with no rate of its own seen fewer than N times in
 * training takes its stem's (`src/extract/quotes/stem-cue-rates.ts`; docs/quotes-and-claims.md, "Cue rates
 * per stem").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOLD_OPTION, foldFilter, readPolnear, ROLES } from '../eval/quotes/polnear.js';
import { readPseudoLabelled } from './pseudo-labelled.js';
import { iobAllowed, readModelFile, SequenceModel, trainSequenceModel, type LabelledSequence } from '../src/ml/index.js';
import { buildContext } from '../src/extract/quotes/context.js';
import { CueLexicon } from '../src/extract/quotes/cue-lexicon.js';
import { normalizeGold, type Normalization, type NormalizationTally } from '../src/extract/quotes/gold-conventions.js';
import { FEATURE_VERSION, paragraphFeatures } from '../src/extract/quotes/features.js';
import { countCueRates, goldLabels, learnedCuesOf, MODEL_PATH, QUOTE_LABELS, QUOTE_SCHEME, type Role } from '../src/extract/quotes/tagger.js';
import { countStemBackoff } from '../src/extract/quotes/stem-cue-rates.js';
import { Resources } from '../src/pipeline/resources.js';
import { WORD_CLASSES_PATH, WordClasses } from '../src/extract/quotes/word-classes.js';
import { WORD_SENSES_PATH, WordSenses } from '../src/extract/quotes/word-senses.js';
import { segment } from '../src/text/segment.js';
import { syntaxStage } from '../src/extract/syntax/stage.js';
import { emptyDoc } from '../src/model/doc.js';
import { scriptArgs } from './script-cli.js';

/**
 * Keeps the `rows` feature rows with the largest weights. The tagger's speed is bound by looking rows up
 * in memory, and a small table stays in cache: on PolNeAR dev, 50,000 of ~320,000 rows cost ~0.2 points
 * of F1 per role.
 *
 * `--select used` ranks a row instead by the spread of its weights (largest minus smallest: a weight
 * added to every label changes no path) times how often its feature occurs in training. At 25,000 rows it
 * loses less than the default ranking (held-out `tune`: cue 66.1 against 65.7; at 50,000 it is a little
 * worse, 65.9 against 66.3), but at 25,000–30,000 rows it still costs cue 0.2–0.4 on dev and both held-out
 * folds against 50,000 rows of the default, so the shipped weights keep the default (docs/benchmarks.md, issue 6).
 */
function keepStrongestRows(serialized: Buffer, rows: number, uses: Map<number, number> | null): SequenceModel {
  const file = readModelFile(serialized);
  const L = file.labels.length;
  const strength = new Float64Array(file.keys.length);
  for (let r = 0; r < file.keys.length; r++) {
    if (uses) {
      let lo = Infinity, hi = -Infinity;
      for (let y = 0; y < L; y++) {
        lo = Math.min(lo, file.weights[r * L + y]);
        hi = Math.max(hi, file.weights[r * L + y]);
      }
      strength[r] = (hi - lo) * (uses.get(file.keys[r]) ?? 1);
    } else for (let y = 0; y < L; y++) strength[r] = Math.max(strength[r], Math.abs(file.weights[r * L + y]));
  }
  const order = Array.from(file.keys, (_, r) => r).sort((a, b) => strength[b] - strength[a] || a - b).slice(0, rows).sort((a, b) => a - b);
  const keys = new Uint32Array(order.length);
  const weights = new Float32Array(order.length * L);
  order.forEach((r, i) => {
    keys[i] = file.keys[r];
    for (let y = 0; y < L; y++) weights[i * L + y] = file.weights[r * L + y] * file.scale;
  });
  return new SequenceModel({ labels: file.labels, decoder: 'viterbi', keys, weights, transitions: file.transitions, endScores: file.endScores, meta: { ...file.meta, rows: order.length } });
}

/** A word table the tagger reads: `shipped` (the default when the file exists) or `none`. */
function chosenTable<T>(choice: string | undefined, resources: Resources, path: string, load: (resources: Resources) => T | null, builder: string): T | null {
  if ((choice ?? (resources.has(path) ? 'shipped' : 'none')) === 'none') return null;
  const table = load(resources);
  if (!table) throw new Error(`no ${path}: run ${builder}`);
  return table;
}

/** How many times each feature hash occurs in the training sequences. */
function featureUses(data: readonly LabelledSequence[]): Map<number, number> {
  const uses = new Map<number, number>();
  for (const d of data) for (const h of d.features.hashes) uses.set(h, (uses.get(h) ?? 0) + 1);
  return uses;
}

/**
 * One value per tagger label from "ROLE:V,…" (ROLE is O, SRC, CUE or CON, the tagger's label names; a role's B/I/L/U labels
 * share its value), or undefined when the option is absent. Unnamed roles take `fallback`.
 */
function perRole(spec: string | undefined, fallback: number): number[] | undefined {
  if (spec === undefined) return undefined;
  const byRole = new Map<string, number>();
  for (const part of spec.split(',')) {
    const [role, value] = part.split(':');
    if (!['O', 'SRC', 'CUE', 'CON'].includes(role) || !(Number(value) >= 0)) throw new Error(`expected ROLE:NUMBER (ROLE O, SRC, CUE or CON), not ${part}`);
    byRole.set(role, Number(value));
  }
  return QUOTE_LABELS.map((label) => byRole.get(label === 'O' ? 'O' : label.slice(label.indexOf('-') + 1)) ?? fallback);
}

/** The label of a token outside every span. */
const OUTSIDE = QUOTE_LABELS.indexOf('O');

function main(argv: string[]): void {
  const { values, positionals: [dir], fail } = scriptArgs({
    command: 'npm run train:quotes --',
    description: "Trains the quotes stage's attribution tagger on PolNeAR and writes its weights (no corpus text).",
    args: [{ name: 'DIR', path: true, help: 'PolNeAR training compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: {
      epochs: { type: 'integer', default: 8, help: 'training passes' },
      'min-count': { type: 'integer', default: 2, help: 'keep features seen at least N times' },
      out: { type: 'string', value: 'FILE', help: `where the weights go (default resources/${MODEL_PATH})` },
      limit: { type: 'integer', help: 'train on the first N articles only (default all)' },
      seed: { type: 'integer', default: 1, help: 'shuffle seed' },
      'all-annotators': { type: 'boolean', help: "train on every annotator's file of an article, not only the first" },
      rows: { type: 'integer', default: 50000, help: 'keep the N feature rows with the largest weights' },
      select: { type: 'string', choices: ['weight', 'used'], default: 'weight', help: 'how rows are ranked: largest weight, or weight spread times use' },
      seeds: { type: 'string', value: '1,2,3', pattern: /^\d+(,\d+)*$/, help: 'one run per shuffle seed, their averaged weights averaged' },
      cost: { type: 'string', value: 'ROLE:C,…', help: 'cost-augmented training: a wrong label costs its gold role\'s C (ROLE O, SRC, CUE or CON)' },
      'update-weight': { type: 'string', value: 'ROLE:W,…', help: 'larger updates where the gold label is of that role' },
      'word-classes': { type: 'string', choices: ['shipped', 'none'], help: 'with or without the word-class features (default shipped when the file exists)' },
      'word-senses': { type: 'string', choices: ['shipped', 'none'], help: 'with or without the WordNet sense features (default shipped when the file exists)' },
      'normalize-labels': { type: 'string', choices: ['cue', 'all'], help: "move train's gold cue (all: also source and content) edges to the majority conventions" },
      'stem-backoff': { type: 'integer', default: 100, help: 'a word with no cue rate of its own seen fewer than N times takes its Porter stem\'s rate (0: rates per word only, as before the thirteenth session)' },
      fold: FOLD_OPTION,
      pseudo: { type: 'string', value: 'FILE', path: true, help: 'also train on these machine-labelled articles (JSON lines from scripts/pseudo-label-quotes.ts): self-training' },
      'pseudo-keep': { type: 'string', choices: ['all', 'labelled'], default: 'all', help: "which of the machine-labelled articles' paragraphs to train on: all, or only those with an attribution" },
      'pseudo-limit': { type: 'integer', help: 'train on the first N machine-labelled articles only (default all)' },
    },
  }, argv);
  // Checked before any work: a typo here would otherwise end the run after the corpus is read.
  const roleValues = (name: 'cost' | 'update-weight', fallback: number) => {
    try {
      return perRole(values[name], fallback);
    } catch (error) {
      return fail(`--${name}: ${(error as Error).message}`);
    }
  };
  const labelCosts = roleValues('cost', 0);
  const updateWeights = roleValues('update-weight', 1);
  const epochs = values.epochs;
  const minFeatureCount = values['min-count'];
  const limit = values.limit ?? Infinity;
  const resources = new Resources();
  const out = values.out ?? join(resources.dir, MODEL_PATH);
  const lexicon = CueLexicon.load(resources);
  const classes = chosenTable(values['word-classes'], resources, WORD_CLASSES_PATH, WordClasses.load, 'scripts/build-word-clusters.ts');
  const senses = chosenTable(values['word-senses'], resources, WORD_SENSES_PATH, WordSenses.load, 'scripts/build-word-senses.ts');
  console.log(senses ? `word senses ${senses.checksum}: ${senses.size} words` : 'no word senses');
  console.log(classes ? `word classes ${classes.checksum}: ${classes.size} words, ${classes.fineClasses} / ${classes.coarseClasses} classes` : 'no word classes');
  const normalization: Normalization | undefined = values['normalize-labels'];
  const normalized: NormalizationTally = new Map();
  const gold = readPolnear(dir, limit, foldFilter(values.fold), values['all-annotators']);
  const pseudo = values.pseudo ? readPseudoLabelled(values.pseudo).slice(0, values['pseudo-limit'] ?? Infinity) : [];
  const articles = [...gold, ...pseudo];
  const machineLabelled = new Set(pseudo);
  const labelledOnly = values['pseudo-keep'] === 'labelled';
  // The tagger reads the syntax stage's tags, so training tags the texts with the same models.
  const tagSyntax = syntaxStage.create(resources);
  // First pass: which words are often cues (these feed the long-range cue features).
  const prepared = articles.map((a) => {
    const { tokens, sentences } = segment(a.text);
    const doc = Object.assign(emptyDoc({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text }), { tokens, sentences });
    const syntax = tagSyntax(doc) as { pos: string[]; chunks: string[] };
    // The syntax layers only serve the conventions' rules (part-of-speech tags); the labels read tokens alone.
    const plain = buildContext(a.text, tokens, sentences, lexicon, new Map(), syntax);
    const gold = normalization ? normalizeGold(plain, lexicon, a.attributions, normalization, normalized) : a.attributions;
    const fragments = gold.flatMap((at) => ROLES.flatMap((role) => at[role].map((span) => ({ role: role as Role, span }))));
    const cueIndex = QUOTE_LABELS.map((l) => l.endsWith('-CUE'));
    const labels = goldLabels(plain, fragments);
    const isCue = new Uint8Array(tokens.length);
    plain.paragraphs.forEach(([ps], k) => labels[k].forEach((y, j) => { if (cueIndex[y]) isCue[ps + j] = 1; }));
    return { a, tokens, sentences, syntax, fragments, labels, lower: plain.lower, isCue };
  });
  if (normalization) console.log(`normalized labels (${normalization}): ${[...normalized].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  const cueRates = countCueRates(prepared);
  const stemMinCount = values['stem-backoff'];
  // Written into the model only when used, so that a tagger trained without reads rates per word as before.
  const stemCueRates = stemMinCount > 0 ? countStemBackoff(prepared, cueRates, stemMinCount) : undefined;
  const learned = learnedCuesOf({ cueRates, stemCueRates });
  if (stemCueRates) console.log(`stem back-off under ${stemMinCount}: ${Object.keys(stemCueRates.stems).length} stems, ${stemCueRates.frequent.length} frequent words kept at 0`);
  const data: LabelledSequence[] = [];
  let attributions = 0;
  for (const p of prepared) {
    const ctx = buildContext(p.a.text, p.tokens, p.sentences, lexicon, learned, p.syntax, classes, senses);
    attributions += p.a.attributions.length;
    const skipUnlabelled = labelledOnly && machineLabelled.has(p.a);
    paragraphFeatures(ctx).forEach((f, k) => {
      if (skipUnlabelled && p.labels[k].every((y) => y === OUTSIDE)) return;
      data.push({ features: f, labels: p.labels[k] });
    });
  }
  console.log(`${articles.length} articles${pseudo.length ? ` (${pseudo.length} machine-labelled)` : ''}, ${attributions} attributions, ${data.length} paragraphs`);
  const seeds = values.seeds?.split(',').map(Number);
  // Written into the model only when used, so the default command writes the same file as before.
  const trainingChoices = { ...(normalization && { normalizedLabels: normalization }), ...(seeds && { seeds }), ...(labelCosts && { labelCosts }), ...(updateWeights && { updateWeights }), ...(stemCueRates && { stemCueRates }) };
  const model = trainSequenceModel(data, {
    labels: QUOTE_LABELS,
    epochs,
    minFeatureCount,
    allowedTransition: iobAllowed(QUOTE_SCHEME),
    seed: values.seed,
    seeds: seeds ?? undefined,
    labelCosts,
    updateWeights,
    onEpoch: (r) => console.log(`epoch ${r.epoch}: ${(100 * r.tokenErrors / r.tokens).toFixed(2)} % token errors, ${r.seconds.toFixed(1)} s`),
    meta: { featureVersion: FEATURE_VERSION, trainedOn: pseudo.length ? 'PolNeAR v1.0.0 train + machine-labelled news' : 'PolNeAR v1.0.0 train', articles: articles.length, ...(pseudo.length && { pseudoArticles: pseudo.length }), epochs, minFeatureCount, cueRates, ...trainingChoices, ...(classes ? { wordClasses: classes.checksum } : {}), ...(senses ? { wordSenses: senses.checksum } : {}) },
  });
  const rows = values.rows;
  const select = values.select;
  const kept = keepStrongestRows(model.serialize(), rows, select === 'used' ? featureUses(data) : null);
  const bytes = kept.serialize();
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${kept.featureCount} of ${model.featureCount} feature rows, ${(bytes.length / 1024).toFixed(0)} KiB`);
}

main(process.argv.slice(2));
