import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from './helpers.js';

// Lengths and years the Guardian, Timeline17 and PolNeAR text write that TimeBank and AQUAINT rarely do.

function read(text: string, date: string): [string, string, string][] {
  return tag(text, date).map((t) => {
    assert.equal(text.slice(t.start, t.end), t.text);
    return [t.text, t.type, t.value];
  });
}

test('"two and a half years" counts the half; a shift by it keeps month precision', () => {
  assert.deepEqual(read('The oil spewed for two and a half months.', '2010-07-01'), [['two and a half months', 'DURATION', 'P2M15D']]);
  assert.deepEqual(read('He was jailed for seven and a half years.', '2018-07-27'), [['seven and a half years', 'DURATION', 'P7Y6M']]);
  assert.deepEqual(read('It gushed for three and a half weeks.', '2010-05-16'), [['three and a half weeks', 'DURATION', 'P24DT12H']]);
  assert.deepEqual(read('In March 2019 the caliphate he had proclaimed four and a half years earlier fell.', '2019-03-23'),
    [['March 2019', 'DATE', '2019-03'], ['four and a half years earlier', 'DATE', '2014-09']]);
  // a half that belongs to no unit is no time
  assert.deepEqual(read('Prices rose one and a half percent.', '2019-03-23'), []);
});

test('"since at least 2013" is a year; "at least 2000" alone is an amount', () => {
  assert.deepEqual(read('They targeted the accounts since at least 2013.', '2018-04-13').map((t) => t[2]), ['2013']);
  assert.deepEqual(read('The attack injured at least 2000.', '2018-04-13'), []);
});

test('a season of a named year keeps its season whatever describes it: "that fateful summer of 2014"', () => {
  assert.deepEqual(read('In that fateful summer of 2014, Bafrin was outside Kocho.', '2018-09-09'), [['summer of 2014', 'DATE', '2014-SU']]);
  assert.deepEqual(read('By the end of the momentous summer of 2015, Merkel had spoken.', '2017-08-30'), [['summer of 2015', 'DATE', '2015-SU']]);
  // "fall" without "the" before "of" stays a decline
  assert.deepEqual(read('Shares saw a fall of 1990 levels.', '2017-08-30').map((t) => t[2]), ['1990']);
});

test('"after months of negotiations", "Decades of frustration": a bare plural before "of" is an unspecified length', () => {
  assert.deepEqual(read('After months of brutal fighting, the battle ended.', '2017-10-10'), [['months', 'DURATION', 'PXM']]);
  assert.deepEqual(read('Decades of frustration exploded.', '2017-08-12'), [['Decades', 'DURATION', 'PXY']]);
  assert.deepEqual(read('The merger follows months of twists and turns.', '1989-10-27'), [['months', 'DURATION', 'PXM']]);
  // a name, a determiner or a measure is no length
  assert.deepEqual(read('The Days of Rage began. The days of the week are seven. He had days of supply.', '2017-08-12'), []);
});

test('"another seven months" is one length; a single "another day" only where a length is asked for', () => {
  assert.deepEqual(read('The war persisted for another seven months.', '2019-03-23'), [['another seven months', 'DURATION', 'P7M']]);
  assert.deepEqual(read('The oil stayed offshore for another day.', '2010-05-06'), [['another day', 'DURATION', 'P1D']]);
  assert.deepEqual(read('They can survive for at least another month.', '2019-02-07').map((t) => t.slice(0, 2)), [['at least another month', 'DURATION']]);
  assert.deepEqual(read('Another day he is sucking up to liberals.', '2008-09-25'), []);
});

test('"six grinding months later" after "mid-2017" counts from the middle of 2017; "a difficult day" is no length', () => {
  assert.deepEqual(read('The offensive started in mid-2017 and ended six grinding months later.', '2019-03-23'),
    [['mid-2017', 'DATE', '2017'], ['six grinding months later', 'DATE', '2017-12']]);
  assert.deepEqual(read('"This is a difficult day for me," Nadal said.', '2011-01-26'), []);
  assert.deepEqual(read('He spent two brutal years as a prisoner.', '2008-09-24'), [['two brutal years', 'DURATION', 'P2Y']]);
});

test('"a couple years later", "1,000 years ago", "the past two-and-a-half weeks": counts as news writes them', () => {
  assert.deepEqual(read('It will take a couple weeks.', '2010-10-12'), [['a couple weeks', 'DURATION', 'P2W']]);
  assert.deepEqual(read('The Crusades 1,000 years ago were bloody.', '2005-10-07'), [['1,000 years ago', 'DATE', '1005']]);
  assert.deepEqual(read('Over 2,500 years ago the Buddha taught.', '2009-05-18').map((t) => t[2]), ['BC0492']);
  assert.deepEqual(read('It grew over the past two-and-a-half weeks.', '2011-02-11'), [['the past two-and-a-half weeks', 'DURATION', 'P17DT12H']]);
  // an age is no length
  assert.deepEqual(read('I have a three-and-a-half year old daughter.', '2009-05-02'), []);
});

