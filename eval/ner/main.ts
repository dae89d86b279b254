/*
 * conlleval-equivalent NER scorer.
 *   npm run eval:ner -- FILE                 FILE is gold CoNLL (gold tags in the last column, IOB1 or IOB2):
 *                                            our recognizer tags it and is scored against it.
 *   npm run eval:ner -- FILE --predicted     FILE was written by `dateline ner --out` (or any tagger that
 *                                            appends a column): gold is the second-to-last column, the
 *                                            prediction the last.
 *   npm run eval:ner -- FILE --system compromise   score the `compromise` library on the same gold file.
 *   --json prints the figures as JSON.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { taggedDocuments } from '../../src/extract/ner/conll-documents.js';
import { parseConll } from '../../src/extract/ner/conll-format.js';
import { predictConll } from '../../src/extract/ner/conll-tagging.js';
import { NerRecognizer } from '../../src/extract/ner/recognizer.js';
import { RESOURCES_DIR } from '../../src/paths.js';
import { compromiseTags } from './compromise-tagger.js';
import { formatScore, NerScorer } from './score.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    predicted: { type: 'boolean', default: false },
    system: { type: 'string', default: 'dateline' },
    json: { type: 'boolean', default: false },
    resources: { type: 'string', default: RESOURCES_DIR },
  },
});
const path = positionals[0];
if (!path) {
  console.error('usage: npm run eval:ner -- FILE [--predicted] [--system dateline|compromise] [--json]');
  process.exit(2);
}
const file = parseConll(readFileSync(path, 'utf8'));
const scorer = new NerScorer();
let system = values.system!;
if (values.predicted) {
  system = 'predicted column';
  const gold = taggedDocuments(file, -2);
  const predicted = taggedDocuments(file, -1);
  gold.forEach((doc, d) => doc.sentences.forEach((s, i) => scorer.add(s.tags, predicted[d].sentences[i].tags)));
} else if (system === 'dateline') {
  const tags = predictConll(file, NerRecognizer.load(values.resources!));
  for (const doc of file.documents) for (const s of doc.sentences) scorer.add(s.rows.map((r) => r.at(-1)!), s.lineNumbers.map((l) => tags.get(l)!));
} else if (system === 'compromise') {
  for (const doc of file.documents) {
    const predicted = await compromiseTags(doc.sentences.map((s) => s.rows.map((r) => r[0])));
    doc.sentences.forEach((s, i) => scorer.add(s.rows.map((r) => r.at(-1)!), predicted[i]));
  }
} else {
  console.error(`unknown --system ${system} (dateline or compromise)`);
  process.exit(2);
}
const score = scorer.result();
if (values.json) console.log(JSON.stringify({ file: path, system, ...score }, null, 2));
else console.log(formatScore(score, `${path} — ${system}`));
