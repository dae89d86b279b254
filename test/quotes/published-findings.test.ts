import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { publishesFinding } from '../../src/extract/quotes/published-findings.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { taggedContext, tokenRange } from './helpers.js';

const lexicon = CueLexicon.load(new Resources());

function quote(ctx: QuoteContext, source: string, cue: string, content: string): RawQuote {
  return {
    source: { role: 'source', ...tokenRange(ctx, source) },
    cue: { role: 'cue', ...tokenRange(ctx, cue) },
    content: [{ role: 'content', ...tokenRange(ctx, content) }],
    sentence: 0,
  };
}

test('an estimate by a named source and a finding of a report are published findings', () => {
  const estimate = taggedContext('Airwars estimated that 119 children had been killed in the campaign.');
  assert.equal(publishesFinding(estimate, lexicon, quote(estimate, 'Airwars', 'estimated', 'that 119 children had been killed in the campaign')), true);
  const report = taggedContext('A report by Unicef found 2017 was the worst year of the war.');
  assert.equal(publishesFinding(report, lexicon, quote(report, 'A report by Unicef', 'found', '2017 was the worst year of the war')), true);
});

test('a person who finds, a noun, a passive, a refusal and an infinitive publish nothing', () => {
  const person = taggedContext('The soldiers found the bodies in a ditch.');
  assert.equal(publishesFinding(person, lexicon, quote(person, 'The soldiers', 'found', 'the bodies in a ditch')), false);
  const noun = taggedContext('Those estimates turn out to be wrong.');
  assert.equal(publishesFinding(noun, lexicon, quote(noun, 'Those', 'estimates', 'turn out to be wrong')), false);
  const passive = taggedContext('More than 10,000 are estimated to be behind bars.');
  assert.equal(publishesFinding(passive, lexicon, quote(passive, 'More than 10,000', 'are estimated', 'to be behind bars')), false);
  const refusal = taggedContext('She would not estimate how much was lost.');
  assert.equal(publishesFinding(refusal, lexicon, quote(refusal, 'She', 'would not estimate', 'how much was lost')), false);
  const infinitive = taggedContext('The data used to show that the plan works.');
  assert.equal(publishesFinding(infinitive, lexicon, quote(infinitive, 'The data', 'to show', 'that the plan works')), false);
});

test('a published estimate is a quote with its speaker, the claim it holds gets its source, and it is no antecedent', () => {
  const pipeline = createDefaultPipeline();
  const text = 'BP said on Monday that the leak had slowed. Human Rights Watch estimated that more than 300 people have been killed since the protests began. The firm admitted on Tuesday that it had made mistakes.';
  const doc = pipeline.annotate({ id: 't', published: '2017-08-11', title: null, source: null, url: null, text });
  const name = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
  const byCue = new Map(doc.quotes.filter((q) => q.cue).map((q) => [text.slice(q.cue![0], q.cue![1]), q]));
  assert.equal(name(byCue.get('estimated')?.speaker ?? null), 'Human Rights Watch');
  // "The firm" is BP, who spoke, not the monitor that published an estimate in between.
  assert.equal(name(byCue.get('admitted')?.speaker ?? null), name(byCue.get('said')?.speaker ?? null));
  const toll = doc.claims.find((c) => c.value === 300);
  assert.equal(name(toll?.source ?? null), 'Human Rights Watch');
});
