/**
 * Draws a new batch of the hand-annotated news sample: a fixed-seed random pick of articles from the three
 * sources that no earlier batch holds, written out as plain text files for the annotators (who work from
 * `GUIDELINES.md` alone), with a `picks.jsonl` naming each article's source, key and publication date.
 *
 *   npm run draw:timex-news -- ../shared/data 6 --out /tmp/batch6
 *
 * The seed is the batch number, so a batch can be drawn again and checked: batch 5 was drawn with
 * `--range guardian=800-5000 --range polnear=800-5000` (those two sources had run out of 1,200–3,500-character
 * articles). Batches 1–4 were drawn before this script, with the same sizes and their own seeds. When a source has
 * run out, `--count SOURCE=N` draws fewer from it (batch 11: `--count polnear=4 --count guardian=10 --count
 * timeline17=10`; batch 12, with PolNeAR's development set used up: `--range guardian=800-5000 --count polnear=0
 * --count guardian=12 --count timeline17=12`; batch 13 the same with its own number). `--exclude FILE` keeps out
 * the articles a review has already read (batches 14 and 15: `--range guardian=100-200000 --count polnear=0 --count
 * guardian=10 --count timeline17=14 --exclude FILE`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsArticles, type NewsSource } from './articles.js';
import { drawBatch, excludedKeys } from './draw-batch.js';
import { readGoldLines } from './gold.js';
import { scriptArgs } from '../../../scripts/script-cli.js';
import { InputError } from '../../../scripts/input-error.js';

const { values, positionals: [dataRoot, batchArg] } = scriptArgs({
  command: 'npm run draw:timex-news --',
  description: 'Draws a new batch of articles for the hand-annotated news sample (fixed seed: the batch number).',
  args: [
    { name: 'DATA_DIR', path: true, help: 'the shared data folder, e.g. ../shared/data' },
    { name: 'BATCH', help: 'the batch number (also the seed); articles of earlier batches are never drawn again' },
  ],
  options: {
    out: { type: 'string', value: 'DIR', required: true, help: 'folder for the texts and picks.jsonl' },
    'per-source': { type: 'integer', default: 8, help: 'articles to draw from each source' },
    range: { type: 'string', value: 'SOURCE=MIN-MAX', multiple: true, pattern: /^(guardian|polnear|timeline17)=\d+-\d+$/, help: 'article length in characters for one source (default 1200-3500)' },
    count: { type: 'string', value: 'SOURCE=N', multiple: true, pattern: /^(guardian|polnear|timeline17)=\d+$/, help: 'articles to draw from one source instead of --per-source (for a source that has run out)' },
    exclude: { type: 'string', value: 'FILE', path: true, help: 'never draw the articles listed in FILE, one SOURCE:KEY a line (those a review has already read)' },
  },
});

const batch = Number(batchArg);
if (!Number.isInteger(batch) || batch < 1) throw new InputError(`BATCH must be a whole number from 1, not ${JSON.stringify(batchArg)}`);

const ranges = new Map<NewsSource, [number, number]>();
for (const r of values.range ?? []) {
  const [source, span] = r.split('=');
  const [min, max] = span.split('-').map(Number);
  ranges.set(source as NewsSource, [min, max]);
}

const counts = new Map<NewsSource, number>();
for (const c of values.count ?? []) {
  const [source, n] = c.split('=');
  counts.set(source as NewsSource, Number(n));
}

const earlier = new Set(readGoldLines().filter((l) => l.batch < batch).map((l) => `${l.source}\t${l.key}`));
// articles a review has read are as good as seen: they are kept out the same way
if (values.exclude) for (const key of excludedKeys(readFileSync(values.exclude, 'utf8'), values.exclude)) earlier.add(key);
const picks = drawBatch((source) => newsArticles(dataRoot, [source]), { batch, perSource: values['per-source'], earlier, ranges, counts })
  .map((a) => ({ ...a, id: `${a.source}-${a.key}`.replace(/[^A-Za-z0-9_.-]/g, '_') }));

mkdirSync(values.out, { recursive: true });
for (const p of picks) writeFileSync(join(values.out, `${p.id}.txt`), p.text);
writeFileSync(join(values.out, 'picks.jsonl'), picks.map((p) => JSON.stringify({ id: p.id, source: p.source, key: p.key, published: p.published, chars: p.text.length })).join('\n') + '\n');
console.log(`batch ${batch}: ${picks.length} articles written to ${values.out}`);
for (const p of picks) console.log(`  ${p.id}  ${p.published}  ${p.text.length} characters`);
