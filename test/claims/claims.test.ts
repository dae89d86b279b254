import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsStage } from '../../src/extract/claims/stage.js';
import { quotesStage } from '../../src/extract/quotes/stage.js';
import { Resources } from '../../src/pipeline/resources.js';
import type { Doc } from '../../src/model/doc.js';
import { annotateExample, entity, plainDoc, textOf, timex } from '../quotes/helpers.js';

const resources = new Resources();
const runQuotes = quotesStage.create(resources);
const runClaims = claimsStage.create(resources);

function claimsOf(doc: Doc) {
  doc.quotes = runQuotes(doc).quotes!;
  return runClaims(doc).claims!;
}

test('a ministry toll: value, qualifier, kind, source, as-of date of the statement, place', () => {
  const doc = plainDoc('Fighting went on in Gaza.\n\nOn Monday, the Gaza Health Ministry said the death toll in the enclave since October 7 now stood at almost 39,900, with more than 92,000 injured.');
  doc.entities = [entity(doc, 'E1', 'GPE', 'Gaza', ['Gaza']), entity(doc, 'E2', 'ORG', 'Gaza Health Ministry', ['Gaza Health Ministry'])];
  // "Gaza" inside the ministry's name is not a mention of the place.
  doc.entities[0].mentions = doc.entities[0].mentions.slice(0, 1);
  doc.timexes = [timex(doc, 'Monday', '2024-08-12'), timex(doc, 'October 7', '2023-10-07')];
  const claims = claimsOf(doc);
  const killed = claims.find((c) => c.kind === 'killed');
  const injured = claims.find((c) => c.kind === 'injured');
  assert.ok(killed && injured, JSON.stringify(claims));
  assert.equal(killed.value, 39900);
  assert.equal(killed.qualifier, 'approx');
  assert.equal(textOf(doc, killed.span), 'almost 39,900');
  assert.equal(killed.source, 'E2');
  assert.equal(killed.asOf, '2024-08-12');
  assert.equal(killed.about, 'E1');
  assert.equal(injured.value, 92000);
  assert.equal(injured.qualifier, 'atLeast');
  assert.equal(injured.asOf, '2024-08-12');
  // October 7 is a date, not a count.
  assert.ok(!claims.some((c) => c.value === 7));
});

test('numbers in words, multipliers and vague counts', () => {
  const doc = plainDoc('Dozens were killed and 2.3 million people have been displaced. Officials said 1.2m are missing, while some 300 were arrested and up to forty detained. The toll rose to 12.');
  const claims = claimsOf(doc);
  const by = (kind: string) => claims.find((c) => c.kind === kind);
  assert.deepEqual([by('killed')?.value, by('killed')?.qualifier], [24, 'approx']);
  assert.equal(by('displaced')?.value, 2300000);
  assert.equal(by('missing')?.value, 1200000);
  assert.deepEqual([by('arrested')?.value, by('arrested')?.qualifier], [300, 'approx']);
  assert.deepEqual([by('detained')?.value, by('detained')?.qualifier], [40, 'atMost']);
  assert.ok(claims.some((c) => c.kind === 'killed' && c.value === 12));
  for (const c of claims) assert.equal(textOf(doc, c.span), c.text);
});

test('counts that are not claims are left alone', () => {
  const doc = plainDoc('Dozens of airlines have cancelled flights. The 2024 budget has 40 pages and 3 annexes.');
  doc.timexes = [timex(doc, '2024', '2024')];
  assert.deepEqual(claimsOf(doc), []);
});

