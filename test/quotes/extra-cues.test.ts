import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/model/layers.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { parseCueFilter, type CueFilter } from '../../src/extract/quotes/cue-filter.js';
import { parseExtraCues, type ExtraCueOptions } from '../../src/extract/quotes/extra-cues.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { learnedCues, loadTagger, tagRoles, tagRolesWithExtra, wordClassesOf, wordSensesOf } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { exampleDocs, plainDoc } from './helpers.js';

// A PolNeAR dev sentence in which the shipped tagger's first path tags nothing and the largest cue bonus finds
// "sent a cease-and-desist letter" (PolNeAR's cue there is "sent"): an extra reading the examples alone need
// not hold after a retraining.
const NO_CUE_FIRST = 'The city sent a cease-and-desist letter Thursday.';

const model = (bias: number, weights: Record<string, number> = {}) => ({ bias, weights });
const EXTRA: ExtraCueOptions = { bonuses: [50, 100, 200, 400], trigger: 'any', contentBonuses: [150, 300, 600, 1000] };

test('extra-cue settings parse from the command line and from a filter file, and bad ones are refused', () => {
  assert.deepEqual(parseExtraCues('100,250'), { bonuses: [100, 250], trigger: 'any' });
  assert.deepEqual(parseExtraCues('100:tagged'), { bonuses: [100], trigger: 'tagged' });
  assert.deepEqual(parseExtraCues('50,100:any:150,300'), { bonuses: [50, 100], trigger: 'any', contentBonuses: [150, 300] });
  for (const bad of ['', '250,100', '100,-5', '100:some', '100:any:300,150', 'x', '100:any:150:9']) assert.throws(() => parseExtraCues(bad), /extra cues/, bad);
  const f = { threshold: 0.3, model: model(0) };
  assert.deepEqual(parseCueFilter({ ...f, extraCues: EXTRA }).extraCues, EXTRA);
  assert.equal(parseCueFilter(f).extraCues, undefined);
  assert.throws(() => parseCueFilter({ ...f, extraCues: { bonuses: [200, 100], trigger: 'any' } }, 'x.json'), /x\.json: extraCues must be/);
  assert.throws(() => parseCueFilter({ ...f, extraCues: { bonuses: [100], trigger: 'all' } }, 'x.json'), /extraCues must be/);
});

test('the extra readings leave the first reading as it was; their new cues lie in sentences the first had no cue in, graded by the bonus', () => {
  const resources = new Resources();
  const tagger = loadTagger(resources);
  assert.ok(tagger, 'the shipped quotes tagger');
  const lexicon = CueLexicon.load(resources);
  const classes = wordClassesOf(tagger, resources);
  const senses = wordSensesOf(tagger, resources);
  let extra = 0;
  for (const { file, doc } of [...exampleDocs(), { file: 'cease-and-desist', doc: plainDoc(NO_CUE_FIRST) }]) {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(tagger), doc, classes, senses);
    const first = tagRoles(tagger, ctx, true, true);
    const { spans, alternative } = tagRolesWithExtra(tagger, ctx, true, true, EXTRA);
    assert.deepEqual(spans, first, file);
    assert.ok(alternative, file);
    const cuedSentences = new Set(first.filter((s) => s.role === 'cue').map((s) => ctx.sentenceOf[s.tokenStart]));
    for (const s of alternative) {
      const known = first.find((f) => f.role === s.role && f.tokenStart === s.tokenStart && f.tokenEnd === s.tokenEnd);
      if (s.extraLevel !== undefined) {
        extra++;
        assert.equal(s.role, 'cue', file);
        assert.equal(known, undefined, `${file}: an extra cue the first reading had`);
        assert.ok(!cuedSentences.has(ctx.sentenceOf[s.tokenStart]), `${file}: an extra cue in a sentence with a cue`);
        assert.ok(s.extraLevel >= 1 && s.extraLevel <= EXTRA.bonuses.length, `${file}: level ${s.extraLevel}`);
        assert.equal(s.lowMargin, true, `${file}: an extra cue won by less than nothing`);
      } else if (s.contentExtraLevel !== undefined) {
        // a cue the first reading had, in a sentence that gained a content
        assert.ok(known && known.role === 'cue', file);
        assert.ok(s.contentExtraLevel >= 1 && s.contentExtraLevel <= EXTRA.contentBonuses!.length, file);
      } else if (!known) {
        assert.notEqual(s.role, 'cue', `${file}: a new cue without a level`);
      } else {
        assert.deepEqual(s, known, `${file}: a span of both readings keeps its margins`);
      }
    }
    // Without extra readings asked for there is no alternative.
    assert.equal(tagRolesWithExtra(tagger, ctx, true, true, null).alternative, null, file);
  }
  assert.ok(extra > 0, 'no extra cue in the examples');
  // 'tagged' decodes again only the cueless sentences where the first reading found a source or content.
  for (const { file, doc } of exampleDocs()) {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(tagger), doc, classes, senses);
    const first = tagRoles(tagger, ctx, true, true);
    const withRoles = new Set(first.map((s) => ctx.sentenceOf[s.tokenStart]));
    const { alternative } = tagRolesWithExtra(tagger, ctx, true, true, { bonuses: EXTRA.bonuses, trigger: 'tagged' });
    for (const s of alternative!) {
      if (s.extraLevel === undefined) continue;
      assert.ok(withRoles.has(ctx.sentenceOf[s.tokenStart]), `${file}: an extra cue in an untagged sentence`);
      assert.equal(s.extraTagged, true, file);
    }
  }
});

