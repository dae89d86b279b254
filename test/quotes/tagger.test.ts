import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iobAllowed, trainSequenceModel, type LabelledSequence } from '../../src/ml/index.js';
import { assemble, charSpan } from '../../src/extract/quotes/assemble.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { paragraphFeatures } from '../../src/extract/quotes/features.js';
import { readModelFile } from '../../src/ml/index.js';
import { CompactTagger } from '../../src/extract/quotes/compact-tagger.js';
import { goldLabels, QUOTE_LABELS, QUOTE_SCHEME, rangesToTag, tagRoles, type Role } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { segment } from '../../src/text/segment.js';
import type { Span } from '../../src/model/span.js';

const lexicon = CueLexicon.load(new Resources());

function example(text: string, roles: [Role, string][]) {
  const { tokens, sentences } = segment(text);
  const ctx = buildContext(text, tokens, sentences, lexicon);
  const fragments = roles.map(([role, surface]) => {
    const start = text.indexOf(surface);
    return { role, span: [start, start + surface.length] as Span };
  });
  return { ctx, fragments };
}

test('gold spans become tags, a tiny model learns them back as quotes', () => {
  const train = [
    example('The mayor said the bridge will reopen soon.', [['source', 'The mayor'], ['cue', 'said'], ['content', 'the bridge will reopen soon']]),
    example('The police said the road is closed.', [['source', 'The police'], ['cue', 'said'], ['content', 'the road is closed']]),
    example('Rain fell all day in the city.', []),
  ];
  const data: LabelledSequence[] = train.flatMap(({ ctx, fragments }) => {
    const labels = goldLabels(ctx, fragments);
    return paragraphFeatures(ctx).map((features, k) => ({ features, labels: labels[k] }));
  });
  const model = trainSequenceModel(data, { labels: QUOTE_LABELS, epochs: 10, allowedTransition: iobAllowed(QUOTE_SCHEME) });
  const { ctx } = example('The mayor said the road is closed.', []);
  const quotes = assemble(ctx, tagRoles(model, ctx));
  assert.equal(quotes.length, 1);
  const q = quotes[0];
  assert.equal(ctx.text.slice(...charSpan(ctx, q.source!)), 'The mayor');
  assert.equal(ctx.text.slice(...charSpan(ctx, q.cue!)), 'said');
  assert.equal(ctx.text.slice(...charSpan(ctx, q.content[0])), 'the road is closed');
  const { ctx: none } = example('Rain fell all day in the city.', []);
  assert.equal(assemble(none, tagRoles(model, none)).length, 0);
  // The compact copy the stage runs decodes exactly as the trained model does.
  const compact = new CompactTagger(readModelFile(model.serialize()));
  const fromFile = new CompactTagger(readModelFile(model.serialize()));
  for (const { ctx: c } of [...train, example('The mayor said the road is closed.', [])]) {
    for (const seq of paragraphFeatures(c)) assert.deepEqual(Array.from(compact.decode(seq)), Array.from(model.decode(seq)));
  }
  assert.deepEqual(JSON.stringify(tagRoles(fromFile, ctx)), JSON.stringify(tagRoles(model, ctx)));
});

test('only sentences that may attribute are tagged, each with the sentence after it', () => {
  const { ctx } = example('Rain fell. Wind blew. The mayor said the road is closed. Crews worked. Traffic waited. Snow came.', []);
  const ranges = rangesToTag(ctx);
  assert.equal(ranges.length, 1);
  assert.equal(ctx.text.slice(ctx.tokens[ranges[0].start].start, ctx.tokens[ranges[0].end - 1].end), 'The mayor said the road is closed. Crews worked.');
});
