/**
 * Precision view of the timex tagger: which system expressions the gold does not want, grouped by
 * surface, next to how often the gold tags the same surface elsewhere. A rule that drops a surface is
 * only worth it when the gold leaves it out consistently, so every group shows both sides.
 *
 *   npx tsx eval/timex/spurious.ts GOLD_DIR...                 groups, most spurious first, with contexts
 *   npx tsx eval/timex/spurious.ts GOLD_DIR... --word current  every occurrence of a word in the text,
 *                                                              marked G (inside a gold timex) / S (ours)
 */
import { docKey, readTimeMl, tagTimeMl, timeMlFiles } from './corpus.js';
import { scoreDocument } from './score.js';
import type { Timex } from '../../src/model/layers.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: args } = scriptArgs({
  command: 'npx tsx eval/timex/spurious.ts',
  description: 'The system expressions the gold does not want, grouped by surface, beside how often the gold tags that surface.',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'folder of TimeML gold files' }],
  options: { word: { type: 'string', value: 'WORD', help: 'instead, every occurrence of WORD, marked G (in a gold timex) and S (in ours)' } },
});
const word = values.word?.toLowerCase();

interface Group { spurious: string[]; right: number; wrong: number; gold: number }
const groups = new Map<string, Group>();
const group = (t: Timex) => {
  // digits folded so that "1995" and "1987" or "four days" and "13 days" stay apart only by shape
  const key = t.text.toLowerCase().replace(/\d/g, '9');
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { spurious: [], right: 0, wrong: 0, gold: 0 }));
  return g;
};
const context = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 70), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 50)}`.replace(/\s+/g, ' ');
const inside = (list: readonly Timex[], start: number, end: number) => list.some((t) => t.start < end && start < t.end);

for (const file of timeMlFiles(args)) {
  const doc = readTimeMl(file);
  const system = tagTimeMl(doc);
  const name = docKey(file);
  if (word) {
    const lower = doc.plain.toLowerCase();
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      const end = i + word.length;
      if (/\w/.test(lower[i - 1] ?? '') || /\w/.test(lower[end] ?? '')) continue;
      const g = inside(doc.gold, i, end) ? 'G' : '-';
      const s = inside(system, i, end) ? 'S' : '-';
      console.log(`${g}${s}\t${name}\t${context(doc.plain, i, end)}`);
    }
    continue;
  }
  const score = scoreDocument(name, doc.gold, system);
  for (const t of doc.gold) group(t).gold++;
  const spurious = new Set(score.spurious);
  const wrong = new Set(score.wrong.map((w) => w.system));
  for (const t of system) {
    const g = group(t);
    // a spurious expression inside a gold span that another of ours matched: the gold wrote one expression
    // where we wrote two ("6 a.m. ten days before the shooting")
    const split = inside(doc.gold, t.start, t.end) ? 'SPLIT ' : '';
    if (spurious.has(t)) g.spurious.push(`${name}\t${split}${t.type} ${t.value}\t${context(doc.plain, t.start, t.end)}`);
    else if (wrong.has(t)) g.wrong++;
    else g.right++;
  }
}

if (!word) {
  const rows = [...groups].filter(([, g]) => g.spurious.length > 0).sort((a, b) => b[1].spurious.length - a[1].spurious.length);
  const total = rows.reduce((n, [, g]) => n + g.spurious.length, 0);
  console.log(`${total} spurious in ${rows.length} surfaces (spurious / matched right / matched wrong / gold with this surface)`);
  for (const [key, g] of rows) {
    console.log(`\n[${key}]\tspurious ${g.spurious.length}\tright ${g.right}\twrong ${g.wrong}\tgold ${g.gold}`);
    for (const line of g.spurious) console.log('  ' + line);
  }
}
