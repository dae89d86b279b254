/*
 * Trains the named-entity recognizer on CoNLL-2003 and writes resources/ner/model.bin.gz.
 *   npm run train:ner -- ../shared/data/ner/conll2003 [--epochs 10] [--min-count 1] [--no-gazetteer]
 * The folder must hold train.txt and dev.txt; dev is scored after training (never trained on).
 * Only the weights ship: feature hashes and numbers, no CoNLL text.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { formatScore, NerScorer } from '../eval/ner/score.js';
import { tagsFromSpans } from '../src/ml/index.js';
import { taggedDocuments } from '../src/extract/ner/conll-documents.js';
import { parseConll } from '../src/extract/ner/conll-format.js';
import { Gazetteer, type GazetteerData } from '../src/extract/ner/gazetteer.js';
import { NER_GAZETTEER_FILE, NER_MODEL_FILE, NerRecognizer } from '../src/extract/ner/recognizer.js';
import { trainNer } from '../src/extract/ner/train.js';
import { RESOURCES_DIR } from '../src/paths.js';
import { readInputFile } from './input-error.js';
import { scriptArgs } from './script-cli.js';

const { values, positionals: [dataDir] } = scriptArgs({
  command: 'npm run train:ner --',
  description: 'Trains the named-entity recognizer on CoNLL-2003 (train.txt), scores dev.txt, and writes the model.',
  args: [{ name: 'DIR', path: true, help: 'CoNLL-2003 folder holding train.txt and dev.txt' }],
  options: {
    epochs: { type: 'integer', default: 10, help: 'training passes' },
    'min-count': { type: 'integer', default: 1, help: 'keep features seen at least N times' },
    'no-gazetteer': { type: 'boolean', help: 'train without the gazetteer features' },
    'train-on-dev': { type: 'boolean', help: 'train on train and dev together (dev scores are then no evidence)' },
    out: { type: 'string', value: 'DIR', default: RESOURCES_DIR, help: 'resources folder to write the model to (and read the gazetteer from)' },
  },
});

const read = (name: string) => taggedDocuments(parseConll(readInputFile(dataDir, name)));
const train = read('train.txt');
const dev = read('dev.txt');
const outDir = values.out;
const gazPath = join(outDir, NER_GAZETTEER_FILE);
const gazetteer = !values['no-gazetteer'] && existsSync(gazPath) ? new Gazetteer(JSON.parse(gunzipSync(readFileSync(gazPath)).toString('utf8')) as GazetteerData) : null;
console.log(`train: ${train.length} documents; gazetteer: ${gazetteer ? 'yes' : 'no'}`);

const started = performance.now();
const model = trainNer(values['train-on-dev'] ? [...train, ...dev] : train, {
  epochs: values.epochs,
  minFeatureCount: values['min-count'],
  gazetteer,
  onEpoch: (r) => console.log(`epoch ${r.epoch}: ${r.tokenErrors} token errors of ${r.tokens} (${r.seconds.toFixed(1)} s)`),
  meta: { trainedOn: values['train-on-dev'] ? 'CoNLL-2003 eng.train + eng.testa' : 'CoNLL-2003 eng.train', epochs: values.epochs, minFeatureCount: values['min-count'] },
});
const trainSeconds = (performance.now() - started) / 1000;

const bytes = model.serialize();
const modelPath = join(outDir, NER_MODEL_FILE);
mkdirSync(dirname(modelPath), { recursive: true });
writeFileSync(modelPath, bytes);
console.log(`trained in ${trainSeconds.toFixed(0)} s; wrote ${modelPath} (${(statSync(modelPath).size / 1e6).toFixed(1)} MB, ${model.featureCount} feature rows before pruning)`);

// Score dev with the model as trained and as shipped (after quantization and pruning).
function scoreDev(recognizer: NerRecognizer) {
  const scorer = new NerScorer();
  for (const doc of dev) {
    const spans = recognizer.recognize(doc.sentences.map((s) => s.words));
    doc.sentences.forEach((s, i) => scorer.add(s.tags, tagsFromSpans(spans[i], s.words.length, 'IOB2')));
  }
  return scorer.result();
}
const shipped = NerRecognizer.load(outDir);
console.log(`dev micro F1 before quantization ${(100 * scoreDev(new NerRecognizer(model, gazetteer)).micro.f1).toFixed(2)}; shipped model keeps ${shipped.model.featureCount} rows`);
console.log(formatScore(scoreDev(shipped), 'CoNLL-2003 dev (eng.testa), shipped model'));
