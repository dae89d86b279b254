/**
 * What the tagger does on unseen news: tags the CoNLL-2003 Reuters articles (August 1996, no timex gold),
 * each anchored at the first ISO date of its dateline, and prints one line per expression with its context.
 * Run it before and after a change and diff the two outputs to read every value the change moves.
 *
 *   npx tsx eval/timex/reuters.ts ../shared/data/ner/conll2003/train.txt > /tmp/after.tsv
 */
import { readFileSync } from 'node:fs';
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import { parseConll } from '../../src/extract/ner/conll-format.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx eval/timex/reuters.ts CONLL_FILE');
  process.exit(2);
}
const DATELINE = /\b(199\d-\d\d-\d\d)\b/;
let doc = 0;
for (const article of parseConll(readFileSync(path, 'utf8')).documents) {
  // the first column of each row is the token; one line per sentence
  const text = article.sentences.map((s) => s.rows.map((r) => r[0]).join(' ')).join('\n');
  const dct = DATELINE.exec(text)?.[1];
  if (!dct) continue;
  const { tokens, sentences: spans } = segment(text);
  for (const t of tagTimexes(text, tokens, spans, dct)) {
    const before = text.slice(Math.max(0, t.start - 70), t.start).replace(/\s+/g, ' ');
    const after = text.slice(t.end, t.end + 40).replace(/\s+/g, ' ');
    console.log(`${doc}\t${dct}\t${t.type}\t${t.value}\t${t.text}\t${before}⟦${t.text}⟧${after}`);
  }
  doc++;
}
