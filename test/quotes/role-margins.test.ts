import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { lostAtMargin, marginChecks, sureContent } from '../../src/extract/quotes/role-margins.js';
import { learnedCues, loadTagger, tagRoles, wordClassesOf, type RoleSpan } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { exampleDocs } from './helpers.js';

test('checking margins leaves the tagged spans as they are and marks only cues and contents, fewer than it keeps', () => {
  const resources = new Resources();
  const model = loadTagger(resources);
  assert.ok(model, 'the shipped quotes tagger');
  const lexicon = CueLexicon.load(resources);
  let cues = 0;
  let unsureCues = 0;
  const classes = wordClassesOf(model, resources);
  for (const { file: f, doc } of exampleDocs()) {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(model), doc, classes);
    const plain = tagRoles(model, ctx);
    const checked = tagRoles(model, ctx, true);
    assert.deepEqual(checked.map(({ lowMargin: _, ...s }) => s), plain, f);
    assert.ok(plain.every((s) => s.lowMargin === undefined), `${f}: no marks unless asked`);
    assert.ok(checked.every((s) => !s.lowMargin || s.role !== 'source'), `${f}: sources are not checked`);
    cues += checked.filter((s) => s.role === 'cue').length;
    unsureCues += checked.filter((s) => s.role === 'cue' && s.lowMargin).length;
    // The tagger is left without checks: a plain call marks nothing again.
    assert.ok(tagRoles(model, ctx).every((s) => s.lowMargin === undefined), f);
  }
  assert.ok(cues > 20, `only ${cues} cues`);
  assert.ok(unsureCues < cues / 4, `${unsureCues} of ${cues} cues unsure`);
});

test('a span is lost at the margin when the costlier path gives none of its tokens its role', () => {
  const model = loadTagger(new Resources());
  assert.ok(model);
  const [cue] = marginChecks(model);
  const O = 0;
  const uCue = model.labels.indexOf('U-CUE');
  const bCon = model.labels.indexOf('B-CON');
  assert.equal(lostAtMargin(Int32Array.from([O, uCue, O]), cue, 1, 2), false);
  assert.equal(lostAtMargin(Int32Array.from([O, bCon, O]), cue, 1, 2), true);
  assert.equal(lostAtMargin(null, cue, 1, 2), true);
});

test('unsure content fragments go only when a surer one stays', () => {
  const part = (tokenStart: number, lowMargin?: boolean): RoleSpan => ({ role: 'content', tokenStart, tokenEnd: tokenStart + 3, ...(lowMargin ? { lowMargin } : {}) });
  assert.deepEqual(sureContent([part(0, true), part(5)]), [part(5)]);
  assert.deepEqual(sureContent([part(0, true), part(5, true)]), [part(0, true), part(5, true)]);
});
