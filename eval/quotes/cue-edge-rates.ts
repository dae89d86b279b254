/**
 * How often each cue boundary rule (src/extract/quotes/cue-edges.ts) agrees with PolNeAR gold, measured on
 * gold cues alone (no model):
 *   npx tsx eval/quotes/cue-edge-rates.ts ../shared/data/quotes/polnear/data/train [--fold fit] [--all-annotators] [--candidates] [--show N]
 * A rule fits where a gold cue is what it makes of the gold cue with one token more or less at either end
 * (the tagger's mistake it undoes) and hurts where it would change a gold cue. Only a rule that fits in a clear
 * majority is worth applying; what it gains also depends on how often the tagger makes that mistake.
 * `--candidates` also measures the rules tried and left out (below), so the figures can be reproduced.
 */
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { EDGE_RULES, type EdgeRule, type EdgeSpan } from '../../src/extract/quotes/cue-edges.js';
import { auxBefore, participleFor, participlePreposition, passiveIn, passiveTo } from '../../src/extract/quotes/cue-edge-conventions.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { FOLD_OPTION, foldFilter, readPolnear } from './polnear.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Rules tried and left out (train 2026-12-02: fits % of fits + hurts; "no effect": fitted, but the tagger already does it). */
const CANDIDATES: Record<string, EdgeRule> = {
  auxBefore, // 98 %, but lowered dev and tune:5 by one and two cues: the tagger already starts at the auxiliary
  weekdayAny: (ctx, _l, { start, end }) => (end - start >= 2 && WEEKDAYS.has(ctx.lower[end - 1]) ? { start, end: end - 1 } : null), // 47 %
  weekdayBeforeThat: (ctx, _l, { start, end }) => (end - start >= 2 && WEEKDAYS.has(ctx.lower[end - 1]) && ctx.lower[end] === 'that' ? { start, end: end - 1 } : null), // 48 %
  trimAsAfterParticiple: participlePreposition(['as'], false), // 38 %: the "as" is in the cue in most cases (participleAs, kept)
  trimForAfterParticiple: participlePreposition(['for'], false), // 24 %
  widenForAfterParticiple: participleFor, // 76 %, no effect on dev or the folds
  participleOver: participlePreposition(['over'], false), // 30 %
  passiveTo, // 88 %, no effect on the folds
  passiveIn, // 81 %, no effect
  passiveWith: participlePreposition(['with'], true), // 32 %
  quantifierBeforeNumber: (ctx, _l, { start, end }) => (end - start >= 2 && ['about', 'of', 'nearly', 'almost', 'over'].includes(ctx.lower[end - 1]) && ctx.pos[end] === 'CD' ? { start, end: end - 1 } : null), // 43 %
};

const same = (a: EdgeSpan, b: EdgeSpan) => a.start === b.start && a.end === b.end;

function main(argv: string[]): void {
  const { values, positionals: [dir] } = scriptArgs({
    command: 'npx tsx eval/quotes/cue-edge-rates.ts',
    description: 'How often each cue boundary rule (src/extract/quotes/cue-edges.ts) fits and hurts PolNeAR gold cues.',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: {
      fold: FOLD_OPTION,
      'all-annotators': { type: 'boolean', help: "read every annotator's file of an article, not only the first" },
      candidates: { type: 'boolean', help: 'also measure the rules tried and left out' },
      show: { type: 'integer', default: 0, help: 'print N examples of each rule fitting and hurting' },
    },
  }, argv);
  const RULES = values.candidates ? { ...EDGE_RULES, ...CANDIDATES } : EDGE_RULES;
  const show = values.show;
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold), values['all-annotators']);
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const pipeline = new Pipeline(DEFAULT_STAGES.slice(0, upTo));
  const lexicon = CueLexicon.load(new Resources());
  const tally = new Map<string, { fits: string[]; hurts: string[] }>(Object.keys(RULES).map((k) => [k, { fits: [], hurts: [] }]));
  let cues = 0;
  let aligned = 0;
  for (const a of articles) {
    const doc = pipeline.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    doc.tokens.forEach((t, i) => { startAt.set(t.start, i); endAt.set(t.end, i + 1); });
    const shown = (s: EdgeSpan) => {
      const from = doc.tokens[Math.max(0, s.start - 6)].start;
      const to = doc.tokens[Math.min(doc.tokens.length - 1, s.end + 4)].end;
      return `${a.name}: ${a.text.slice(from, doc.tokens[s.start].start)}[${a.text.slice(doc.tokens[s.start].start, doc.tokens[s.end - 1].end)}]${a.text.slice(doc.tokens[s.end - 1].end, to)}`.replace(/\s+/g, ' ');
    };
    for (const g of a.attributions) {
      if (!g.cue.length) continue;
      cues++;
      const start = startAt.get(Math.min(...g.cue.map((s) => s[0])));
      const end = endAt.get(Math.max(...g.cue.map((s) => s[1])));
      if (start === undefined || end === undefined) continue;
      aligned++;
      const gold = { start, end };
      for (const [name, rule] of Object.entries(RULES)) {
        const t = tally.get(name)!;
        const changed = rule(ctx, lexicon, gold);
        if (changed && !same(changed, gold)) t.hurts.push(shown(gold));
        // One token more or less at either end: what the tagger may have output instead of the gold cue.
        for (const near of [{ start, end: end + 1 }, { start: start - 1, end }, { start, end: end - 1 }, { start: start + 1, end }]) {
          if (near.start < 0 || near.end > doc.tokens.length || near.end <= near.start) continue;
          const fixed = rule(ctx, lexicon, near);
          if (fixed && same(fixed, gold)) t.fits.push(shown(near));
        }
      }
    }
  }
  console.log(`${articles.length} annotator files, ${cues} gold cues, ${aligned} on token boundaries`);
  for (const [name, t] of tally) {
    const n = t.fits.length + t.hurts.length;
    console.log(`${name.padEnd(22)} fits ${String(t.fits.length).padStart(4)}  hurts ${String(t.hurts.length).padStart(4)}  ${n ? (100 * t.fits.length / n).toFixed(0) : '-'} % fits`);
    for (const e of t.fits.slice(0, show)) console.log(`   fits  ${e}`);
    for (const e of t.hurts.slice(0, show)) console.log(`   hurts ${e}`);
  }
}

main(process.argv.slice(2));
