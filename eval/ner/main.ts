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
import { taggedDocuments } from '../../src/extract/ner/conll-documents.js';
import { parseConll } from '../../src/extract/ner/conll-format.js';
import { predictConll } from '../../src/extract/ner/conll-tagging.js';
import { NerRecognizer } from '../../src/extract/ner/recognizer.js';
import { RESOURCES_DIR } from '../../src/paths.js';
import { compromiseTags } from './compromise-tagger.js';
import { formatScore, NerScorer } from './score.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: [path] } = scriptArgs({
  command: 'npm run eval:ner --',
  description: 'conlleval-equivalent NER scorer: tags a gold CoNLL file and scores it, or scores a predicted column.',
  args: [{ name: 'FILE', path: true, help: 'CoNLL file, gold tags in the last column (IOB1 or IOB2)' }],
  options: {
    predicted: { type: 'boolean', help: 'FILE already has a predicted column (dateline ner --out): gold is second to last, the prediction last' },
    system: { type: 'string', choices: ['dateline', 'compromise'], default: 'dateline', help: 'the tagger to score' },
    json: { type: 'boolean', help: 'print the figures as JSON' },
    resources: { type: 'string', value: 'DIR', path: true, default: RESOURCES_DIR, help: 'resources folder holding the NER model' },
  },
});
const file = parseConll(readFileSync(path, 'utf8'));
const scorer = new NerScorer();
let system: string = values.system;
if (values.predicted) {
  system = 'predicted column';
  const gold = taggedDocuments(file, -2);
  const predicted = taggedDocuments(file, -1);
  gold.forEach((doc, d) => doc.sentences.forEach((s, i) => scorer.add(s.tags, predicted[d].sentences[i].tags)));
} else if (system === 'dateline') {
  const tags = predictConll(file, NerRecognizer.load(values.resources));
  for (const doc of file.documents) for (const s of doc.sentences) scorer.add(s.rows.map((r) => r.at(-1)!), s.lineNumbers.map((l) => tags.get(l)!));
} else {
  for (const doc of file.documents) {
    const predicted = await compromiseTags(doc.sentences.map((s) => s.rows.map((r) => r[0])));
    doc.sentences.forEach((s, i) => scorer.add(s.rows.map((r) => r.at(-1)!), predicted[i]));
  }
}
const score = scorer.result();
if (values.json) console.log(JSON.stringify({ file: path, system, ...score }, null, 2));
else console.log(formatScore(score, `${path} — ${system}`));
