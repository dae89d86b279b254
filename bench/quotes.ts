/**
 * Throughput of the quotes and claims stages on one core:
 *   npm run bench:quotes -- <folder of .txt files | PolNeAR compartment | .jsonl file> [--repeat N] [--dump FILE]
 * Upstream layers (tokens, sentences, entities, timexes, …) are computed first and not timed; the figure is
 * the text size divided by the time the quotes and claims stages take (wall time, and CPU time, which a
 * busy machine disturbs less). `--dump FILE` writes every article's quotes and claims as one JSON line: a
 * speed change must leave that file byte-identical (`cmp` the dumps of two checkouts).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDoc, type Doc } from '../src/model/doc.js';
import type { Article } from '../src/model/article.js';
import { DEFAULT_STAGES } from '../src/pipeline/default-pipeline.js';
import { Resources } from '../src/pipeline/resources.js';
import { parseJsonLine } from '../scripts/input-error.js';
import { scriptArgs } from '../scripts/script-cli.js';

function readArticles(path: string): Article[] {
  const make = (id: string, text: string, published = '2024-01-01'): Article => ({ id, published, title: null, source: null, url: null, text });
  if (statSync(path).isFile()) {
    const lines = readFileSync(path, 'utf8').split('\n');
    const objects = lines.flatMap((line, n) => (line.trim() ? [parseJsonLine(path, n, line) as { id?: string; published?: string; text: string }] : []));
    return objects.map((o, i) => make(o.id ?? String(i), o.text, o.published?.slice(0, 10)));
  }
  const textDir = statSync(join(path, 'text'), { throwIfNoEntry: false })?.isDirectory() ? join(path, 'text') : path;
  return readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    let text = readFileSync(join(textDir, f), 'utf8');
    let published = /(\d{4}-\d{2}-\d{2})/.exec(f)?.[1] ?? '2024-01-01';
    const header = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(text);
    if (header) { published = header[1]; text = text.slice(header[0].length); }
    return make(f, text, published);
  });
}

function main(argv: string[]): void {
  const { values, positionals: [path] } = scriptArgs({
    command: 'npm run bench:quotes --',
    description: 'Throughput of the quotes and claims stages on one core (upstream layers computed first, not timed).',
    args: [{ name: 'PATH', path: true, help: 'folder of .txt files, PolNeAR compartment, or .jsonl file of articles' }],
    options: {
      repeat: { type: 'integer', default: 3, help: 'timed passes; the best is reported' },
      dump: { type: 'string', value: 'FILE', help: "write every article's quotes and claims as JSON lines (to cmp two checkouts)" },
    },
  }, argv);
  const repeat = values.repeat;
  const articles = readArticles(path);
  const resources = new Resources();
  const timed = new Set(['quotes', 'claims']);
  const upstream = DEFAULT_STAGES.filter((s) => s.name !== 'events' && !timed.has(s.name)).map((s) => ({ s, run: s.create(resources) }));
  const measured = DEFAULT_STAGES.filter((s) => timed.has(s.name)).map((s) => ({ s, run: s.create(resources) }));
  const docs: Doc[] = articles.map((a) => {
    const doc = emptyDoc(a);
    for (const { s, run } of upstream) Object.assign(doc, run(doc));
    return doc;
  });
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  let best = Infinity;
  let bestCpu = Infinity;
  let quotes = 0;
  let claims = 0;
  for (let r = 0; r < repeat; r++) {
    quotes = 0;
    claims = 0;
    // A fresh tokens array per pass, as a new article has: what the stages keep per tokens layer
    // (`lowerWords`) is then computed in every pass, not only in the first.
    for (const doc of docs) doc.tokens = doc.tokens.slice();
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const doc of docs) {
      for (const { run } of measured) Object.assign(doc, run(doc));
      quotes += doc.quotes.length;
      claims += doc.claims.length;
    }
    best = Math.min(best, (performance.now() - started) / 1000);
    const cpu = process.cpuUsage(cpuStarted);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
  console.log(`${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB (${chars} chars); ${quotes} quotes, ${claims} claims`);
  console.log(`quotes+claims: best of ${repeat}: ${best.toFixed(2)} s = ${(bytes / 1e6 / best).toFixed(2)} MB/s on one core`);
  // On a shared machine wall time counts the waits for a core; CPU time (user + system) does not.
  console.log(`quotes+claims CPU time: best of ${repeat}: ${bestCpu.toFixed(2)} s = ${(bytes / 1e6 / bestCpu).toFixed(2)} MB/s of CPU`);
  if (values.dump !== undefined) {
    const lines = docs.map((d) => JSON.stringify({ id: d.article.id, quotes: d.quotes, claims: d.claims }));
    writeFileSync(values.dump, lines.join('\n') + '\n');
    console.log(`quotes and claims written to ${values.dump}`);
  }
}

main(process.argv.slice(2));