test('a range is one approximate count at its lower end, which takes the scale after the upper end; "thousands of jobs" and "24/7" are no tolls', () => {
  const doc = plainDoc('The pandemics of 1957 and 1968 killed one to two million. The 1918 flu killed 50 to 100 million people. The bug that killed 20,000,000 to 100 million was a summer flu.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.text, c.value, c.qualifier]), [['one to two million', 1000000, 'approx'], ['50 to 100 million', 50000000, 'approx'], ['20,000,000 to 100 million', 20000000, 'approx']]);
  const others = plainDoc('Between 20 and 30 people were killed. Police said 4-6 people were injured and $2 to $3 million in aid was pledged. The toll rose from 20 to 30 dead. The team won 3-1 and 2 people were injured.');
  assert.deepEqual(claimsOf(others).map((c) => [c.text, c.value, c.qualifier]), [
    ['Between 20 and 30', 20, 'approx'], ['4-6', 4, 'approx'], ['$2 to $3 million', 2000000, 'approx'],
    ['20', 20, 'exact'], ['30', 30, 'exact'], ['2', 2, 'exact'],
  ]);
  // a chain of numbers is a code, never a range: "a regular toll line at 1-202-501-4444"
  assert.ok(claimsOf(plainDoc('Call the regular toll line at 1-202-501-4444 for news.')).every((c) => !(c.text ?? '').includes('-')));
  const none = plainDoc('Obama is killing thousands of jobs. His specialists were interrogating security detainees 24/7.');
  assert.deepEqual(claimsOf(none), []);
});

test('long runs of digits and spaces stay fast', () => {
  const doc = plainDoc(`${'9'.repeat(50000)} killed ${'1 '.repeat(20000)} ${',1'.repeat(20000)} injured`);
  const started = performance.now();
  claimsOf(doc);
  assert.ok(performance.now() - started < 3000);
});

test('seed 000: 39,900 killed and more than 92,000 injured as of 2024-08-12; the toll nears 40,000', () => {
  const doc = annotateExample('000_caa8fa700a5f6095.txt');
  const gaza = doc.entities.find((e) => e.name === 'Gaza')?.id;
  const killed = doc.claims.find((c) => c.value === 39900);
  assert.ok(killed);
  assert.deepEqual([killed.kind, killed.qualifier, killed.asOf, killed.about], ['killed', 'approx', '2024-08-12', gaza]);
  assert.equal(textOf(doc, killed.sourceSpan), 'the Gaza Health Ministry');
  const injured = doc.claims.find((c) => c.value === 92000);
  assert.ok(injured);
  assert.deepEqual([injured.kind, injured.qualifier, injured.asOf], ['injured', 'atLeast', '2024-08-12']);
  const nears = doc.claims.find((c) => c.value === 40000);
  assert.ok(nears);
  assert.equal(nears.kind, 'killed');
  assert.equal(textOf(doc, nears.span), 'nears 40,000');
  for (const c of doc.claims) assert.equal(doc.text.slice(c.span[0], c.span[1]), c.text);
});

test('money, measures, sizes, years and far-off verbs are not tolls (seen in Timeline17)', () => {
  const none = [
    'A bipartisan rebellion in the House killed a $700 billion rescue plan.',
    'Doctors played a great role in saving the lives of hundreds of people.',
    'It estimated that swine flu had killed between 0.4 % and 1.4 % of its victims.',
    'The United States has received 21 aid offers from 17 countries.',
    'As the death toll kept rising, Indonesia, a nation of 200 million people, asked for help.',
    'The wounded were brought from the front lines between these two warring camps.',
    'The death toll was revised as crews made 10 trips a day.',
  ];
  for (const text of none) assert.deepEqual(claimsOf(plainDoc(text)).map((c) => c.text), [], text);
});

test('a count keeps its own noun phrase: the victims, not the barrels or the pandemic year', () => {
  const doc = plainDoc('The explosion killed 11 men and sent nearly 5m barrels of oil into the Gulf. The 1918 pandemic killed an estimated 50 million people.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.kind, c.value, c.qualifier]), [['killed', 11, 'exact'], ['killed', 50000000, 'approx']]);
});

test('number words read as one number; aid is money', () => {
  const doc = plainDoc('The earthquake killed around two hundred and fifty thousand people. Donors pledged $20 million in aid.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.kind, c.value, c.qualifier, c.text]), [
    ['killed', 250000, 'approx', 'around two hundred and fifty thousand'],
    ['aid', 20000000, 'exact', '$20 million'],
  ]);
});

test('a toll phrase far from its number, a range and a loss of lives still count', () => {
  const doc = plainDoc("The number of people injured in the unrest has climbed to 896, the health minister said. The 1918 flu killed anywhere between 25 million and 100 million people. It sank with the presumed loss of 11 lives.");
  assert.deepEqual(claimsOf(doc).map((c) => [c.kind, c.value, c.qualifier]), [['injured', 896, 'exact'], ['killed', 25000000, 'approx'], ['killed', 11, 'exact']]);
});

test('"in" a place right after a count is its place; dead animals are no toll', () => {
  const doc = plainDoc('Staff confirmed 80 deaths from two hospitals in Cairo, 36 deaths in Alexandria and 13 fatalities in Suez. The majority of the hundreds of dead dolphins had no oil on them.');
  doc.entities = ['Cairo', 'Alexandria', 'Suez'].map((name, k) => ({ id: `E${k + 1}`, type: 'GPE' as const, name, kb: null, country: null, sector: null, mentions: [{ start: doc.text.indexOf(name), end: doc.text.indexOf(name) + name.length, kind: 'name' as const }] }));
  assert.deepEqual(claimsOf(doc).map((c) => [c.value, c.about]), [[80, 'E1'], [36, 'E2'], [13, 'E3']]);
});

test('"several hundred" and "a few thousand" are vague counts of that size; lives saved are no toll, lives a war cost are', () => {
  const doc = plainDoc('The clashes wounded several hundred. A few thousand were displaced. Several hundred thousand people were displaced. ' +
    'The ceasefire saved thousands of lives. The war has cost 5,000 lives. The plan will cost $5 billion. ' +
    'The Exxon Valdez claimed the lives of several thousand sea otters.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.kind, c.value, c.qualifier, c.text]), [
    ['injured', 300, 'approx', 'several hundred'],
    ['displaced', 3000, 'approx', 'few thousand'],
    ['displaced', 300000, 'approx', 'Several hundred thousand'],
    ['killed', 5000, 'exact', '5,000'],
  ]);
});

