/*
 * Trains the POS tagger and the chunker from the POS and chunk columns of CoNLL-2003 and writes
 * resources/syntax/{pos,chunk}.bin.gz; then scores dev (chunks from predicted POS tags).
 *   npx tsx scripts/train-syntax.ts ../shared/data/ner/conll2003 [--epochs 8]
 * With --eval-only it only scores the models already in the resources folder on dev.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NerScorer, formatScore } from '../eval/ner/score.js';
import { convertTags } from '../src/ml/index.js';
import { parseConll } from '../src/extract/ner/conll-format.js';
import { CHUNK_MODEL_FILE, POS_MODEL_FILE, SyntaxTagger } from '../src/extract/syntax/tagger.js';
import { trainChunker, trainPosTagger, type SyntaxSentence } from '../src/extract/syntax/train.js';
import { RESOURCES_DIR } from '../src/paths.js';
import { readInputFile } from './input-error.js';
import { scriptArgs } from './script-cli.js';

const { values, positionals: [dataDir] } = scriptArgs({
  command: 'npx tsx scripts/train-syntax.ts',
  description: 'Trains the POS tagger and the chunker on CoNLL-2003 (train.txt) and scores dev.txt.',
  args: [{ name: 'DIR', path: true, help: 'CoNLL-2003 folder holding train.txt and dev.txt' }],
  options: {
    epochs: { type: 'integer', default: 8, help: 'training passes' },
    out: { type: 'string', value: 'DIR', default: RESOURCES_DIR, help: 'resources folder to write the models to (and score from)' },
    'eval-only': { type: 'boolean', help: 'only score the models already in --out on dev' },
  },
});
const read = (name: string): SyntaxSentence[] =>
  parseConll(readInputFile(dataDir, name)).documents.flatMap((d) =>
    d.sentences.map((s) => ({ words: s.rows.map((r) => r[0]), pos: s.rows.map((r) => r[1]), chunks: s.rows.map((r) => r[2]) })),
  );
const dev = read('dev.txt');
if (!values['eval-only']) {
  const train = read('train.txt');
  const epochs = values.epochs;
  const log = (name: string) => (r: { epoch: number; tokenErrors: number; tokens: number; seconds: number }) => console.log(`${name} epoch ${r.epoch}: ${r.tokenErrors} errors / ${r.tokens} (${r.seconds.toFixed(1)} s)`);
  const meta = { trainedOn: 'CoNLL-2003 eng.train (POS and chunk columns)', epochs };
  const pos = trainPosTagger(train, { epochs, onEpoch: log('pos'), meta });
  const chunk = trainChunker(train, { epochs, onEpoch: log('chunk'), meta });
  for (const [file, model] of [[POS_MODEL_FILE, pos], [CHUNK_MODEL_FILE, chunk]] as const) {
    const path = join(values.out, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, model.serialize());
    console.log(`wrote ${path} (${(statSync(path).size / 1e6).toFixed(2)} MB)`);
  }
}

const tagger = SyntaxTagger.load(values.out);
let correct = 0;
let total = 0;
const chunkScore = new NerScorer();
const started = performance.now();
for (const s of dev) {
  const tagged = tagger.tag(s.words);
  tagged.pos.forEach((p, i) => (correct += p === s.pos[i] ? 1 : 0));
  total += s.words.length;
  chunkScore.add(convertTags(s.chunks, 'IOB2'), tagged.chunks);
}
const seconds = (performance.now() - started) / 1000;
console.log(`dev POS accuracy ${((100 * correct) / total).toFixed(2)}% over ${total} tokens; POS + chunks at ${Math.round(total / seconds)} tokens/s`);
console.log(formatScore(chunkScore.result(), 'dev chunks (from predicted POS)'));
