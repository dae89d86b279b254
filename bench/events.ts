/**
 * Events benchmark: `npm run bench:events -- [../shared/data/tls/timeline17] [--sample N]`
 *
 * Annotates a sample of real news articles in one thread (one core) with the default pipeline and prints
 * the throughput of the events stage alone and of the events stage together with its syntactic layer
 * (the `syntax` stage: POS tags and chunks), in MB of article text per second. Goal: ≥ 1 MB/s.
 *
 * `--passes N` (default 2) runs the sample N times and prints each pass: the first pass carries the JIT
 * compilation of the stage's code (V8 compiles on background threads, which the CPU time counts), later
 * passes show the rate a long ingest settles at.
 */
import { readFile } from '../src/ingest/read-file.js';
import { findArticleFiles } from './article-files.js';
import { DEFAULT_STAGES } from '../src/pipeline/default-pipeline.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { Resources } from '../src/pipeline/resources.js';
import { eventsStage } from '../src/extract/events/stage.js';
import { syntaxStage } from '../src/extract/syntax/stage.js';
import { scriptArgs } from '../scripts/script-cli.js';

const { values, positionals: [root] } = scriptArgs({
  command: 'npm run bench:events --',
  description: 'Throughput of the events stage, alone and with its syntax layer, on a sample of real articles, one core.',
  args: [{ name: 'PATH', optional: true, path: true, default: '../shared/data/tls/timeline17', help: 'folder searched for articles.jsonl files, or such a file' }],
  options: {
    sample: { type: 'integer', default: 1000, help: 'articles in the sample' },
    passes: { type: 'integer', default: 2, help: 'runs over the sample, each printed (the first carries the JIT compilation)' },
  },
});

const sampleSize = values.sample;
const articles = [];
for (const file of findArticleFiles(root)) {
  for (const a of readFile(file).articles) {
    articles.push(a);
    if (articles.length >= sampleSize) break;
  }
  if (articles.length >= sampleSize) break;
}
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const mb = bytes / 1e6;

// The upstream stages run first; then the syntax and events stages are timed on their own, by wall clock
// and by this process's CPU time (the machine is shared, so CPU time is the steadier figure for one core).
const upstream = new Pipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events'));
const docs = articles.map((a) => upstream.annotate(a));
const resources = new Resources();
const syntax = syntaxStage.create(resources);
const events = eventsStage.create(resources);
events(docs[0]); // warm up: the lexicons load once per process

function time(fn: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  fn();
  const cpu = process.cpuUsage(cpu0);
  return { wall: performance.now() - wall0, cpu: (cpu.user + cpu.system) / 1000 };
}

const passes = Math.max(1, values.passes);
const rate = (ms: number) => (ms > 0 ? (mb / (ms / 1000)).toFixed(2) : '∞');
for (let pass = 1; pass <= passes; pass++) {
  let count = 0;
  const eventsTime = time(() => { for (const d of docs) count += events(d).events!.length; });
  const syntaxTime = time(() => { for (const d of docs) syntax(d); });
  const label = pass === 1 ? 'pass 1 (cold: includes JIT compilation)' : `pass ${pass} (warm)`;
  if (pass === 1) console.log(`sample: ${articles.length} articles, ${mb.toFixed(2)} MB of text, ${count} events (${(count / articles.length).toFixed(1)} per article)`);
  console.log(label);
  console.log(`  events stage alone:     ${rate(eventsTime.cpu)} MB/s by CPU time (${eventsTime.cpu.toFixed(0)} ms), ${rate(eventsTime.wall)} MB/s by wall clock`);
  const both = { cpu: eventsTime.cpu + syntaxTime.cpu, wall: eventsTime.wall + syntaxTime.wall };
  console.log(`  events + syntax stages: ${rate(both.cpu)} MB/s by CPU time (${both.cpu.toFixed(0)} ms), ${rate(both.wall)} MB/s by wall clock`);
}
