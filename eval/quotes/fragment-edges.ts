/**
 * How often PolNeAR gold follows each source and content edge convention of the trainer's
 * `--normalize-labels all` (EDGE_CONVENTIONS in src/extract/quotes/gold-conventions.ts), on gold alone:
 *   npx tsx eval/quotes/fragment-edges.ts ../shared/data/quotes/polnear/data/train [--fold fit] [--all-annotators]
 * "in": a fragment of at least two tokens has the convention's word at that edge; "out": the word is the
 * token right outside that edge, in the same paragraph, the edge token is not that word too, and no fragment
 * of the same attribution holds it (what `normalizeGold` would move). Only a convention whose
 * side has a clear majority (about 70 % or more) belongs in the normalization.
 */
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { EDGE_CONVENTIONS } from '../../src/extract/quotes/gold-conventions.js';
import { Resources } from '../../src/pipeline/resources.js';
import { syntaxStage } from '../../src/extract/syntax/stage.js';
import { emptyDoc } from '../../src/model/doc.js';
import { segment } from '../../src/text/segment.js';
import { FOLD_OPTION, foldFilter, readPolnear } from './polnear.js';
import { scriptArgs } from '../../scripts/script-cli.js';

function main(argv: string[]): void {
  const { values, positionals: [dir] } = scriptArgs({
    command: 'npx tsx eval/quotes/fragment-edges.ts',
    description: "How often PolNeAR gold follows each source and content edge convention of the trainer's --normalize-labels all.",
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: { fold: FOLD_OPTION, 'all-annotators': { type: 'boolean', help: "read every annotator's file of an article, not only the first" } },
  }, argv);
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold), values['all-annotators']);
  const resources = new Resources();
  const lexicon = CueLexicon.load(resources);
  const tagSyntax = syntaxStage.create(resources);
  const tally = new Map(Object.keys(EDGE_CONVENTIONS).map((k) => [k, { in: 0, out: 0 }]));
  for (const a of articles) {
    const { tokens, sentences } = segment(a.text);
    const doc = Object.assign(emptyDoc({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text }), { tokens, sentences });
    const ctx = buildContext(a.text, tokens, sentences, lexicon, new Map(), tagSyntax(doc) as { pos: string[]; chunks: string[] });
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    tokens.forEach((t, i) => { startAt.set(t.start, i); endAt.set(t.end, i + 1); });
    for (const g of a.attributions) {
      const all = [...g.source, ...g.cue, ...g.content];
      const lineBreak = (i: number) => a.text.slice(tokens[i].end, tokens[i + 1].start).includes('\n');
      const free = (i: number) => i >= 0 && i < tokens.length && !all.some(([s, e]) => s <= tokens[i].start && tokens[i].end <= e);
      for (const [name, c] of Object.entries(EDGE_CONVENTIONS)) {
        const t = tally.get(name)!;
        for (const [cs, ce] of g[c.role]) {
          const s = startAt.get(cs);
          const e = endAt.get(ce);
          if (s === undefined || e === undefined || e <= s) continue;
          const edge = c.edge === 'start' ? s : e - 1;
          const outside = c.edge === 'start' ? s - 1 : e;
          if (e - s >= 2 && c.word(ctx, edge)) t.in++;
          else if (free(outside) && c.word(ctx, outside) && !c.word(ctx, edge) && !lineBreak(Math.min(edge, outside))) t.out++;
        }
      }
    }
  }
  console.log(`${articles.length} annotator files`);
  for (const [name, t] of tally) {
    const n = t.in + t.out;
    console.log(`${name.padEnd(22)} in ${String(t.in).padStart(5)}  out ${String(t.out).padStart(5)}  ${n ? (100 * t.in / n).toFixed(0) : '-'} % in`);
  }
}

main(process.argv.slice(2));
