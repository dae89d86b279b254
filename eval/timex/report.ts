/**
 * The scorer's printout, shared by the TimeML scorer (`main.ts`) and the news-sample scorer (`news/main.ts`):
 * one row per corpus and one for all, the per-type breakdown, the worst documents, and on request the
 * wrong values by cause and every missed, spurious and wrong-value example in its context.
 */
import { breakdown, causeOf } from './breakdown.js';
import { totals, type DocScore } from './score.js';

export interface ReportOptions {
  title: string;
  worst: number;
  errors: number;
  breakdown: boolean;
  json: boolean;
  /** The document's text and anchor, for the context of each example. */
  textOf: (doc: DocScore) => { text: string; dct: string };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function printReport(groups: ReadonlyMap<string, DocScore[]>, options: ReportOptions): void {
  const scores = [...groups.values()].flat();
  if (options.json) {
    const out: Record<string, unknown> = { all: totals(scores) };
    for (const [name, docs] of groups) out[name] = totals(docs);
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  const line = (name: string, docs: DocScore[]) => {
    const t = totals(docs);
    return `${name.padEnd(28)} ${String(t.documents).padStart(4)} ${String(t.gold).padStart(5)} ${String(t.system).padStart(5)}  ${pct(t.precision)} ${pct(t.recall)} ${pct(t.relaxedF1)}  ${pct(t.strictF1)}  ${pct(t.typeF1)}  ${pct(t.valueF1)}`;
  };
  console.log(`system: ${options.title}`);
  console.log(`${'corpus'.padEnd(28)} docs  gold   sys      P     R  relF1  strictF1  typeF1  valueF1`);
  for (const [name, docs] of groups) console.log(line(name, docs));
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

  console.log(`\nworst ${options.worst} documents (missed + spurious + wrong value):`);
  const cost = (s: DocScore) => s.missed.length + s.spurious.length + s.wrong.length;
  for (const s of [...scores].sort((a, b) => cost(b) - cost(a)).slice(0, options.worst)) {
    console.log(`  ${s.name.padEnd(36)} gold ${String(s.gold).padStart(3)}  missed ${String(s.missed.length).padStart(3)}  spurious ${String(s.spurious.length).padStart(3)}  wrong value ${String(s.wrong.length).padStart(3)}`);
  }

  if (options.breakdown) {
    const wrong = scores.flatMap((s) => s.wrong);
    console.log(`\nwrong values by cause (${wrong.length}):`);
    for (const [cause, n] of breakdown(wrong)) console.log(`  ${String(n).padStart(4)}  ${cause}`);
  }

  if (options.errors > 0) {
    const around = (s: DocScore, start: number, end: number) => {
      const t = options.textOf(s);
      return `${t.dct} …${t.text.slice(Math.max(0, start - 60), start).replace(/\s+/g, ' ')}⟦${t.text.slice(start, end)}⟧${t.text.slice(end, end + 40).replace(/\s+/g, ' ')}…`;
    };
    const show = (title: string, rows: string[]) => {
      console.log(`\n${title} (${rows.length}):`);
      for (const r of rows.slice(0, options.errors)) console.log('  ' + r);
    };
    show('missed', scores.flatMap((s) => s.missed.map((t) => `${s.name}\t${t.type}\t${t.value}\t[${t.text}]\t${around(s, t.start, t.end)}`)));
    show('spurious', scores.flatMap((s) => s.spurious.map((t) => `${s.name}\t${t.type}\t${t.value}\t[${t.text}]\t${around(s, t.start, t.end)}`)));
    show('wrong value', scores.flatMap((s) => s.wrong.map((w) => `${s.name}\t${causeOf(w.gold, w.system)}\tgold ${w.gold.type} ${w.gold.value} [${w.gold.text}]\tsys ${w.system.type} ${w.system.value} [${w.system.text}]\t${around(s, w.gold.start, w.gold.end)}`)));
  }
}
