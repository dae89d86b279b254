import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, timexAt } from './helpers.js';

test('a weekday named again with nothing to date it is the day the story first dated: "will gather Saturday … Saturday\'s summit is"', () => {
  // written on Monday 2008-11-10
  const text = 'World economic leaders will gather in Washington Saturday for a summit. But Saturday\'s summit is the venue to push for decisive action.';
  const found = tag(text, '2008-11-10');
  assert.equal(timexAt(text, found, 'Saturday', 0)?.value, '2008-11-15');
  assert.equal(timexAt(text, found, 'Saturday', 1)?.value, '2008-11-15');
  // alone, the possessive names an event that has happened
  assert.equal(tag('But Saturday\'s summit is the venue to push for decisive action.', '2008-11-10')[0].value, '2008-11-08');
});

test('a weekday named again follows the way most of its mentions point, though the first pointed the other way', () => {
  // written on Wednesday 2008-09-24, of the debate set for Friday
  const text = 'Obama had them all for lunch Friday. McCain will not go to the debate Friday. Obama will show up on Friday. We need this debate on Friday.';
  const found = tag(text, '2008-09-24');
  assert.deepEqual([0, 1, 2, 3].map((k) => timexAt(text, found, 'Friday', k)?.value), ['2008-09-19', '2008-09-26', '2008-09-26', '2008-09-26']);
});

test('a later mention its own words date keeps its own day: "Offered on Wednesday, the issue …" and "will hold bids on Wednesday"', () => {
  const text = 'Offered on Wednesday, the 100 mln dlr issue had three price levels. The railway will hold bids on Wednesday for 20 mln dlrs of certificates.';
  const found = tag(text, '1987-03-23');
  assert.equal(timexAt(text, found, 'Wednesday', 0)?.value, '1987-03-18');
  assert.equal(timexAt(text, found, 'Wednesday', 1)?.value, '1987-03-25');
});

test('a possessive first dates the day back, and a later plan for the same name does not move it: "Saturday\'s attack … until Saturday … Saturday\'s attack"', () => {
  // written on Thursday 2018-04-12
  const text = 'France said the regime was responsible for Saturday\'s attack. Inspectors are not due to visit the site until Saturday, however. Samples from the victims of Saturday\'s attack had traces of a nerve agent.';
  const found = tag(text, '2018-04-12');
  assert.deepEqual([0, 1, 2].map((k) => timexAt(text, found, 'Saturday', k)?.value), ['2018-04-07', '2018-04-14', '2018-04-07']);
});

test('a mention whose whole clause reads the other way keeps its own day: "tomorrow and Wednesday … fell … from 49.1 billion on Wednesday"', () => {
  // written on Monday 1987-03-30
  const text = 'Rates could ease as customers deposit part of their payments back with the banks tomorrow and Wednesday. On Thursday, holdings fell to 43.3 billion marks, down substantially from 49.1 billion on Wednesday.';
  const found = tag(text, '1987-03-30');
  assert.equal(timexAt(text, found, 'Wednesday', 0)?.value, '1987-04-01');
  assert.equal(timexAt(text, found, 'Wednesday', 1)?.value, '1987-03-25');
});

test('a weekday listed right after tonight or tomorrow follows it: "late tonight and Wednesday over west central Minnesota"', () => {
  const found = tag('Winter storm watches were issued over south central South Dakota, late tonight and Wednesday over west central Minnesota.', '1987-03-24');
  assert.equal(found.find((t) => t.text === 'Wednesday')?.value, '1987-03-25');
});

test('a past verb dates a weekday over a modal that opens the next predicate: "arrived here on Saturday and will have talks"', () => {
  assert.equal(tag('Conable arrived here on Saturday and will have talks with Suharto.', '1987-03-23')[0].value, '1987-03-21');
  assert.equal(tag('An oil slick that made landfall in Louisiana\'s wetlands Thursday night and could become the worst disaster in decades.', '2010-04-30')[0].value, '2010-04-29TNI');
  // a present verb does not ("arrives Thursday and will meet"), nor a past verb far back or a limit a forecast looks ahead to
  assert.equal(tag('He arrives Thursday and will meet the king.', '2010-04-30')[0].value, '2010-05-06');
  assert.equal(tag('High seas were forecast through Sunday and could push oil deep into the inlets.', '2010-05-01')[0].value, '2010-05-02');
});

test('words of the past that are no verb end no verb group: "over the weekend and up to yesterday registered"', () => {
  const found = tag('The rains over the weekend and up to yesterday registered more than 200 mm.', '1987-04-01');
  assert.equal(found.find((t) => t.text === 'the weekend')?.value, '1987-W13-WE');
  // the verb "last" after "to" still plans
  assert.equal(tag('The talks are expected to last until Friday.', '1987-04-01')[0].value, '1987-04-03');
});

test('"is unlikely to" looks ahead as "is likely to" does, and a clause after ", as" has a time of its own', () => {
  assert.equal(tag('The Bundesbank is unlikely to change its credit policies at its central bank council meeting on Thursday, as exchange rates have stabilized over the past few weeks, dealers said.', '1987-03-03')[0].value, '1987-03-05');
});

test('a modal inside a dashed aside does not plan the weekday after it: "-- for which the spokesman could give no reason -- to a high … on Tuesday"', () => {
  const text = 'Natural float ranged from a low of near zero on Thursday -- for which the Fed spokesman could give no particular reason -- to a high of nearly 750 mln dlrs on Tuesday.';
  assert.equal(timexAt(text, tag(text, '1987-03-19'), 'Tuesday')?.value, '1987-03-17');
});
