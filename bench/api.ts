/**
 * API benchmark: `npm run bench:api -- DIR_OR_FILES... [--db FILE] [--connections N] [--seconds S]`
 *
 * Builds a store of the given articles (once: an existing `--db` is reused), starts the real server on a
 * free loopback port and drives it over real HTTP with autocannon: full-text searches for the names the
 * store mentions most, then the timelines of the most mentioned entities. Prints p50/p95/p99 latency per
 * endpoint from every response's own time (not autocannon's coarser percentile buckets).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { findArticleFiles } from './article-files.js';
import { WorkerAnnotator } from '../src/annotate/annotator.js';
import { ingest } from '../src/ingest/ingest-run.js';
import { createServer } from '../src/serve/server.js';
import { openStore } from '../src/store/database.js';
import { scriptArgs } from '../scripts/script-cli.js';

const { values, positionals, fail } = scriptArgs({
  command: 'npm run bench:api --',
  description: 'Latency of the JSON API over real HTTP (searches, timelines) on a store built from the given articles.',
  args: [{ name: 'PATH', many: true, optional: true, path: true, help: 'folder searched for articles.jsonl files, or such a file (needed unless --db holds articles)' }],
  options: {
    db: { type: 'string', value: 'FILE', help: 'the store: built from PATH when new or empty, else reused (default /tmp/dateline-bench-api.db)' },
    connections: { type: 'integer', default: 4, help: 'concurrent connections' },
    seconds: { type: 'number', default: 10, help: 'duration of each run' },
  },
});
if (!positionals.length && !values.db) fail('give articles to build the store from, or --db');
const dbPath = values.db ?? '/tmp/dateline-bench-api.db';
const connections = values.connections;
const seconds = values.seconds;

const fresh = !existsSync(dbPath);
const db = openStore(dbPath);
if (fresh || (db.prepare('SELECT count(*) FROM articles').pluck().get() as number) === 0) {
  const files = positionals.flatMap(findArticleFiles);
  console.log(`building ${dbPath} from ${files.length} file(s)…`);
  const annotator = new WorkerAnnotator(availableParallelism());
  const summary = await ingest(db, files, annotator, {});
  await annotator.close();
  console.log(`stored ${summary.stored} articles in ${summary.seconds.toFixed(0)} s`);
}
const articleCount = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;

// What users look for: the most mentioned entities, by their last name word for search, by id for timelines.
const top = db.prepare('SELECT id, name FROM entities ORDER BY mention_count DESC LIMIT 50').all() as Array<{ id: number; name: string }>;
const searchPaths = [...new Set(top.map((e) => e.name.split(/\s+/).pop()!.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length > 2))]
  .map((word) => `/api/articles?q=${encodeURIComponent(word)}`);
const timelinePaths = top.map((e) => `/api/entities/${e.id}/timeline`);

const app = await createServer({ db, host: '127.0.0.1' });
const url = await app.listen({ host: '127.0.0.1', port: 0 });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(label: string, paths: string[]): Promise<void> {
  const times: number[] = [];
  let errors = 0;
  await new Promise<void>((resolve, reject) => {
    const options = { url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET' as const, path })) };
    const instance = autocannon(options, (error) => (error ? reject(error) : resolve()));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status !== 200) errors++;
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  const line = [`p50 ${percentile(times, 50).toFixed(1)} ms`, `p95 ${percentile(times, 95).toFixed(1)} ms`, `p99 ${percentile(times, 99).toFixed(1)} ms`];
  console.log(`${label.padEnd(16)} ${String(times.length).padStart(6)} requests (${paths.length} distinct), ${(times.length / seconds).toFixed(0)} req/s, ${line.join(', ')}, non-200: ${errors}`);
}

console.log(`store: ${articleCount} articles; ${connections} connection(s), ${seconds} s per endpoint; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await measure('search', searchPaths);
await measure('entity timeline', timelinePaths);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await app.close();
db.close();
