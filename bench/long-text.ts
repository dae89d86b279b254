/**
 * Broken-text benchmark: `npm run bench:long-text -- 'killed 5 ' ['Putin said ' …] [--sizes 50000,100000,200000]`
 *
 * Articles are untrusted, and a scraped page can be one endless "sentence" (a list with no full stop) or a
 * run of marks, cues or counts. For each unit given, annotates 'Start. ' + the unit repeated to each size with
 * the default pipeline and prints every stage's time: a stage whose time grows faster than the text (about
 * 4× for 2× the text) has a quadratic search left in it. The tests `*long-text*` and `long-sentence` hold the
 * fixed cases under generous bounds; this prints the figures.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_STAGES } from '../src/pipeline/default-pipeline.js';
import { Pipeline } from '../src/pipeline/pipeline.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sizes: { type: 'string', default: '50000,100000,200000' } } });
const sizes = values.sizes.split(',').map(Number);
if (!positionals.length || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error("usage: npm run bench:long-text -- UNIT... [--sizes 50000,100000,200000]   (e.g. 'killed 5 ' 'Putin said ')");
  process.exit(2);
}
const pipeline = new Pipeline(DEFAULT_STAGES);
// Loads the models and compiles the stages before anything is timed.
pipeline.annotate({ id: 'warm', published: '2024-08-13', title: null, source: null, url: null, text: 'Putin met Abbas in Moscow on Monday, the Kremlin said.' });
for (const unit of positionals) {
  console.log(`${JSON.stringify(unit)}:`);
  for (const size of sizes) {
    const text = 'Start. ' + unit.repeat(Math.ceil(size / unit.length));
    const timings = new Map<string, number>();
    pipeline.annotate({ id: 'long', published: '2024-08-13', title: null, source: null, url: null, text }, timings);
    const total = [...timings.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${String(size).padStart(8)} chars  total ${total.toFixed(0).padStart(6)} ms  ${[...timings].map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`).join(', ')}`);
  }
}
