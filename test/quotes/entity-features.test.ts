import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { ENTITY_TYPES, entityTypeOf } from '../../src/extract/quotes/entity-tags.js';
import { paragraphFeatures } from '../../src/extract/quotes/features.js';
import { SUBJECT_PRONOUN, tokenFacts } from '../../src/extract/quotes/token-facts.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';

const resources = new Resources();
const lexicon = CueLexicon.load(resources);
// The stages the quotes stage follows, as the stage and the training script see them.
const upToQuotes = new Pipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === 'quotes')), resources);

const TEXT = 'White House spokesman Sean Spicer bristled at the suggestion on Tuesday. He said it was wrong.';

function annotated() {
  return upToQuotes.annotate({ id: 'entity-features', published: '2017-03-14', title: null, source: null, url: null, text: TEXT });
}

const tokenAt = (doc: ReturnType<typeof annotated>, word: string) => doc.tokens.findIndex((t) => t.text === word);

test('the tagger reads the entities layer: mention tags, nearest mentions and the subject of a verb group', () => {
  const doc = annotated();
  const spicer = doc.entities.find((e) => e.mentions.some((m) => TEXT.slice(m.start, m.end) === 'Sean Spicer'));
  assert.ok(spicer, `the entities stage finds Sean Spicer: ${JSON.stringify(doc.entities.map((e) => e.name))}`);
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const facts = tokenFacts(ctx);
  const sean = tokenAt(doc, 'Sean');
  const bristled = tokenAt(doc, 'bristled');
  const type = ENTITY_TYPES.indexOf(spicer.type) + 1;
  assert.equal(entityTypeOf(ctx.entity[sean]), type);
  assert.equal(entityTypeOf(ctx.entity[sean + 1]), type);
  assert.notEqual(ctx.entity[sean], ctx.entity[sean + 1], 'first and last token of the mention are told apart');
  // "bristled" heads a verb group whose subject noun chunk ends with the mention, which ends just before it.
  assert.equal(facts.subject[bristled], type);
  assert.equal(facts.leftEntity[bristled], sean + 1);
  // The pronoun subject of the second sentence.
  assert.equal(facts.subject[tokenAt(doc, 'said')], SUBJECT_PRONOUN);
});

test('the same sentence without its entities gives its tokens other features', () => {
  const doc = annotated();
  const withEntities = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const without = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, new Map(), { ...doc, entities: [] });
  assert.ok(without.entity.every((t) => t === 0));
  const featuresOf = (ctx: typeof without, token: number) => {
    const seq = paragraphFeatures(ctx)[0];
    return new Set(seq.hashes.subarray(seq.offsets[token], seq.offsets[token + 1]));
  };
  for (const word of ['Sean', 'bristled', 'suggestion']) {
    const i = tokenAt(doc, word);
    const a = featuresOf(withEntities, i);
    const b = featuresOf(without, i);
    assert.ok([...a].some((h) => !b.has(h)), `${word}: a feature only with entities`);
  }
  // A token far from every mention in another sentence keeps its features: "wrong" sees no mention.
  const wrong = tokenAt(doc, 'wrong');
  assert.deepEqual(featuresOf(withEntities, wrong), featuresOf(without, wrong));
});
