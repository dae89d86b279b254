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
import { breakdown, causeOf } from './breakdown.js';
import { scoreDocument, totals, type DocScore } from './score.js';
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
const worstN = values.worst;
const errorsN = values.errors;
const asJson = values.json;
const showBreakdown = values.breakdown;

const systemFiles = new Map<string, string>();
if (systemDir) for (const f of timeMlFiles([systemDir])) systemFiles.set(docKey(f), f);

const scores: DocScore[] = [];
const texts = new Map<DocScore, { text: string; dct: string }>();
const around = (s: DocScore, start: number, end: number) => {
  const t = texts.get(s)!;
  return `${t.dct} …${t.text.slice(Math.max(0, start - 60), start).replace(/\s+/g, ' ')}⟦${t.text.slice(start, end)}⟧${t.text.slice(end, end + 40).replace(/\s+/g, ' ')}…`;
};
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
    scores.push(s);
  }
  groups.set(dir, group);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (name: string, docs: DocScore[]) => {
  const t = totals(docs);
  return `${name.padEnd(28)} ${String(t.documents).padStart(4)} ${String(t.gold).padStart(5)} ${String(t.system).padStart(5)}  ${pct(t.precision)} ${pct(t.recall)} ${pct(t.relaxedF1)}  ${pct(t.strictF1)}  ${pct(t.typeF1)}  ${pct(t.valueF1)}`;
};

if (asJson) {
  const out: Record<string, unknown> = { all: totals(scores) };
  for (const [dir, docs] of groups) out[dir] = totals(docs);
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}

console.log(`system: ${systemDir ?? 'dateline timex tagger'}`);
console.log(`${'corpus'.padEnd(28)} docs  gold   sys      P     R  relF1  strictF1  typeF1  valueF1`);
for (const [dir, docs] of groups) console.log(line(dir, docs));
if (groups.size > 1) console.log(line('all', scores));

console.log('\nby gold type (recall, value accuracy on matches):');
const types: Record<string, { gold: number; matched: number; valueCorrect: number; system: number }> = {};
for (const s of scores) for (const [k, v] of Object.entries(s.byType)) {
  const t = (types[k] ??= { gold: 0, matched: 0, valueCorrect: 0, system: 0 });
  t.gold += v.gold; t.matched += v.matched; t.valueCorrect += v.valueCorrect; t.system += v.system;
}
for (const [k, v] of Object.entries(types).sort()) {
  console.log(`  ${k.padEnd(9)} gold ${String(v.gold).padStart(5)}  system ${String(v.system).padStart(5)}  recall ${pct(v.gold ? v.matched / v.gold : 0)}  value acc ${pct(v.matched ? v.valueCorrect / v.matched : 0)}`);
}

console.log(`\nworst ${worstN} documents (missed + spurious + wrong value):`);
const cost = (s: DocScore) => s.missed.length + s.spurious.length + s.wrong.length;
for (const s of [...scores].sort((a, b) => cost(b) - cost(a)).slice(0, worstN)) {
  console.log(`  ${s.name.padEnd(36)} gold ${String(s.gold).padStart(3)}  missed ${String(s.missed.length).padStart(3)}  spurious ${String(s.spurious.length).padStart(3)}  wrong value ${String(s.wrong.length).padStart(3)}`);
}

if (showBreakdown) {
  const wrong = scores.flatMap((s) => s.wrong);
  console.log(`\nwrong values by cause (${wrong.length}):`);
  for (const [cause, n] of breakdown(wrong)) console.log(`  ${String(n).padStart(4)}  ${cause}`);
}

if (errorsN > 0) {
  const show = (title: string, rows: string[]) => {
    console.log(`\n${title} (${rows.length}):`);
    for (const r of rows.slice(0, errorsN)) console.log('  ' + r);
  };
  show('missed', scores.flatMap((s) => s.missed.map((t) => `${s.name}\t${t.type}\t${t.value}\t[${t.text}]\t${around(s, t.start, t.end)}`)));
  show('spurious', scores.flatMap((s) => s.spurious.map((t) => `${s.name}\t${t.type}\t${t.value}\t[${t.text}]\t${around(s, t.start, t.end)}`)));
  show('wrong value', scores.flatMap((s) => s.wrong.map((w) => `${s.name}\t${causeOf(w.gold, w.system)}\tgold ${w.gold.type} ${w.gold.value} [${w.gold.text}]\tsys ${w.system.type} ${w.system.value} [${w.system.text}]\t${around(s, w.gold.start, w.gold.end)}`)));
}
