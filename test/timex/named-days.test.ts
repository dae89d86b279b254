import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, textsAndValues } from './helpers.js';

const read = textsAndValues;

test('US named days by their rule: Memorial Day, Labor Day, Martin Luther King Day, Presidents\' Day, Good Friday', () => {
  assert.deepEqual(read('He spoke on Memorial Day.', '2016-06-15'), [['Memorial Day', '2016-05-30']]);
  assert.deepEqual(read('Memorial Day 2010 was sad.', '2016-06-15'), [['Memorial Day 2010', '2010-05-31']]);
  assert.deepEqual(read('During a speech on Labor Day of 1936, Roosevelt spoke.', '2008-10-16'), [['Labor Day of 1936', '1936-09-07']]);
  assert.deepEqual(read('They marched on Labor Day.', '2016-06-15'), [['Labor Day', '2015-09-07']]);
  assert.deepEqual(read('He spoke on Martin Luther King Day.', '2016-06-15'), [['Martin Luther King Day', '2016-01-18']]);
  assert.deepEqual(read("On Presidents' Day the markets close.", '2016-06-15'), [["Presidents' Day", '2016-02-15']]);
  assert.deepEqual(read('Oil could be smelt at Land\'s End on Good Friday.', '2010-06-24'), [['Good Friday', '2010-04-02']]);
  // "a good Friday" is a Friday that went well
  assert.deepEqual(read('It was a good Friday for stocks.', '2016-06-15'), [['Friday', '2016-06-10']]);
});

test('"Easter Monday" is the day after Easter Sunday, with its year if written', () => {
  assert.deepEqual(read('On Easter Monday, the tanker broke into two pieces.', '2010-04-08'), [['Easter Monday', '2010-04-05']]);
  assert.deepEqual(read('Easter Monday 1967 was cold.', '2010-04-08'), [['Easter Monday 1967', '1967-03-27']]);
});

test('"Xmas" is Christmas Day, and names things as "Christmas" does ("Xmas trees")', () => {
  assert.deepEqual(read('Merry Xmas, the sign read.', '2015-12-28'), [['Xmas', '2015-12-25']]);
  assert.deepEqual(read('I design ornaments for Xmas trees .', '2010-11-17'), []);
});

test('"Super Tuesday" is the primaries\' Tuesday of the presidential year, not this week\'s Tuesday', () => {
  assert.deepEqual(read('He has a chance to win many of the states voting on Super Tuesday.', '2016-02-20'), [['Super Tuesday', '2016-03-01']]);
  assert.deepEqual(read('Clinton won big on Super Tuesday.', '2008-02-10'), [['Super Tuesday', '2008-02-05']]);
});

test('fixed named days: "the Fourth of July", "Veterans Day", "Valentine\'s Day"', () => {
  assert.deepEqual(read('He was set to make Fourth of July remarks.', '2010-06-28'), [['Fourth of July', '2010-07-04']]);
  assert.deepEqual(read('They marked Veterans Day.', '2016-06-15'), [['Veterans Day', '2015-11-11']]);
  assert.deepEqual(read("On Valentine's Day he proposed.", '2016-06-15'), [["Valentine's Day", '2016-02-14']]);
});

test('a feast beside a date the text set takes that year, and its weekend does not move the story', () => {
  assert.deepEqual(read('It was Saturday 31 August 2013 – Labor Day weekend – when Obama spoke. Ten days earlier, Assad had attacked.', '2018-02-10'),
    [['Saturday 31 August 2013', '2013-08-31'], ['Labor Day weekend', '2013-W35-WE'], ['Ten days earlier', '2013-08-21']]);
});

test('with no verb that dates it, "Election Day" in an election year before November is that year\'s', () => {
  assert.deepEqual(read('Working backward from Election Day, the time is fast approaching.', '2016-04-10'), [['Election Day', '2016-11-08']]);
  // in an odd year, or with a past verb, the last one
  assert.deepEqual(read('She voted on Election Day.', '2016-06-15'), [['Election Day', '2015-11-03']]);
});

test('programmes and places named with a time word are no times: "Saturday Night Live", "the Monday Night Club", "Easter Island"', () => {
  assert.deepEqual(read('He appeared on NBC\'s Saturday Night Live.', '2016-05-11'), []);
  assert.deepEqual(read('Guests joined The Monday Night Club.', '2010-09-08'), []);
  assert.deepEqual(read('Molasses had not damaged the Easter Island statue.', '2010-07-13'), []);
  // the night of a weekday in lower case is that night; a name after "Easter" that began at Easter stays dated
  assert.deepEqual(read('On Saturday night President Obama spoke.', '2010-04-16').map((t) => t[0]), ['Saturday night']);
  assert.deepEqual(read('North Vietnam launched the Easter Offensive.', '2009-12-19').map((t) => t[0]), ['Easter']);
});

test('"last summer" said in July is the summer before; "last winter" in January the winter before this one', () => {
  assert.deepEqual(read('They opposed the Iran deal last summer.', '2016-07-16'), [['last summer', '2015-SU']]);
  assert.deepEqual(read('They opposed the Iran deal last summer.', '2016-10-02'), [['last summer', '2016-SU']]);
  assert.deepEqual(read('He flew to Boise for a speech last winter.', '2016-01-20'), [['last winter', '2014-WI']]);
  assert.deepEqual(read('We will meet next summer.', '2016-07-16'), [['next summer', '2017-SU']]);
  assert.deepEqual(read('Record snow blanketed the cities this winter.', '2011-02-04'), [['this winter', '2010-WI']]);
});

