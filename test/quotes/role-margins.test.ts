import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { lostAtMargin, marginChecks, sureContent } from '../../src/extract/quotes/role-margins.js';
import { learnedCues, loadTagger, rangesToTag, tagRoles, wordClassesOf, wordSensesOf, type RoleSpan } from '../../src/extract/quotes/tagger.js';
import { Resources } from '../../src/pipeline/resources.js';
import { exampleDocs } from './helpers.js';

/** The spans of each range to tag that has no sentence with more cues than contents (contentless-cues.ts decodes the others again). */
function outsideShortSentences(ctx: ReturnType<typeof buildContext>, spans: RoleSpan[], plain: RoleSpan[]): RoleSpan[] {
  return rangesToTag(ctx).flatMap((r) => {
    const inRange = (s: RoleSpan) => s.tokenStart >= r.start && s.tokenStart < r.end;
    const balance = new Map<number, number>();
    for (const s of plain.filter(inRange)) if (s.role !== 'source') balance.set(ctx.sentenceOf[s.tokenStart], (balance.get(ctx.sentenceOf[s.tokenStart]) ?? 0) + (s.role === 'cue' ? 1 : -1));
    return [...balance.values()].some((b) => b > 0) ? [] : spans.filter(inRange);
  });
}

test('checking margins leaves the tagged spans as they are (but where a cue lacks content) and marks only cues and contents, fewer than it keeps', () => {
  const resources = new Resources();
  const model = loadTagger(resources);
  assert.ok(model, 'the shipped quotes tagger');
  const lexicon = CueLexicon.load(resources);
  let cues = 0;
  let unsureCues = 0;
  let compared = 0;
  let all = 0;
  const classes = wordClassesOf(model, resources);
  const senses = wordSensesOf(model, resources);
  for (const { file: f, doc } of exampleDocs()) {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(model), doc, classes, senses);
    const plain = tagRoles(model, ctx);
    const checked = tagRoles(model, ctx, true);
    const kept = outsideShortSentences(ctx, plain, plain);
    compared += kept.length;
    all += plain.length;
    assert.deepEqual(outsideShortSentences(ctx, checked, plain).map(({ lowMargin: _, ...s }) => s), kept, f);
    assert.ok(plain.every((s) => s.lowMargin === undefined), `${f}: no marks unless asked`);
    assert.ok(checked.every((s) => !s.lowMargin || s.role !== 'source'), `${f}: sources are not checked`);
    cues += checked.filter((s) => s.role === 'cue').length;
    unsureCues += checked.filter((s) => s.role === 'cue' && s.lowMargin).length;
    // The tagger is left without checks: a plain call marks nothing again.
    assert.ok(tagRoles(model, ctx).every((s) => s.lowMargin === undefined), f);
  }
  assert.ok(compared > all / 3, `only ${compared} of ${all} spans compared`);
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
