import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/model/layers.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { cueFilterFeatures, keepsCue, loadCueFilter, parseCueFilter, type CueFilter } from '../../src/extract/quotes/cue-filter.js';
import { GRADED_MARGINS } from '../../src/extract/quotes/role-margins.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { learnedCues, loadTagger, tagRoles, wordClassesOf, wordSensesOf } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { exampleDocs, plainDoc, roleSpan } from './helpers.js';

const model = (bias: number, weights: Record<string, number> = {}) => ({ bias, weights });

test('grading margins changes no span and gives each cue and content a level within its grid', () => {
  const resources = new Resources();
  const tagger = loadTagger(resources);
  assert.ok(tagger, 'the shipped quotes tagger');
  const lexicon = CueLexicon.load(resources);
  const classes = wordClassesOf(tagger, resources);
  const senses = wordSensesOf(tagger, resources);
  let graded = 0;
  let unsure = 0;
  for (const { file, doc } of exampleDocs()) {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(tagger), doc, classes, senses);
    const checked = tagRoles(tagger, ctx, true);
    const withLevels = tagRoles(tagger, ctx, true, true);
    assert.deepEqual(withLevels.map(({ marginLevel: _, ...s }) => s), checked, file);
    for (const s of withLevels) {
      if (s.role === 'source') {
        assert.equal(s.marginLevel, undefined, `${file}: sources are not graded`);
        continue;
      }
      const grid = GRADED_MARGINS[s.role];
      assert.ok(s.marginLevel !== undefined && s.marginLevel >= 0 && s.marginLevel <= grid.length, `${file}: level ${s.marginLevel}`);
      graded++;
      // Lost at the role's own margin, it cannot have survived every margin of the grid (that one among them).
      if (s.lowMargin) {
        unsure++;
        assert.ok(s.marginLevel < grid.length, `${file}: an unsure ${s.role} survived every margin`);
      }
    }
  }
  assert.ok(graded > 40, `only ${graded} spans graded`);
  assert.ok(unsure < graded / 2, `${unsure} of ${graded} unsure`);
});

test('the filter keeps by probability, overrides the hand filters only past its thresholds, and weighs every role in utility mode', () => {
  const f: CueFilter = { model: model(-1, { 'w=said': 3 }), threshold: 0.5 };
  assert.equal(keepsCue(f, ['w=said'], false), true); // p = 0.88
  assert.equal(keepsCue(f, ['w=saw'], true), false); // p = 0.27
  const override: CueFilter = { ...f, threshold: 0.2, restore: 0.9 };
  assert.equal(keepsCue(override, ['w=saw'], true), true, 'hand-kept, above the drop threshold');
  assert.equal(keepsCue(override, ['w=said'], false), false, 'hand-dropped, below the restore threshold');
  // A doubtful cue (p = 0.27) with a sure source (p = 0.95): kept when the cue weighs little, not when it weighs much.
  const utility = (cueWeight: number): CueFilter => ({
    ...f,
    threshold: 0.35,
    utility: { source: model(3), content: model(-3), cueWeight, sourceThreshold: 0.35, contentThreshold: 0.3 },
  });
  assert.equal(keepsCue(utility(1), ['w=saw'], false, true, 0), true);
  assert.equal(keepsCue(utility(10), ['w=saw'], false, true, 0), false);
  // Content fragments that are mostly wrong (p = 0.05) count against the quote, one term each.
  assert.equal(keepsCue(utility(1), ['w=saw'], false, true, 3), false);
  assert.equal(keepsCue(utility(1), ['w=saw'], false, false, 0), false, 'no source: the cue alone decides');
});

test('with trees each model blends the log-odds of the regression and the trees', () => {
  // regression: w=said +2 (p = 0.88 with bias 0); trees: −2 unless the source is before (a conjunction)
  const f: CueFilter = {
    model: model(0, { 'w=said': 2 }),
    threshold: 0.5,
    trees: { cue: { bias: -1, trees: [['src=before', 2, -1]] } },
  };
  const after = ['w=said', 'src=after'];
  assert.equal(keepsCue({ ...f, threshold: 0.51 }, after, false), false, 'mean log-odds (2 − 2) / 2 = 0: p = 0.5');
  assert.equal(keepsCue({ ...f, threshold: 0.51 }, ['w=said', 'src=before'], false), true, 'mean (2 + 1) / 2: p = 0.82');
  assert.equal(keepsCue({ ...f, trees: undefined, threshold: 0.51 }, after, false), true, 'the regression alone keeps it');
  // in utility mode the source and content models blend with their own trees
  const u: CueFilter = {
    ...f,
    threshold: 0.5,
    utility: { source: model(0), content: model(0), cueWeight: 1, sourceThreshold: 0.5, contentThreshold: 0.5 },
    trees: { cue: { bias: 0, trees: [] }, source: { bias: 4, trees: [] }, content: { bias: -4, trees: [] } },
  };
  // cue p = 0.5 (no gain, no loss); source p(mean(0, 4)) = 0.88: kept; three content fragments at p(−2) = 0.12 are not worth it
  assert.equal(keepsCue(u, ['w=saw'], false, true, 0), true);
  assert.equal(keepsCue(u, ['w=saw'], false, true, 3), false);
  assert.deepEqual(parseCueFilter(u).trees, u.trees);
  assert.throws(() => parseCueFilter({ ...u, trees: { cue: { bias: 0, trees: [] } } }, 'x.json'), /x\.json: trees\.source: not boosted trees/);
  assert.throws(() => parseCueFilter({ ...f, trees: { cue: { bias: 0, trees: [['a', 1]] } } }, 'x.json'), /trees\.cue: not boosted trees/);
});

