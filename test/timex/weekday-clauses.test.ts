import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, timexAt } from './helpers.js';

test('a weekday listed right after tonight or tomorrow follows it: "late tonight and Wednesday over west central Minnesota"', () => {
  const found = tag('Winter storm watches were issued over south central South Dakota, late tonight and Wednesday over west central Minnesota.', '1987-03-24');
  assert.equal(found.find((t) => t.text === 'Wednesday')?.value, '1987-03-25');
});

test('a weekday offered instead of today is a choice still open: "could buy coupon securities today or Wednesday"', () => {
  const offered = tag('The Fed could make it two in a row by offering to buy coupon securities today or Wednesday.', '1987-04-07');
  assert.equal(offered.find((t) => t.text === 'Wednesday')?.value, '1987-04-08');
  // listed with "and", it goes with the verb ("were firm today and Wednesday" tells of both as past)
  const listed = tag('Prices were firm today and Wednesday.', '1987-04-07');
  assert.equal(listed.find((t) => t.text === 'Wednesday')?.value, '1987-04-01');
});


test('a weekday offered right after one ahead comes after it: "down to a trickle by Monday or Tuesday", written on a Tuesday', () => {
  const found = tag('The flow should be down to a relative trickle by Monday or Tuesday, he said.', '2010-06-08');
  assert.deepEqual(found.map((t) => t.value), ['2010-06-14', '2010-06-15']);
  // told of as past, both lie back and the publication day keeps its own name
  assert.deepEqual(tag('Talks were held on Monday and Tuesday.', '2010-06-08').map((t) => t.value), ['2010-06-07', '2010-06-08']);
});

test('a participle that takes "to" after a weekday describes the noun before it: "a hearing on Thursday devoted to the disaster"', () => {
  assert.equal(tag('Hayward will face a separate House hearing on Thursday devoted to the disaster.', '2010-06-15')[0].value, '2010-06-17');
  // a past verb there still tells of the past
  assert.equal(tag('He met the king on Thursday and returned to Paris.', '2010-06-15')[0].value, '2010-06-10');
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


test('a weekday between a noun of saying and what was said dates the saying: "announcement on Tuesday of plans to expand"', () => {
  assert.equal(tag('The tirade was sparked by Israel\'s announcement on Tuesday of plans to expand the Jewish settlements.', '1996-08-28')[0].value, '1996-08-27');
  // a weekday after the noun with nothing said after it keeps the clause's reading
  assert.equal(tag('Israel will make an announcement on Tuesday.', '1996-08-28')[0].value, '1996-09-03');
});

test('a sentence opening with "Should" and its subject sets a condition still ahead: "Should a hurricane strike the Gulf this weekend"', () => {
  assert.equal(tag('Should a hurricane strike the Gulf of Mexico this weekend , work on cleaning up the oil slick and blocking the well would be disrupted .', '2010-07-20')[0].value, '2010-W29-WE');
  assert.equal(tag('Should a hurricane strike the Gulf this weekend, crews leave the area.', '2010-07-20')[0].value, '2010-W29-WE');
  // "should" inside a clause is no condition
  assert.equal(tag('The slick should have reached the coast this weekend.', '2010-07-20')[0].value, '2010-W28-WE');
});

test('a scheduled event a day or two ahead named by a space-split possessive is the coming one: "seek a delay of Friday \'s debate"', () => {
  assert.equal(tag('McCain hopes to seek a delay of Friday \'s debate with Obama .', '2008-09-25')[0].value, '2008-09-26');
  assert.equal(tag('Top ten drivers in grid for Sunday \'s Vancouver IndyCar race after final qualifying .', '1996-08-31')[0].value, '1996-09-01');
  // further ahead, the one just held
  assert.equal(tag('He was the moderator of Monday \'s debate .', '2008-09-25')[0].value, '2008-09-22');
});

test('a day an event called for follows cannot date the call: "has called for protests after Friday prayers"', () => {
  assert.equal(tag('The Muslim Brotherhood has called for protests after Friday prayers.', '2011-01-27')[0].value, '2011-01-28');
  // the day a call was made ("called for talks on Monday") stays the call's
  assert.equal(tag('He called for talks on Monday.', '2011-01-27')[0].value, '2011-01-24');
});

test('the sayer\'s name may stand between a noun of saying and its weekday: "a remark by Mr. McCain on Sunday night that"', () => {
  const text = 'McCain will appear on Sunday. The disclosure undercuts a remark by Mr. McCain on Sunday night that the campaign manager had no role.';
  assert.equal(timexAt(text, tag(text, '2008-09-24'), 'Sunday night')?.value, '2008-09-21TNI');
});

test('a verb that puts off a scheduled event a day or two ahead makes it the coming one: "wanted to delay Friday night\'s presidential debate"', () => {
  assert.equal(tag('He said he was putting the campaign on hold and wanted to delay Friday night\'s presidential debate.', '2008-09-24')[0].value, '2008-09-26TNI');
});

test('what is expected somewhere or planned for a day lies ahead: "is expected here on Friday", "a call planned for Friday"', () => {
  assert.equal(tag('Iranian Oil Minister Gholamreza Aqazadeh is expected here on Friday for talks.', '1987-03-04')[0].value, '1987-03-06');
  const text = 'BP gained 4.7 percent on Thursday as a call with analysts planned for Friday gave hope.';
  assert.equal(timexAt(text, tag(text, '2010-06-03'), 'Friday')?.value, '2010-06-04');
  // a plan gone by keeps its day behind
  assert.equal(tag('Schmidt had been expected back on Monday but had not returned yet.', '1987-03-18')[0].value, '1987-03-16');
});

test('a weekday that "is the deadline" is still to come; one that "was the deadline" has passed', () => {
  assert.equal(tag('Wednesday is the deadline for individuals seeking restitution.', '2010-11-21')[0].value, '2010-11-24');
  assert.equal(tag('Tuesday was the deadline for emergency claims.', '2010-11-24')[0].value, '2010-11-23');
});

test('a results table\'s "Playing Sunday :" heads fixtures still to be played; "Played Friday :" those played', () => {
  const table = tag('Everton 0 West Ham 2 Playing Sunday : Manchester United v Blackburn Played Friday : Portsmouth 1 Bradford 0', '1996-08-24');
  assert.deepEqual(table.map((t) => t.value), ['1996-08-25', '1996-08-23']);
});

test('"celebrates" and "leaves" in the present schedule what they date, as "opens" and "meets" do', () => {
  assert.equal(tag('Ukraine celebrates five years of independence from Kremlin rule on Saturday, hailing civil peace.', '1996-08-23').find((t) => t.text === 'Saturday')?.value, '1996-08-24');
  assert.equal(tag('Commerce Secretary Malcolm Baldrige leaves on Saturday on a 10-day trip to the Far East.', '1987-04-17').find((t) => t.text === 'Saturday')?.value, '1987-04-18');
});

test('a weekday that does not fit a date within a month of publication is the writer\'s slip, not a year away', () => {
  // 1 September 1996 was a Sunday
  assert.equal(tag('Markets will be closed on Monday, September 1.', '1996-08-26')[0].value, '1996-09-01');
  // further off, the weekday still picks the year: 6 January 1997 was a Monday
  assert.equal(tag('The talks resume on Monday, January 6.', '1996-12-28')[0].value, '1997-01-06');
});
