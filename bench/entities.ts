/**
 * Entities-stage benchmark: `npx tsx bench/entities.ts DIR_OR_FILES... [--mb N]`
 *
 * Reads articles.jsonl files (e.g. ../shared/data/tls/timeline17), runs the text stage and then the
 * entities stage (KB matching, resolution, linking) on each article in one thread, and prints the KB load
 * time, the entities stage's own throughput (MB of article text per second) and what it found.
 * The recognizer's spans are not used (its stage is timed by bench:ner), so this is the KB-only path.
 */
import { readFileSync } from 'node:fs';
import { entitiesStage } from '../src/extract/entities/stage.js';
import { emptyDoc } from '../src/model/doc.js';
import { Resources } from '../src/pipeline/resources.js';
import { segment } from '../src/text/segment.js';
import { parseJsonLine } from '../scripts/input-error.js';
import { scriptArgs } from '../scripts/script-cli.js';
import { findArticleFiles } from './article-files.js';

const { values, positionals } = scriptArgs({
  command: 'npm run bench:entities --',
  description: 'Throughput of the entities stage (KB matching, resolution, linking) on real articles, one thread.',
  args: [{ name: 'PATH', many: true, path: true, help: 'folder searched for articles.jsonl files (e.g. ../shared/data/tls/timeline17), or such a file' }],
  options: { mb: { type: 'number', default: 20, help: 'read articles up to this many MB of text' } },
});
const limit = values.mb * 1e6;

const articles: { text: string; published: string }[] = [];
let bytes = 0;
for (const file of positionals.flatMap(findArticleFiles)) {
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim() || bytes >= limit) continue;
    const a = parseJsonLine(file, i, line) as { text: string; published: string };
    articles.push(a);
    bytes += Buffer.byteLength(a.text);
  }
}

let started = performance.now();
const run = entitiesStage.create(new Resources());
const loadMs = performance.now() - started;

// Each pass segments an article (untimed) and then times the entities stage on it alone; three passes,
// because the shared machine's load makes single runs noisy: the median pass is the figure.
const passes: number[] = [];
const cpuPasses: number[] = [];
let entities = 0;
let linked = 0;
let mentions = 0;
const byType = new Map<string, number>();
for (let pass = 0; pass < 3; pass++) {
  let ms = 0;
  let cpuMs = 0;
  articles.forEach((a, i) => {
    const doc = emptyDoc({ id: String(i), published: a.published.slice(0, 10), text: a.text, title: null, source: null, url: null });
    Object.assign(doc, segment(doc.text));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const out = run(doc).entities!;
    const c1 = process.cpuUsage(c0);
    ms += performance.now() - t0;
    cpuMs += (c1.user + c1.system) / 1000;
    if (pass > 0) return;
    entities += out.length;
    for (const e of out) {
      if (e.kb) linked++;
      mentions += e.mentions.length;
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    }
  });
  passes.push(ms);
  cpuPasses.push(cpuMs);
}
const cpuMs = [...cpuPasses].sort((a, b) => a - b)[1];
const ms = [...passes].sort((a, b) => a - b)[1];
console.log(`KB load (create): ${loadMs.toFixed(0)} ms; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
console.log(`${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB: entities stage ${(ms / 1000).toFixed(2)} s = ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (median of 3 passes: ${passes.map((p) => (bytes / 1e6 / (p / 1000)).toFixed(2)).join(', ')} MB/s)`);
console.log(`CPU time of the stage (less sensitive to other processes on the machine): ${(cpuMs / 1000).toFixed(2)} s = ${(bytes / 1e6 / (cpuMs / 1000)).toFixed(2)} MB/s per core`);
console.log(`${entities} entities (${((100 * linked) / Math.max(1, entities)).toFixed(1)}% linked), ${mentions} mentions; by type: ${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