test('a filter file of the wrong shape is refused with its name', () => {
  assert.throws(() => parseCueFilter({ threshold: 2, model: model(0) }, 'x.json'), /x\.json: not a cue filter/);
  assert.throws(() => parseCueFilter({ threshold: 0.3 }, 'x.json'), /not a cue filter/);
  assert.throws(() => parseCueFilter({ threshold: 0.3, model: model(0), utility: { cueWeight: 2 } }, 'x.json'), /utility needs/);
  assert.deepEqual(parseCueFilter({ threshold: 0.3, model: model(0) }), { threshold: 0.3, model: model(0) });
});

test('in the attribution scope the filter decides which candidates stay; the speech scope ignores it', () => {
  const resources = new Resources();
  const docs = exampleDocs();
  const run = (options: Parameters<typeof createQuotesStage>[0]) => {
    const stage = createQuotesStage(options).create(resources);
    return docs.map(({ doc }) => (stage(doc).quotes ?? []) as Quote[]);
  };
  const none = run({ scope: 'attribution', cueFilter: { model: model(-20), threshold: 0.5 } });
  const all = run({ scope: 'attribution', cueFilter: { model: model(20), threshold: 0.5 } });
  const hand = run({ scope: 'attribution', cueFilter: null });
  let candidates = 0;
  let observedHand = 0;
  const observed = run({ scope: 'attribution', cueFilter: null, observeCueCandidates: (c) => { candidates += c.length; } });
  docs.forEach(({ file }, k) => {
    // Only the layout rules' quotes (dash signatures, transcripts, headlines) survive a filter that drops all.
    assert.ok(none[k].length <= hand[k].length, file);
    // Keeping every candidate keeps what the hand filters keep and more, and still one attribution per token.
    assert.ok(all[k].length >= hand[k].length, file);
    for (const q of all[k]) {
      assert.ok(q.cue, file);
      const inside = (o: Quote) => (o.contentParts ?? [o.content]).some((p) => p[0] <= q.cue![0] && q.cue![1] <= p[1]);
      assert.ok(!all[k].some((o) => o !== q && inside(o)), `${file}: a cue inside another's content`);
    }
    // Observing changes nothing.
    assert.deepEqual(observed[k], hand[k], file);
    observedHand += hand[k].length;
  });
  assert.ok(none.flat().length < observedHand / 4, `${none.flat().length} quotes kept by a filter that drops every candidate`);
  assert.ok(candidates >= all.flat().length - none.flat().length, `${candidates} candidates`);
  const speechHand = run({ scope: 'speech', cueFilter: null });
  assert.deepEqual(run({ scope: 'speech', cueFilter: { model: model(-20), threshold: 0.5 } }), speechHand);
});

test("every candidate the filter reads carries its cue's edge features once", () => {
  const resources = new Resources();
  let candidates = 0;
  const stage = createQuotesStage({
    scope: 'attribution', cueFilter: null,
    observeCueCandidates: (c) => {
      for (const x of c) {
        candidates++;
        // the filter's own features first, then the cue boundary chooser's of the cue as it is (cue-boundary.ts)
        assert.equal(x.features.filter((f) => f === 'cur').length, 1);
        assert.equal(x.features.filter((f) => f.startsWith('cur|next=')).length, 1);
        assert.ok(x.features.indexOf('cur') > x.features.findIndex((f) => f.startsWith('n1=')));
      }
    },
  }).create(resources);
  for (const { doc } of exampleDocs()) stage(doc);
  assert.ok(candidates > 20, `${candidates} candidates`);
});

test('a content that starts inside its cue is read as after the cue, with no "that" clause, and does not fail', () => {
  const doc = plainDoc('Win Htein said Tuesday morning that the NLD has won.');
  const ctx = buildContext(doc.text, doc.tokens, doc.sentences, CueLexicon.load(new Resources()), new Map(), doc);
  const cue = roleSpan(ctx, 'cue', 'said Tuesday morning that');
  const source = roleSpan(ctx, 'source', 'Win Htein');
  const quote = (content: string) => ({ source, cue, content: [roleSpan(ctx, 'content', content)], sentence: 0 });
  const overlapping = quote('that the NLD has won');
  const clean = { ...quote('the NLD has won'), cue: roleSpan(ctx, 'cue', 'said Tuesday morning') };
  const features = cueFilterFeatures(ctx, [overlapping], []).get(overlapping)!;
  assert.ok(features.includes('side=after') && !features.includes('that'), features.join(' '));
  assert.ok(cueFilterFeatures(ctx, [clean], []).get(clean)!.includes('side=after'));
});

test('the shipped filter, when there is one, reads', () => {
  const resources = new Resources();
  const f = loadCueFilter(resources);
  if (!resources.has('quotes/cue-filter.json')) {
    assert.equal(f, null);
    return;
  }
  assert.ok(f && f.threshold > 0 && f.threshold < 1 && Object.keys(f.model.weights).length > 100);
});
