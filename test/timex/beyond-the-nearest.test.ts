import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textsAndValues } from './helpers.js';

const read = textsAndValues;

// 2010-05-14 is a Friday of ISO week 19
test('"the week before last", "the year after next": two units from the publication date, "the" left outside', () => {
  assert.deepEqual(read('Prices rose the week before last.', '2010-05-14'), [['week before last', '2010-W17']]);
  assert.deepEqual(read('I will be in Britain the week after next.', '2010-05-14'), [['week after next', '2010-W21']]);
  assert.deepEqual(read('It was the year before last.', '2010-05-14'), [['year before last', '2008']]);
  assert.deepEqual(read('The vote comes the month after next.', '2010-05-14'), [['month after next', '2010-07']]);
  assert.deepEqual(read('They marched the weekend before last.', '2010-05-14'), [['weekend before last', '2010-W17-WE']]);
});

test('"the day before yesterday" and "the day after tomorrow" are two days off', () => {
  assert.deepEqual(read('He spoke the day before yesterday.', '2010-05-14'), [['day before yesterday', '2010-05-12']]);
  assert.deepEqual(read('He will come the day after tomorrow.', '2010-05-14'), [['day after tomorrow', '2010-05-16']]);
});

test('"the Thursday before last" is the Thursday a week before last Thursday', () => {
  assert.deepEqual(read('He confidently declared on the Thursday before last that BP would bounce back.', '2010-05-14'), [['Thursday before last', '2010-05-06']]);
  assert.deepEqual(read('The talks resume on the Monday after next.', '2010-05-14'), [['Monday after next', '2010-05-24']]);
});

test('"last" or "next" that opens a date of its own is that date: "the week before last year\'s election"', () => {
  assert.deepEqual(read("It happened the week before last year's election.", '2010-05-14'), [['last year', '2009']]);
  assert.deepEqual(read("It happened the day before last Tuesday's hearing.", '2010-05-14'), [['day before last Tuesday', '2010-05-10']]);
});
