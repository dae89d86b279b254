/**
 * Broken-text benchmark: `npm run bench:long-text -- 'killed 5 ' ['Putin said ' …] [--sizes 50000,100000,200000]`
 *
 * Articles are untrusted, and a scraped page can be one endless "sentence" (a list with no full stop) or a
 * run of marks, cues or counts. For each unit given, annotates 'Start. ' + the unit repeated to each size with
 * the default pipeline and prints every stage's time: a stage whose time grows faster than the text (about
 * 4× for 2× the text) has a quadratic search left in it. The tests `*long-text*` and `long-sentence` hold the
 * fixed cases under generous bounds; this prints the figures.
 */
import { DEFAULT_STAGES } from '../src/pipeline/default-pipeline.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { scriptArgs } from '../scripts/script-cli.js';

const { values, positionals, fail } = scriptArgs({
  command: 'npm run bench:long-text --',
  description: "Every stage's time on 'Start. ' + UNIT repeated to each size: a stage growing faster than the text has a quadratic search.",
  args: [{ name: 'UNIT', many: true, help: "text repeated into one endless sentence, e.g. 'killed 5 ' 'Putin said '" }],
  options: { sizes: { type: 'string', value: 'N,N,…', default: '50000,100000,200000', help: 'text sizes in characters' } },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) fail(`--sizes takes whole numbers above 0, not '${values.sizes}'`);
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
