/**
 * Ingest benchmark: `npm run bench:ingest -- DIR_OR_FILES... [--workers N] [--keep DB]`
 *
 * Ingests every articles.jsonl found under the given folders (or the given files) into a fresh database
 * with the real CLI code path (reader → worker pool → store) and prints MB/s of article text, articles/s
 * and peak memory. Then annotates a sample in one thread with per-stage timings, so each stage knows its
 * share of the end-to-end budget (1.0 MB/s on 2 cores with all stages in).
 */
import { rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findArticleFiles } from './article-files.js';
import { WorkerAnnotator } from '../src/annotate/annotator.js';
import { ingest } from '../src/ingest/ingest-run.js';
import { readFile } from '../src/ingest/read-file.js';
import { createDefaultPipeline } from '../src/pipeline/default-pipeline.js';
import { openStore } from '../src/store/database.js';
import { scriptArgs } from '../scripts/script-cli.js';

const { values, positionals } = scriptArgs({
  command: 'npm run bench:ingest --',
  description: 'Ingests articles into a fresh database through the real code path, then times each stage on a sample.',
  args: [{ name: 'PATH', many: true, path: true, help: 'folder searched for articles.jsonl files (e.g. ../shared/data/tls/timeline17), or such a file' }],
  options: {
    workers: { type: 'integer', help: 'worker threads (default one per core)' },
    keep: { type: 'string', value: 'DB', help: 'write the database here and keep it (default a temporary file)' },
    sample: { type: 'integer', default: 300, help: 'articles in the per-stage timing sample' },
  },
});

const files = positionals.flatMap(findArticleFiles);
const dbPath = values.keep ?? join(tmpdir(), `dateline-bench-${process.pid}.db`);
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
const workers = values.workers ?? availableParallelism();

const db = openStore(dbPath);
const annotator = new WorkerAnnotator(workers);
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const summary = await ingest(db, files, annotator, {});
clearInterval(sampler);
await annotator.close();
db.close();
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

const mb = summary.textBytes / 1e6;
console.log(`input: ${files.length} file(s), ${summary.stored} new articles, ${summary.duplicates} duplicate, ${summary.failed} failed`);
console.log(`end to end: ${mb.toFixed(1)} MB of text in ${summary.seconds.toFixed(1)} s = ${(mb / summary.seconds).toFixed(2)} MB/s, ${(summary.stored / summary.seconds).toFixed(0)} articles/s (${workers} worker threads)`);
console.log(`peak memory (RSS, all threads): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

// Where the time goes: each stage alone, in this thread, on a sample.
const sampleSize = values.sample;
const sample = files.flatMap((f) => readFile(f).articles).slice(0, sampleSize);
const pipeline = createDefaultPipeline();
const timings = new Map<string, number>();
const sampleBytes = sample.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
pipeline.annotate(sample[0]); // warm up
const started = performance.now();
for (const article of sample) pipeline.annotate(article, timings);
const total = performance.now() - started;
console.log(`\nper stage, one thread, ${sample.length} articles (${(sampleBytes / 1e6).toFixed(2)} MB):`);
for (const [stage, ms] of timings) console.log(`  ${stage.padEnd(10)} ${ms.toFixed(0).padStart(7)} ms  ${((sampleBytes / 1e6) / (ms / 1000)).toFixed(2).padStart(8)} MB/s  ${((ms / total) * 100).toFixed(1).padStart(5)}%`);
console.log(`  ${'all'.padEnd(10)} ${total.toFixed(0).padStart(7)} ms  ${((sampleBytes / 1e6) / (total / 1000)).toFixed(2).padStart(8)} MB/s`);
if (!values.keep) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
