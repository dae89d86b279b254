import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from './helpers.js';

// Written on Wednesday 2008-09-24.
const WEDNESDAY = '2008-09-24';
const valueOf = (text: string, date = WEDNESDAY) => tag(text, date).map((t) => t.value);

test('"can", "should", "must" before a weekday plan the coming one: "They can both fly to DC on Saturday"', () => {
  assert.deepEqual(valueOf('They can both fly to DC on Saturday.'), ['2008-09-27']);
  assert.deepEqual(valueOf('Obama believes the debate should go forward on Friday.'), ['2008-09-26']);
  assert.deepEqual(valueOf('The bill must be passed by Friday night.'), ['2008-09-26']);
});

test('a modal that looks back or denies, and a modal before a month, leave the past reading', () => {
  assert.deepEqual(valueOf('He should have voted on Monday.'), ['2008-09-22']);
  assert.deepEqual(valueOf('BP can emerge from April\'s disaster.', '2010-09-13'), ['2010-04']);
  // "the weekend" is not planned by a modal after it
  assert.deepEqual(valueOf('Governments agreed at the weekend to launch a fund countries can tap.', '2009-05-04'), ['2009-W18-WE']);
});

test('a date that names a disaster has happened, whatever the clause plans: "the effects of the April 20 oil rig explosion"', () => {
  assert.deepEqual(valueOf('The money will go toward a study of the effects of the April 20 oil rig explosion.', '2010-05-24'), ['2010-04-20']);
  assert.deepEqual(valueOf('The report will look at the period leading up to the 20 April explosion.', '2010-12-15'), ['2010-04-20']);
  // a meeting named by its date still follows the clause
  assert.deepEqual(valueOf('They will attend the April 20 meeting.', '2010-04-15'), ['2010-04-20']);
});
