/**
 * What eval/quotes/cue-boundary.ts and eval/quotes/source-boundary.ts share: one pass over PolNeAR articles
 * (the upstream stages once per article, the quotes stage once per setting) that dumps the out-of-fold
 * variants of the kept quotes' cues or sources with their gold labels (--dump), and scores the span as it is
 * against a learned boundary chooser at each margin (--boundary), with how many spans it fixed and broke.
 */
import { writeFileSync } from 'node:fs';
import type { Doc } from '../../src/model/doc.js';
import type { Span } from '../../src/model/span.js';
import type { BoundaryChooser } from '../../src/extract/quotes/boundary-choice.js';
import { parseCueFilter } from '../../src/extract/quotes/cue-filter.js';
import { parseCueBoundary } from '../../src/extract/quotes/cue-boundary.js';
import { parseSourceBoundary } from '../../src/extract/quotes/source-boundary.js';
import { createQuotesStage, type QuotesOptions } from '../../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { readModelFile } from './fold-models.js';
import { FOLD_OPTION, foldFilter, readPolnear, ROLES } from './polnear.js';
import { addCounts, emptyCounts, roleScore, scoreArticle, type Counts } from './score.js';
import { scriptArgs } from '../../scripts/script-cli.js';

/** The role whose boundaries are chosen: the cue chooser runs alone, the source chooser after the cue chooser. */
export type BoundaryRole = 'cue' | 'source';

/** One kept span's variants (the current span first) as the stage observed them, and the one chosen. */
interface Observed {
  variants: { span: Span; features: string[] }[];
  chosen: number;
}

/** The quotes-stage options that run `chooser` for `role` and report its variants to `observe`. */
function stageOptions(role: BoundaryRole, chooser: BoundaryChooser | null, cueBoundary: BoundaryChooser | undefined, observe: (o: Observed[]) => void): QuotesOptions {
  if (role === 'cue') {
    return {
      cueBoundary: chooser,
      // the cue chooser alone (the source chooser runs after it and is scored by eval/quotes/source-boundary.ts)
      sourceBoundary: null,
      observeCueVariants: (c) => observe(c.map((x) => ({ variants: x.variants.map((v) => ({ span: v.cue, features: v.features })), chosen: x.chosen }))),
    };
  }
  return {
    cueBoundary,
    sourceBoundary: chooser,
    observeSourceVariants: (c) => observe(c.map((x) => ({ variants: x.variants.map((v) => ({ span: v.source, features: v.features })), chosen: x.chosen }))),
  };
}

