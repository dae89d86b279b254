/**
 * Does PolNeAR annotate a report inside another report's content ("He notes that [the Commission announced
 * that …]")? Counts, over every annotator's file, the gold cues that lie inside a content span of the same
 * file, and the predicted cues of the attribution scope that lie inside a predicted content.
 *   npx tsx eval/quotes/nesting.ts ../shared/data/quotes/polnear/data/dev [--fold tune] [--model FILE]
 * On dev and train (2026-12-02) no gold cue lies inside any content span: an inner report is never
 * annotated, so a rule that adds one can only add wrong cues (docs/quotes-and-claims.md).
 */
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { Span } from '../../src/model/span.js';
import { FOLD_OPTION, foldFilter, readPolnear } from './polnear.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const inside = (inner: Span, outer: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];

function main(argv: string[]): void {
  const { values, positionals: [dir] } = scriptArgs({
    command: 'npx tsx eval/quotes/nesting.ts',
    description: "Counts gold cues inside another report's content span (every annotator's file), and predicted cues inside a predicted content.",
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/dev' }],
    options: { fold: FOLD_OPTION, model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' } },
  }, argv);
  const keep = foldFilter(values.fold);
  let goldCues = 0;
  let goldNested = 0;
  for (const a of readPolnear(dir, Infinity, keep, true)) {
    const contents = a.attributions.flatMap((g) => g.content);
    for (const g of a.attributions) {
      for (const c of g.cue) {
        goldCues++;
        if (contents.some((s) => inside(c, s))) goldNested++;
      }
    }
  }
  console.log(`gold (every annotator's file): ${goldCues} cues, ${goldNested} inside a content span`);
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const pipeline = new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage({ scope: 'attribution', modelFile: values.model })]);
  let predCues = 0;
  let predNested = 0;
  let missedInside = 0;
  for (const a of readPolnear(dir, Infinity, keep)) {
    const doc = pipeline.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    const quotes = doc.quotes.filter((q) => !q.partial);
    for (const q of quotes) {
      if (!q.cue) continue;
      predCues++;
      if (quotes.some((o) => o !== q && inside(q.cue!, o.content))) predNested++;
    }
    // A gold cue no predicted cue overlaps, inside a predicted content: that content runs over it.
    for (const c of a.attributions.flatMap((g) => g.cue)) {
      const found = quotes.some((q) => q.cue !== null && q.cue[0] < c[1] && c[0] < q.cue[1]);
      if (!found && quotes.some((q) => inside(c, q.content))) missedInside++;
    }
  }
  console.log(`predicted (attribution scope): ${predCues} cues, ${predNested} inside another quote's content`);
  console.log(`gold cues missed that lie inside a predicted content: ${missedInside}`);
}

main(process.argv.slice(2));
