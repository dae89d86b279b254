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


test('"the weekend" named again follows the weekend the story means: "next weekend … Congress can\'t work over the weekend?"', () => {
  // written on Wednesday 2008-09-24
  const text = 'Let them sit next weekend. He wants the vote over the weekend. So what -- Congress can\'t work over the weekend?';
  const found = tag(text, '2008-09-24');
  assert.equal(timexAt(text, found, 'the weekend', 1)?.value, '2008-W39-WE');
  // alone, with nothing to date it, the weekend just gone
  assert.equal(tag('So what -- Congress can\'t work over the weekend?', '2008-09-24')[0].value, '2008-W38-WE');
});