test('a preposition between the count word and the number makes it something else\'s: "killed in dozens of airstrikes", "injured by three bombers"', () => {
  const doc = plainDoc('Almost 200 civilians have been killed in dozens of airstrikes. 129 people were injured by three bombers. ' +
    'He was charged over the killing of 13 people.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.kind, c.value, c.text]), [['killed', 200, 'Almost 200'], ['injured', 129, '129'], ['killed', 13, '13']]);
});

test('"no one was injured" counts no one, and a count after "and" belongs to the next clause', () => {
  const doc = plainDoc('No one was injured in the fire. A student was killed and 11 others were wounded. The blast killed one and injured 40.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.kind, c.value, c.text]), [['injured', 11, '11'], ['killed', 1, 'one'], ['injured', 40, '40']]);
});

test('a count of the whole world is about no one place; a place of its own right after it still is', () => {
  const doc = plainDoc('Refugees reached Jordan. There are 22.5 million refugees worldwide. The virus has killed 149 people in Mexico and spread across the world.');
  doc.entities = [entity(doc, 'E1', 'GPE', 'Jordan', ['Jordan']), entity(doc, 'E2', 'GPE', 'Mexico', ['Mexico'])];
  const claims = claimsOf(doc);
  assert.equal(claims.find((c) => c.value === 22500000)?.about, null);
  assert.equal(claims.find((c) => c.value === 149)?.about, 'E2');
});

test('prisoners who died and detainees who were wounded are counted by what befell them', () => {
  const doc = plainDoc('The US said eight prisoners had died in its custody. At least 20 soldiers and 12 detainees were wounded in the fighting. The camp holds 3,000 detainees.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.value, c.kind]), [[8, 'killed'], [12, 'injured'], [3000, 'detained']]);
});

test('"lives" counts only right after the number or its "of"; a singular animal is no toll', () => {
  const doc = plainDoc('One of them lives down the street. The violence claimed hundreds of lives. The spill killed one bird for every 80 grams of oil.');
  assert.deepEqual(claimsOf(doc).map((c) => [c.kind, c.text]), [['killed', 'hundreds']]);
});