test('a filter trained with extra candidates is offered them; one without, or the speech scope, is not', () => {
  const resources = new Resources();
  const docs = exampleDocs();
  const run = (options: Parameters<typeof createQuotesStage>[0]) => {
    const stage = createQuotesStage(options).create(resources);
    return docs.map(({ doc }) => (stage(doc).quotes ?? []) as Quote[]);
  };
  const observe = (filter: CueFilter | null, extraCues?: ExtraCueOptions) => {
    const features: string[][] = [];
    run({ scope: 'attribution', cueFilter: filter, extraCues, observeCueCandidates: (c) => features.push(...c.map((x) => x.features)) });
    return features;
  };
  const keepAll: CueFilter = { model: model(20), threshold: 0.5 };
  const plain = observe(keepAll);
  const offered = observe({ ...keepAll, extraCues: EXTRA });
  const isExtra = (f: string[]) => f.includes('extra') || f.includes('xc');
  assert.equal(plain.filter(isExtra).length, 0);
  const extras = offered.filter(isExtra);
  assert.ok(extras.length > 0, 'no extra candidate offered');
  // The first reading's candidates and their features are the same with or without the extras.
  assert.deepEqual(offered.filter((f) => !isExtra(f)).sort(), [...plain].sort());
  // Dumping with the option offers the same extras with the hand filters, which keep none of them.
  assert.equal(observe(null, EXTRA).filter(isExtra).length, extras.length);
  assert.deepEqual(run({ scope: 'attribution', cueFilter: null, extraCues: EXTRA }), run({ scope: 'attribution', cueFilter: null }));
  // A filter that keeps everything keeps the extras too, still one attribution per token.
  const all = run({ scope: 'attribution', cueFilter: { ...keepAll, extraCues: EXTRA } });
  const without = run({ scope: 'attribution', cueFilter: keepAll });
  assert.ok(all.flat().length > without.flat().length, `${all.flat().length} quotes with extras, ${without.flat().length} without`);
  for (const quotes of all) {
    for (const q of quotes) {
      const inside = (o: Quote) => (o.contentParts ?? [o.content]).some((p) => p[0] <= q.cue![0] && q.cue![1] <= p[1]);
      assert.ok(!quotes.some((o) => o !== q && inside(o)), 'a cue inside another quote\'s content');
    }
  }
  // The speech scope reads no filter.
  assert.deepEqual(run({ scope: 'speech', cueFilter: { ...keepAll, extraCues: EXTRA } }), run({ scope: 'speech', cueFilter: null }));
});
