import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textsAndValues } from './helpers.js';

const read = textsAndValues;

test('a month its clause tells of as the usual time of something is of no one year: "normally runs from June to December"', () => {
  assert.deepEqual(read('The cane crush normally runs from June to December.', '1987-04-08'), [['June', 'XXXX-06'], ['December', 'XXXX-12']]);
  assert.deepEqual(read('The hurricane season typically peaks in August and ends in November.', '2010-06-07'), [['August', 'XXXX-08'], ['November', 'XXXX-11']]);
  assert.deepEqual(read('The final decision on the initial prices, usually made in April, rests with the minister.', '1987-03-04'), [['April', 'XXXX-04']]);
  assert.deepEqual(read('The fund, which customarily omits dividends in March and September, last paid in February.', '1987-03-11'),
    [['March', 'XXXX-03'], ['September', 'XXXX-09'], ['February', '1987-02']]);
});

test('"normally" after its verb is a manner, and before an adjective or after "not" no habit: those months keep their year', () => {
  const yearOf = (text: string) => read(text, '1987-03-04').map(([, v]) => v.slice(0, 4));
  assert.deepEqual(yearOf('Trading resumed normally in April.'), ['1987']);
  assert.deepEqual(yearOf('The usually quiet town was hit in February.'), ['1987']);
  assert.deepEqual(yearOf('Prices do not usually fall in February.'), ['1987']);
  // nor does a habit told in an aside date the clause around it
  assert.deepEqual(yearOf('The stock dividend, normally issued in spring, was not issued in February.').slice(-1), ['1987']);
});

test('a season or a quarter told of as usual is of no one year too: "normally starts in the spring"', () => {
  assert.deepEqual(read('The rainy season normally starts in the spring.', '1987-03-24'), [['the spring', 'XXXX-SP']]);
  assert.deepEqual(read('There is normally no third quarter production in Cuba.', '1987-03-13'), [['third quarter', 'XXXX-Q3']]);
  // without the habit, the year
  assert.deepEqual(read('Output rose in the third quarter.', '1987-03-13'), [['the third quarter', '1987-Q3']]);
});
