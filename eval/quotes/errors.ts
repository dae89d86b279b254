/**
 * Error analysis of the quotes stage on PolNeAR, per role: predicted spans that match a gold span exactly,
 * that overlap one with other boundaries (and which words differ at each end), gold spans nothing overlaps
 * (misses) and predicted spans that overlap no gold span (spurious).
 *   npx tsx eval/quotes/errors.ts ../shared/data/quotes/polnear/data/dev [--fold tune] [--scope attribution|speech] [--model FILE] [--filter F --cue-boundary C --boundary S] [--role cue] [--show] [--examples N] [--all]
 * Prints the most frequent boundary differences ("+that" at the start: the prediction has an extra "that";
 * "-." at the end: it lacks the final full stop) and examples of each kind; `--all` lists every miss and
 * every spurious span (to tally them by word).
 */
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { Span } from '../../src/model/span.js';
import { CUE_BOUNDARY_OPTION, FILTER_OPTION, foldModels, SOURCE_BOUNDARY_OPTION } from './fold-models.js';
import { FOLD_OPTION, foldFilter, readPolnear, ROLES, type Role } from './polnear.js';
import { key, overlaps, predictedSpans, unique } from './score.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words one side has beyond the other at one end: "+that" (predicted extra) or "-that" (predicted lacks). */
function edge(text: string, pred: number, gold: number, atStart: boolean): string {
  if (pred === gold) return '=';
  const [a, b] = pred < gold ? [pred, gold] : [gold, pred];
  const extra = atStart ? pred < gold : pred > gold;
  const words = squash(text.slice(a, b));
  const shown = words.length > 30 ? `${words.split(' ').length}w` : words;
  return `${extra ? '+' : '-'}${shown}`;
}

function main(argv: string[]): void {
  const { values, positionals: [dir] } = scriptArgs({
    command: 'npx tsx eval/quotes/errors.ts',
    description: 'Error analysis of the quotes stage on PolNeAR per role: exact, boundary differences, misses, spurious spans.',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/dev' }],
    options: {
      fold: FOLD_OPTION,
      scope: { type: 'string', choices: ['attribution', 'speech'], default: 'attribution', help: "attribution: every attribution (PolNeAR's definition); speech: what the default pipeline keeps, what users read" },
      model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' },
      filter: FILTER_OPTION,
      'cue-boundary': CUE_BOUNDARY_OPTION,
      boundary: SOURCE_BOUNDARY_OPTION,
      role: { type: 'string', choices: ROLES, help: 'only this role (default all three)' },
      show: { type: 'boolean', help: 'print examples of the commonest differences, misses and spurious spans' },
      examples: { type: 'integer', default: 8, help: 'examples per difference with --show (three times as many misses and spurious)' },
      all: { type: 'boolean', help: 'with --show, list every miss and every spurious span' },
    },
  }, argv);
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold));
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const pipeline = new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage({ scope: values.scope === 'speech' ? 'speech' : 'attribution', modelFile: values.model, ...foldModels(values) })]);
  const roles = values.role ? [values.role] : ROLES;
  const nExamples = values.examples;
  const tallies = new Map<Role, { exact: number; boundary: Map<string, string[]>; miss: string[]; spurious: string[]; gold: number; pred: number }>();
  for (const r of roles) tallies.set(r, { exact: 0, boundary: new Map(), miss: [], spurious: [], gold: 0, pred: 0 });
  for (const a of articles) {
    const doc = pipeline.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    const quotes = doc.quotes.filter((q) => !q.partial);
    const ctxOf = (s: Span) => squash(`${a.text.slice(Math.max(0, s[0] - 60), s[0])}[${a.text.slice(s[0], s[1])}]${a.text.slice(s[1], s[1] + 40)}`);
    for (const role of roles) {
      const t = tallies.get(role)!;
      const gold = unique(a.attributions.flatMap((g) => g[role]));
      const pred = unique(quotes.flatMap((q) => predictedSpans(q, role)));
      t.gold += gold.length;
      t.pred += pred.length;
      const goldKeys = new Set(gold.map(key));
      for (const p of pred) {
        if (goldKeys.has(key(p))) { t.exact++; continue; }
        const g = gold.filter((x) => overlaps(x, p)).sort((x, y) => Math.abs(x[0] - p[0]) + Math.abs(x[1] - p[1]) - Math.abs(y[0] - p[0]) - Math.abs(y[1] - p[1]))[0];
        if (!g) { t.spurious.push(`${a.name}: ${ctxOf(p)}`); continue; }
        const k = `start ${edge(a.text, p[0], g[0], true)} | end ${edge(a.text, p[1], g[1], false)}`;
        const list = t.boundary.get(k) ?? [];
        list.push(`${a.name}: pred ${ctxOf(p)}\n      gold [${squash(a.text.slice(g[0], g[1])).slice(0, 200)}]`);
        t.boundary.set(k, list);
      }
      for (const g of gold) if (!pred.some((p) => overlaps(p, g))) t.miss.push(`${a.name}: ${ctxOf(g)}`);
    }
  }
  for (const [role, t] of tallies) {
    const nb = [...t.boundary.values()].reduce((n, l) => n + l.length, 0);
    console.log(`\n=== ${role}: gold ${t.gold}, pred ${t.pred}, exact ${t.exact}, boundary ${nb}, spurious ${t.spurious.length}, missed ${t.miss.length}`);
    const kinds = { start: 0, end: 0, both: 0, longer: 0, shorter: 0 };
    for (const [k, list] of t.boundary) {
      const [s, e] = k.split(' | ').map((x) => x.split(' ')[1]);
      const kind = s === '=' ? 'end' : e === '=' ? 'start' : 'both';
      kinds[kind] += list.length;
      if (kind !== 'both') kinds[(kind === 'end' ? e : s).startsWith('+') ? 'longer' : 'shorter'] += list.length;
    }
    console.log(`boundary errors: start only ${kinds.start}, end only ${kinds.end}, both ${kinds.both}; one end too long ${kinds.longer}, too short ${kinds.shorter}`);
    const sorted = [...t.boundary.entries()].sort((x, y) => y[1].length - x[1].length);
    for (const [k, list] of sorted.slice(0, 40)) console.log(`${String(list.length).padStart(4)}  ${k}`);
    if (values.show) {
      for (const [k, list] of sorted.slice(0, 15)) {
        console.log(`\n--- ${k}`);
        for (const e of list.slice(0, nExamples)) console.log(`   ${e}`);
      }
      console.log('\n--- missed');
      for (const e of t.miss.slice(0, values.all ? Infinity : nExamples * 3)) console.log(`   ${e}`);
      console.log('\n--- spurious');
      for (const e of t.spurious.slice(0, values.all ? Infinity : nExamples * 3)) console.log(`   ${e}`);
    }
  }
}

main(process.argv.slice(2));
