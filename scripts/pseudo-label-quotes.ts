/**
 * Tags unlabelled news with the attribution scope of the quotes stage and writes what it finds as training
 * articles for `train:quotes --pseudo` (self-training: the tagger learns from its own pipeline's output on
 * text no one annotated, docs/quotes-and-claims.md, "Self-training on unlabelled news"):
 *
 *   npx tsx scripts/pseudo-label-quotes.ts ../shared/data/tls/timeline17 --out /tmp/pseudo.jsonl [--model FILE] [--filter FILE|none] [--choosers shipped|none] [--every N] [--limit N]
 *
 * `--model`, `--filter` and `--out` may be repeated (the same number of each) to label the same articles
 * with several taggers in one pass, the upstream stages running once per article: one fold tagger and its
 * fold filter per held-out tenth, so that no tenth's own gold reaches the labels it will be scored against.
 *
 * One JSON line per article: `name`, `published`, `text` and `attributions` (each with `source`, `cue` and
 * `content` fragments as [start, end] offsets into `text`, PolNeAR's shape). The article text is copied, so
 * the output stays outside the repository (it is corpus text, not weights).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Doc } from '../src/model/doc.js';
import type { Quote } from '../src/model/layers.js';
import { parseCueFilter } from '../src/extract/quotes/cue-filter.js';
import { createQuotesStage } from '../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../src/pipeline/default-pipeline.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { Resources } from '../src/pipeline/resources.js';
import { findArticleFiles } from '../bench/article-files.js';
import type { GoldAttribution } from '../eval/quotes/polnear.js';
import { InputError, parseJsonLine } from './input-error.js';
import { scriptArgs } from './script-cli.js';

interface UnlabelledArticle {
  id: string;
  published: string;
  text: string;
}

/** Every article of the articles.jsonl files under `path`, in file order; a bad line names its file and line. */
function readUnlabelled(path: string): UnlabelledArticle[] {
  return findArticleFiles(path).flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
      if (!line.trim()) return [];
      const row = (parseJsonLine(file, i, line) ?? {}) as Partial<UnlabelledArticle>;
      if (typeof row.text !== 'string' || typeof row.published !== 'string') throw new InputError(`${file}:${i + 1}: needs "text" and "published"`);
      return [{ id: String(row.id ?? `${file}:${i + 1}`), published: row.published.slice(0, 10), text: row.text }];
    }),
  );
}

/** A quote in PolNeAR's shape; a partial quote repeats its clause's attribution, so it is left out (as the scorer does). */
function asAttribution(q: Quote, k: number): GoldAttribution | null {
  if (q.partial || !q.cue) return null;
  return { id: `P${k}`, source: q.source ? [q.source] : [], cue: [q.cue], content: q.contentParts ?? [q.content] };
}

function main(argv: string[]): void {
  const { values, positionals: [path], fail } = scriptArgs({
    command: 'npx tsx scripts/pseudo-label-quotes.ts',
    description: "Tags unlabelled articles with the quotes stage's attribution scope and writes them as training articles for train:quotes --pseudo.",
    args: [{ name: 'PATH', path: true, help: 'folder searched for articles.jsonl files (e.g. ../shared/data/tls/timeline17), or such a file' }],
    options: {
      out: { type: 'string', value: 'FILE', required: true, multiple: true, help: 'where the JSON lines go (one per --model)' },
      model: { type: 'string', value: 'FILE', path: true, multiple: true, help: 'attribution tagger weights to use instead of the shipped ones (for a held-out tenth: one trained without it)' },
      filter: { type: 'string', value: 'FILE|none', multiple: true, help: 'cue filter to use instead of the shipped one (one per --model); none for the hand filters' },
      choosers: { type: 'string', choices: ['shipped', 'none'], default: 'shipped', help: 'with or without the learned cue and source boundary choosers' },
      every: { type: 'integer', default: 1, help: 'take every Nth article (1: all)' },
      offset: { type: 'integer', default: 0, help: 'with --every: start at the Kth article' },
      limit: { type: 'integer', help: 'stop after N articles' },
      'line-paragraphs': { type: 'boolean', help: 'make every line a paragraph by writing a blank line after each; the pipeline itself already ends paragraphs at single line breaks unless the text looks hard-wrapped (src/text/paragraph-breaks.ts), so this only forces it for every line, also a line going on in lower case' },
    },
  }, argv);
  const outs = values.out;
  const models = values.model?.length ? values.model : [undefined];
  const filters = values.filter?.length ? values.filter : [undefined];
  if (models.length !== outs.length) fail(`give one --out per --model (${models.length} models, ${outs.length} outputs)`);
  if (filters.length !== 1 && filters.length !== models.length) fail(`give one --filter, or one per --model (${models.length} models, ${filters.length} filters)`);
  // Checked before any work: a wrong filter or output folder would otherwise end the run after every article is tagged.
  for (const f of filters) if (f !== undefined && f !== 'none' && !existsSync(f)) fail(`--filter: ${f} does not exist`);
  for (const o of outs) if (!existsSync(dirname(resolve(o)))) fail(`--out: the folder of ${o} does not exist`);
  const cueFilters = filters.map((f) => {
    if (f === undefined || f === 'none') return f === 'none' ? null : undefined;
    try {
      return parseCueFilter(JSON.parse(readFileSync(f, 'utf8')), f);
    } catch (error) {
      return fail(`--filter: ${f}: ${(error as Error).message}`);
    }
  });
  const noChoosers = values.choosers === 'none' ? { cueBoundary: null, sourceBoundary: null } : {};
  const every = Math.max(1, values.every);
  const articles = readUnlabelled(path).filter((_, i) => i % every === values.offset % every).slice(0, values.limit ?? Infinity);
  const resources = new Resources();
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const upstream = new Pipeline(DEFAULT_STAGES.slice(0, upTo), resources);
  const runs = models.map((modelFile, k) => {
    const cueFilter = cueFilters[cueFilters.length === 1 ? 0 : k];
    return { quotesOf: createQuotesStage({ scope: 'attribution', modelFile, cueFilter, ...noChoosers }).create(resources), lines: [] as string[], attributions: 0 };
  });
  const started = Date.now();
  const asParagraphs = (text: string) => (values['line-paragraphs'] ? text.replace(/\n+/g, '\n\n') : text);
  articles.forEach((a, n) => {
    const text = asParagraphs(a.text);
    const doc = upstream.annotate({ id: a.id, published: a.published, title: null, source: null, url: null, text });
    for (const run of runs) {
      const found = (run.quotesOf(doc as Readonly<Doc>).quotes ?? []).flatMap((q, k) => asAttribution(q, k) ?? []);
      run.attributions += found.length;
      run.lines.push(JSON.stringify({ name: a.id, published: a.published, text, attributions: found }));
    }
    if ((n + 1) % 200 === 0) process.stderr.write(`${n + 1} / ${articles.length} articles, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  });
  runs.forEach((run, k) => {
    writeFileSync(outs[k], run.lines.join('\n') + '\n');
    console.log(`${articles.length} articles, ${run.attributions} attributions → ${outs[k]}`);
  });
}

main(process.argv.slice(2));
