/**
 * Scores the quotes stage against PolNeAR attributions:
 *   npm run eval:quotes -- ../shared/data/quotes/polnear/data/dev [--limit N] [--fold tune|fit|tune:K|fit:K] [--scope attribution|speech] [--model FILE] [--cue-filter FILE|none] [--cue-boundary FILE|none] [--source-boundary FILE|none] [--json]
 * Per role (source, cue, content): exact-span and overlap precision/recall/F1; speaker accuracy on matched
 * quotes. The whole pipeline up to the quotes stage runs on each article, so the figure includes whatever
 * entities, timexes and the tokenizer contribute. `--scope attribution` (the default) scores every
 * attribution, PolNeAR's definition; `--scope speech` scores what the default pipeline keeps (speech only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCueFilter } from '../../src/extract/quotes/cue-filter.js';
import { parseCueBoundary } from '../../src/extract/quotes/cue-boundary.js';
import { parseSourceBoundary } from '../../src/extract/quotes/source-boundary.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { FOLD_OPTION, foldFilter, readPolnear, ROLES } from './polnear.js';
import { emptyCounts, roleScore, scoreArticle } from './score.js';
import { scriptArgs } from '../../scripts/script-cli.js';

function main(argv: string[]): void {
  const { values, positionals: [dir], fail } = scriptArgs({
    command: 'npm run eval:quotes --',
    description: 'Scores the quotes stage against PolNeAR attributions: exact and overlap P/R/F1 per role, speaker accuracy.',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment (with text/ and attributions/), e.g. ../shared/data/quotes/polnear/data/dev' }],
    options: {
      limit: { type: 'integer', help: 'score only the first N articles (default all)' },
      fold: FOLD_OPTION,
      scope: { type: 'string', choices: ['attribution', 'speech'], default: 'attribution', help: 'attribution: every attribution (PolNeAR\'s definition); speech: what the default pipeline keeps' },
      model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' },
      'cue-filter': { type: 'string', value: 'FILE|none', help: "the attribution scope's learned cue filter instead of the shipped one (a filter trained without the scored tenth, for a fold), or none for the hand filters" },
      'cue-boundary': { type: 'string', value: 'FILE|none', help: "the attribution scope's learned cue boundary chooser instead of the shipped one (one trained without the scored tenth, for a fold), or none for the cues' own edges" },
      'source-boundary': { type: 'string', value: 'FILE|none', help: "the attribution scope's learned source boundary chooser instead of the shipped one, or none for the sources' own edges" },
      json: { type: 'boolean', help: 'print the figures as JSON' },
    },
  }, argv);
  // checked before any work, like every other option: FILE, none (null: without it) or absent (the shipped one)
  const fileOrNone = <T>(option: string, value: string | undefined, parse: (raw: unknown, name: string) => T): T | null | undefined => {
    if (value === 'none') return null;
    if (value === undefined) return undefined;
    if (!existsSync(value)) fail(`--${option}: no such file ${value}`);
    try {
      return parse(JSON.parse(readFileSync(value, 'utf8')), value);
    } catch (e) {
      return fail(`--${option}: ${(e as Error).message}`);
    }
  };
  const cueFilter = fileOrNone('cue-filter', values['cue-filter'], parseCueFilter);
  const cueBoundary = fileOrNone('cue-boundary', values['cue-boundary'], parseCueBoundary);
  const sourceBoundary = fileOrNone('source-boundary', values['source-boundary'], parseSourceBoundary);
  const limit = values.limit ?? Infinity;
  const articles = readPolnear(dir, limit, foldFilter(values.fold));
  const scope = values.scope;
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const pipeline = new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage({ scope, modelFile: values.model, cueFilter, cueBoundary, sourceBoundary })]);
  const counts = emptyCounts();
  const started = performance.now();
  for (const a of articles) {
    const doc = pipeline.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    // Partial quotes repeat a piece of a reported clause that PolNeAR annotates once, as the clause.
    scoreArticle(a.attributions, doc.quotes.filter((q) => !q.partial), doc.entities, counts);
  }
  const seconds = (performance.now() - started) / 1000;
  const result = {
    articles: articles.length,
    roles: Object.fromEntries(ROLES.map((r) => [r, { ...counts.roles[r], ...roleScore(counts.roles[r]) }])),
    speakerAccuracy: counts.speakerMatched ? counts.speakerCorrect / counts.speakerMatched : 0,
    speakerMatched: counts.speakerMatched,
    seconds,
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log(`PolNeAR ${dir}: ${articles.length} articles (one annotator file each), scope ${scope}, ${seconds.toFixed(1)} s`);
  console.log('role      gold  pred | exact P     R    F1 | overlap P     R    F1');
  for (const r of ROLES) {
    const c = counts.roles[r];
    const s = roleScore(c);
    console.log(`${r.padEnd(8)} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)} |   ${pct(s.exactP)} ${pct(s.exactR)} ${pct(s.exactF1)} |   ${pct(s.overlapP)} ${pct(s.overlapR)} ${pct(s.overlapF1)}`);
  }
  console.log(`speaker accuracy on matched quotes: ${pct(result.speakerAccuracy)} % of ${counts.speakerMatched}`);
}

main(process.argv.slice(2));
