import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from './helpers.js';

const tagged = (text: string, date: string) => tag(text, date).map((t) => [text.slice(t.start, t.end), t.type, t.value]);

test('"early-morning", "late-afternoon", "late-night" before a noun are that part of the day the text is on', () => {
  assert.deepEqual(tagged('Donald Trump is defending his early-morning tweets.', '2016-09-30'), [['early-morning', 'TIME', '2016-09-30TMO']]);
  assert.deepEqual(tagged('Following a swiftly called, late-afternoon meeting, the council issued a statement.', '2016-09-09'), [['late-afternoon', 'TIME', '2016-09-09TAF']]);
  assert.deepEqual(tagged('She mocked his flurry of late-night tweets.', '2016-09-30'), [['late-night', 'TIME', '2016-09-30TNI']]);
  assert.equal(tag('They met in the late-afternoon session.', '2016-09-30')[0].mod, 'END');
});

test('"late-night" as a broadcasting slot is no night: "late-night comedians", "a late-night BBC announcer"', () => {
  assert.deepEqual(tagged('The slogan became a punch line for late-night comedians.', '2010-06-01'), []);
  assert.deepEqual(tagged('He stars as a late-night BBC Radio 4 announcer.', '2010-06-01'), []);
});

test('"the early hours", "the early morning hours", "the small hours" are the morning; before "of" and a day they are its night, one expression, unless the day names its part', () => {
  assert.deepEqual(tagged('Trump tweeted in the early morning hours that she was disgusting.', '2016-09-30'), [['the early morning hours', 'TIME', '2016-09-30TMO']]);
  assert.deepEqual(tagged('The party carried on into the small hours.', '2009-05-05'), [['the small hours', 'TIME', '2009-05-05TMO']]);
  // (the news sample's annotators write "the early hours of Thursday" whole; AQUAINT leaves "Thursday morning" alone)
  assert.deepEqual(tagged('The exchange was completed in the early hours of Thursday.', '2017-05-20'), [['the early hours of Thursday', 'TIME', '2017-05-18TNI']]);
  assert.deepEqual(tagged('Police arrested him in the early hours of Thursday morning.', '1999-10-08'), [['Thursday morning', 'TIME', '1999-10-07TMO']]);
});

test('a place\'s clock ("UK time", "Eastern time") stays in the clock time, which takes the byline date after a comma as its day', () => {
  const text = 'First related death - 23:39 UK time , Sunday , 14 June 2009 Explaining flu - 15:00 UK time , Friday , 22 May 2009 I am Fergus Walsh';
  assert.deepEqual(tagged(text, '2009-05-26'), [
    ['23:39 UK time', 'TIME', '2009-06-14T23:39'], ['Sunday , 14 June 2009', 'DATE', '2009-06-14'],
    ['15:00 UK time', 'TIME', '2009-05-22T15:00'], ['Friday , 22 May 2009', 'DATE', '2009-05-22'],
  ]);
  assert.deepEqual(tagged('Kickoff is at 6:29 p.m. Eastern time on Sunday.', '2011-02-04'), [['6:29 p.m. Eastern time', 'TIME', '2011-02-06T18:29'], ['Sunday', 'DATE', '2011-02-06']]);
  // a day's name before "time" is no place
  assert.deepEqual(tagged('It was at 10:30 Monday time.', '2011-02-04').map((t) => t[0]), ['10:30 Monday']);
});

test('a clock time with its zone takes the day the text is on only while that day is fresh; a bare one keeps a narrative\'s day', () => {
  const dayOf = (text: string, date: string, surface: string) => tag(text, date).find((t) => text.slice(t.start, t.end) === surface)?.value;
  const far = 'The spill began on April 20. Crews worked for weeks. Ships came and went. Costs rose. Lawyers gathered. ';
  assert.equal(dayOf(far + 'BP shares fell 0.9 percent at 1430 GMT .', '2010-05-10', '1430 GMT'), '2010-05-10T14:30');
  assert.equal(dayOf(far + 'The rig blew up at 10pm , killing 11 workers .', '2010-05-14', '10pm'), '2010-04-20T22:00');
  // a day set just before still gives a zoned clock its day
  assert.equal(dayOf('On April 20 the rig burned. It blew up at 2200 GMT .', '2010-05-14', '2200 GMT'), '2010-04-20T22:00');
});

test('a clock time before "the next morning" or "the following day" is on the day after the one the text is on', () => {
  assert.deepEqual(tagged('The spill began late July 25. The leak was not noticed until 11:45 the next morning.', '2010-08-06').slice(-1), [['11:45 the next morning', 'TIME', '2010-07-26T11:45']]);
});
