/**
 * Scores the timex tagger on the hand-annotated news sample: batches of 24 articles (360 in fifteen so far) from three sources
 * the TimeML corpora do not contain (the Guardian 2017–19, PolNeAR's US political news of 2016, Timeline17's 2005–11
 * stories), annotated by the TempEval-3 conventions in `news/GUIDELINES.md`. It estimates the figure the
 * held-out news check measures, with the same scorer as `eval:timex`.
 *
 *   npm run eval:timex-news -- ../shared/data                   our tagger
 *   npm run eval:timex-news -- ../shared/data --system chrono   the peer, chrono-node
 *   npm run eval:timex-news -- ../shared/data --convention timebank   as TimeBank's annotators would have tagged it
 *   npm run eval:timex-news -- ../shared/data --by batch        one row per annotation batch
 *
 * New batches are drawn with `npm run draw:timex-news` (news/draw.ts).
 */
import { printReport } from '../report.js';
import { scoreDocument, type DocScore } from '../score.js';
import { chronoTimexes } from '../chrono.js';
import { readNewsGold } from './gold.js';
import { keptUnder, type Convention } from './convention.js';
import { segment } from '../../../src/text/segment.js';
import { tagTimexes } from '../../../src/extract/timex/tag.js';
import type { Timex } from '../../../src/model/layers.js';
import { scriptArgs } from '../../../scripts/script-cli.js';

const { values, positionals: [dataRoot] } = scriptArgs({
  command: 'npm run eval:timex-news --',
  description: 'Scores temporal expressions on the hand-annotated news sample (TempEval-3 Task A), per source and in all.',
  args: [{ name: 'DATA_DIR', path: true, help: 'the shared data folder, e.g. ../shared/data' }],
  options: {
    system: { type: 'string', value: 'dateline|chrono', choices: ['dateline', 'chrono'], default: 'dateline', help: 'which tagger to score' },
    convention: { type: 'string', value: 'guidelines|timebank', choices: ['guidelines', 'timebank'], default: 'guidelines', help: 'score the gold as annotated, or without the adverbs and adjectives TimeBank mostly leaves untagged ("previously", "then", "recent"; see news/convention.ts)' },
    by: { type: 'string', value: 'source|batch', choices: ['source', 'batch'], default: 'source', help: 'one row per source, or per annotation batch (each batch was scored before anything was fixed from it)' },
    worst: { type: 'integer', default: 10, help: 'documents to list, most errors first' },
    errors: { type: 'integer', default: 0, help: 'print up to N missed, spurious and wrong-value examples, each with its cause' },
    breakdown: { type: 'boolean', help: 'count wrong values by cause' },
    json: { type: 'boolean', help: 'print the totals as JSON' },
  },
});

const dateline = (text: string, date: string): Timex[] => {
  const { tokens, sentences } = segment(text);
  return tagTimexes(text, tokens, sentences, date);
};
const tagger = values.system === 'chrono' ? chronoTimexes : dateline;

const texts = new Map<DocScore, { text: string; dct: string }>();
const groups = new Map<string, DocScore[]>();
for (const { article, batch, gold } of readNewsGold(dataRoot)) {
  const kept = gold.filter((t) => keptUnder(values.convention as Convention, t.text));
  const s = scoreDocument(`${article.source}:${article.key}`, kept, tagger(article.text, article.published));
  texts.set(s, { text: article.text, dct: article.published });
  const group = values.by === 'batch' ? `batch ${batch}` : article.source;
  groups.set(group, [...(groups.get(group) ?? []), s]);
}

printReport(groups, {
  title: values.system === 'chrono' ? 'chrono-node' : 'dateline timex tagger',
  worst: values.worst,
  errors: values.errors,
  breakdown: values.breakdown ?? false,
  json: values.json ?? false,
  textOf: (s) => texts.get(s)!,
});