export function runBoundaryEval(role: BoundaryRole, argv: string[]): void {
  const roles = role === 'cue' ? 'cues' : 'sources';
  const { values, positionals: [dir], fail } = scriptArgs({
    command: `npx tsx eval/quotes/${role}-boundary.ts`,
    description: `Out-of-fold ${role} variants for the learned ${role} boundary chooser (--dump), or its score (--boundary).`,
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: {
      fold: FOLD_OPTION,
      model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' },
      filter: { type: 'string', value: 'FILTER.json', path: true, help: 'the cue filter to use instead of the shipped one (for a held-out tenth: one trained without it)' },
      ...(role === 'source' && {
        'cue-boundary': { type: 'string', value: 'CHOOSER.json', path: true, help: 'the cue boundary chooser to use instead of the shipped one (for a held-out tenth: one trained without it)' },
      } as const),
      dump: { type: 'string', value: 'OUT.jsonl', help: role === 'cue' ? 'write every kept quote\'s cue variants with features and whether each is exactly a gold cue' : 'write every kept source\'s variants with features and whether each is exactly a gold source' },
      boundary: { type: 'string', value: 'CHOOSER.json', path: true, help: `score the ${roles} without and with this chooser` },
      margins: { type: 'string', value: 'LIST', help: 'with --boundary: margins to score, comma-separated (default: the file\'s)' },
      'per-article': { type: 'string', value: 'OUT.jsonl', help: 'also write each article\'s counts per setting (gold / predicted / exact per role), e.g. to break a held-out figure down by month or publisher' },
    },
  }, argv);
  if (!values.dump && !values.boundary) fail('give --dump OUT.jsonl or --boundary CHOOSER.json');
  const cueFilter = readModelFile(values.filter, parseCueFilter);
  const cueBoundary = readModelFile((values as { 'cue-boundary'?: string })['cue-boundary'], parseCueBoundary);
  const chooser = readModelFile(values.boundary, role === 'cue' ? parseCueBoundary : parseSourceBoundary);
  const settings: { name: string; chooser: BoundaryChooser | null }[] = [{ name: `${roles} as tagged`, chooser: null }];
  if (chooser) {
    const margins = values.margins ? values.margins.split(',').map(Number) : [chooser.margin];
    if (margins.some((m) => !(m >= 0 && m <= 1))) fail('--margins: each margin must be a number in [0, 1]');
    for (const margin of margins) settings.push({ name: `chooser at ${margin}`, chooser: { ...chooser, margin } });
  }
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold));
  const resources = new Resources();
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const upstream = new Pipeline(DEFAULT_STAGES.slice(0, upTo), resources);
  let observed: Observed[] = [];
  const runs = settings.map((s) => createQuotesStage({
    scope: 'attribution',
    modelFile: values.model,
    cueFilter,
    ...stageOptions(role, s.chooser, cueBoundary, (o) => { observed = o; }),
  }).create(resources));
  const counts: Counts[] = settings.map(() => emptyCounts());
  const changes = settings.map(() => ({ changed: 0, fixed: 0, broken: 0 }));
  const lines: string[] = [];
  const perArticleFile = values['per-article'];
  const perArticle: string[] = [];
  let groups = 0;
  let right = 0;
  let reachable = 0;
  for (const a of articles) {
    const doc = upstream.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    const gold = new Set(a.attributions.flatMap((x) => x[role].map((c) => `${c[0]}:${c[1]}`)));
    const isGold = (c: Span) => gold.has(`${c[0]}:${c[1]}`);
    runs.forEach((run, k) => {
      observed = [];
      const quotes = run(doc as Readonly<Doc>).quotes ?? [];
      const own = emptyCounts();
      scoreArticle(a.attributions, quotes.filter((q) => !q.partial), doc.entities, own);
      addCounts(counts[k], own);
      if (perArticleFile) perArticle.push(JSON.stringify({ article: a.name, setting: settings[k].name, ...articleCounts(own) }));
      for (const c of observed) {
        if (c.chosen === 0) continue;
        const was = isGold(c.variants[0].span);
        const now = isGold(c.variants[c.chosen].span);
        changes[k].changed++;
        if (!was && now) changes[k].fixed++;
        if (was && !now) changes[k].broken++;
      }
      if (k === 0 && values.dump) {
        for (const c of observed) {
          const labels = c.variants.map((v) => isGold(v.span));
          groups++;
          if (labels[0]) right++;
          else if (labels.some((l) => l)) reachable++;
          lines.push(JSON.stringify({ article: a.name, variants: c.variants.map((v, i) => ({ [role]: v.span, label: labels[i], features: v.features })) }));
        }
      }
    });
  }
  if (perArticleFile) writeFileSync(perArticleFile, perArticle.join('\n') + '\n');
  if (values.dump) {
    writeFileSync(values.dump, lines.join('\n') + '\n');
    const what = role === 'cue' ? `${groups} kept quotes (${right} right cues;` : `${groups} kept sources (${right} right;`;
    console.log(`${what} ${reachable} more where a variant is right) from ${articles.length} articles → ${values.dump}`);
  }
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(`PolNeAR ${dir} ${values.fold ?? ''}: ${articles.length} articles; exact F1 (exact hits / predicted)`);
  settings.forEach((s, k) => {
    const c = counts[k];
    const scores = ROLES.map((r) => `${r} ${pct(roleScore(c.roles[r]).exactF1)} (${c.roles[r].exact} / ${c.roles[r].pred})`).join('  ');
    const ch = changes[k];
    const moved = s.chooser ? `  changed ${ch.changed}, fixed ${ch.fixed}, broken ${ch.broken}` : '';
    console.log(`${s.name.padEnd(role === 'cue' ? 16 : 17)} ${scores}  speaker ${pct(c.speakerMatched ? c.speakerCorrect / c.speakerMatched : 0)} %${moved}`);
  });
}

/** One article's counts as a flat record: gold, predicted and exact hits per role. */
function articleCounts(c: Counts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of ROLES) {
    out[`${r}Gold`] = c.roles[r].gold;
    out[`${r}Pred`] = c.roles[r].pred;
    out[`${r}Exact`] = c.roles[r].exact;
  }
  return out;
}
