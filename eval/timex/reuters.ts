/**
 * What the tagger does on unseen news: tags the CoNLL-2003 Reuters articles (August 1996, no timex gold),
 * each anchored at the first ISO date of its dateline, and prints one line per expression with its context.
 * Run it before and after a change and diff the two outputs to read every value the change moves.
 *
 *   npx tsx eval/timex/reuters.ts ../shared/data/ner/conll2003/train.txt > /tmp/after.tsv
 *   npx tsx eval/timex/reuters.ts CONLL_FILE --keep-filter FILE   only what a keep filter would drop
 *     (FILE written by `npm run train:timex-filter -- ... --out FILE`), with its probability
 */
import { readFileSync } from 'node:fs';
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import type { Timex } from '../../src/model/layers.js';
import { parseConll } from '../../src/extract/ner/conll-format.js';
import type { KeepFilter } from '../../src/extract/timex/keep-filter.js';
import { logisticProbability } from '../../src/ml/logistic.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: [path] } = scriptArgs({
  command: 'npx tsx eval/timex/reuters.ts',
  description: 'Tags the CoNLL-2003 Reuters articles (no timex gold) and prints every expression with its context, to diff.',
  args: [{ name: 'CONLL_FILE', path: true, help: 'e.g. ../shared/data/ner/conll2003/train.txt' }],
  options: {
    'keep-filter': { type: 'string', value: 'FILE', path: true, help: 'print only what this keep filter (train:timex-filter --out) would drop, with its probability' },
  },
});
const filterFile = values['keep-filter'];
const filter: KeepFilter | undefined = filterFile ? JSON.parse(readFileSync(filterFile, 'utf8')) : undefined;
const DATELINE = /\b(199\d-\d\d-\d\d)\b/;
let doc = 0;
for (const article of parseConll(readFileSync(path, 'utf8')).documents) {
  // the first column of each row is the token; one line per sentence
  const text = article.sentences.map((s) => s.rows.map((r) => r[0]).join(' ')).join('\n');
  const dct = DATELINE.exec(text)?.[1];
  if (!dct) continue;
  const { tokens, sentences: spans } = segment(text);
  const vague: { t: Timex; p: number }[] = [];
  const observeVague = (t: Timex, features: string[]) => {
    if (filter) vague.push({ t, p: logisticProbability(filter.model, features) });
  };
  const kept = new Set(tagTimexes(text, tokens, spans, dct, { keepFilter: filter, observeVague }));
  const shown = filter ? vague.filter((v) => !kept.has(v.t)) : [...kept].map((t) => ({ t, p: undefined }));
  for (const { t, p } of shown) {
    const before = text.slice(Math.max(0, t.start - 70), t.start).replace(/\s+/g, ' ');
    const after = text.slice(t.end, t.end + 40).replace(/\s+/g, ' ');
    console.log(`${p === undefined ? '' : `drop p=${p.toFixed(2)}\t`}${doc}\t${dct}\t${t.type}\t${t.value}\t${t.text}\t${before}⟦${t.text}⟧${after}`);
  }
  doc++;
}
