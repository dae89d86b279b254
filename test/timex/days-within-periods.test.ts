import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textsAndValues } from './helpers.js';

const read = textsAndValues;

test('"Monday of this week", "Friday of last week": one date, that weekday of that week', () => {
  assert.deepEqual(read('Orders rose on Monday of this week.', '1987-04-01'), [['Monday of this week', '1987-03-30']]);
  assert.deepEqual(read('Orders rose on Monday of last week.', '1987-04-01'), [['Monday of last week', '1987-03-23']]);
  assert.deepEqual(read('The talks open on Friday of next week.', '1987-04-01'), [['Friday of next week', '1987-04-10']]);
  // (the week another noun's: "video on Monday of last week's shooting" is this Monday's release)
  assert.deepEqual(read('Police released video on Monday of last week’s shooting.', '2016-09-20'), [['Monday', '2016-09-19'], ['last week', '2016-W37']]);
});

test('"the first day of March", "the very last day of January": that day of the month', () => {
  assert.deepEqual(read('It is the very last day of January.', '2011-01-31'), [['the very last day of January', '2011-01-31']]);
  assert.deepEqual(read('The law takes effect on the first day of March.', '2011-01-31'), [['the first day of March', '2011-03-01']]);
  assert.deepEqual(read('Payments end on the last day of February.', '2012-02-10'), [['the last day of February', '2012-02-29']]);
});

test('"71 years ago today": the publication day\'s date that far back, a day', () => {
  assert.deepEqual(read('It was 71 years ago today that the first check was issued.', '2011-01-30'), [['71 years ago today', '1940-01-30']]);
  assert.deepEqual(read('A year ago today, the uprising began.', '2011-01-30'), [['A year ago today', '2010-01-30']]);
  // without "today" it stays the year
  assert.deepEqual(read('It was 71 years ago that the first check was issued.', '2011-01-30'), [['71 years ago', '1940']]);
});

test('"the early hours of Sunday", "the wee hours of April 21": that day\'s night, one expression; "Monday morning" stands alone', () => {
  assert.deepEqual(read('Fighting broke out in the early hours of Sunday.', '1996-08-26'), [['the early hours of Sunday', '1996-08-25TNI']]);
  assert.deepEqual(read('It sank in the wee hours of April 21.', '2010-04-23'), [['the wee hours of April 21', '2010-04-21TNI']]);
  assert.deepEqual(read('It happened in the early hours of yesterday.', '2010-04-23'), [['the early hours of yesterday', '2010-04-22TNI']]);
  assert.deepEqual(read('He was spotted in the early hours of Monday morning.', '1996-08-27'), [['Monday morning', '1996-08-26TMO']]);
});

test('"by the start of the new year": one expression, the start of the coming year', () => {
  assert.deepEqual(read('The plant should be running by the start of the new year.', '1996-08-26'), [['the start of the new year', '1997']]);
});
