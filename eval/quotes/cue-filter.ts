/**
 * Out-of-fold candidates for the learned cue filter (src/extract/quotes/cue-filter.ts), and its score at
 * several thresholds against the hand filters, in one pass over the articles (the upstream stages run
 * once per article, the quotes stage once per setting):
 *
 *   npx tsx eval/quotes/cue-filter.ts DIR [--fold tune:K] [--model FILE] --dump OUT.jsonl
 *       every candidate quote's cue, features and whether the cue is exactly a gold cue (first annotator
 *       file, what eval:quotes scores); with --fold tune:K and the model trained on fit:K the candidates
 *       are out of fold; with --extra-cues BONUSES[:any|tagged[:CONTENT_BONUSES[:rules]]] also the extra recall
       candidates of src/extract/quotes/extra-cues.ts (train the filter with the same --extra-cues)
 *   npx tsx eval/quotes/cue-filter.ts DIR [--fold tune:K] [--model FILE] --filter FILTER.json [--thresholds 0.3,0.4,0.2/0.6]
 *       exact F1 source / cue / content (exact hits / predicted) and speaker accuracy with the hand filters
 *       and with the filter at each threshold (default: the file as it is)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Doc } from '../../src/model/doc.js';
import { parseCueFilter, type CueFilter } from '../../src/extract/quotes/cue-filter.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { parseExtraCues, type ExtraCueOptions } from '../../src/extract/quotes/extra-cues.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { FOLD_OPTION, foldFilter, readPolnear, ROLES } from './polnear.js';
import { emptyCounts, roleScore, scoreArticle, type Counts } from './score.js';
import { scriptArgs } from '../../scripts/script-cli.js';

function main(argv: string[]): void {
  const { values, positionals: [dir], fail } = scriptArgs({
    command: 'npx tsx eval/quotes/cue-filter.ts',
    description: 'Out-of-fold candidates for the learned cue filter (--dump), or its score against the hand filters (--filter).',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: {
      fold: FOLD_OPTION,
      model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' },
      dump: { type: 'string', value: 'OUT.jsonl', help: 'write every candidate quote: cue, features, and whether its cue, source and content fragments are right' },
      filter: { type: 'string', value: 'FILTER.json', path: true, help: 'score the hand filters and this filter' },
      'extra-cues': { type: 'string', value: 'BONUSES[:tagged]', help: 'also offer extra recall candidates (src/extract/quotes/extra-cues.ts), e.g. 100,250,500,1000 or 50,100:any:150,300:rules (contents by rule, cue-contents.ts); a filter file that has its own setting keeps it' },
      thresholds: { type: 'string', value: 'LIST', help: 'settings of --filter, comma-separated: T (drop below T), T/R (hand filters, overridden below T and from R), u:W:T[:S:C] (utility rule, cue weight W, cue threshold T, source and content thresholds S and C)' },
    },
  }, argv);
  const modelFile = values.model;
  const dump = values.dump;
  const filterFile = values.filter;
  if (!dump && !filterFile) fail('give --dump OUT.jsonl or --filter FILTER.json');
  let extraCues: ExtraCueOptions | undefined;
  try {
    extraCues = values['extra-cues'] === undefined ? undefined : parseExtraCues(values['extra-cues'], '--extra-cues');
  } catch (e) {
    fail((e as Error).message);
  }
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold));
  const resources = new Resources();
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const upstream = new Pipeline(DEFAULT_STAGES.slice(0, upTo), resources);

  const settings: { name: string; filter: CueFilter | null }[] = [{ name: 'hand filters', filter: null }];
  if (filterFile) {
    const filter = parseCueFilter(JSON.parse(readFileSync(filterFile, 'utf8')), filterFile);
    // A threshold T drops below T; "T/R" keeps the hand filters' decisions, drops what they keep below T
    // and restores what they drop at R or above.
    const thresholds = values.thresholds?.split(',') ?? [];
    if (!thresholds.length) settings.push({ name: 'filter as given', filter });
    for (const t of thresholds) {
      // "u:W:T": the utility rule with cue weight W and cue threshold T (the file's other thresholds)
      if (t.startsWith('u:')) {
        if (!filter.utility) throw new Error(`${filterFile} has no utility models`);
        // "u:W:T:S:C" also sets the source and content thresholds
        const [w, ct, st, nt] = t.slice(2).split(':').map(Number);
        const utility = { ...filter.utility, cueWeight: w, sourceThreshold: st ?? filter.utility.sourceThreshold, contentThreshold: nt ?? filter.utility.contentThreshold };
        settings.push({ name: `filter ${t}`, filter: { ...filter, threshold: ct ?? filter.threshold, utility } });
        continue;
      }
      const [drop, restore] = t.split('/').map(Number);
      settings.push({ name: `filter at ${t}`, filter: restore === undefined ? { model: filter.model, threshold: drop } : { model: filter.model, threshold: drop, restore } });
    }
  }
  let observed: { cue: [number, number]; source: [number, number] | null; content: [number, number][]; features: string[] }[] = [];
  const runs = settings.map((s) => createQuotesStage({
    scope: 'attribution',
    modelFile,
    cueFilter: s.filter,
    // the filter alone, as the ninth and tenth sessions scored it (eval/quotes/cue-boundary.ts adds the chooser after it)
    cueBoundary: null,
    sourceBoundary: null,
    extraCues,
    observeCueCandidates: dump && s.filter === null ? (c) => { observed = c; } : undefined,
  }).create(resources));
  const counts: Counts[] = settings.map(() => emptyCounts());
  const lines: string[] = [];
  let right = 0;
  let extras = 0;
  let extrasRight = 0;
  for (const a of articles) {
    const doc = upstream.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    const goldCues = new Set(a.attributions.flatMap((x) => x.cue.map((c) => `${c[0]}:${c[1]}`)));
    const goldSources = new Set(a.attributions.flatMap((x) => x.source.map((c) => `${c[0]}:${c[1]}`)));
    const goldContents = new Set(a.attributions.flatMap((x) => x.content.map((c) => `${c[0]}:${c[1]}`)));
    runs.forEach((run, k) => {
      const quotes = run(doc as Readonly<Doc>).quotes ?? [];
      scoreArticle(a.attributions, quotes.filter((q) => !q.partial), doc.entities, counts[k]);
      if (k === 0 && dump) {
        for (const c of observed) {
          const label = goldCues.has(`${c.cue[0]}:${c.cue[1]}`);
          // overlap: the cue shares a character with a gold cue (a real attribution, perhaps with other edges)
          const overlap = a.attributions.some((x) => x.cue.some((g) => g[0] < c.cue[1] && c.cue[0] < g[1]));
          if (label) right++;
          // what else the quote would bring: its source exactly right (null: none), its content fragments exactly right
          const source = c.source ? goldSources.has(`${c.source[0]}:${c.source[1]}`) : null;
          const content = [c.content.filter((x) => goldContents.has(`${x[0]}:${x[1]}`)).length, c.content.length];
          const extra = c.features.includes('extra');
          if (extra) { extras++; if (label) extrasRight++; }
          lines.push(JSON.stringify({ article: a.name, cue: c.cue, label, overlap, source, content, ...(extra ? { extra } : {}), features: c.features }));
        }
      }
    });
  }
  if (dump) {
    writeFileSync(dump, lines.join('\n') + '\n');
    console.log(`${lines.length} candidates (${right} right; extra ${extras}, ${extrasRight} right) from ${articles.length} articles → ${dump}`);
  }
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(`PolNeAR ${dir} ${values.fold ?? ''}: ${articles.length} articles; exact F1 (exact hits / predicted)`);
  settings.forEach((s, k) => {
    const c = counts[k];
    const roles = ROLES.map((r) => `${r} ${pct(roleScore(c.roles[r]).exactF1)} (${c.roles[r].exact} / ${c.roles[r].pred})`).join('  ');
    console.log(`${s.name.padEnd(16)} ${roles}  speaker ${pct(c.speakerMatched ? c.speakerCorrect / c.speakerMatched : 0)} %`);
  });
}

main(process.argv.slice(2));
