/**
 * TempEval-3 Task A scorer for temporal expressions.
 *
 *   npm run eval:timex -- GOLD_DIR...                 tags each gold file with our tagger and scores it
 *   npm run eval:timex -- GOLD_DIR... --system DIR    scores another system's TimeML output (same file names)
 *
 * Options: --worst N (documents to list, default 10), --errors N (print up to N missed, spurious and
 * wrong-value examples, each with its cause), --breakdown (count wrong values by cause), --json (print the
 * totals as JSON).
 */
import { docKey, readTimeMl, tagTimeMl, timeMlFiles } from './corpus.js';
import { printReport } from './report.js';
import { scoreDocument, type DocScore } from './score.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: goldDirs } = scriptArgs({
  command: 'npm run eval:timex --',
  description: 'Scores temporal expressions against TimeML gold (TempEval-3 Task A): our tagger, or another system with --system.',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'folder of TimeML gold files; each scored alone and all together' }],
  options: {
    system: { type: 'string', value: 'DIR', path: true, help: "score another system's TimeML output (same file names) instead of tagging" },
    worst: { type: 'integer', default: 10, help: 'documents to list, most errors first' },
    errors: { type: 'integer', default: 0, help: 'print up to N missed, spurious and wrong-value examples, each with its cause' },
    breakdown: { type: 'boolean', help: 'count wrong values by cause' },
    json: { type: 'boolean', help: 'print the totals as JSON' },
  },
});
const systemDir = values.system;

const systemFiles = new Map<string, string>();
if (systemDir) for (const f of timeMlFiles([systemDir])) systemFiles.set(docKey(f), f);

const texts = new Map<DocScore, { text: string; dct: string }>();
const groups = new Map<string, DocScore[]>();
for (const dir of goldDirs) {
  const group: DocScore[] = [];
  for (const file of timeMlFiles([dir])) {
    const gold = readTimeMl(file);
    let system;
    if (systemDir) {
      const path = systemFiles.get(docKey(file));
      system = path ? readTimeMl(path).gold : [];
      if (!path) console.error(`no system output for ${docKey(file)}`);
    } else system = tagTimeMl(gold);
    const s = scoreDocument(docKey(file), gold.gold, system);
    texts.set(s, { text: gold.plain, dct: gold.dct });
    group.push(s);
  }
  groups.set(dir, group);
}

printReport(groups, {
  title: systemDir ?? 'dateline timex tagger',
  worst: values.worst,
  errors: values.errors,
  breakdown: values.breakdown ?? false,
  json: values.json ?? false,
  textOf: (s) => texts.get(s)!,
});
