/**
 * Out-of-fold training data for the learned cue boundary chooser (src/extract/quotes/cue-boundary.ts), and
 * its score against the cues as they are, in one pass over the articles (the upstream stages run once per
 * article, the quotes stage once per setting):
 *
 *   npx tsx eval/quotes/cue-boundary.ts DIR [--fold tune:K] [--model FILE] [--filter FILTER.json] --dump OUT.jsonl
 *       one JSON line per kept quote of the attribution scope: its cue's variants (the current cue first),
 *       their features, and whether each is exactly a gold cue (first annotator file, what eval:quotes
 *       scores); with --fold tune:K, the tagger trained on fit:K and a cue filter trained without tenth K the
 *       quotes are out of fold
 *   npx tsx eval/quotes/cue-boundary.ts DIR [--fold tune:K] [--model FILE] [--filter FILTER.json] --boundary CHOOSER.json [--margins 0,0.1,0.2]
 *       exact F1 source / cue / content without the chooser and with it at each margin (default: the
 *       file's), and how many cues it fixed and broke
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Doc } from '../../src/model/doc.js';
import { parseCueFilter } from '../../src/extract/quotes/cue-filter.js';
import { parseCueBoundary, type CueBoundary } from '../../src/extract/quotes/cue-boundary.js';
import { createQuotesStage, type QuotesOptions } from '../../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { FOLD_OPTION, foldFilter, readPolnear, ROLES } from './polnear.js';
import { emptyCounts, roleScore, scoreArticle, type Counts } from './score.js';
import { scriptArgs } from '../../scripts/script-cli.js';

type Choices = Parameters<NonNullable<QuotesOptions['observeCueVariants']>>[0];

function main(argv: string[]): void {
  const { values, positionals: [dir], fail } = scriptArgs({
    command: 'npx tsx eval/quotes/cue-boundary.ts',
    description: 'Out-of-fold cue variants for the learned cue boundary chooser (--dump), or its score (--boundary).',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: {
      fold: FOLD_OPTION,
      model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' },
      filter: { type: 'string', value: 'FILTER.json', path: true, help: 'the cue filter to use instead of the shipped one (for a held-out tenth: one trained without it)' },
      dump: { type: 'string', value: 'OUT.jsonl', help: 'write every kept quote\'s cue variants with features and whether each is exactly a gold cue' },
      boundary: { type: 'string', value: 'CHOOSER.json', path: true, help: 'score the cues without and with this chooser' },
      margins: { type: 'string', value: 'LIST', help: 'with --boundary: margins to score, comma-separated (default: the file\'s)' },
    },
  }, argv);
  if (!values.dump && !values.boundary) fail('give --dump OUT.jsonl or --boundary CHOOSER.json');
  const cueFilter = values.filter ? parseCueFilter(JSON.parse(readFileSync(values.filter, 'utf8')), values.filter) : undefined;
  const settings: { name: string; chooser: CueBoundary | null }[] = [{ name: 'cues as tagged', chooser: null }];
  if (values.boundary) {
    const chooser = parseCueBoundary(JSON.parse(readFileSync(values.boundary, 'utf8')), values.boundary);
    const margins = values.margins ? values.margins.split(',').map(Number) : [chooser.margin];
    if (margins.some((m) => !(m >= 0 && m <= 1))) fail('--margins: each margin must be a number in [0, 1]');
    for (const margin of margins) settings.push({ name: `chooser at ${margin}`, chooser: { ...chooser, margin } });
  }
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold));
  const resources = new Resources();
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const upstream = new Pipeline(DEFAULT_STAGES.slice(0, upTo), resources);
  let observed: Choices = [];
  const runs = settings.map((s) => createQuotesStage({
    scope: 'attribution',
    modelFile: values.model,
    cueFilter,
    cueBoundary: s.chooser,
    // the cue chooser alone (eval/quotes/source-boundary.ts adds the source chooser after it)
    sourceBoundary: null,
    observeCueVariants: (c) => { observed = c; },
  }).create(resources));
  const counts: Counts[] = settings.map(() => emptyCounts());
  const changes = settings.map(() => ({ changed: 0, fixed: 0, broken: 0 }));
  const lines: string[] = [];
  let groups = 0;
  let right = 0;
  let reachable = 0;
  for (const a of articles) {
    const doc = upstream.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    const goldCues = new Set(a.attributions.flatMap((x) => x.cue.map((c) => `${c[0]}:${c[1]}`)));
    const isGold = (c: [number, number]) => goldCues.has(`${c[0]}:${c[1]}`);
    runs.forEach((run, k) => {
      const quotes = run(doc as Readonly<Doc>).quotes ?? [];
      scoreArticle(a.attributions, quotes.filter((q) => !q.partial), doc.entities, counts[k]);
      for (const c of observed) {
        if (c.chosen === 0) continue;
        const was = isGold(c.variants[0].cue);
        const now = isGold(c.variants[c.chosen].cue);
        changes[k].changed++;
        if (!was && now) changes[k].fixed++;
        if (was && !now) changes[k].broken++;
      }
      if (k === 0 && values.dump) {
        for (const c of observed) {
          const labels = c.variants.map((v) => isGold(v.cue));
          groups++;
          if (labels[0]) right++;
          else if (labels.some((l) => l)) reachable++;
          lines.push(JSON.stringify({ article: a.name, variants: c.variants.map((v, i) => ({ cue: v.cue, label: labels[i], features: v.features })) }));
        }
      }
    });
  }
  if (values.dump) {
    writeFileSync(values.dump, lines.join('\n') + '\n');
    console.log(`${groups} kept quotes (${right} right cues; ${reachable} more where a variant is right) from ${articles.length} articles → ${values.dump}`);
  }
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(`PolNeAR ${dir} ${values.fold ?? ''}: ${articles.length} articles; exact F1 (exact hits / predicted)`);
  settings.forEach((s, k) => {
    const c = counts[k];
    const roles = ROLES.map((r) => `${r} ${pct(roleScore(c.roles[r]).exactF1)} (${c.roles[r].exact} / ${c.roles[r].pred})`).join('  ');
    const ch = changes[k];
    const moved = s.chooser ? `  changed ${ch.changed}, fixed ${ch.fixed}, broken ${ch.broken}` : '';
    console.log(`${s.name.padEnd(16)} ${roles}  speaker ${pct(c.speakerMatched ? c.speakerCorrect / c.speakerMatched : 0)} %${moved}`);
  });
}

main(process.argv.slice(2));
