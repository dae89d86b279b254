/*
 * Recognizer speed beside `compromise`, on the same tokens, one core.
 *   npm run bench:ner -- [../shared/data/ner/conll2003/dev.txt] [--repeat 3] [--skip-compromise]
 * Ours: features + decoding per document (CoNLL tokens given, as in `dateline ner`), after one warm-up
 * pass. Also times the `ner` pipeline stage on raw text (tokenizer not included) and POS + chunks.
 * compromise: its people/places/organizations over the same documents joined into text.
 */
import { readFileSync } from 'node:fs';
import { compromiseTags } from '../eval/ner/compromise-tagger.js';
import { parseConll } from '../src/extract/ner/conll-format.js';
import { NerRecognizer } from '../src/extract/ner/recognizer.js';
import { SyntaxTagger } from '../src/extract/syntax/tagger.js';
import { RESOURCES_DIR } from '../src/paths.js';
import { scriptArgs } from '../scripts/script-cli.js';

const { values, positionals: [path] } = scriptArgs({
  command: 'npm run bench:ner --',
  description: 'Recognizer speed (and POS + chunks, and the ner stage) beside compromise on the same tokens, one core.',
  args: [{ name: 'FILE', optional: true, path: true, default: '../shared/data/ner/conll2003/dev.txt', help: 'CoNLL file whose tokens are tagged' }],
  options: {
    repeat: { type: 'integer', default: 3, help: 'timed passes after one warm-up pass' },
    'skip-compromise': { type: 'boolean', help: 'leave compromise out' },
  },
});
const repeat = values.repeat;
const docs = parseConll(readFileSync(path, 'utf8')).documents.map((d) => d.sentences.map((s) => s.rows.map((r) => r[0])));
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

/** Tokens per second of wall time, and of this process's CPU time (steadier on a shared machine). */
function time(label: string, passes: number, run: () => void): number {
  run(); // warm-up: JIT and word caches
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let k = 0; k < passes; k++) run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rate = (tokens * passes) / seconds;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US').padStart(10);
  console.log(`${label.padEnd(34)} ${fmt(rate)} tokens/s wall, ${fmt((tokens * passes) / cpuSeconds)} tokens/s CPU  (${tokens} tokens × ${passes})`);
  return rate;
}

const loadStarted = performance.now();
const recognizer = NerRecognizer.load(RESOURCES_DIR);
console.log(`NER model load: ${(performance.now() - loadStarted).toFixed(0)} ms`);
time('dateline ner (features + Viterbi)', repeat, () => {
  for (const d of docs) recognizer.recognize(d);
});
const syntax = SyntaxTagger.load(RESOURCES_DIR);
time('dateline pos + chunks', repeat, () => {
  for (const d of docs) for (const s of d) syntax.tag(s);
});
if (!values['skip-compromise']) {
  await compromiseTags([['warm']]);
  const started = performance.now();
  for (const d of docs) await compromiseTags(d);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${'compromise people/places/orgs'.padEnd(34)} ${Math.round(tokens / seconds).toLocaleString('en-US').padStart(10)} tokens/s  (${tokens} tokens × 1)`);
}