test('"days ago", "Years ago": some time back; a count the grammar cannot read leaves them alone', () => {
  assert.deepEqual(read('He would have suspended his campaign days ago.', '2008-09-24'), [['days ago', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('Years ago, I heard a general lament it.', '2005-01-19'), [['Years ago', 'DATE', 'PAST_REF']]);
  // ("Millions of years ago" is read whole since the thirty-second session: see below)
  assert.deepEqual(read('Hydrates caused a mass extinction 55 million years ago.', '2010-05-20'), []);
});

test('"the evening of April 20", "last evening": that part of that day; "the ensuing decades" a length', () => {
  assert.deepEqual(read('On the evening of April 20, there was a sudden failure.', '2010-05-11'), [['the evening of April 20', 'TIME', '2010-04-20TEV']]);
  assert.deepEqual(read('The explosion on the night of 20 April killed 11 men.', '2010-12-16'), [['the night of 20 April', 'TIME', '2010-04-20TNI']]);
  assert.deepEqual(read('I enjoyed the program last evening.', '2009-02-18'), [['last evening', 'TIME', '2009-02-17TEV']]);
  assert.deepEqual(read('He used those powers in the ensuing decades.', '2011-02-11'), [['the ensuing decades', 'DURATION', 'PXY']]);
  // "following" as a verb is no lead
  assert.deepEqual(read('Residents following months of false starts cheered.', '2010-07-15'), [['months', 'DURATION', 'PXM']]);
});

test('a year closing a written date stays its year before a plural noun: "the September 11, 2001 attacks", "8 December 1968 reads"', () => {
  assert.deepEqual(read('He paid victims of the September 11, 2001 attacks.', '2010-06-20'), [['September 11, 2001', 'DATE', '2001-09-11']]);
  assert.deepEqual(read('The narrative to 8 December 1968 reads badly.', '2008-09-24'), [['8 December 1968', 'DATE', '1968-12-08']]);
  assert.deepEqual(read('It came after the disputed 2009 elections in Iran.', '2011-02-11'), [['2009', 'DATE', '2009']]);
  // a count before a plural noun is still a count
  assert.deepEqual(read('It sold 2000 copies.', '2011-02-11'), []);
});

test('a month abbreviated without its period before an ordinal day: "on Nov 4th we vote", "born 22 Sept, 1862"', () => {
  assert.deepEqual(read('On Nov 4th we vote.', '2008-09-24'), [['Nov 4th', 'DATE', '2008-11-04']]);
  assert.deepEqual(read('Arthur Davies was born 22 Sept, 1862, at Llanbadarn.', '2010-06-29'), [['22 Sept, 1862', 'DATE', '1862-09-22']]);
  assert.deepEqual(read('Jan Kavan spoke.', '2010-06-29'), []);
});

test('"the first hours of the ground war", "the early years of the war": an unspecified stretch at one end', () => {
  assert.deepEqual(read('Prisoners were taken in the first hours of the ground war.', '1991-02-25'), [['the first hours', 'DURATION', 'PTXH']]);
  assert.deepEqual(read('Power struggles in the early years of the war split the leadership.', '2009-12-19'), [['the early years', 'DURATION', 'PXY']]);
  assert.deepEqual(read('Some surrendered during the dying days of Baghuz.', '2019-03-23'), [['the dying days', 'DURATION', 'PXD']]);
  // the hours of a named morning are that morning
  assert.deepEqual(read('He was arrested in the early hours of Thursday morning.', '1999-10-08'), [['Thursday morning', 'TIME', '1999-10-07TMO']]);
});

test('"5,000 barrels a day", "$15 a day", "60 hours a week" are rates, no time; "twice a year" recurs; "$33.6 billion over a decade" a length', () => {
  assert.deepEqual(read('The government estimated that 5,000 barrels a day were leaking.', '2010-12-03'), []);
  assert.deepEqual(read('The fields produce about 100,000 barrels of oil a day.', '2010-11-28'), []);
  assert.deepEqual(read('One horse costs about $ 15 a day to feed.', '2011-02-08'), []);
  assert.deepEqual(read('The army suffered 32,000 desertions per year.', '2009-12-19'), []);
  assert.deepEqual(read('The leak rose to 25,000 barrels per day .', '2010-05-27'), []);
  assert.deepEqual(read('She spends about 60 hours a week doing research.', '2016-05-19'), [['about 60 hours', 'DURATION', 'PT60H']]);
  assert.deepEqual(read('The board meets twice a year.', '2016-05-19'), [['a year', 'SET', 'P1Y']]);
  assert.deepEqual(read('They are bombed three times a week.', '2016-05-19').map((t) => [t[1], t[2]]), [['SET', 'P1W']]);
  assert.deepEqual(read('Inversions will cost the United States $33.6 billion over a decade.', '2015-11-24').map((t) => t[1]), ['DURATION']);
  assert.deepEqual(read('The airline delayed the deliveries of 12 Boeing 737s and four Airbus A380s by up to a year.', '2009-06-09').map((t) => t[1]), ['DURATION']);
  // an adverb of frequency after an amount closes a rate too; spelled counts of things count
  assert.deepEqual(read('The cap is said to be collecting about 15,000 barrels daily .', '2010-06-10'), []);
  assert.deepEqual(read('Seasonal flu kills about 500,000 people annually with a fatality rate of less than 1 % .', '2009-04-28'), []);
  assert.deepEqual(read('There was a loss of one thousand barrels a day , and the camp feeds workers three meals a day .', '2010-06-10'), []);
  // (not an adjective of the noun after it, nor a second length, nor a count of people)
  assert.deepEqual(read('That would amount to 40 % of the estimated daily spill .', '2010-06-10'), [['daily', 'SET', 'P1D']]);
  assert.deepEqual(read('It takes six months or a year .', '2011-02-01').map((t) => t[0]), ['six months', 'a year']);
  assert.deepEqual(read('Amgad , a mother of three living an hour outside Cairo , said so .', '2011-02-01').map((t) => t[0]), ['an hour']);
  // amounts of money written with a currency sign and a unit; "called it a day" is an idiom
  assert.deepEqual(read('The dividend costs BP £7bn a year , and he called it a day .', '2010-06-02'), []);
});

test('"a few weeks back" is "a few weeks ago"; "9:00 in the morning" is one time of day', () => {
  assert.deepEqual(read('As I wrote a few weeks back , the Europeans are annoyed .', '2008-09-24'), [['a few weeks back', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('We had a hot summer a couple of years back and the heat killed many .', '2009-04-30'), [['a couple of years back', 'DATE', '2007']]);
  assert.deepEqual(read('By 9:00 in the morning the square was getting full .', '2011-02-04'), [['9:00 in the morning', 'TIME', '2011-02-04T09:00']]);
});

test('"Years from now" lies ahead; "the new year" is the coming one late in a year and the one begun early in it', () => {
  assert.deepEqual(read('Years from now, you will look back on this.', '2016-02-01'), [['Years from now', 'DATE', 'FUTURE_REF']]);
  assert.deepEqual(read('They fund the government into the new year.', '2018-12-19'), [['the new year', 'DATE', '2019']]);
  assert.deepEqual(read('The Cavs have not won in the new year.', '2011-02-08'), [['the new year', 'DATE', '2011']]);
  // "New Year's Day" is the day
  assert.deepEqual(read("They met on New Year's Day.", '2011-02-08').map((t) => t[0]), ["New Year's Day"]);
});

test('"by early afternoon", "by late afternoon" are parts of the day the text is on; "the next couple days" a length', () => {
  assert.deepEqual(read('Shares were up more than 1 % by early afternoon .', '2010-11-02'), [['early afternoon', 'TIME', '2010-11-02TAF']]);
  // the day the story is on, when it is near publication …
  assert.deepEqual(read('Protesters marched on Monday. City authorities removed the banner by late afternoon.', '2016-07-26').map((t) => t[2]), ['2016-07-25', '2016-07-25TAF']);
  // … and the publication day when the last date set lies months back
  assert.deepEqual(read('The well was capped on July 15. The shares rose 1 % by early afternoon.', '2010-11-02').map((t) => t[2]), ['2010-07-15', '2010-11-02TAF']);
  // an adjective of a noun is no time of day
  assert.deepEqual(read('Police carried out an early morning raid.', '2010-11-02'), []);
  assert.deepEqual(read('It may matter in the next couple days.', '2016-10-05'), [['the next couple days', 'DURATION', 'P2D']]);
});

test('a clock time written with a dot before a zone in capitals ("18.32 BST") is a time; "rose to 18.32" a price', () => {
  assert.deepEqual(read('Thursday 28 July 2005 18.32 BST Jean Charles de Menezes was shot.', '2005-07-28'), [['Thursday 28 July 2005', 'DATE', '2005-07-28'], ['18.32 BST', 'TIME', '2005-07-28T18:32']]);
  assert.deepEqual(read('Shares rose to 18.32 on Monday.', '2005-07-28').map((t) => t[0]), ['Monday']);
});

test('"00 pm" left of a listing\'s "6 .00 pm" split by a tokenizer is no hour of a twelve-hour clock; "12.45 pm" is', () => {
  assert.deepEqual(read('12.00noon-6 .00 pm BBC RADIO 5 LIVE', '2009-10-23').map((t) => t[0]), []);
  assert.deepEqual(read('The match kicks off at 12.45 pm .', '2009-10-23'), [['12.45 pm', 'TIME', '2009-10-23T12:45']]);
});

test('"the 90’s", "the 80s" are decades of the last century; "highs in the 90s", "approval in the 20s" are not', () => {
  assert.deepEqual(read('Though there are still four years to go in the 90’s, leaders honored him.', '2016-10-04').map((t) => [t[0], t[2]]), [['four years', 'P4Y'], ['the 90’s', '199']]);
  assert.deepEqual(read("He came to epitomize wealth during the 80's.", '2016-10-04'), [["the 80's", 'DATE', '198']]);
  assert.deepEqual(read('Gas lines in the 70s were long.', '2011-02-03'), [['the 70s', 'DATE', '197']]);
  assert.deepEqual(read('Expect highs in the 90s.', '2016-07-04'), []);
  assert.deepEqual(read('His public approval is in the 20s.', '2008-10-21'), []);
});

test('"this past week", "this past year" are lengths as "the past week" is', () => {
  assert.deepEqual(read('At least 500 people were killed this past week.', '2018-02-24'), [['this past week', 'DURATION', 'P1W']]);
  assert.deepEqual(read('The lab received $164m in stimulus funds this past year.', '2010-06-07'), [['this past year', 'DURATION', 'P1Y']]);
  assert.deepEqual(read('They met this past summer.', '2016-10-04'), [['this past summer', 'DATE', '2016-SU']]);
});

test('"these past eight years", "those last few days": a demonstrative stays inside the length as "the" does, and "over" before it is "during"', () => {
  assert.deepEqual(read('How can anyone vote for his party after what they have done these past eight years?', '2008-09-24'), [['these past eight years', 'DURATION', 'P8Y']]);
  assert.deepEqual(read('There have been huge demonstrations in the south these last few days.', '2005-06-18'), [['these last few days', 'DURATION', 'PXD']]);
  assert.deepEqual(read('You have been very helpful to us over these past 18 days.', '2011-02-12'), [['these past 18 days', 'DURATION', 'P18D']]);
  assert.deepEqual(read('He met the families those first few days after the shooting.', '2016-08-08'), [['those first few days', 'DURATION', 'PXD']]);
  // "these days" is the present; a demonstrative before a bare count is not taken in
  assert.deepEqual(read('These days he rarely travels.', '2011-02-12'), [['These days', 'DATE', 'PRESENT_REF']]);
  assert.deepEqual(read('These 5 years were hard.', '2011-02-12'), [['5 years', 'DURATION', 'P5Y']]);
});

test('news pages\' abbreviations "30 mins ago", "3 hrs ago", "1 hr ago", "a 10 min walk" count as the units they shorten; "HR" alone is no hour', () => {
  assert.deepEqual(read('BP shares rise on hopes of a rescue - 57 mins ago Yahoo ! UK', '2010-07-05'), [['57 mins ago', 'TIME', 'PAST_REF']]);
  assert.deepEqual(read('Obama calls for a clean energy future - 4 hrs ago Guardian', '2010-06-15'), [['4 hrs ago', 'TIME', 'PAST_REF']]);
  assert.deepEqual(read('It is a 10 min walk from the station .', '2010-06-15'), [['10 min', 'DURATION', 'PT10M']]);
  assert.deepEqual(read('The HR director resigned .', '2010-06-15'), []);
});

test('"mid-week" is the middle of the publication week; "Millions of years ago" some time back; "an entire day" a day; CBS\'s "60 Minutes" no length', () => {
  assert.deepEqual(tag('Landfall is expected mid-week.', '2010-06-28').map((t) => [t.text, t.value, t.mod]), [['mid-week', '2010-W26', 'MID']]);
  assert.deepEqual(read('Millions of years ago , Midway was the Big Island .', '2009-06-09'), [['Millions of years ago', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('David did not sleep for an entire month .', '2005-02-04'), [['an entire month', 'DURATION', 'P1M']]);
  assert.deepEqual(read('Bernanke spoke in an interview on `` 60 Minutes , \'\' last month .', '2009-04-05').map((t) => t[0]), ['last month']);
  assert.deepEqual(read('The hearing lasted 60 minutes .', '2009-04-05'), [['60 minutes', 'DURATION', 'PT60M']]);
});

test('a range\'s second day after "to" or a dash closes it before any word but a plural noun, a number or a month: "June 23 to 27 similar to …"', () => {
  assert.deepEqual(read('Scientists found an oil cloud June 23 to 27 similar to the first .', '2010-08-24').map((t) => [t[0], t[2]]), [['June 23', '2010-06-23'], ['27', '2010-06-27']]);
  assert.deepEqual(read('Monmouth conducted its poll March 17-20 via landlines .', '2016-03-24').map((t) => [t[0], t[2]]), [['March 17', '2016-03-17'], ['20', '2016-03-20']]);
  // "and" may count the noun after it
  assert.deepEqual(read('On March 5 and 6 people died .', '2010-08-24').map((t) => t[0]), ['March 5']);
});

test('"a matter of days", "a matter of hours": an unspecified length of those units', () => {
  assert.deepEqual(read('The attorney general changed his mind twice in a matter of days .', '2005-03-24'), [['a matter of days', 'DURATION', 'PXD']]);
  assert.deepEqual(read('It will produce a result in a matter of hours , he said .', '2009-04-30'), [['a matter of hours', 'DURATION', 'PTXH']]);
});

test('"a day later than originally scheduled" is a difference of a day; "three days later" a date', () => {
  assert.deepEqual(read('The tests began -- already a day later than originally scheduled .', '2010-07-15'), [['a day', 'DURATION', 'P1D']]);
  assert.deepEqual(read('The ban ended six weeks earlier than planned.', '2010-11-23'), [['six weeks', 'DURATION', 'P6W']]);
  assert.deepEqual(read('He arrived on July 2. He left three days later.', '2010-07-15').map((t) => [t[0], t[2]]), [['July 2', '2010-07-02'], ['three days later', '2010-07-05']]);
});

test('"over" before a vague count is "during", outside the expression; before a number it may be "more than"', () => {
  assert.deepEqual(read('80m gallons leaked into the Gulf over several months after a tanker collided .', '2010-04-29'), [['several months', 'DURATION', 'PXM']]);
  assert.deepEqual(read('His advocacy for Israel over many years is proof of this .', '2016-03-18'), [['many years', 'DURATION', 'PXY']]);
  assert.deepEqual(read('The strike lasted over a week .', '1989-10-30').map((t) => t[0]), ['over a week']);
});

test('"following" without "the" is a preposition outside the length: "Following several weeks of protests"; "the following days" keeps it', () => {
  assert.deepEqual(read('Following several weeks of protests over economic issues , he resigned .', '2011-02-03').map((t) => t[0]), ['several weeks']);
  assert.deepEqual(read('In the following days , prices rose .', '2011-02-03').map((t) => t[0]), ['the following days']);
});

test('half of one unit: "half a century" P50Y, "a half-century", "half a century ago"; "a number of months" is some months', () => {
  assert.deepEqual(read('Iraq holds its first multi-party poll in half a century .', '2005-01-30'), [['half a century', 'DURATION', 'P50Y']]);
  assert.deepEqual(read('The country moved away from a half-century of military rule .', '2016-09-16'), [['half-century', 'DURATION', 'P50Y']]);
  assert.deepEqual(read('The witch-hunt was conducted half a century ago just metres away .', '2005-06-16'), [['half a century ago', 'DATE', '1955']]);
  assert.deepEqual(read('The withdrawal may yet take a number of months .', '2019-01-14'), [['a number of months', 'DURATION', 'PXM']]);
  // (a company's "half-year figures" are its first half's, no length)
  assert.deepEqual(read('BP releases its half-year figures on 27 July .', '2010-07-20').map((t) => t[0]), ['27 July']);
});

test('"an hourlong show", "a weeklong trip": a length written as one word, without its article', () => {
  assert.deepEqual(read('The two taped an hourlong show.', '2016-09-15'), [['hourlong', 'DURATION', 'PT1H']]);
  assert.deepEqual(read('It was the first death during the weeklong uprising.', '2011-02-04'), [['weeklong', 'DURATION', 'P1W']]);
  assert.deepEqual(read('They called for a monthlong ceasefire.', '2018-02-26'), [['monthlong', 'DURATION', 'P1M']]);
});

test('"day after day", "week after week" recur', () => {
  assert.deepEqual(read('Oz may hit TV ratings gold week after week.', '2016-09-15'), [['week after week', 'SET', 'P1W']]);
  assert.deepEqual(read('Bodies were just coming in day after day.', '2018-03-23'), [['day after day', 'SET', 'P1D']]);
  // "the day after" is no set
  assert.deepEqual(read('He left the day after the vote.', '2018-03-23'), []);
});

test('"days after", "hours before" right after a verb or a noun are an unspecified offset; after a counting word they are not', () => {
  assert.deepEqual(read('Combetta erased the archive days after news of it broke.', '2016-09-23'), [['days', 'DURATION', 'PXD']]);
  // ("Just weeks earlier": some time before, "earlier" inside, as TimeBank's "weeks earlier" and WikiWars' "Years later")
  assert.deepEqual(read('Just weeks earlier, a referendum was held.', '2017-10-22'), [['weeks earlier', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('Hopes were high in the days after the vote.', '2017-10-22'), []);
});

test('an amount\'s other measure in brackets keeps "a day" the denominator of a rate', () => {
  assert.deepEqual(read('It leaked 798,000 gallons (3 million liters) a day.', '2010-05-29'), []);
  assert.deepEqual(read('It leaked 798,000 gallons -LRB- 3 million liters -RRB- a day.', '2010-05-29'), []);
  assert.deepEqual(read('Costs run at $6m (£4m) per day.', '2010-05-29'), []);
});

test('"in some quarters", "from many quarters" are groups of people, no time', () => {
  assert.deepEqual(read('He is still viewed in some quarters as a reformer.', '2018-10-13'), []);
  assert.deepEqual(read('It drew praise from many quarters.', '2018-10-13'), []);
  assert.deepEqual(read('Profits fell for several quarters.', '2018-10-13'), [['several quarters', 'DURATION', 'PXQ']]);
});

test('"seven years and six months", "an hour and 13 minutes" are one length', () => {
  assert.deepEqual(read('He was sentenced to seven years and six months’ imprisonment.', '2018-09-15'), [['seven years and six months', 'DURATION', 'P7Y6M']]);
  assert.deepEqual(read('He was declared dead after an hour and 13 minutes.', '2011-10-03'), [['an hour and 13 minutes', 'DURATION', 'PT1H13M']]);
  assert.deepEqual(read('It took two weeks and three days.', '2011-10-03'), [['two weeks and three days', 'DURATION', 'P17D']]);
  // an ordinal "a second" is no part of it
  assert.deepEqual(read('It collected oil in 24 hours and a second system will help.', '2010-06-06'), [['24 hours', 'DURATION', 'PT24H']]);
});

test('batch 10 (dev) phrasings: "a single year", "the upcoming months", "the recent past", "not long ago", "a few weeks earlier"', () => {
  assert.deepEqual(read('His companies lost $916 million in a single year.', '2016-10-03'), [['a single year', 'DURATION', 'P1Y']]);
  assert.deepEqual(read('It is a challenge for the upcoming months.', '2019-02-18'), [['the upcoming months', 'DATE', 'FUTURE_REF']]);
  assert.deepEqual(read('Lenders are looser than they were in the recent past.', '2016-09-24'), [['the recent past', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('There was a time, not long ago, when the US called the shots.', '2018-09-07'), [['not long ago', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('A few weeks earlier, Scott was speaking in Detroit.', '2016-09-08'), [['A few weeks earlier', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('The SEC banned it for several weeks earlier this fall.', '2008-11-22').map((t) => t[0]), ['several weeks', 'earlier this fall']);
});

test('"over the next decade" is ten years ahead; "a quarter of a million" is no time, "a quarter of an hour" is', () => {
  assert.deepEqual(read('The plan would raise $1.1 trillion over the next decade.', '2016-09-16'), [['the next decade', 'DURATION', 'P10Y']]);
  assert.deepEqual(read('You do not need a quarter of a million dollars.', '2016-09-24'), []);
  assert.deepEqual(read('It took a quarter of an hour.', '2016-09-24'), [['a quarter of an hour', 'DURATION', 'PT15M']]);
  assert.deepEqual(read('It happened a quarter of a century ago.', '2016-09-24'), [['a quarter of a century ago', 'DATE', '1991']]);
});

test('"his decades in public service", "a period of years", "in months of meetings" are unspecified lengths', () => {
  assert.deepEqual(read('Despite his decades in public service, he is not well known.', '2016-09-08'), [['decades', 'DURATION', 'PXY']]);
  assert.deepEqual(read('The process occurs over a period of years.', '2016-10-02'), [['years', 'DURATION', 'PXY']]);
  assert.deepEqual(read('It gave them leverage in months of meetings with China.', '2016-09-08'), [['months', 'DURATION', 'PXM']]);
});

test('"nearly a decade ago" is the year ten years back; "several months earlier in Keshma" keeps "earlier"', () => {
  assert.deepEqual(read('It became a public company nearly a decade ago.', '2016-10-02'), [['nearly a decade ago', 'DATE', '2006']]);
  assert.deepEqual(read('The fighting had started several months earlier in Keshma.', '2019-03-23'), [['several months earlier', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('He told a conference some months earlier that BP needed to change.', '2010-06-23'), [['some months earlier', 'DATE', 'PAST_REF']]);
});

test('a fifth read: "the last half hour", "the following Monday morning", "the fall elections", "an hour of fresh air a day"', () => {
  assert.deepEqual(read('Pitcher joins Jon in the last half hour of the show.', '2009-10-23'), [['the last half hour', 'DURATION', 'PT30M']]);
  assert.deepEqual(read('Bombs went off on 7 July. The following Monday morning, I was boarding a bus.', '2005-07-18').map((t) => [t[0], t[2]]), [['7 July', '2005-07-07'], ['The following Monday morning', '2005-07-11TMO']]);
  assert.deepEqual(read('A caretaker government will run the country until the fall elections.', '2011-02-03'), [['fall', 'DATE', '2011-FA']]);
  assert.deepEqual(read('He only gets an hour of fresh air a day.', '2017-08-24'), [['an hour', 'DURATION', 'PT1H']]);
});

test('"over" after an amount spreads it across the length and stays outside ("$31 billion over two years"); after a preposition it is "more than"', () => {
  const spans = (text: string) => tag(text, '2009-02-27').map((t) => [text.slice(t.start, t.end), t.value, t.mod]);
  assert.deepEqual(spans('They will provide $31 billion over two years to shore up banks.'), [['two years', 'P2Y', undefined]]);
  assert.deepEqual(spans('Iraq attacked 65 cities in 226 sorties over 42 days.'), [['42 days', 'P42D', undefined]]);
  assert.deepEqual(spans('It was edited down to 110 minutes from over 200 hours of footage.'), [['110 minutes', 'PT110M', undefined], ['over 200 hours', 'PT200H', 'MORE_THAN']]);
  assert.deepEqual(spans('The tour is likely to last over a week.'), [['over a week', 'P1W', 'MORE_THAN']]);
});

test('"a second" before a name, a hyphen or another ordinal is the ordinal; "two thousand" before a plural noun is a count', () => {
  assert.deepEqual(tag('Immigration is a second- or third-tier issue.', '2016-09-07'), []);
  assert.deepEqual(tag('Many were uprooted for a second or third time.', '2018-01-01'), []);
  assert.deepEqual(tag('They fear a second Bhopal.', '2010-06-01'), []);
  assert.deepEqual(tag('It lasted a second or two.', '2010-06-01').map((t) => t.value), ['PTXS']);
  assert.deepEqual(tag('More than two thousand students painted themselves blue.', '2009-06-09'), []);
  assert.deepEqual(tag('The approach of the year two thousand has many groups excited.', '1998-03-03').map((t) => t.value), ['2000']);
});

test('a count and a singular unit before a noun leave "the" outside, as a hyphenated one does: "the 95 minute rant"', () => {
  const spans = (text: string) => tag(text, '2015-11-13').map((t) => [text.slice(t.start, t.end), t.value]);
  assert.deepEqual(spans('In the 95 minute rant against everyone, Trump spoke.'), [['95 minute', 'PT95M']]);
  assert.deepEqual(spans('It marked the one year anniversary of the album.'), [['one year', 'P1Y']]);
  assert.deepEqual(spans('In the nine day long operation, 100 died.'), [['the nine day', 'P9D']]);
});

test('the denominator of a rate is no time, past a bracketed other measure or a scale glued to the figure', () => {
  assert.deepEqual(read('Some 1,000 barrels (42,000 gallons) of oil a day have been gushing from the well.', '2010-04-26'), []);
  assert.deepEqual(read('Up to 40,000 barrels (1.7 million gallons) of oil a day may have been escaping.', '2010-06-12'), []);
  assert.deepEqual(read('They earn 500 Egyptian pounds (about $85) a month.', '2011-02-13'), []);
  assert.deepEqual(read("Bernie Sanders' $75billion a year plan includes free tuition.", '2016-05-09'), []);
  assert.deepEqual(read('Thousands of barrels of oil a day have been leaking from the seabed.', '2010-05-17'), []);
  // a length after a bracket that holds no amount stays a length
  assert.deepEqual(read('He waited (in the rain) a day before leaving.', '2016-05-09'), [['a day', 'DURATION', 'P1D']]);
});

test('"in the next week", "within the next month": a stretch from the present unless the clause tells a past story', () => {
  // the day the text last set ("by Monday", a day ahead) is not where the stretch starts
  assert.deepEqual(read('The flow could be contained by Monday. We have a chance to shut the well in the next week, he said.', '2010-07-11'),
    [['Monday', 'DATE', '2010-07-12'], ['the next week', 'DATE', '2010-W28']]);
  assert.deepEqual(read('The campaign office opens in September. That work needs to start within the next month.', '2016-04-10'),
    [['September', 'DATE', '2016-09'], ['the next month', 'DATE', '2016-05']]);
  // in a story told in the past it follows the day the story is on
  assert.deepEqual(read('He arrived on June 3. In the next week, he met 40 people.', '2010-07-08'),
    [['June 3', 'DATE', '2010-06-03'], ['the next week', 'DATE', '2010-W23']]);
});

test('a half of a month is that month, at its start or its end, not a half of the year', () => {
  assert.deepEqual(read('The birth is expected to coincide with the conventions in the second half of July.', '2015-12-21'),
    [['the second half of July', 'DATE', '2016-07']]);
  assert.deepEqual(tag('The treaty should be signed in the first half of September.', '1996-08-29').map((t) => [t.text, t.value, t.mod]),
    [['the first half of September', '1996-09', 'START']]);
  // a half of a year stays one
  assert.deepEqual(read('Profits rose in the second half of last year.', '2016-02-10'), [['the second half of last year', 'DATE', '2015-H2']]);
});

test('a four-digit number before 1500 is a year only after a word of time', () => {
  assert.deepEqual(read('The last dose was given at 1040. Compliance with UN SCR 1441 was argued. It is immortalised in the 1001 Nights.', '2011-01-11'), []);
  assert.deepEqual(read("From Britain's Magna Carta in 1215 until now. A plague epidemic of 1347 to 1351 killed millions. By about 1300 the city had disappeared.", '2011-02-02').map(([text, , value]) => [text, value]),
    [['1215', '1215'], ['now', 'PRESENT_REF'], ['1347', '1347'], ['1351', '1351'], ['about 1300', '1300']]);
  // a list of this day in history
  assert.deepEqual(read('1241 - Alexander III, King of Scotland, born.', '1996-08-28'), [['1241', 'DATE', '1241']]);
});

test('a date before "that year", "of the previous year" takes the year the text set; "11-year olds" is an age', () => {
  assert.deepEqual(read('In April 2009 she last saw Jackson. The superstar died on 25 June that year.', '2011-10-26'),
    [['April 2009', 'DATE', '2009-04'], ['25 June that year', 'DATE', '2009-06-25']]);
  assert.deepEqual(read('He divorced in Feb. 19, 1980, having lived with her until Jan. 7 of that year.', '2008-09-25').slice(1),
    [['Jan. 7 of that year', 'DATE', '1980-01-07']]);
  assert.deepEqual(read('The tests are due to be taken by 600,000 11-year olds.', '2009-05-05'), []);
  // text split by spaces keeps "Valentine 's Day" whole
  assert.deepEqual(read("They met on Valentine 's Day 2010 .", '2011-02-13'), [["Valentine 's Day 2010", 'DATE', '2010-02-14']]);
});

test('"that November" is the month in the year the text set; "said that November would" leaves the conjunction out', () => {
  assert.deepEqual(read('In 1972, McGovern lost the general election to Richard Nixon that November.', '2016-04-26'),
    [['1972', 'DATE', '1972'], ['that November', 'DATE', '1972-11']]);
  assert.deepEqual(read('They said that November would be decisive.', '2016-04-26'), [['November', 'DATE', '2016-11']]);
  // nor does a date of the saying between the verb and "that"
  assert.deepEqual(read('The department had estimated on February 26 that January durable goods orders fell.', '1987-03-20'),
    [['February 26', 'DATE', '1987-02-26'], ['January', 'DATE', '1987-01']]);
});

test('"the next year and a half", "the past decade and a half": one unit and a half after a relative position is a length', () => {
  assert.deepEqual(read('Over the next year and a half, BP will pay. In the past decade and a half, he left.', '2010-07-20'),
    [['the next year and a half', 'DURATION', 'P1Y6M'], ['the past decade and a half', 'DURATION', 'P15Y']]);
});

test('"the previous November", "the next May" count from the month the text set', () => {
  assert.deepEqual(read('In March 2003 Goldsmith advised that resolution 1441, unanimously passed the previous November, held.', '2005-04-27'),
    [['March 2003', 'DATE', '2003-03'], ['the previous November', 'DATE', '2002-11']]);
  // with no month set, the publication month's
  assert.deepEqual(read('Tony Blair visited the White House the previous April.', '2005-11-27'), [['the previous April', 'DATE', '2005-04']]);
});

test('years later than a time the text never dated, told in the past or present, reach the present', () => {
  assert.deepEqual(read("America's worst spill was the Exxon Valdez. Twenty-one years later, the BBC went to a fishing village.", '2010-07-16'),
    [['Twenty-one years later', 'DATE', '2010']]);
  // in the future they still count from the publication day, and from a date the text set as before
  assert.deepEqual(read('It will be rebuilt two years later.', '2010-07-16'), [['two years later', 'DATE', '2012']]);
  assert.deepEqual(read('The spill came in 1989. Twenty-one years later, the BBC went there.', '2010-07-16'),
    [['1989', 'DATE', '1989'], ['Twenty-one years later', 'DATE', '2010']]);
});

test('"or so" stays inside and makes a time approximate: "a week or so", "the next year or so", "a week or so ago"', () => {
  const found = (text: string, dct: string) => tag(text, dct).map((t) => [t.text, t.value, t.mod]);
  assert.deepEqual(found('It will take a week or so.', '1991-02-25'), [['a week or so', 'P1W', 'APPROX']]);
  assert.deepEqual(found('Prices may rise over the next two years or so.', '1989-10-26'), [['the next two years or so', 'P2Y', 'APPROX']]);
  assert.deepEqual(found('Then, a week or so ago, the general made his choice.', '1991-02-25'), [['a week or so ago', '1991-W08', 'APPROX']]);
  assert.deepEqual(found('About an hour or so from now we will hear from him.', '2011-02-01'), [['About an hour or so from now', 'FUTURE_REF', 'APPROX']]);
});

test('a bound written after a length or a year stays inside: "four days or longer", "1994 or later", "1990 and beyond"', () => {
  const found = (text: string) => tag(text, '1989-10-27').map((t) => [t.text, t.value, t.mod]);
  assert.deepEqual(found('It took four days or longer.'), [['four days or longer', 'P4D', 'EQUAL_OR_MORE']]);
  assert.deepEqual(found('The plant opens in 1994 or later.'), [['1994 or later', '1994', 'ON_OR_AFTER']]);
  assert.deepEqual(found('Plans for 1990 and beyond.'), [['1990 and beyond', '1990', 'ON_OR_AFTER']]);
  // before "ago" the bound is read past: "six months or more ago" is a date
  assert.deepEqual(found('He came six months or more ago.').map(([text, value]) => [text, value]), [['six months or more ago', '1989-04']]);
  assert.deepEqual(found('It will be a year or more before the plant is ready.'), [['a year or more', 'P1Y', 'EQUAL_OR_MORE']]);
});

test('ages in months and idioms of a moment are no lengths: "a six-month old baby", "Wait a minute"; waiting a minute is', () => {
  assert.deepEqual(tag('She has a six-month old baby and a two-week-old puppy.', '2010-06-15'), []);
  assert.deepEqual(tag('"Wait a minute," he said. "Hang on a second."', '2010-06-15'), []);
  assert.deepEqual(tag('We had to wait a minute.', '2010-06-15').map((t) => t.value), ['PT1M']);
});

test('the verb "last" after a modal and an adverb stays outside: "this could also last months"', () => {
  assert.deepEqual(tag('This could also last months.', '2010-06-15').map((t) => [t.text, t.value]), [['months', 'PXM']]);
  assert.deepEqual(tag('The trial will probably last two weeks.', '2010-06-15').map((t) => t.text), ['two weeks']);
  // nor before an article, which the adjective never stands before
  assert.deepEqual(tag('Flu epidemics generally last a few weeks.', '2009-04-28').map((t) => t.text), ['a few weeks']);
});

test('"two mln barrels a day" is a rate as "two million barrels a day" is; "a Hong Kong daily" is a paper', () => {
  assert.deepEqual(tag('Output rose to two mln barrels a day from one mln bpd, a Hong Kong daily said.', '1987-03-20'), []);
  assert.deepEqual(tag('The Tokyo business daily reported it. The service runs daily.', '1987-03-20').map((t) => t.value), ['P1D']);
  // the noun alone as a report's subject: "The daily said"
  assert.deepEqual(tag('The daily said prices rose. The daily average rose.', '1987-03-20').map((t) => t.value), ['P1D']);
});

test('"the rest of this week", "the remainder of 1987": what is left of the period, read whole and dated as the period', () => {
  const found = tag('Talks will continue the rest of this week. Payments are due for the remainder of 1987.', '1987-03-24');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['the rest of this week', '1987-W13'], ['the remainder of 1987', '1987']]);
  // early in a year, a results story's "the year" may be the one closed, but what is left of it is this one's
  const results = 'Coffee earnings were down against 295 mln in February 1986. Fendt said that although the February results were lower than the average expected for the rest of the year, the target should be achieved.';
  assert.equal(tag(results, '1987-03-16').find((t) => t.text === 'the rest of the year')?.value, '1987');
});

test('an unspecified stretch joined to another of another unit: the second is one of its own, "recent weeks and months"', () => {
  assert.deepEqual(tag('Many funds in recent weeks and months have been selling.', '1989-10-27').map((t) => [t.text, t.value]), [['recent weeks', 'PXW'], ['months', 'PXM']]);
  assert.deepEqual(tag('Talks resume in the coming days and weeks.', '1989-10-27').map((t) => [t.text, t.value]), [['the coming days', 'FUTURE_REF'], ['weeks', 'FUTURE_REF']]);
  // after "or", one uncertain length, as TimeBank writes "weeks or months"
  assert.deepEqual(tag('They fought for weeks or months.', '1989-10-27').map((t) => [t.text, t.value, t.mod]), [['weeks or months', 'PXW', 'APPROX']]);
  // not a unit of another phrase: "weeks and months of fighting" (each tagged by its own rule)
  assert.deepEqual(tag('It lasted for weeks and months of fighting.', '1989-10-27').map((t) => t.text), ['weeks', 'months']);
});

test('the second of two "the end of …" phrases may drop its article: "the end of March and beginning of April"', () => {
  const found = tag('Prices rose at the end of March and beginning of April.', '1987-04-10');
  assert.deepEqual(found.map((t) => [t.text, t.value, t.mod]), [['the end of March', '1987-03', 'END'], ['beginning of April', '1987-04', 'START']]);
  assert.deepEqual(tag('He spoke of the end and beginning of life.', '1987-04-10'), []);
});

test('"the latter part of April", "April Three", "a little over a month ago": the words around a date stay with it', () => {
  const found = (text: string, dct: string) => tag(text, dct).map((t) => [t.text, t.value, t.mod]);
  assert.deepEqual(found('Earnings will be released in the latter part of April.', '1987-04-03'), [['the latter part of April', '1987-04', 'END']]);
  // wire copy capitalizes a spelled day after its month, never a count inside the sentence
  assert.deepEqual(found('The rights expire April Three unless extended.', '1987-03-09'), [['April Three', '1987-04-03', undefined]]);
  assert.deepEqual(found('In April three people died.', '1987-03-09').map(([text]) => text), ['April']);
  assert.deepEqual(found('Prices rose a little over a month ago.', '2010-06-09'), [['a little over a month ago', '2010-05', 'MORE_THAN']]);
  assert.deepEqual(found('Little more than a decade ago, it fell.', '2010-06-09'), [['Little more than a decade ago', '2000', 'MORE_THAN']]);
  // a rate written with "m" for million is no time
  assert.deepEqual(tag('The well leaked 3.6 m barrels of oil a day.', '2010-06-09'), []);
  // an index level is no year: "fell 508 points to 1738"
  assert.deepEqual(tag('The Dow fell 508 points to 1738.', '1987-10-25'), []);
  // nor one with a unit of measure in capitals
  assert.deepEqual(tag('Homes use 250 kWh per month.', '2010-06-09'), []);
  // (a clock time's zone is no unit of an amount)
  assert.deepEqual(tag('00.02 BST A year after the insurgency began, sceptics asked.', '2005-06-24').map((t) => t.text), ['00.02 BST', 'A year']);
});

test('a position word before a hyphenated modifier is part of it, the article outside: "the late 20th-century naturalist"', () => {
  assert.deepEqual(tag('He praised the late 20th-century naturalist.', '2008-12-01').map((t) => [t.text, t.value, t.mod]), [['late 20th-century', '19', 'END']]);
  // a decade with its article keeps it
  assert.deepEqual(tag('In the early 1990s it fell.', '2008-12-01').map((t) => t.text), ['the early 1990s']);
});

test('a recurrence whose period is a range or left vague is one set: "every three to five years", "every few years"', () => {
  const found = (text: string) => tag(text, '2010-12-03').map((t) => [t.text, t.type, t.value]);
  assert.deepEqual(found('Floods come every three to five years.'), [['every three to five years', 'SET', 'PXY']]);
  assert.deepEqual(found('Floods come every few years.'), [['every few years', 'SET', 'PXY']]);
  assert.deepEqual(found('Floods come every three years.'), [['every three years', 'SET', 'P3Y']]);
});

test('a rate reads past the words of its amount ("1.4 mln dlrs in revenues a year", "two billion Ecus a year", "one mln long-distance calls per month")', () => {
  assert.deepEqual(read('The average restaurant does about 1.369 mln dlrs in revenues a year.', '1987-03-20'), []);
  assert.deepEqual(read('The scheme could raise up to two billion Ecus a year.', '1987-03-20'), []);
  assert.deepEqual(read('It handles one mln long-distance calls per month.', '1987-03-20'), []);
  // a preposition right before the unit still makes a length of it, and a length's own compound ends the amount
  assert.deepEqual(read('He earned $5 in about a day.', '1987-03-20'), [['about a day', 'DURATION', 'P1D']]);
  assert.deepEqual(read('The tender of a 6.25 pct eight-year bullet indicates a week of active trading.', '1987-03-20'),
    [['eight-year', 'DURATION', 'P8Y'], ['a week', 'DURATION', 'P1W']]);
  // "over" after an amount is "during": the length alone, no MORE_THAN
  assert.deepEqual(read('The funds accumulated $25.9 million in dividends over 15 years.', '2010-06-01'), [['15 years', 'DURATION', 'P15Y']]);
});

test('a range of lengths before its noun is one length: "a three to five-year pact", "a 10-20 minute presentation", "a six - or seven-year backlog"', () => {
  assert.deepEqual(read('They sought a new three to five-year textile pact.', '1987-03-20'), [['three to five-year', 'DURATION', 'PXY']]);
  assert.deepEqual(read('We had only had a 10-20 minute presentation.', '2005-06-01'), [['10-20 minute', 'DURATION', 'PTXM']]);
  assert.deepEqual(read('Boeing has a six - or seven-year backlog of plane orders.', '2008-10-01'), [['six - or seven-year', 'DURATION', 'PXY']]);
  // an age is still no length
  assert.deepEqual(read('She has a two to three year old daughter.', '2008-10-01'), []);
});

test('"two or three months ago" is one expression, at the farther count', () => {
  assert.deepEqual(read('They were saying so just two or three months ago.', '2010-07-06'), [['two or three months ago', 'DATE', '2010-04']]);
  assert.deepEqual(read('It was 2-3 days ago.', '2010-07-06'), [['3 days ago', 'DATE', '2010-07-03']]);
});

test('"could take months", "spent weeks lobbying", "weeks away from": an unspecified length measured by a verb', () => {
  assert.deepEqual(read('It could take months to contain the leak.', '2010-06-01'), [['months', 'DURATION', 'PXM']]);
  assert.deepEqual(read('The two men spent months lobbing insults.', '2016-09-20'), [['months', 'DURATION', 'PXM']]);
  assert.deepEqual(read('He said it was weeks away from capturing the town.', '2019-02-20'), [['weeks', 'DURATION', 'PXW']]);
  assert.deepEqual(read('Drill crews were hours away from intercepting the well.', '2010-09-15'), [['hours', 'DURATION', 'PTXH']]);
  // a direction or "off" after it is another reading
  assert.deepEqual(read('He took days off.', '2010-06-01'), []);
});
