import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charSpan, type RawQuote } from '../../src/extract/quotes/assemble.js';
import { buildContext, type QuoteContext } from '../../src/extract/quotes/context.js';
import { cueContent } from '../../src/extract/quotes/cue-contents.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { parseExtraCues } from '../../src/extract/quotes/extra-cues.js';
import { parseCueFilter } from '../../src/extract/quotes/cue-filter.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { roleSpan } from './helpers.js';

const resources = new Resources();
const lexicon = CueLexicon.load(resources);
const upstream = new Pipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === 'quotes')), resources);

/** A context with parts of speech (the passive rule reads them). */
function context(text: string): QuoteContext {
  const doc = upstream.annotate({ id: 't', published: '2016-01-01', title: null, source: null, url: null, text });
  return buildContext(doc.text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
}

const role = roleSpan;

/** The rule and content fragments (as text) for the cue `cue` with source `source`, or null. */
function made(text: string, cue: string, source: string | null) {
  const ctx = context(text);
  const q: RawQuote = { source: source ? role(ctx, 'source', source) : null, cue: role(ctx, 'cue', cue), content: [], sentence: 0 };
  const m = cueContent(ctx, lexicon, q);
  return m && { rule: m.rule, content: m.content.map((c) => ctx.text.slice(...charSpan(ctx, c))), dropSource: m.dropSource ?? false };
}

test('a cue left without content gets the one its place in the sentence implies', () => {
  // preposed: the rest of the sentence, without the stop; past an addressee of "told"
  assert.deepEqual(made('Officials said 2016 has seen the worst start on record.', 'said', 'Officials'), { rule: 'after', content: ['2016 has seen the worst start on record'], dropSource: false });
  assert.deepEqual(made('Ryan told a news conference they are planting the seeds.', 'told', 'Ryan'), { rule: 'after', content: ['they are planting the seeds'], dropSource: false });
  // a quotation opened after the cue keeps its closing mark
  assert.deepEqual(made('Smith said: “We will win.”', 'said', 'Smith')?.content, ['“We will win.”']);
  // postposed, after a comma and with an addressee and a day after the cue
  assert.deepEqual(made('This includes a special force, Ash Carter told a Senate panel Wednesday.', 'told', 'Ash Carter'), { rule: 'before', content: ['This includes a special force'], dropSource: false });
  assert.deepEqual(made("Mr. Trump's defeat won't derail his campaign, as some have speculated.", 'have speculated', 'some')?.content, ["Mr. Trump's defeat won't derail his campaign"]);
  // a relative word before the attribution
  assert.deepEqual(made('Other ideas would require troops in Syria, which no candidate has championed.', 'has championed', 'no candidate'), { rule: 'relative', content: ['which'], dropSource: false });
  // a parenthetical attribution: the sentence around it
  assert.deepEqual(made('Over the years, she said, email has helped her stay in touch.', 'said', 'she'), { rule: 'around', content: ['Over the years', 'email has helped her stay in touch'], dropSource: false });
  // a passive: its noun is what it reports, not its source
  assert.deepEqual(made('He cited emails in which a handful of donors are mentioned.', 'are mentioned', 'a handful of donors'), { rule: 'passive', content: ['a handful of donors'], dropSource: true });
  assert.deepEqual(made('She moved away from the policies once championed by Bill Clinton.', 'once championed', 'the policies')?.content, ['the policies']);
  // a trailing ", which …" is cut
  assert.deepEqual(made('Polls show Sanders surging in Iowa, which votes first.', 'show', 'Polls')?.content, ['Sanders surging in Iowa']);
  // nothing clear: a cue that ends its sentence with no mark before it
  assert.equal(made('Cruz is the most able candidate Viguerie argues.', 'argues', 'Viguerie'), null);
});

test('contents by rule are asked for with a ":rules" suffix, and a filter file records it', () => {
  assert.deepEqual(parseExtraCues('50:any:150:rules'), { bonuses: [50], trigger: 'any', contentBonuses: [150], contentRules: true });
  assert.throws(() => parseExtraCues('50:any:150:other'), /extra cues/);
  const f = { threshold: 0.3, model: { bias: 0, weights: {} } };
  assert.equal(parseCueFilter({ ...f, extraCues: { bonuses: [50], trigger: 'any', contentBonuses: [150], contentRules: true } }).extraCues?.contentRules, true);
  assert.throws(() => parseCueFilter({ ...f, extraCues: { bonuses: [50], trigger: 'any', contentRules: 'yes' } }, 'x.json'), /extraCues must be/);
});
