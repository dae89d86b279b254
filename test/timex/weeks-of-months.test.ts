import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textsAndValues } from './helpers.js';

const read = textsAndValues;

test('"the first week of August": the ISO week holding the month\'s 4th (as ISO takes a year\'s first week); its last, the one holding its last day but three', () => {
  assert.deepEqual(read('Drilling starts in the first week of August.', '2010-07-20'), [['the first week of August', '2010-W31']]);
  assert.deepEqual(read('Talks resume in the second week of June.', '2010-05-14'), [['the second week of June', '2010-W23']]);
  assert.deepEqual(read('The attack came in the last week of March.', '2010-07-20'), [['the last week of March', '2010-W12']]);
  assert.deepEqual(read('It happened during the final week of January 2009.', '2010-07-20'), [['the final week of January 2009', '2009-W05']]);
  // the week named is the one "the previous week" counts from
  assert.deepEqual(read('Loans rose in the fourth week of February to 82.2 billion from the previous week.', '1987-03-02'),
    [['the fourth week of February', '1987-W09'], ['the previous week', '1987-W08']]);
});