test('written on a Sunday, "last week" is the week just ending', () => {
  // Sunday 23 December 2018: Mattis resigned on Thursday 20 December
  assert.deepEqual(read('James Mattis, the US defense secretary who quit last week, understood this.', '2018-12-23'), [['last week', '2018-W51']]);
  // on a Monday it is the week before
  assert.deepEqual(read('He quit last week.', '2018-12-24'), [['last week', '2018-W51']]);
  // and "this week" that looks ahead is the week that begins the next day
  assert.deepEqual(read('This week David Cameron will travel to the US.', '2010-07-18'), [['This week', '2010-W29']]);
  assert.deepEqual(read('Protesters clashed with police this week.', '2010-07-18'), [['this week', '2010-W28']]);
});

test('"a brighter tomorrow", "the leaders of tomorrow" are the future at large; "the talks of tomorrow morning" the next day', () => {
  assert.deepEqual(read('Families are still hoping for a brighter tomorrow.', '2016-09-12'), [['tomorrow', 'FUTURE_REF']]);
  assert.deepEqual(read('They are the senators and presidential candidates of tomorrow.', '2016-05-24'), [['tomorrow', 'FUTURE_REF']]);
  assert.deepEqual(read('He prepared for the talks of tomorrow morning.', '2016-05-24'), [['tomorrow morning', '2016-05-25TMO']]);
  assert.deepEqual(read('Talks resume tomorrow.', '2016-05-24'), [['tomorrow', '2016-05-25']]);
});

test('"CBS This Morning" is a programme; "OBAMA THIS AFTERNOON" and "this morning" are times', () => {
  const texts = (text: string) => tag(text, '2016-09-26').map((t) => t.text);
  assert.deepEqual(texts('Robby Mook told CBS This Morning on Monday that the campaign expected it.'), ['Monday']);
  assert.deepEqual(texts('MY GOD , OBAMA THIS AFTERNOON ACTUALLY ANSWERED QUESTIONS'), ['THIS AFTERNOON']);
  assert.deepEqual(texts('He spoke to CBS this morning.'), ['this morning']);
});

test('a feast\'s weekend is a weekend: the one before a Monday holiday, the one after Thanksgiving', () => {
  assert.deepEqual(read('Obama is hosting a party on a boat this Memorial Day Weekend.', '2010-05-29'), [['this Memorial Day Weekend', '2010-W21-WE']]);
  assert.deepEqual(read('He spent the Thanksgiving weekend in a youth hostel.', '2008-12-07'), [['the Thanksgiving weekend', '2008-W48-WE']]);
  assert.deepEqual(read('The preventer was raised over Labor Day weekend.', '2010-09-08'), [['Labor Day weekend', '2010-W35-WE']]);
  assert.deepEqual(read('It rained over the Easter weekend.', '2010-05-01'), [['Easter weekend', '2010-W13-WE']]);
});

test('"last Thanksgiving", "next Easter", "this Christmas" keep their word and its direction', () => {
  assert.deepEqual(read('The boy was found clinging to an inner tube last Thanksgiving.', '2000-04-10'), [['last Thanksgiving', '1999-11-25']]);
  // "next" looks ahead even past this year's feast
  assert.deepEqual(read('They hope to marry next Easter.', '2010-05-29'), [['next Easter', '2011-04-24']]);
  assert.deepEqual(read('This Fourth of July, I ask you to thank them.', '2005-06-29'), [['This Fourth of July', '2005-07-04']]);
  assert.deepEqual(read('It was quiet this Christmas.', '2010-05-29'), [['this Christmas', '2010-12-25']]);
});

test('things named after a feast and a programme called Sunday are no times: "Christmas trees", "Fox News Sunday"', () => {
  assert.deepEqual(read('Mexico retaliated against Christmas trees rather than car engines.', '2016-09-28'), []);
  assert.deepEqual(read('It lights up like a Christmas tree.', '2011-01-06'), []);
  assert.deepEqual(read('Napolitano said on "Fox News Sunday" that the government was ready.', '2010-05-02'), []);
  // the feast itself stays
  assert.deepEqual(read('They sent cards at Christmas.', '2016-09-28'), [['Christmas', '2015-12-25']]);
});

test('a season said in the past, months before this year\'s begins, is last year\'s; "the Winter Olympics" is no season', () => {
  assert.deepEqual(read('It was a battle that finished in the autumn.', '2018-01-16'), [['the autumn', '2017-FA']]);
  assert.deepEqual(read('The spill ravaged the coast over the summer, the commission said.', '2011-01-05'), [['the summer', '2010-SU']]);
  // a season a month or three away is as often planned: this year's
  assert.deepEqual(read('Bush called for elections taking place in the spring.', '2005-02-21'), [['the spring', '2005-SP']]);
  assert.deepEqual(read('I covered the Winter Olympics in Calgary.', '2010-05-11'), []);
});

test('a feast with a year named after it is one expression: "Easter Day last year", "Labor Day of this year"', () => {
  assert.deepEqual(read('He was killed on Easter Day last year.', '2005-10-26'), [['Easter Day last year', '2004-04-11']]);
  assert.deepEqual(read('Taxes paid from Memorial Day to Labor Day of this year.', '2008-09-25').map((t) => t[0]), ['Memorial Day', 'Labor Day of this year']);
});

test('the weekday and day opening a range take the month written after the one closing it: "Monday 16 to Friday 20 August"', () => {
  assert.deepEqual(tag('Monday 16 to Friday 20 August Stuart Kelly examines the book.', '2010-08-01').map((t) => [t.text, t.value]), [['Monday 16', '2010-08-16'], ['Friday 20 August', '2010-08-20']]);
  // a score is no range of days
  assert.deepEqual(tag('He won Monday 16 to 3 in the final.', '2010-08-01').map((t) => t.text), ['Monday']);
});
