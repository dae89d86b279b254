/**
 * Scores the quotes stage against PolNeAR attributions:
 *   npm run eval:quotes -- ../shared/data/quotes/polnear/data/dev [--limit N] [--fold tune|fit|tune:K|fit:K] [--scope attribution|speech] [--model FILE] [--json]
 * Per role (source, cue, content): exact-span and overlap precision/recall/F1; speaker accuracy on matched
 * quotes. The whole pipeline up to the quotes stage runs on each article, so the figure includes whatever
 * entities, timexes and the tokenizer contribute. `--scope attribution` (the default) scores every
 * attribution, PolNeAR's definition; `--scope speech` scores what the default pipeline keeps (speech only).
 */
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { foldFilter, readPolnear, ROLES } from './polnear.js';
import { emptyCounts, roleScore, scoreArticle } from './score.js';
import { option } from '../../scripts/argv-option.js';

function main(argv: string[]): void {
  const dir = argv.find((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1].startsWith('--')));
  if (!dir) {
    console.error('usage: npm run eval:quotes -- <polnear compartment dir, e.g. ../shared/data/quotes/polnear/data/dev> [--limit N] [--fold tune|fit|tune:K|fit:K] [--scope attribution|speech] [--json]');
    process.exit(2);
  }
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
  const articles = readPolnear(dir, limit, foldFilter(option(argv, '--fold')));
  const scope = (option(argv, '--scope') ?? 'attribution') as 'attribution' | 'speech';
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const pipeline = new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage({ scope, modelFile: option(argv, '--model') })]);
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
  if (argv.includes('--json')) {
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
