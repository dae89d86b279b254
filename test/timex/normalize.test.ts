import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, textsAndValues } from './helpers.js';

/** Each case: a sentence, the publication date, the expression and the value it must get. */
const cases: [string, string, string, string, string][] = [
  // [text, dct, expression, type, value]
  ['The talks resumed on Friday, officials said.', '1998-08-08', 'Friday', 'DATE', '1998-08-07'],
  ['The minister will travel to Paris on Friday.', '1998-08-08', 'Friday', 'DATE', '1998-08-14'],
  ['He said the report was released in November.', '2024-02-13', 'November', 'DATE', '2023-11'],
  ['The election will be held in November.', '2024-02-13', 'November', 'DATE', '2024-11'],
  ['Profit rose in the third quarter.', '1989-10-26', 'the third quarter', 'DATE', '1989-Q3'],
  ['Sales were C$7.38 billion in the latest fiscal year.', '1989-10-26', 'the latest fiscal year', 'DATE', '1988'],
  ['Net income rose to $5 million from $3 million a year earlier in the third quarter.', '1989-10-26', 'a year earlier', 'DATE', '1988-Q3'],
  ['Sales fell in the 1990s.', '2001-05-01', 'the 1990s', 'DATE', '199'],
  ['The plant closed three years ago.', '2024-08-13', 'three years ago', 'DATE', '2021'],
  ['It has grown over the past two months.', '1989-10-27', 'the past two months', 'DURATION', 'P2M'],
  ['The strike lasted 2 1/2 years.', '1998-02-27', '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['Shares are traded daily.', '2000-01-07', 'daily', 'SET', 'P1D'],
  ['They meet each Thursday.', '1998-02-13', 'each Thursday', 'SET', 'XXXX-WXX-4'],
  ['The media focuses on it every single day.', '2016-09-16', 'every single day', 'SET', 'P1D'],
  ['We check it each and every week.', '2016-09-16', 'each and every week', 'SET', 'P1W'],
  ['The blast came at 10:35 a.m. Friday.', '1998-08-08', '10:35 a.m. Friday', 'TIME', '1998-08-07T10:35'],
  ['The dividend is payable Dec. 14 to holders of record.', '1989-10-26', 'Dec. 14', 'DATE', '1989-12-14'],
  ['The editorial appeared on Saturday, April 25.', '1998-04-24', 'Saturday, April 25', 'DATE', '1998-04-25'],
  ['He arrived on May 3, 1998. The next day he left.', '2000-01-01', 'The next day', 'DATE', '1998-05-04'],
  ['Prices are currently rising.', '2000-01-01', 'currently', 'DATE', 'PRESENT_REF'],
  ['He met them on Tuesday morning.', '2024-08-15', 'Tuesday morning', 'TIME', '2024-08-13TMO'],
  // a weekday's night is a TIME as its morning is (TimeML's guidelines)
  ['Trump was sniffing during the Monday night debate.', '2016-09-28', 'Monday night', 'TIME', '2016-09-26TNI'],
  // the forecast a figure is compared with was made: "less than forecast in July" (October) is last July
  ['Output will expand by 1.6 percent, less than forecast in July.', '2016-10-05', 'July', 'DATE', '2016-07'],
  ['The company expects a loss in fiscal 1990.', '1989-10-26', 'fiscal 1990', 'DATE', '1990'],
  ['Growth slowed in early 1990.', '1991-01-01', 'early 1990', 'DATE', '1990'],
  ['The summit is due to take place on Wednesday.', '2024-08-13', 'Wednesday', 'DATE', '2024-08-14'],
  ['The team played last week.', '2024-08-13', 'last week', 'DATE', '2024-W32'],
  // wire-style clock times are times of day, not years
  ['Brent crude traded at $80 at 1516 GMT.', '2024-08-13', '1516 GMT', 'TIME', '2024-08-13T15:16'],
  ['The statement came at 0930 UTC on Tuesday.', '2024-08-15', '0930 UTC', 'TIME', '2024-08-13T09:30'],
  // a context date keeps its precision: a clock time after a bare year counts from the last full date
  ['He was shot on Oct. 23, 1998. Police said he died in 1997 and 10 p.m. was the hour.', '1999-04-19', '10 p.m.', 'TIME', '1998-10-23T22:00'],
  // a date a few days the other way beats one most of a year away in the tense's direction
  ['Meissner gave no reason for the Jan. 14 deadline.', '2000-01-05', 'Jan. 14', 'DATE', '2000-01-14'],
  // a present-tense clause: the nearer date
  ['Conseco said it is calling for the redemption on Dec. 7 of the shares.', '1989-10-30', 'Dec. 7', 'DATE', '1989-12-07'],
  // a deadline that had been due: in the past
  ['The offer was extended. It had been due to expire Friday.', '1989-10-30', 'Friday', 'DATE', '1989-10-27'],
  ['It took a minute and a half.', '1998-01-14', 'a minute and a half', 'DURATION', 'PT1M30S'],
  ['Islam will one day be the second largest religion.', '1998-03-03', 'one day', 'DATE', 'FUTURE_REF'],
  ['Shares were up at mid-afternoon yesterday.', '1989-11-02', 'mid-afternoon yesterday', 'TIME', '1989-11-01TAF'],
  ['They have kept the secret for more than two thousand years.', '1998-01-21', 'more than two thousand years', 'DURATION', 'P2000Y'],
  ['The index fell to its low at the end of 1990.', '1991-06-01', 'the end of 1990', 'DATE', '1990'],
  ['He was shot to death last Oct. 23 at his home.', '1999-04-19', 'last Oct. 23', 'DATE', '1998-10-23'],
  ['The official said the accession was planned for early March.', '1999-02-10', 'early March', 'DATE', '1999-03'],
  ['Qantas will almost double its flights by August in the search for new markets untouched by the crisis.', '1998-02-13', 'August', 'DATE', '1998-08'],
  ['The budget will soon move into surplus.', '1998-02-06', 'soon', 'DATE', 'FUTURE_REF'],
  ['Prosecutors may soon seek an indictment.', '1989-10-27', 'soon', 'DATE', 'FUTURE_REF'],
  ["International Women's Day is this coming Sunday, March eighth.", '1998-03-05', 'this coming Sunday, March eighth', 'DATE', '1998-03-08'],
  // 1980s wire copy spells the days below ten; a number that counts something after the month stays a count
  ['Qtly div 14 cts vs 14 cts prior Pay March 13 Record March Two', '1987-03-02', 'March Two', 'DATE', '1987-03-02'],
  ['Its base price will be increased by 25 dlrs, effective July one.', '1987-07-01', 'July one', 'DATE', '1987-07-01'],
  ['The warrants run until September one 1989 and thereafter at 6.50 dlrs.', '1987-02-26', 'September one 1989', 'DATE', '1989-09-01'],
  ['In April two companies merged.', '1987-03-02', 'April', 'DATE', '1986-04'],
  // "calendar" and "fiscal year" before a year say which kind of year it is, as "fiscal" does
  ['Credit growth in calendar 1986 was 30.7 pct.', '1987-03-02', 'calendar 1986', 'DATE', '1986'],
  ['USDA forecast exports in fiscal year 1997 would decline.', '1996-08-29', 'fiscal year 1997', 'DATE', '1997'],
  ['The president puts out the fiscal year 2012 budget.', '2011-02-13', 'the fiscal year 2012', 'DATE', '2012'],
  ['The Calendar 1987 edition is out.', '1987-03-02', '1987', 'DATE', '1987'],
  ['We hope they will be concluded by the year end, he said.', '1987-03-02', 'the year end', 'DATE', '1987'],
  // the first clock of a range of wire clocks is a clock too, and a place's local time stays with its clock
  ['The contract would trade from 0900 to 1315 CST.', '1987-03-10', '0900', 'TIME', '1987-03-10T09:00'],
  ['The session runs from 1800 to 2100 local Chicago time.', '1987-03-11', '2100 local Chicago time', 'TIME', '1987-03-11T21:00'],
  // a result told in the past has a period that is over, however far its verb stands
  ['AM reported a fourth quarter operating loss of two cts a share.', '1987-02-26', 'fourth quarter', 'DATE', '1986-Q4'],
  ['AM had a loss in the fourth quarter.', '1987-02-26', 'the fourth quarter', 'DATE', '1986-Q4'],
  ['AM expects a fourth quarter loss.', '1987-02-26', 'fourth quarter', 'DATE', '1987-Q4'],
  ['Chile has 4-1/2 years grace on the loan.', '1987-03-02', '4-1/2 years', 'DURATION', 'P4Y6M'],
  ['Play was interrupted for more than 3-1/2 hours.', '1996-08-23', 'more than 3-1/2 hours', 'DURATION', 'PT3H30M'],
  // a scheduling verb's form used as a plural noun schedules nothing
  ['In August, housing starts were unchanged from July levels.', '1987-10-20', 'August', 'DATE', '1987-08'],
  ['The increase in September housing starts was the largest since December 1986.', '1987-10-20', 'September', 'DATE', '1987-09'],
  ['The dollar was at 141.10 yen against Friday closes of 142.35 in New York.', '1987-10-19', 'Friday', 'DATE', '1987-10-16'],
  ['The conference ends Saturday.', '1987-10-20', 'Saturday', 'DATE', '1987-10-24'],
  // a results story's quarter still to be lived through is the current one, except in a month of results
  ['Wang has said it expects to break even in the quarter.', '1987-03-16', 'the quarter', 'DATE', '1987-Q1'],
  ['Earlier this month, the company said it expected to break even for the quarter.', '1989-10-26', 'the quarter', 'DATE', '1989-Q3'],
  ['Profit rose in 1985\'s fourth quarter.', '1987-10-19', "1985's fourth quarter", 'DATE', '1985-Q4'],
  ['Problem banks rose from 117 at the end of the second quarter to 171.', '2008-11-05', 'the end of the second quarter', 'DATE', '2008-Q2'],
  ['The exchange trades to 1500 local (0600 GMT).', '1987-10-19', '1500', 'TIME', '1987-10-19T15:00'],
  ['Qtly div 27 cts vs 27 cts prior Pay January Seven Record December 15', '1987-12-04', 'January Seven', 'DATE', '1988-01-07'],
  // wire copy's "end-February", "end-1986", "end-year"
  ['Stocks stood at 127.1 mln barrels at end-February.', '1987-03-03', 'end-February', 'DATE', '1987-02'],
  ['Reserves were 9.1 billion at end-1986.', '1987-03-03', 'end-1986', 'DATE', '1986'],
  // results tables' abbreviations, and a year before the results it dates
  ['Nine mths shr 1.20 dlrs vs 1.10 dlrs.', '1987-10-19', 'Nine mths', 'DURATION', 'P9M'],
  ['NOTE: Net loss for 4th qtr 1986 includes a restructuring charge.', '1987-02-26', '4th qtr 1986', 'DATE', '1986-Q4'],
  ['Analysts raised their 1987 earnings estimates.', '1987-03-11', '1987', 'DATE', '1987'],
  ['It later settled for a working week of 38.5 hours.', '1987-03-02', '38.5 hours', 'DURATION', 'PT38H30M'],
  ['They could make 7.7 billion doses in 1.5 years.', '2009-07-14', '1.5 years', 'DURATION', 'P1Y6M'],
  ['In the immediate future, the military will run the country.', '2011-02-12', 'the immediate future', 'DATE', 'FUTURE_REF'],
  // a business day skips the weekend
  ['Balances rose to 3.9 billion dlrs from 3.5 billion dlrs the previous business day.', '1987-03-30', 'the previous business day', 'DATE', '1987-03-27'],
  // a time's parts below a day run together without "and"
  ['Kankkunen won in 4 hours 39 minutes six seconds .', '1996-08-26', '4 hours 39 minutes six seconds', 'DURATION', 'PT4H39M6S'],
  ['The over-under is one minute , 54 seconds .', '2011-02-06', 'one minute , 54 seconds', 'DURATION', 'PT1M54S'],
  ['After 90 minutes 22,000 fans left.', '1996-08-26', '90 minutes', 'DURATION', 'PT90M'],
  // a quarter takes the year written or named right after it, before a plural noun too
  ['Segments contributed two mln dlrs to fourth quarter 1985 profits.', '1987-04-02', 'fourth quarter 1985', 'DATE', '1985-Q4'],
  ['It earned more than it reported for the first quarter last year.', '1987-04-02', 'the first quarter last year', 'DATE', '1986-Q1'],
  ['Sales in the second half this year will rise.', '1987-04-02', 'the second half this year', 'DATE', '1987-H2'],
  // the week a report closes is the one "the previous week" counts from
  ['Claims totaled 2,507,000 in the week ended Feb 28, the latest figure. That was up from 2,477,000 the previous week.', '1987-03-19', 'the previous week', 'DATE', '1987-W08'],
  ['Claims rose in the week ended Feb 28. On March 10 the panel met. It had met the previous week.', '1987-03-19', 'the previous week', 'DATE', '1987-W10'],
  // a results story's "the year" is the year of the quarter it reports on, unless the sentence looks ahead
  ['NWA reported fourth quarter net of 9.8 mln dlrs. For the year, earnings rose to 76.9 mln dlrs.', '1987-03-05', 'the year', 'DATE', '1986'],
  ['NWA reported fourth quarter net of 9.8 mln dlrs. It expects the year to be better.', '1987-03-05', 'the year', 'DATE', '1987'],
  // early in a year, a story that names the year before and nothing of its own reports on the year just closed
  ["Woolworth's 1986 income rose to 214 mln dlrs. Revenues for the year rose to 6.50 billion.", '1987-03-03', 'the year', 'DATE', '1986'],
  ['Sales in 1986 fell. In the first six months of this year, we had black numbers. We will close the full year with a profit.', '1987-03-03', 'the full year', 'DATE', '1987'],
  ['Porsche sold fewer cars than in February of 1986. Sales since the beginning of the year totaled 3,469.', '1987-03-04', 'the beginning of the year', 'DATE', '1987'],
  // ("the year to March" is twelve months, a length, as TimeBank writes "the year ended …")
  ['Prices fell 3.4 pct in the year to March after a 0.8 pct drop in March 1986.', '1987-04-21', 'the year', 'DURATION', 'P1Y'],
  ['It reported 1986 earnings of 6.6 mln dlrs. For the first nine months of the year, it had earned 6.8 mln.', '1987-03-13', 'the year', 'DATE', '1986'],
  ['The surplus hit 13.6 billion last year against 10.2 billion in 1985, and widened in the first two months of the year.', '1987-03-12', 'the year', 'DATE', '1987'],
  // and its quarters not yet begun this year are the year just closed's
  ['Liabilities grew 77.4 billion dlrs in 1986 after rising 40.4 billion in 1985. They rose 30.1 billion dlrs in the third quarter.', '1987-03-17', 'the third quarter', 'DATE', '1986-Q3'],
  ['Liabilities grew 77.4 billion dlrs in 1986 after rising 40.4 billion in 1985. The economy recovered in the first quarter.', '1987-04-29', 'the first quarter', 'DATE', '1987-Q1'],
  // a quarter named after one of the year just closed, and before it in that year, is that year's too (this year's
  // has not begun) — unless the clause looks ahead
  ['Productivity fell 1.7 pct in the fourth quarter. The decline followed a 0.3 pct drop in the third quarter.', '1987-03-02', 'the third quarter', 'DATE', '1986-Q3'],
  ['Output rose nine pct in the fourth quarter after a four pct third quarter decline.', '1987-03-09', 'third quarter', 'DATE', '1986-Q3'],
  ['Output rose nine pct in the fourth quarter. Output will rise in the third quarter.', '1987-03-09', 'the third quarter', 'DATE', '1987-Q3'],
  ['Productivity rose 0.6 pct in the first quarter after a 2.0 pct drop in the fourth quarter.', '1987-06-02', 'the fourth quarter', 'DATE', '1986-Q4'],
  // the end of this year told of as past, before December, is last year's (it is still ahead); not a plan said in the past
  ['Colonial had assets at year-end of about 150 mln dlrs.', '1987-03-06', 'year-end', 'DATE', '1986'],
  ['The amount of treasury bills outstanding at year end was 69.7 billion dlrs.', '1987-03-06', 'year end', 'DATE', '1986'],
  ['He said the plant would open by year-end.', '1987-03-06', 'year-end', 'DATE', '1987'],
  ['At 1986 year end, the backlog stood at 42 mln dlrs.', '1987-03-23', '1986 year end', 'DATE', '1986'],
  ['The deficit was on course for the year-end forecast.', '1987-03-12', 'year-end', 'DATE', '1987'],
  // (the end is the season's: "this year" alone is the year, this year's)
  ['Production increased to total 140,000 tonnes at the end of this year\'s season.', '1987-03-07', 'this year', 'DATE', '1987'],
  // a year named by the two it spans closes in the second; the wire's misspelt month; "the year 2,000"; a spelled day before the sign-off
  ['Profit rose in the first half of the 1986/87 financial year to September 30.', '1987-03-27', 'September 30', 'DATE', '1987-09-30'],
  ['The budget for fiscal 1987/88 ending March 31 is unlikely to be passed soon.', '1987-03-11', 'March 31', 'DATE', '1988-03-31'],
  ['Production had fallen 0.2 pct in Feburary from a month earlier.', '1987-04-20', 'a month earlier', 'DATE', '1987-01'],
  ['Turkey is unlikely to become the 13th member before the year 2,000, officials said.', '1987-04-16', 'the year 2,000', 'DATE', '2000'],
  ['Qtly div 45 cts vs 45 cts prior Pay October one Record September four Reuter', '1987-06-18', 'September four', 'DATE', '1987-09-04'],
  // the alternative set aside after "rather than" has verbs of its own
  ['The letter also said raises will be given in one annual lump-sum payment from April rather than being folded into salaries.', '1987-03-03', 'April', 'DATE', '1987-04'],
  // "a year earlier" after a year its sentence names is the year before that one (not after an index's base year)
  ['Thai coffee exports rose to 22,068 tonnes in 1986 from 20,430 a year earlier, the Customs Department said.', '1987-03-05', 'a year earlier', 'DATE', '1985'],
  ['In January 1986, wholesale prices were 3.9 pct lower than a year earlier.', '1987-03-05', 'a year earlier', 'DATE', '1985-01'],
  ['The store sales index (base 1985) fell 1.5 pct to 106.7 in February compared with 102.9 a year earlier.', '1987-03-27', 'a year earlier', 'DATE', '1986-02'],
  // "used" is a past verb, though too short for the "-ed" test; "a used car" is an adjective
  ['He used his employee discount in February to buy a new Chevrolet.', '2008-12-01', 'February', 'DATE', '2008-02'],
  ['The money will be used in February.', '2008-12-01', 'February', 'DATE', '2009-02'],
  // "last year" names its year as its digits would
  ['BP made a profit last year of $14bn, down from $25bn a year earlier.', '2010-06-08', 'a year earlier', 'DATE', '2008'],
  // a period's end named as a month and a spelled number is that day
  ['Sales for the five weeks ended April four were up 0.5 pct.', '1987-04-21', 'April four', 'DATE', '1987-04-04'],
  ['It has extended through July two the exclusive period.', '1987-06-25', 'July two', 'DATE', '1987-07-02'],
  // a state told in the past that lasted until a month is over; a passive may set a limit still ahead
  ['He said he was not aware of the Fed\'s emergency power until September, and he favored removing it.', '2009-05-30', 'September', 'DATE', '2008-09'],
  ['Talks were suspended until September.', '2009-05-30', 'September', 'DATE', '2009-09'],
  ['U.S. officials said they were giving Japan until April to show a stimulus package.', '1987-03-20', 'April', 'DATE', '1987-04'],
  // "next" or "last" before a month and day sets the direction whatever is nearer
  ['The beef accord expires next March 31.', '1987-04-08', 'next March 31', 'DATE', '1988-03-31'],
  // the hundreds of a century before ours name the century
  ['In the 1800s, the town grew.', '2010-06-08', 'the 1800s', 'DATE', '18'],
  ['In the early 2000s, the town grew.', '2010-06-08', 'the early 2000s', 'DATE', '200'],
  // months joined by a slash share the year written after the second
  ['Sales in January/December 1986 rose 4.5 pct.', '1987-04-10', 'January', 'DATE', '1986-01'],
  // a feast with the year written after it
  ['It was the day before Thanksgiving in 1991.', '2008-10-25', 'day before Thanksgiving in 1991', 'DATE', '1991-11-27'],
  ['The truce at Christmas of 1914 held.', '2008-10-25', 'Christmas of 1914', 'DATE', '1914-12-25'],
  // "for March": no one marches after "for"
  ['Saudi output was two mln bpd more than its figures for March.', '1987-04-27', 'March', 'DATE', '1987-03'],
  // early or late in the year, the month, the new year: the edge of the current one, or of the coming one
  ['Three brigades are to leave early in the new year.', '2005-12-10', 'early in the new year', 'DATE', '2006'],
  ['Late in the year, the rebels took the city.', '2005-12-10', 'Late in the year', 'DATE', '2005'],
  // (the season before, valued by its first year as the split label is)
  ['Imports were 93,000 tonnes in the 1986/87 season, up from 85,000 a year earlier.', '1987-03-13', 'a year earlier', 'DATE', '1985'],
  // "the year" set off after a year restates it
  ['It is the most active storm season since 2005, the year of Hurricane Katrina.', '2010-05-30', 'the year', 'DATE', '2005'],
  ['Sales have grown 200 pct a year since 1981, the year after the group was formed.', '1987-04-01', 'the year', 'DATE', '1981'],
  // a year at the head of a sentence frames it: what the sentence dates without a year is in that year
  ['In 2009, the administration slapped a duty on tires in September.', '2011-02-26', 'September', 'DATE', '2009-09'],
  ['In 1986 ChemLawn earned 1.19 dlrs per share for the full year, and 2.58 dlrs in the fourth quarter.', '1987-02-26', 'the fourth quarter', 'DATE', '1986-Q4'],
  ['In 1986 ChemLawn earned 1.19 dlrs per share for the full year, and 2.58 dlrs in the fourth quarter.', '1987-02-26', 'the full year', 'DATE', '1986'],
  ['In 1986 sales rose, and the company expects growth in March.', '1987-02-26', 'March', 'DATE', '1987-03'],
  ['He joined the firm in 1980 and left in March.', '1987-04-26', 'March', 'DATE', '1987-03'],
  ['In 1989, the Exxon Valdez hit a reef and, until April\'s BP accident, it was the worst spill.', '2010-07-16', 'April', 'DATE', '2010-04'],
  ['In May one of them resigned.', '1987-03-02', 'May', 'DATE', '1986-05'],
  // a photo caption's "this" points at the photo; the date written out after it is one expression
  ['FILE - In this June 1 , 2010 file photo , workers collect oil .', '2010-06-04', 'June 1 , 2010', 'DATE', '2010-06-01'],
  ['A sign at a branch in central London , in this Tuesday , Feb. 10 , 2009 file photo .', '2009-02-27', 'Tuesday , Feb. 10 , 2009', 'DATE', '2009-02-10'],
  ['This June will be hot.', '2010-06-04', 'This June', 'DATE', '2010-06'],
  // a clock time before "this morning", "last night", "yesterday morning" is on that day, one expression
  ['My brother , E , was out at 8am this morning getting gasoline .', '2005-06-18', '8am this morning', 'TIME', '2005-06-18T08:00'],
  ['The canopy collapsed just before midnight last night at the airport .', '2011-02-06', 'midnight last night', 'TIME', '2011-02-05T24:00'],
  ['He was seen at 9 a.m. yesterday morning .', '2005-06-18', '9 a.m. yesterday morning', 'TIME', '2005-06-17T09:00'],
  // a comment's stamp: the clock time takes the date written after it, one expression when nothing stands between
  ['At 16:12 26th Apr 2009 , maxx756 wrote : The flu bug of 1918', '2009-04-25', '16:12 26th Apr 2009', 'TIME', '2009-04-26T16:12'],
  // ("on" keeps the day an expression of its own, as WikiWars and the news sample write it)
  ['Where you can find the documents : At 7:05 pm on 25 Nov 2009 , M2 wrote :', '2009-05-21', '7:05 pm', 'TIME', '2009-11-25T19:05'],
  ['Where you can find the documents : At 7:05 pm on 25 Nov 2009 , M2 wrote :', '2009-05-21', '25 Nov 2009', 'DATE', '2009-11-25'],
  ['Protesters walked on to rail lines at about 1pm on Sunday, preventing trains from entering.', '2018-03-11', 'Sunday', 'DATE', '2018-03-11'],
  // "this weekend" told in the past on a weekday is the weekend just gone (the week before's); ahead, the coming one
  ['The president told African-Americans this weekend he would consider it a personal insult.', '2016-09-19', 'this weekend', 'DATE', '2016-W37-WE'],
  ['The president will speak to African-Americans this weekend.', '2016-09-19', 'this weekend', 'DATE', '2016-W38-WE'],
  // an aside set off by spaced hyphens has its own tense: the main clause's past does not reach into it
  ['But chief executive Tony Hayward - who is to leave the top job in October - accepted that the firm could not move on.', '2010-07-27', 'October', 'DATE', '2010-10'],
  // a bare "September 11" after "after", "since", "of" is the attacks of 2001 in a text written after them
  ['After September 11 , I made a commitment to the American people .', '2005-06-29', 'September 11', 'DATE', '2001-09-11'],
  ['Officials disrupted 10 serious plots since September 11 .', '2005-10-07', 'September 11', 'DATE', '2001-09-11'],
  // (not before them, nor a timeline's entry, nor a date ahead)
  ['After September 11 , prices fell .', '1999-05-01', 'September 11', 'DATE', '1998-09-11'],
  ['Sept. 7 : Fannie Mae is seized . Sept. 11 : Governments in Thailand cut rates .', '2008-10-07', 'Sept. 11', 'DATE', '2008-09-11'],
  // "9/11" is the attacks in a text written after them; dates written with slashes, month first
  ['She nearly collapsed outside of a 9/11 memorial ceremony in lower Manhattan.', '2016-09-25', '9/11', 'DATE', '2001-09-11'],
  ['They would allow 9/11 families to sue Saudi Arabia.', '2016-09-23', '9/11', 'DATE', '2001-09-11'],
  ['the brutal attack from Trayvon Martin on 2/26/2012, he wrote.', '2016-05-13', '2/26/2012', 'DATE', '2012-02-26'],
  ['a speech at the Black Caucus Foundation (9/17/16)', '2016-09-19', '9/17/16', 'DATE', '2016-09-17'],
  // a day or month in a year named relative to the publication's, "of" or not, is one expression
  ['when we started this journey on June 16th of last year we', '2016-10-02', 'June 16th of last year', 'DATE', '2015-06-16'],
  ['He left for Iraq via Germany on 18 August last year and met up with the YPG.', '2018-06-20', '18 August last year', 'DATE', '2017-08-18'],
  ['The leaders agreed to put together a reform plan by March of next year.', '2016-09-18', 'March of next year', 'DATE', '2017-03'],
  // "in the world today" is the present era; "rallies all over the world today" the day
  ['Blowout preventers are used on every oil and gas well drilled in the world today .', '2010-05-11', 'today', 'DATE', 'PRESENT_REF'],
  ['We watched rallies all over the world today .', '2011-02-01', 'today', 'DATE', '2011-02-01'],
  // a live page's update stamps fall within a day or two of its date, either side
  ['-LRB- Update 1:50 a.m. Wednesday in Cairo , 6:50 p.m. ET Tuesday -RRB- Video of the speech', '2011-02-01', '1:50 a.m. Wednesday', 'TIME', '2011-02-02T01:50'],
  ['-LRB- Update 12:24 a.m. Monday in Cairo , 5:24 p.m. ET -RRB- Protesters', '2011-01-30', '12:24 a.m. Monday', 'TIME', '2011-01-31T00:24'],
  // a news timeline's entries, told in the historical present, recount what has happened
  ['The rig sinks . May 2 - Obama visits the Gulf Coast .', '2010-06-03', 'May 2', 'DATE', '2010-05-02'],
  // (written in January, the June gone by, though the coming one is nearer)
  ['June 16 - Hayward and BP Chairman Carl-Henric Svanberg meet Obama at the White House .', '2011-01-11', 'June 16', 'DATE', '2010-06-16'],
  ['Obama visits the Gulf Coast on May 2 .', '2010-04-28', 'May 2', 'DATE', '2010-05-02'],
  ['We met this past Tuesday.', '1998-03-05', 'this past Tuesday', 'DATE', '1998-03-03'],
  // an event named by its weekday has happened: "Wednesday's ruling"
  ['Relatives said they would look for ways to get around Wednesday\'s ruling.', '2000-01-07', 'Wednesday', 'DATE', '2000-01-05'],
  ["''This father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.", '2000-04-05', '4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00'],
  ['The case may be heard the week of March 6.', '2000-02-24', 'the week of March 6', 'DATE', '2000-W10'],
  ['The summit will be held on April 24 and 25.', '1999-02-10', '25', 'DATE', '1999-04-25'],
  ['The army attacked on 12 March and the ceasefire held.', '2009-12-19', '12 March', 'DATE', '2009-03-12'],
  ['The battle was fought in 490 BC.', '2009-12-19', '490 BC', 'DATE', 'BC0490'],
  ['Stocks closed at 3:30 p.m. ET on Friday.', '2024-08-13', '3:30 p.m. ET', 'TIME', '2024-08-09T15:30'],
  ['Revenue rose in Q2 2024.', '2024-08-13', 'Q2 2024', 'DATE', '2024-Q2'],
  ['In H1 2023 sales fell.', '2024-08-13', 'H1 2023', 'DATE', '2023-H1'],
  ['The company expects a profit in FY2025.', '2024-08-13', 'FY2025', 'DATE', '2025'],
  ['Prices fell for three straight months.', '2024-08-13', 'three straight months', 'DURATION', 'P3M'],
  ['Eight trading days after the plunge, the index had recovered.', '1989-10-30', 'Eight trading days', 'DURATION', 'P8D'],
  ['The bank must wait five business days.', '1989-10-30', 'five business days', 'DURATION', 'P5D'],
  ['The offensive began in mid-June 1944.', '2009-12-19', 'mid-June 1944', 'DATE', '1944-06'],
  ['A commission is expected to report by mid-January next year.', '2010-09-08', 'mid-January next year', 'DATE', '2011-01'],
  ['We traveled through Egypt this past September and were in Cairo.', '2011-02-02', 'this past September', 'DATE', '2010-09'],
  ['Findings will be released in a book this coming August.', '2016-05-12', 'this coming August', 'DATE', '2016-08'],
  ['Troops were promised a return by Christmas 2007.', '2009-12-19', 'Christmas 2007', 'DATE', '2007-12-25'],
  ['He wrote to General Heath on 2 May, 1777.', '2009-12-19', '2 May, 1777', 'DATE', '1777-05-02'],
  ['The division embarked on 12-14 July 1950.', '2009-12-19', '12', 'DATE', '1950-07-12'],
  ['Throughout 1915-17, the empire suffered.', '2009-12-19', '17', 'DATE', '1917'],
  // news writes what is scheduled in the present: "the summit opens on Monday"
  ['A two-day summit opens on Monday in Geneva.', '2024-08-13', 'Monday', 'DATE', '2024-08-19'],
  ['The minister resigned a fortnight ago.', '2024-08-13', 'a fortnight ago', 'DATE', '2024-W31'],
  ['It was a hard time over the past fortnight.', '2024-08-13', 'the past fortnight', 'DURATION', 'P2W'],
  ['Hours later, the police arrived.', '2024-08-13', 'Hours', 'DURATION', 'PTXH'],
  ['The leaders meet on Tuesday 13 August in Rome.', '2024-08-09', 'Tuesday 13 August', 'DATE', '2024-08-13'],
  ['It happened on the 13th of August.', '2024-08-20', '13th of August', 'DATE', '2024-08-13'],
  ['In early 2023 prices rose.', '2024-08-20', 'early 2023', 'DATE', '2023'],
  ['The patrol left at 2200 hours.', '2024-08-13', '2200 hours', 'TIME', '2024-08-13T22:00'],
  // a results story follows the quarter it reports on, fiscal or not
  ['Earnings rose in the fiscal first quarter. Net was $5 million, up from $3 million a year earlier.', '1989-10-26', 'a year earlier', 'DATE', '1988-Q1'],
  // a past verb cannot report on a quarter that has not begun: in January, last year's fourth quarter
  ['The carrier announced a 12 percent drop in profits for the fourth quarter.', '1998-01-26', 'the fourth quarter', 'DATE', '1997-Q4'],
  ['The carrier expects profits to fall in the fourth quarter.', '1998-01-26', 'the fourth quarter', 'DATE', '1998-Q4'],
  // further from last year's, a fourth quarter reported in August is a fiscal one, this year's
  ['Shares fell after the company said it expected a net loss for the fiscal fourth quarter.', '1996-08-29', 'the fiscal fourth quarter', 'DATE', '1996-Q4'],
  // an outlook for the running quarter does not move the quarter a results story reports on
  ['Profit rose 9% in the third quarter. The company has no estimate of the impact of the storm on fourth-quarter results. In the latest quarter, sales rose.', '1989-10-30', 'the latest quarter', 'DATE', '1989-Q3'],
  // no verb near a month: a modal anywhere in the clause makes it the coming one (a past verb far away
  // often reports the announcement of something still ahead, so it does not count)
  ['She will be named commander of the crew of the space shuttle Columbia for a mission in December.', '1998-03-04', 'December', 'DATE', '1998-12'],
  ['Two new flights would leave Sydney from March 30, with the third one departing each Thursday from August 6.', '1998-02-13', 'August 6', 'DATE', '1998-08-06'],
  ['The bank announced an agreement to acquire the Peoria, Ill., bank holding company in January.', '1989-11-02', 'January', 'DATE', '1990-01'],
  // a schedule in the present with a plural subject looks ahead; a noun "head" is no verb
  ['He and the Palestinian leader meet separately Monday with the secretary of state.', '1998-05-01', 'Monday', 'DATE', '1998-05-04'],
  ['On Wednesday, the head of the assembly said the convictions prove his point.', '2000-02-10', 'Wednesday', 'DATE', '2000-02-09'],
  ['The talks did not begin Monday as planned.', '1998-05-01', 'Monday', 'DATE', '1998-04-27'],
  // "today", "yesterday" set the day that "later in the day" counts from, as a named date does
  // a plan in progress ("were planning to") still lies ahead; "was scheduled to" looks back from a past point
  ['Exiles were planning to drive around the airport on Monday.', '2000-01-07', 'Monday', 'DATE', '2000-01-10'],
  // a period that "ended" on a date has ended, even when the date falls days after publication
  ['In the second quarter ended Oct. 31, the company had a loss.', '1989-10-27', 'Oct. 31', 'DATE', '1988-10-31'],
  ["More gunfire in the province. It's the second day of an offensive by the security forces.", '1998-03-06', 'the second day', 'DATE', '1998-03-06'],
  ['Aqaba is Iraq\'s only outlet now that an international noose has tightened.', '1990-08-16', 'now', 'DATE', 'PRESENT_REF'],
  ['The rest will be financed at a later date.', '1989-10-26', 'a later date', 'DATE', 'FUTURE_REF'],
  ["They are going to have to live without power for a while.", '1998-01-11', 'a while', 'DURATION', 'PXX'],
  // days given by a rule: Election Day (Tuesday after the first Monday of November), Easter (computus)
  ['Violence will be a major theme of our campaign from now to Election Day.', '1998-10-26', 'Election Day', 'DATE', '1998-11-03'],
  ['Protesters prayed for help as Easter week began.', '2000-04-17', 'Easter week', 'DATE', '2000-W16'],
  ['The church was full on Easter Sunday.', '2000-04-17', 'Easter Sunday', 'DATE', '1999-04-04'],
  ['The offensive began at Easter 1972.', '2009-12-19', 'Easter 1972', 'DATE', '1972-04-02'],
  ['He will be home for Thanksgiving.', '2024-08-13', 'Thanksgiving', 'DATE', '2024-11-28'],
  ['The post-1959 politics split thousands of families.', '2000-02-24', 'post-1959', 'DATE', '1959'],
  // TIMEX3 has no half-decade: "the last half of the '80s" is the decade
  ["Volume has been flat in the last half of the '80s.", '1989-10-26', "the last half of the '80s", 'DATE', '198'],
  ['Holders may buy shares at half the then current market price.', '1989-10-26', 'then current', 'DATE', 'PAST_REF'],
  ['Moscow warned on Thursday against air strikes. The president said today that he hopes for a deal, and repeated it as he arrived in Philadelphia later in the day.', '1998-02-13', 'later in the day', 'DATE', '1998-02-13'],
  // rates with "per" are sets, as "a year" after a count is
  ['The ministry reviews the figures once per year.', '2009-12-19', 'per year', 'SET', 'P1Y'],
  // "that same day", "that afternoon": the day the text set
  ['Churchill took office on May 10, 1940. On that same day, Germany invaded France.', '2009-12-19', 'that same day', 'DATE', '1940-05-10'],
  ['The crowd stormed the prison on July 14, 1789. It fell that afternoon.', '2009-12-19', 'that afternoon', 'TIME', '1789-07-14TAF'],
  // one expression, a year back from the time the text is on
  ['Shipments in July rose 8.9 percent over the same month last year.', '1996-08-27', 'the same month last year', 'DATE', '1995-07'],
  ['It reported a loss for the third quarter. That compares with a profit for the corresponding period last year.', '1989-11-01', 'the corresponding period last year', 'DATE', '1988-Q3'],
  ['Copper shipments were 2.2 percent ahead of the same period last year.', '1996-08-27', 'the same period last year', 'DATE', '1995'],
  // night in general
  ['Rail traffic hid in tunnels and moved only at night.', '2009-12-19', 'night', 'TIME', 'XXXX-XX-XXTNI'],
  // a range of lengths is one stretch of its unit, how long left open
  ["It's between two to six days for the sickest patients.", '1998-03-31', 'two to six days', 'DURATION', 'PXD'],
  ['It would need to contain the spill for two to three months .', '2010-05-03', 'two to three months', 'DURATION', 'PXM'],
  ['acquisitions to be made during the next 12 to 18 months', '1989-10-30', 'the next 12 to 18 months', 'DURATION', 'PXM'],
  ['That effort , which would take a day or two , would be followed by the cement .', '2010-08-02', 'a day or two', 'DURATION', 'PXD'],
  ['The trial is likely to last four to six weeks .', '2011-08-30', 'four to six weeks', 'DURATION', 'PXW'],
  // (a point counted back or ahead stays one)
  ["I worry where we 'll be five or 10 years from now .", '2010-05-03', '10 years from now', 'DATE', '2020'],
  ['German casualties between March and April 1918 were 270,000.', '2009-12-19', 'March', 'DATE', '1918-03'],
  ['It was the largest operation in Indochina to date.', '2009-12-19', 'date', 'DATE', 'PRESENT_REF'],
  ['Five days later, UN forces held 135,000 prisoners. Pyongyang fell on 19 October 1950. At month\'s end, the fighting eased.', '2009-12-19', "month's end", 'DATE', '1950-10'],
  ['The Ionian Revolt (499-493 BC) began in Miletus.', '2009-12-19', '499', 'DATE', 'BC0499'],
  ['In the spring and summer of 1979 troops were requested.', '2009-12-19', 'summer of 1979', 'DATE', '1979-SU'],
  // "that same day" after a month the text set: a day of that month
  ['Three doctors were killed, most recently last October when Dr. Slepian was gunned down. His name was crossed out that same day.', '1999-02-06', 'that same day', 'DATE', '1998-10-XX'],
  // … unless a clause after it names the day: the one the story is on
  ['He was killed on Thursday night. Turkey attacked Afrin in January. The deaths come on the same day that Trump announced a withdrawal.', '2018-03-30', 'the same day', 'DATE', '2018-03-29'],
  // two quarters as a half, after "at least" too (the longest reading wins after a modifier)
  ['Weakness will continue through at least the first two quarters of 1990.', '1989-10-26', 'at least the first two quarters of 1990', 'DATE', '1990-H1'],
  // an elided "last": last year
  ['The gain would mean nearly twice as high a dividend this year as last.', '1989-10-27', 'last', 'DATE', '1988'],
  // two years, not a month: "2007-08" after 2007
  ['Life in Baghdad improved in 2007-08.', '2009-12-19', '08', 'DATE', '2008'],
];

test('"overnight" before what a night brings or after a market\'s move is the night before; "suddenly" and kinds are no time', () => {
  const night = (text: string) => tag(text, '1989-10-27').map((t) => [t.text, t.type, t.value]);
  assert.deepEqual(night('London shares were depressed initially by overnight losses in New York.'), [['overnight', 'TIME', '1989-10-26TNI']]);
  assert.deepEqual(night('The dollar firmed overnight in New York, dealers said.'), [['overnight', 'TIME', '1989-10-26TNI']]);
  for (const text of ['Change will not happen overnight.', 'The role made him famous overnight.', 'Overnight rates rose.', 'Protesters defied an overnight curfew.']) {
    assert.deepEqual(night(text), [], text);
  }
});

test('"Sheffield Wednesday" is a football club, not a day', () => {
  assert.deepEqual(tag('Newcastle 1 Sheffield Wednesday 2 . Leeds lost on Wednesday .', '1996-08-24').map((t) => [t.text, t.value]), [['Wednesday', '1996-08-21']]);
});

test('"USA Today", "VOA Today" are names, not today', () => {
  assert.deepEqual(tag('The story ran in USA Today. This is VOA Today.', '1998-03-31'), []);
  assert.equal(tag('Today, prices fell.', '1998-03-31')[0].value, '1998-03-31');
});

test('"today\'s world", "today\'s youth" are these times, not the day; "today\'s editions" is the day', () => {
  assert.deepEqual(tag("Mothers in today's world can prove paternity. Elian is for today's youth a symbol.", '1998-04-24'), []);
  assert.equal(tag("The offer, advertised in today's editions, expires soon.", '1989-11-02')[0]?.value, '1989-11-02');
});

test('"instructions per second", "miles per hour" are units of measure; "at night on Tuesday" is read with the day', () => {
  assert.deepEqual(tag('The chip runs 15 million instructions per second at 60 miles per hour.', '1989-10-27'), []);
  assert.deepEqual(tag('They attacked at night on Tuesday.', '2009-12-19').map((t) => t.text), ['Tuesday']);
});

test('centuries: spelled or hyphenated ordinals, and an era word after them; cricket\'s "his ninth century" is runs', () => {
  const t = tag('Carthage was founded in the 9th century BC. The salt story was invented in the nineteenth century; in eighteenth-century France and a 16th-century book.', '2009-12-19');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['the 9th century BC', 'BC08'], ['the nineteenth century', '18'], ['eighteenth-century', '17'], ['16th-century', '15']]);
  assert.deepEqual(tag('Tendulkar completed his ninth century of the season.', '1996-08-28').map((x) => x.text), []);
});

test('"a quarter of the market" is a fraction, "several quarters of losses" a period', () => {
  assert.deepEqual(tag('Funds hold more than a quarter of the entire high-yield market.', '1989-10-27'), []);
  const t = tag('It turned a profit after several quarters of losses.', '1989-10-27');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['several quarters', 'PXQ']]);
});

test('"the last business day of the month" is the month\'s final one, not the business day before publication', () => {
  assert.deepEqual(tag('Trading will terminate on the last business day of the month.', '1987-03-02'), []);
});

test('"a quarter point", "a quarter ounce", "a quarter as powerful", "by a quarter" are fractions; "a quarter century" is 25 years', () => {
  for (const text of ['Banks raised their prime rates a quarter point.', 'The coins come as a half ounce and a quarter ounce.',
    'They are much cheaper and a quarter as powerful.', 'Commission income had soared by a quarter.', 'Companies get a third or a quarter as many.']) {
    assert.deepEqual(tag(text, '1987-03-02'), [], text);
  }
  const t = tag('It was the largest volume ever for a quarter, the first fall in a quarter century, and a quarter-century since the crash.', '1987-03-02');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['a quarter', 'P1Q'], ['a quarter century', 'P25Y'], ['quarter-century', 'P25Y']]);
});

for (const [text, dct, phrase, type, value] of cases) {
  test(`"${phrase}" in "${text}" (${dct}) → ${type} ${value}`, () => {
    const t = tag(text, dct).find((x) => x.text === phrase);
    assert.ok(t, `no timex with extent "${phrase}": ${JSON.stringify(tag(text, dct).map((x) => x.text))}`);
    assert.equal(t.type, type);
    assert.equal(t.value, value);
  });
}

test('"early 1990" carries mod START and "mid-November" MID', () => {
  assert.equal(tag('Growth slowed in early 1990.', '1991-01-01')[0].mod, 'START');
  assert.equal(tag('The post-1959 politics split families.', '2000-02-24')[0].mod, 'AFTER');
  assert.equal(tag('Results are due in mid-November.', '1989-10-27')[0].mod, 'MID');
});

test('a history follows its own years: dates without a year take the year the story is in', () => {
  // (a history names at least eight years; history.ts)
  const text = 'The war began in 1939. Poland fell in 1939 and Denmark in 1940. Norway fought on in 1940. ' +
    'France was invaded in 1940, and Italy entered the war in 1940. In 1941, Germany turned east. On June 22, 1941, the invasion began. ' +
    'On December 7, Japan attacked. Two days later, China declared war.';
  const t = tag(text, '2009-12-19');
  assert.equal(t.find((x) => x.text === 'December 7')?.value, '1941-12-07');
  assert.equal(t.find((x) => x.text === 'Two days later')?.value, '1941-12-09');
});

test('a history comes back to the present after "earlier this year" or a weekday of its own week', () => {
  const background = 'The treaty was signed in 1925. It was broken in 1939, 1940 and 1945, and again in 1979, 1988 and 1991. ' +
    'A new treaty came in 1997. ';
  const year = tag(background + 'He warned earlier this year of a new attack. A British proposal was agreed in June.', '2018-08-11');
  assert.equal(year.find((x) => x.text === 'June')?.value, '2018-06');
  const weekday = tag(background + 'On Sunday, Sanders said he had raised $20 million in January.', '2016-02-01');
  assert.equal(weekday.find((x) => x.text === 'January')?.value, '2016-01');
  // "two years ago" counts back from the story, so it does not bring the story home
  const ago = tag(background + 'Two years ago it was renewed. In June, it lapsed.', '2018-08-11');
  assert.equal(ago.find((x) => x.text === 'June')?.value, '1997-06');
});

test('an obituary telling a life still dates the death of last week by the publication year', () => {
  const text = 'Smith was born in 1940. He joined the army in 1958 and married in 1962. He founded the firm in 1975 ' +
    'and retired in 1995. He died on March 3 at his home.';
  assert.equal(tag(text, '2024-03-05').find((x) => x.text === 'March 3')?.value, '2024-03-03');
});

test('news keeps the publication year even after naming an old one', () => {
  const t = tag('The company was founded in 1980. In September, it announced a merger.', '1989-10-30');
  assert.equal(t.find((x) => x.text === 'September')?.value, '1989-09');
});

test('"soon" after a past verb or before "after" is no time of its own', () => {
  assert.deepEqual(tag('He was soon released. They left soon after the vote. Call as soon as Tuesday.', '2000-02-24').map((t) => t.text), ['Tuesday']);
});

test('"March 5 and 6 people" counts people, not a second day', () => {
  assert.deepEqual(tag('On March 5 and 6 people died.', '1999-03-10').map((t) => t.text), ['March 5']);
});

test('"1516 GMT" and "Room 1516" are never a year', () => {
  assert.ok(tag('Oil rose at 1516 GMT.', '2024-08-13').every((t) => t.value !== '1516'));
  assert.deepEqual(tag('Room 1516 was empty.', '2024-08-13'), []);
});

test('"more than 1000 people" is an amount; "its 1996 results", "the 1992 protests" are years', () => {
  assert.deepEqual(tag('The blast injured more than 1000 people and at least 1500 police.', '1996-08-20'), []);
  assert.deepEqual(tag('We expect no burden on its 1996 results. Leaders of the 1992 protests moved.', '1996-08-29').map((t) => t.value), ['1996', '1992']);
});

test('"a day laborer", "day care" are kinds of work; "a day" of waiting is a length', () => {
  assert.deepEqual(tag('Ramirez, a day laborer, kept his day job and paid for day care.', '2011-01-27'), []);
  assert.deepEqual(tag('They waited a day for the ruling.', '2011-01-27').map((t) => [t.text, t.value]), [['a day', 'P1D']]);
});

test('non-temporal words that look temporal are left alone', () => {
  assert.deepEqual(tag('You may go. They march on. The 1,500 troops and 2000 shares.', '2000-01-01').map((t) => t.text), []);
  // "1000s of miles" is a count, "five Year Seven pupils" a school year, NBC's "Nightly News" a programme
  assert.deepEqual(tag('Twitter is used in situations 1000s of miles away. Other cases included five Year Seven pupils.', '2011-01-26').map((t) => t.text), []);
  assert.deepEqual(tag('Lester Holt, the anchor of NBC\'s "Nightly News." The "Daily Show" host spoke.', '2016-09-29').map((t) => t.text), []);
  // the 9/11 Commission and Fahrenheit 9/11 are names; a fraction is no date
  assert.deepEqual(tag('The 9/11 Commission praised Fahrenheit 9/11. The tank was 3/4 full.', '2016-09-20').map((t) => t.text), []);
  // "at the time" points back at a time the text names, as TimeBank and the news sample's annotators leave it
  assert.deepEqual(tag('He did not have a weapon on him at the time. Cruz said at the time that he would not.', '2016-09-20').map((t) => t.text), []);
  // "at the last minute" is an idiom for "late"; "in the last minute of trading" is a minute
  assert.deepEqual(tag('Ottawa pulled out at the last minute. Do not leave it to the last minute.', '2000-01-01').map((t) => t.text), []);
  assert.deepEqual(tag('Prices rose in the last minute of trading.', '2000-01-01').map((t) => t.value), ['PT1M']);
});

test('"the current account" is the balance of payments; "current" before other nouns is the present', () => {
  assert.deepEqual(tag("New Zealand's current account deficit narrowed. Current accounts pay no interest.", '1987-03-03'), []);
  assert.deepEqual(tag('The current market price held.', '1987-03-03').map((t) => [t.text, t.value]), [['current', 'PRESENT_REF']]);
});

test('"year-end 1985" is one expression, the end of the year it names', () => {
  const found = tag('Debt fell from 1.3 billion dlrs at year-end 1985 and 430 mln at year end 1986.', '1987-03-04');
  assert.deepEqual(found.map((t) => [t.text, t.value, t.mod]), [['year-end 1985', '1985', 'END'], ['year end 1986', '1986', 'END']]);
  assert.deepEqual(tag('Reserves rose by year-end.', '1987-03-04').map((t) => [t.text, t.value]), [['year-end', '1987']]);
});

test('"the year before", "the year earlier" are the year before the one the text is on', () => {
  const found = tag('Orders in 1986 rose to 3.05 billion marks from 2.58 billion the year before.', '1987-03-11');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['1986', '1986'], ['the year before', '1985']]);
  const earlier = tag('Net income in 1986 rose to 2.8 billion dlrs from the 2.3 billion dlrs reported the year earlier.', '1987-03-05');
  assert.deepEqual(earlier.map((t) => [t.text, t.value]), [['1986', '1986'], ['the year earlier', '1985']]);
  // "the year before the election" is anchored to an event, not read here
  assert.deepEqual(tag('He moved the year before the election.', '1987-03-05').map((t) => t.text), ['the year']);
});

test('a clock time in a clause that looks forward is on the publication day, not on a day the text set before', () => {
  const text = 'Delegates agreed yesterday on the principles. The council broke for lunch and reconvenes at 1500 hrs.';
  assert.deepEqual(tag(text, '1987-03-19').map((t) => [t.text, t.value]), [['yesterday', '1987-03-18'], ['1500 hrs', '1987-03-19T15:00']]);
  // told in the past, the time stays on the day the text set
  const past = 'Delegates met yesterday. The council broke for lunch and reconvened at 1500 hrs.';
  assert.deepEqual(tag(past, '1987-03-19').map((t) => t.value), ['1987-03-18', '1987-03-18T15:00']);
});

test('"since Monday" starts what still goes on and does not move the story there', () => {
  const text = 'The bank cut its rate on March 9, the first change since January 2. Rates also fell the same week in Britain.';
  assert.deepEqual(tag(text, '1987-03-23').map((t) => [t.text, t.value]), [['March 9', '1987-03-09'], ['January 2', '1987-01-02'], ['the same week', '1987-W11']]);
});

test('"Today" as a title is no time: USA TODAY, the Today show, NBC\'s "Today" program, a paper called "Today,"', () => {
  const titles = 'He told USA TODAY so. He spoke on the Today show. He said on NBC\'s "Today" program that it was over. A poll published in "Today," showed it.';
  assert.deepEqual(tag(titles, '1987-03-26'), []);
  // quotation marks written the treebank way, each a pair of tokens
  assert.deepEqual(tag('He spoke in an interview with NBC \'s `` Today \'\' show that aired on Tuesday .', '2010-06-09').map((t) => t.text), ['Tuesday']);
  const days = '"Today, we won," he said. Today\'s vote was close. Today the talks resume.';
  assert.deepEqual(tag(days, '1987-03-26').map((t) => t.value), ['1987-03-26', '1987-03-26', '1987-03-26']);
});

test('what is accounted for is a decline: "compensated for the fall in January", "the main reason for the fall"', () => {
  assert.deepEqual(tag('Output more than compensated for the fall in the month before. The bank gave no reason for the fall but bankers blamed imports. Stock declines were the main reason for the fall.', '1987-03-17'), []);
  // a plan for the season still is one
  assert.equal(tag('The company is preparing for the fall, when sales begin.', '1987-03-17')[0]?.value, '1987-FA');
});

test('"the fall in the dollar" is a decline; "in the fall" and "the fall of 1986" are autumn', () => {
  assert.deepEqual(tag('Exports were boosted by the fall in the dollar. The fall to 1.80 marks hurt. The fall was due to prices.', '1987-06-18'), []);
  const adverbials = tag('By the fall it was done. Payments came instead of in the late fall. They discussed the fall calendar.', '1987-06-18');
  // (before its noun the season is a modifier, "the" outside: "the fall calendar")
  assert.deepEqual(adverbials.map((t) => t.text), ['the fall', 'the late fall', 'fall']);
  const autumn = tag('Sales will pick up in the fall in New York. In the fall of 1986 they fell.', '1987-06-18');
  assert.deepEqual(autumn.map((t) => [t.text, t.value]), [['the fall', '1987-FA'], ['the fall of 1986', '1986-FA']]);
});

test('"the 1980\'s", "the late 1970\'s and early 1980\'s" are decades; "1980\'s election" is the year\'s', () => {
  const found = tag("Reserves were built up in the late 1970's and early 1980's. The 1950's were calm. 1980's election was close.", '1987-04-13');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [["the late 1970's", '197'], ["early 1980's", '198X'], ["The 1950's", '195'], ['1980', '1980']]);
});

test('wire times with a time zone in small letters, or "hrs" before a place\'s time, are times of day, not years', () => {
  const found = tag('Offers close at 1330 hrs london time (1230 gmt) today. The Senate votes at 1600 est/2100 gmt on aid.', '1987-06-02');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['1330 hrs', '1987-06-02T13:30'], ['1230 gmt', '1987-06-02T12:30'], ['today', '1987-06-02'], ['1600 est', '1987-06-02T16:00'], ['2100 gmt', '1987-06-02T21:00']]);
  // "west", "cat", "eat" are words: the year stays a year
  assert.deepEqual(tag('In 1987 west of the river it rained.', '1987-06-02').map((t) => t.value), ['1987']);
});

test('"in September that year", "May the following year" take the year the text set, as "December of that year" does', () => {
  const found = tag('The invasion began in January 2003, and he was demobilised in September that year. He came back in May the following year.', '2005-11-14');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['January 2003', '2003-01'], ['September that year', '2003-09'], ['May the following year', '2004-05']]);
});

test('"the Sept. 11 attacks" are those of 2001; "the Sunday Times", "the Mail on Sunday", "resolution, 1060," are names', () => {
  const found = tag('He spoke after the Sept. 11 attacks and the September 11 commission. The Sept. 11 board meeting was postponed.', '2008-09-24');
  assert.deepEqual(found.map((t) => t.value), ['2001-09-11', '2001-09-11', '2008-09-11']);
  assert.deepEqual(tag('The Sunday Times and a Mail on Sunday journalist saw it. The Council passed a new resolution, 1060, which deplored it.', '2005-05-23'), []);
  assert.deepEqual(tag('The Sunday Times reported it on Sunday.', '2005-05-23').map((t) => [t.text, t.value]), [['Sunday', '2005-05-22']]);
});

test('a clock time before "last Monday" or "next Tuesday" is on that day, one expression as "9 a.m. Tuesday" is', () => {
  const found = tag('It was 1.22 am last Monday on the island. He will land at 9 a.m. next Tuesday.', '2005-02-20');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['1.22 am last Monday', '2005-02-14T01:22'], ['9 a.m. next Tuesday', '2005-02-22T09:00']]);
});

test('"At 2:30 this afternoon" is one expression in the afternoon of the publication day', () => {
  const found = tag('On Monday he spoke. At 2:30 this afternoon, McCain returned. He will leave at 10 this morning.', '2008-09-24');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['Monday', '2008-09-22'], ['2:30 this afternoon', '2008-09-24T14:30'], ['10 this morning', '2008-09-24T10:00']]);
  assert.deepEqual(tag('BP cancels dividend, Management Today magazine said.', '2010-06-17'), []);
});

test('a clause opened by "that" right after the expression does not date it: "his claim in November that Obama wants to"', () => {
  const found = tag('Trump never cited a source for his claim in November that Obama wants to take in 250,000 refugees. Clinton told voters on Sunday that her husband would help.', '2015-12-13');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['November', '2015-11'], ['Sunday', '2015-12-13']]);
  // the clause of an event noun still tells of the event: "the April 20 explosion that killed 11"
  assert.deepEqual(tag('Obama will head to Louisiana for the second time since the April 20 blast that killed 11.', '2010-05-26').map((t) => t.value), ['2010-04-20']);
});

test('a bare clock time opening a sentence stamps a live-page entry on the publication day', () => {
  const text = 'A court document filed on March 8 says the charge stands. ___. 1:20 p.m. Vermont Sen. Bernie Sanders is making a pitch. He spoke at 3 p.m.';
  assert.deepEqual(tag(text, '2016-04-14').map((t) => [t.text, t.value]), [['March 8', '2016-03-08'], ['1:20 p.m.', '2016-04-14T13:20'], ['3 p.m.', '2016-04-14T15:00']]);
  // inside a sentence it keeps the day the text set
  assert.deepEqual(tag('On March 8 the court met, and at 1:20 p.m. it ruled.', '2016-04-14').map((t) => t.value), ['2016-03-08', '2016-03-08T13:20']);
});

test('news that names a few past years is still news: its months without a year follow the publication date', () => {
  const text = 'The court was ready to overturn a 1977 decision. In 2009 and 2010 it had ruled twice, and in 2012 again; in 2013 it declined. But in March, the month after Justice Scalia died, the court deadlocked. In May, it returned a case.';
  const found = tag(text, '2016-06-29');
  assert.deepEqual(found.filter((t) => /^[A-Z][a-z]+$/.test(t.text)).map((t) => [t.text, t.value]), [['March', '2016-03'], ['May', '2016-05']]);
});

test('"At the end of the day, …" is the idiom; "were to win in November" after "if" looks ahead', () => {
  const found = tag('At the end of the day, Americans would support a plan. By the end of the day, Trump was forced out. Protesters pray at the end of the day.', '2016-09-26');
  assert.deepEqual(found.map((t) => t.text), ['the end of the day', 'the end of the day']);
  assert.equal(tag('The spokesman said that if his candidate were to win in November, she would sign it.', '2016-09-23')[0].value, '2016-11');
});

test('a month naming an event follows a clause that looks ahead: "the November ballot", "ahead of November elections"', () => {
  const found = tag('The bill would put a measure on the November ballot. It is a liability ahead of November elections. The group said it had held the September elections.', '2016-03-10');
  assert.deepEqual(found.map((t) => t.value), ['2016-11', '2016-11', '2015-09']);
});

test('"due to" before a noun is "because of", no future: "suspended on January 16 due to the kidnapping"', () => {
  const found = tag('The negotiations were suspended on January 16 due to the kidnapping of the president. Results were lower than expected due to snowstorms in February.', '1987-03-11');
  assert.deepEqual(found.map((t) => t.value), ['1987-01-16', '1987-02']);
  assert.equal(tag('The minister is due to travel to Turkey on Wednesday.', '2024-08-13')[0].value, '2024-08-14');
});

test('an accord named by its month is the one just made, whatever the clause: "will review their February accord"', () => {
  const found = tag('Ministers will meet tomorrow to review their February accord. The case is set to go to trial after the November election.', '1987-04-07');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['tomorrow', '1987-04-08'], ['February', '1987-02'], ['November', '1987-11']]);
});

test('a weekday in the possessive has happened unless "will" or "upcoming" governs it: "will use Monday\'s encounter"', () => {
  // (one text each: in one story a weekday named again is the same day, see same-weekday.test.ts)
  const texts = ["Trump will probably use Monday's encounter to make news.", "Leaders will not attend Wednesday's meeting.", "Friday's close will be watched.", "Monday's attack killed 12.", "Dealers squared positions ahead of Wednesday's meeting."];
  const found = texts.flatMap((text) => tag(text, '2016-09-23'));
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['Monday', '2016-09-26'], ['Wednesday', '2016-09-28'], ['Friday', '2016-09-23'], ['Monday', '2016-09-19'], ['Wednesday', '2016-09-21']]);
});

test('"expected" right before a date looks ahead, unless it compares with a forecast ("than expected June output")', () => {
  const found = tag('More protests are expected Friday in Cairo. Prices fell on lower than expected June output. Shares rose as expected Thursday.', '2011-02-10');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['Friday', '2011-02-11'], ['June', '2010-06'], ['Thursday', '2011-02-10']]);
});

test('"come November", "Come Saturday, …" name the one that comes', () => {
  const found = tag("She is the favorite to win the election come November. Come Saturday, we are going out there. A new test may come Monday.", '2016-06-15');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['November', '2016-11'], ['Saturday', '2016-06-18'], ['Monday', '2016-06-20']]);
});

test('a question word right after the expression opens a clause of its own: "on Sunday about how he would form"', () => {
  const found = tag('Ben Carson struggled to answer a question on Sunday about how he would form a coalition. It remained unclear Monday how much damage the industries will incur. He asked them to tell him by Monday whether they would vote.', '2015-11-17');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['Sunday', '2015-11-15'], ['Monday', '2015-11-16'], ['Monday', '2015-11-23']]);
});

test('"21st Century Fox" is a company, "the 21st Century" a century', () => {
  const found = tag('It is a cash generator for 21st Century Fox. In the 21st Century, Europe changed.', '2016-08-01');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['the 21st Century', '20']]);
});

test('"the Loop Current" is an ocean current; "Current qtr" after "Inc." and "current prices" are times', () => {
  const found = tag('Oil entered the so-called Loop Current, which could take it to Florida. Current prices are up. Note: Full name Safeguard Inc. Current qtr figures include a reserve.', '2010-05-27');
  // (the note's quarter is the one the table reports, the last completed: see 'a results table's "Note: Current qtr …"')
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['Current', 'PRESENT_REF'], ['Current qtr', '2010-Q1']]);
});

test('a clock time after a live page\'s "Update" or "Updated" is on the publication day, not the day the entry before named', () => {
  const found = tag('On Saturday, January 22, protests began. (Updated 7:40 p.m. (0240 in Egypt)) A senior U.S. official spoke. (Update 9:40 p.m. Cairo, 2:40 p.m. ET) More came. He was updated at 5 p.m. Monday.', '2011-01-28');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['Saturday, January 22', '2011-01-22'], ['7:40 p.m.', '2011-01-28T19:40'], ['9:40 p.m.', '2011-01-28T21:40'], ['2:40 p.m. ET', '2011-01-28T14:40'], ['5 p.m. Monday', '2011-01-24T17:00']]);
});

test('in a text that names Theresa May, "May" is hers unless the words around it date it', () => {
  const text = 'The strike needed the sanction of the prime minister, Theresa May. David Cameron, May’s predecessor, gave it. ' +
    'His parents wrote a letter to May. The review ended in May, and the talks open on 9 May. The May figures were weak.';
  assert.deepEqual(tag(text, '2017-10-12').map((t) => [t.text, t.value]), [['May', '2017-05'], ['9 May', '2017-05-09'], ['May', '2017-05']]);
  // no person called May ("New York May" futures, a capitalized adjective opening a sentence): months (the futures
  // month left to the contract readers; "May unemployment", a month's figure, and "May figures" are the month)
  const found = tag('Butter went at 2.27 times New York May. Unadjusted May unemployment rose. Sales fell 5 pct, May figures showed.', '1987-06-01');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['May', '1987-05'], ['May', '1987-05']]);
});

test('a reporting verb right after the expression, or after a fronted phrase and its comma, dates the saying', () => {
  assert.equal(tag('The Home Office on Saturday said it would not comment.', '2018-02-11')[0].value, '2018-02-10');
  assert.equal(tag('But during a visit to Jerusalem on Sunday, Bolton said the withdrawal would depend on conditions.', '2019-01-07')[0].value, '2019-01-06');
  assert.equal(tag('Speaking in California on Wednesday, US President Barack Obama said his administration would act.', '2010-05-27')[0].value, '2010-05-26');
  // a postposed attribution after a clause of its own dates the saying, not the event
  assert.equal(tag('Hungary will admit Poland in early March, an official said.', '1999-02-10')[0].value, '1999-03');
  // a list of dates before the speaker is no fronted phrase
  assert.equal(tag('Looking ahead to the auctions on Tuesday, Wednesday and Thursday, Singer said the market will rise.', '1987-06-19')[0].value, '1987-06-23');
});

test('an -ed verb before a preposition is past tense: "adjourned without a solution", "marched through"', () => {
  assert.equal(tag('On Saturday the Senate adjourned without a solution, ensuring the shutdown will continue.', '2018-12-23')[0].value, '2018-12-22');
});

test('an infinitive of beginning after a noun looks ahead: "a pause to begin on Tuesday", not "was to begin" or "unlikely to resume"', () => {
  assert.equal(tag('Putin has ordered a humanitarian pause to begin on Tuesday.', '2018-02-26')[0].value, '2018-02-27');
  assert.equal(tag('Engineers are preparing an operation to begin late Tuesday or early Wednesday.', '2010-05-23')[0].value, '2010-05-25');
  // a verb's complement keeps the tense of that verb, and an infinitive after the date says nothing of it (a plan
  // told in the past, "The talks were to begin on Tuesday", is read apart: weekday-modals.test.ts)
  assert.equal(tag('The talks failed to begin on Tuesday.', '2018-02-26')[0].value, '2018-02-20');
  assert.equal(tag('Police have evidence in the October slaying of Dr. Slepian to begin a trial.', '1999-04-19')[0].value, '1998-10');
  assert.equal(tag('Drilling is unlikely to resume because of rules devised since the April 20 blowout.', '2010-09-28')[0].value, '2010-04-20');
});

test('a proposal or an expected arrival looks ahead: "let\'s have a debate on Friday", "is due there on Sunday, as is …"', () => {
  assert.equal(tag("OK, so let's have a debate on Friday instead.", '2008-09-24')[0].value, '2008-09-26');
  assert.equal(tag('President Obama is due there on Sunday as is BP head Tony Hayward.', '2010-05-01')[0].value, '2010-05-02');
  assert.equal(tag('Test results are due Monday, Grantham said.', '2010-07-04')[0].value, '2010-07-05');
  // what was due lies behind
  assert.equal(tag('Payment was due on Monday.', '2010-05-01')[0].value, '2010-04-26');
});

test('"expected on Monday" looks ahead, and a clause after ", and" with a subject of its own sets no tense for the expression', () => {
  assert.equal(tag('Results from the testing are expected on Monday.', '2010-07-04')[0].value, '2010-07-05');
  assert.equal(tag('The sheen measured about 70 miles by 130 miles as of Thursday, and officials expected to update that figure Friday.', '2010-04-30')[0].value, '2010-04-29');
  // a second predicate of the same subject still tells: "learned of those failures in February, and informed BP"
  assert.equal(tag('Halliburton learned of those failures in February, and informed BP on 8 March.', '2010-10-29')[0].value, '2010-02');
});

test('"daily" or "weekly" before a newspaper\'s name is no frequency: "the respected business daily Kommersant reported"', () => {
  assert.deepEqual(tag('Russian media, including the respected business daily Kommersant, reported on Thursday.', '2018-04-12').map((t) => t.text), ['Thursday']);
  assert.deepEqual(tag('But the Rome daily Il Messaggero said the suspect talked.', '2005-07-31'), []);
  // before a name that qualifies a noun it is one: "Israel's weekly Cabinet meeting", "the daily White House briefing"
  assert.deepEqual(tag("He spoke at Israel's weekly Cabinet meeting.", '2011-02-13').map((t) => [t.text, t.type, t.value]), [['weekly', 'SET', 'P1W']]);
  assert.deepEqual(tag('Biden said at the daily White House briefing.', '2010-06-17').map((t) => t.value), ['P1D']);
  // a name set off by commas after a paper's city or kind, or followed by "as", a pronoun or "yesterday"
  for (const text of ['The Milan daily, Il Giornale, said a convertible issue was likely.', "He told Oslo's business daily, Dagens Naeringsliv.",
    'Hoffmeyer was quoted by the daily Politiken as saying so.', 'He told the semi-official daily Al-Ittihad he was confident.']) {
    assert.deepEqual(tag(text, '1987-03-02'), [], text);
  }
  assert.deepEqual(tag('Flights depart daily, Monday to Friday.', '1987-03-02').map((t) => t.text), ['daily', 'Monday', 'Friday']);
  assert.deepEqual(tag('Three journalists from the Ivorian opposition daily La Voie are serving prison terms.', '1996-08-28'), []);
  // Arabic names keep their article in small letters
  assert.deepEqual(tag('The sheikh was quoted by the local daily al-Qabas as saying so.', '1987-03-02'), []);
  assert.deepEqual(tag('He attends daily Mass in the chapel.', '1987-03-02').map((t) => t.value), ['P1D']);
});

test('a range\'s written end year is its start\'s: "between 16 April and 28 May 2004", "from February until May 2010"', () => {
  const pairs = (text: string, date: string) => tag(text, date).map((t) => [t.text, t.value]);
  assert.deepEqual(pairs('He sent it some time between 16 April and 28 May 2004.', '2005-11-27'), [['16 April', '2004-04-16'], ['28 May 2004', '2004-05-28']]);
  assert.deepEqual(pairs('It ran from December 16 to January 8, 2004.', '2005-11-27'), [['December 16', '2003-12-16'], ['January 8, 2004', '2004-01-08']]);
  assert.deepEqual(pairs('The activity took place from February until May 2010.', '2011-02-13'), [['February', '2010-02'], ['May 2010', '2010-05']]);
  // "until" without "from" is a postponement, not a range
  assert.equal(tag('a cut set for December 1 until January 1, 2012', '2010-11-17')[0].value, '2010-12-01');
});

test('the verb "last" stays out of the duration: "expected to last five weeks", "could last decades"', () => {
  assert.deepEqual(tag('The trial is expected to last five weeks.', '2011-10-12').map((t) => [t.text, t.value]), [['five weeks', 'P5W']]);
  assert.deepEqual(tag('Ecological damage could last decades.', '2010-06-06').map((t) => [t.text, t.value]), [['decades', 'PXY']]);
  // the adjective stays in: "the last five weeks", "over the last two days"
  assert.deepEqual(tag('The last five weeks were hard.', '2011-10-12').map((t) => [t.text, t.value]), [['The last five weeks', 'P5W']]);
});

test('a relative clause about a person after the expression is read past: "On Tuesday his brothers, who will take part, defended …"', () => {
  assert.equal(tag('On Tuesday his brothers Marlon, Tito and Jackie Jackson, who will be taking part in the concert, defended the decision.', '2011-10-05')[0].value, '2011-10-04');
  assert.equal(tag("On Thursday BP's Hayward, who is expected to attend Wednesday's meeting, will testify to the subcommittee.", '2010-06-13')[0].value, '2010-06-17');
  // a relative clause right after the expression's own noun tells of the dated event
  assert.equal(tag('The explosion on 20 April, which killed 11 workers, will be studied for years.', '2010-07-25')[0].value, '2010-04-20');
});

test('a year after the second day of a range is both days\' year: "between September 13 and 15 2003", "March 3 to 5, 2019"', () => {
  assert.deepEqual(tag('The incidents took place between September 13 and 15 2003.', '2005-07-20').map((t) => [t.text, t.value]), [['September 13', '2003-09-13'], ['15 2003', '2003-09-15']]);
  assert.deepEqual(tag('Talks ran from March 3 to 5, 2019.', '2019-06-01').map((t) => [t.text, t.value]), [['March 3', '2019-03-03'], ['5, 2019', '2019-03-05']]);
  // a number after the day that counts something is no second day, and no year
  assert.deepEqual(tag('On March 5 and 6 people died.', '2005-07-20').map((t) => t.text), ['March 5']);
});

test('"about", "around" or "over" before a day named by a word is a preposition: "articles about yesterday\'s doings", "take over tomorrow"', () => {
  assert.deepEqual(tag("Articles about yesterday's doings rarely rate well. A new government will take over tomorrow.", '2016-04-18').map((t) => [t.text, t.value, t.mod ?? null]),
    [['yesterday', '2016-04-17', null], ['tomorrow', '2016-04-19', null]]);
  // an approximate clock time or count keeps its modifier
  assert.equal(tag('Around 3 p.m. Sunday he left.', '2016-04-18')[0].mod, 'APPROX');
});

test('"one day" said of no day in particular is no time; a length keeps its preposition, its verb or what it counts from', () => {
  const texts = (s: string) => tag(s, '2011-02-01').map((t) => `${t.text} ${t.value}`);
  assert.deepEqual(texts('One day he is a Muslim, one day Christian.'), []);
  assert.deepEqual(texts('One day Farmer Abner took his Appaloosa to the livestock show.'), []);
  assert.deepEqual(texts('Matar also hopes to one day be reunited with his brother.'), []);
  assert.deepEqual(texts('Farkas expressed the hope he one day follow in the footsteps of fellow astronauts.'), []);
  assert.deepEqual(texts('the second One Day International between England and Australia'), []);
  // a future said with a modal stays the future at large
  assert.deepEqual(texts('Islam will one day be the second largest religion.'), ['one day FUTURE_REF']);
  // lengths
  assert.deepEqual(texts('Oil jumped 16 points in just one day.'), ['one day P1D']);
  assert.deepEqual(texts('John Major had only been in the job one day.'), ['one day P1D']);
  assert.deepEqual(texts('The action followed by one day an Intelogic announcement.'), ['one day P1D']);
  assert.deepEqual(texts('One day after the vessel sank, rescue boats were searching.'), ['One day P1D']);
});

test('"6 o\'clock this afternoon", "three o\'clock in the morning" are clock times; "the Ten O\'Clock News" is a programme', () => {
  const read = (text: string, date: string) => tag(text, date).map((t) => [t.text, t.value]);
  assert.deepEqual(read('The plan should be developed by 6 o’clock this afternoon.', '2016-09-12'), [['6 o’clock this afternoon', '2016-09-12T18:00']]);
  assert.deepEqual(read('Critics knock me for tweeting at three o’clock in the morning.', '2016-09-30'), [['three o’clock in the morning', '2016-09-30T03:00']]);
  assert.deepEqual(read("I watched the Ten O'Clock News.", '2005-07-11'), []);
  assert.deepEqual(read("You may have seen it on the six o'clock news.", '2009-06-01'), []);
});

test('"this past weekend" is the weekend just gone', () => {
  assert.deepEqual(tag('Clinton was seen stumbling to a van this past weekend.', '2016-09-15').map((t) => [t.text, t.value]), [['this past weekend', '2016-W36-WE']]);
});

test('"even today," set off by a comma is the present era; "now and again" is no time', () => {
  assert.deepEqual(tag("''Even today, the journey towards justice is not complete.''", '2016-09-25').map((t) => t.value), ['PRESENT_REF']);
  assert.deepEqual(tag('And even today we were videotaping people.', '2011-01-31').map((t) => t.value), ['2011-01-31']);
  assert.deepEqual(tag('Apart from some media outrage now and again, we are forgotten.', '2017-11-27'), []);
  assert.deepEqual(tag('Every now and then we hear from them.', '2010-05-24'), []);
});

test('"over" before a date is "during", outside the expression; before a length it is "more than"', () => {
  assert.deepEqual(tag('They rested over Christmas.', '2010-09-08').map((t) => [t.text, t.mod]), [['Christmas', undefined]]);
  assert.deepEqual(tag('It lasted over 10 years.', '2010-09-08').map((t) => [t.text, t.mod]), [['over 10 years', 'MORE_THAN']]);
});

test('"A week ago", opening a sentence, is the week of the day seven days back and sets that day for "a day later"', () => {
  // Sunday 8 April 2018: a week ago is Sunday 1 April, in ISO week 13 ("last week" on a Sunday is the week ending)
  const text = 'A week ago Mr Trump countermanded that. A day later he changed again.';
  assert.deepEqual(tag(text, '2018-04-08').map((t) => [t.text, t.value]), [['A week ago', '2018-W13'], ['A day later', '2018-04-02']]);
  // in passing it moves no story: the clock time stays on the publication day
  const passing = 'His trip comes since the leak began six weeks ago. The results will be published from 1400 BST.';
  assert.equal(tag(passing, '2010-06-04').find((t) => t.text === '1400 BST')?.value, '2010-06-04T14:00');
});

test('a dashed aside closed just before the expression is read past to the clause it interrupts', () => {
  const text = 'Recommendations will be sent for the three leaders – Russia’s Vladimir Putin, Turkey’s Recep Erdoğan and Iran’s Hassan Rouhani – to approve on Wednesday.';
  assert.equal(tag(text, '2017-11-20')[0].value, '2017-11-22');
  // an expression inside the aside keeps the aside's own verb
  assert.equal(tag('Hayward – who will leave on Wednesday – spoke.', '2017-11-20')[0].value, '2017-11-22');
});

test('"a hundred years ago", "a dozen years earlier" count with their article', () => {
  assert.deepEqual(tag('They are what Germany was to Britain a hundred years ago.', '2005-08-25').map((t) => [t.text, t.value]), [['a hundred years ago', '1905']]);
  assert.deepEqual(tag('The spill came a dozen years earlier.', '2010-07-29').map((t) => t.text), ['a dozen years earlier']);
  assert.deepEqual(tag('A hundred people came.', '2010-07-29'), []);
});

test('what is being planned, and an infinitive of returning after a noun, look ahead', () => {
  assert.equal(tag('Protesters have said they are planning a march of millions in the city Tuesday.', '2011-01-31')[0].value, '2011-02-01');
  const summons = tag('She has not responded to a court summons this week to return and stand trial on Sunday, Shafii said.', '2011-02-05');
  assert.equal(summons.find((t) => t.text === 'Sunday')?.value, '2011-02-06');
});

test('a clock time restated in brackets leaves the weekday after the bracket its day', () => {
  const t = tag('A quake struck Chile at 1:11 p.m. (11:11 a.m. ET) Saturday, the USGS said.', '2011-02-05');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['1:11 p.m.', '2011-02-05T13:11'], ['11:11 a.m. ET', '2011-02-05T11:11'], ['Saturday', '2011-02-05']]);
  const ptb = tag('The flow was shut off at 1425 local time -LRB- 1925 GMT -RRB- on Thursday .', '2010-07-17');
  assert.equal(ptb[0].value, '2010-07-15T14:25');
});

test('"As recently as one month ago" is one time, not two: "recently" there only links to it, as "as soon as" does', () => {
  assert.deepEqual(tag('As recently as one month ago, prices were high.', '1987-04-21').map((t) => t.text), ['one month ago']);
  assert.deepEqual(tag('The plant was recently sold.', '1987-04-21').map((t) => t.value), ['PAST_REF']);
});

test('a clock time and the day and part of the day after it are one time: "about 10 p.m. CDT Tuesday night"', () => {
  const found = tag('Eleven workers have been missing since the blast about 10 p.m. CDT Tuesday night.', '2010-04-22');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['about 10 p.m. CDT Tuesday night', '2010-04-20T22:00']]);
  // a clock time restated after a slash, with its zone, passes on to the day after it
  assert.deepEqual(tag('Workers will strike on 1000 EDT/1400 GMT on Thursday.', '1987-10-19').map((t) => t.value), ['1987-10-22T10:00', '1987-10-22T14:00', '1987-10-22']);
  // after "on" the day is still the time's, though an expression of its own
  assert.equal(tag('It exploded at 9 a.m. on Tuesday morning.', '2010-04-22')[0].value, '2010-04-20T09:00');
});

test('"late in the morning", "early in the evening" keep their modifier inside, as "late on Monday" does', () => {
  assert.deepEqual(tag('A robot bumped into it late in the morning.', '2010-08-04').map((t) => [t.text, t.value, t.mod]), [['late in the morning', '2010-08-04TMO', 'END']]);
  assert.deepEqual(tag('Early in the morning, Bush urged lawmakers to act.', '2008-11-05').map((t) => [t.text, t.mod]), [['Early in the morning', 'START']]);
});

test('"11 September" written day first is the attacks of 2001 where "September 11" is', () => {
  assert.equal(tag('Meetings occurred between al-Qaeda and nuclear scientists before 11 September.', '2005-02-20')[0].value, '2001-09-11');
  assert.equal(tag('The 11 September attacks gave the government a pretext.', '2005-08-21')[0].value, '2001-09-11');
  // a day of no attack stays the day
  assert.equal(tag('He arrived on 11 September.', '2005-02-20')[0].value, '2004-09-11');
});

test('"at present" and "to this day" are now; "at present levels", "this day of reckoning" are not', () => {
  const values = (text: string) => tag(text, '2019-03-01').map((t) => [t.text, t.value]);
  assert.deepEqual(values('Men are held in Syria at present.'), [['present', 'PRESENT_REF']]);
  assert.deepEqual(values('To this day, I have no idea what happened.'), [['this day', 'PRESENT_REF']]);
  assert.deepEqual(values('Prices stay at present levels.'), []);
  assert.deepEqual(values('Greed has led us to this day of reckoning.'), []);
  // "in years" before an infinitive, not "in years to come"
  assert.deepEqual(values('She is the first candidate in years to not release her returns.'), [['years', 'PXY']]);
  assert.deepEqual(values('It will matter in years to come.'), []);
});

test('"since sending forces … in February" looks back', () => {
  assert.equal(tag('Erdoğan has threatened to push deeper into Syria since sending Turkish forces into the Kurdish enclave of Afrin in February.', '2018-12-12')[0].value, '2018-02');
});

test('"present-day", "present day" and "the present day" are now', () => {
  const values = (text: string) => tag(text, '2016-10-07').map((t) => [text.slice(t.start, t.end), t.value]);
  assert.deepEqual(values('It explores the present-day reality of black life.'), [['present-day', 'PRESENT_REF']]);
  assert.deepEqual(values('The culture of Benin, in present day Nigeria, is old.'), [['present day', 'PRESENT_REF']]);
  assert.deepEqual(values('It tells the story of the country from the ice age to the present day.'), [['the present day', 'PRESENT_REF']]);
});

test('a capitalized "Today" after a capitalized word inside the sentence ends a name: "Russia Today"; the attacks named before "September 11" date it', () => {
  assert.deepEqual(tag('RT America is the United States version of Russia Today, the network.', '2016-09-19'), []);
  assert.deepEqual(tag('Said Smith: Today we fight.', '2016-09-19').map((t) => t.value), ['2016-09-19']);
  assert.deepEqual(tag('The network has trafficked in Sept. 11 conspiracy theories.', '2016-09-19').map((t) => t.value), ['2001-09-11']);
  assert.deepEqual(tag('He compared the crisis with the attacks of Sept. 11 and called on politicians to act.', '2008-09-24').map((t) => t.value), ['2001-09-11']);
  assert.deepEqual(tag('The meeting of Sept. 11 went well.', '2008-09-24').map((t) => t.value), ['2008-09-11']);
});

test('a short weekday before the date it names is part of it: "Thu Jun 17 , 2010"; "Sun" before a date needs a comma', () => {
  const spans = (text: string) => tag(text, '2010-06-17').map((t) => [text.slice(t.start, t.end), t.value]);
  assert.deepEqual(spans('WASHINGTON | Thu Jun 17 , 2010 3:32 pm EDT'), [['Thu Jun 17 , 2010', '2010-06-17'], ['3:32 pm EDT', '2010-06-17T15:32']]);
  assert.deepEqual(spans('Posted Sun, Jun 13 2010 by admin'), [['Sun, Jun 13 2010', '2010-06-13']]);
  assert.deepEqual(spans('The Sun June 5 edition said so.'), [['June 5', '2010-06-05']]);
  // a word-like short weekday before a capitalized short month and its day: "Wed Oct 6" (a reporter's "wed" stays out)
  assert.deepEqual(spans('WASHINGTON | Wed Jun 16 , 2010 7:59 pm EDT'), [['Wed Jun 16 , 2010', '2010-06-16'], ['7:59 pm EDT', '2010-06-16T19:59']]);
  assert.deepEqual(spans('The couple wed Jun. 12 in Paris.'), [['Jun. 12', '2010-06-12']]);
  // a month as short written out, when a year closes the date
  assert.deepEqual(spans('GENEVA | Sat May 16 , 2009 6:41 pm EDT'), [['Sat May 16 , 2009', '2009-05-16'], ['6:41 pm EDT', '2009-05-16T18:41']]);
});

test('in a text that reads as a history, a day ahead of the publication date brings the story back to the present too', () => {
  const history = 'The bank was founded in 1901, grew in 1910, 1921, 1933, 1945, 1958 and 1969, and merged in 1980. ';
  const text = `${history}The board will meet on Wednesday. It has not voted since April.`;
  const values = tag(text, '2008-09-24').map((t) => [text.slice(t.start, t.end), t.value]);
  assert.deepEqual(values.slice(-2), [['Wednesday', '2008-09-24'], ['April', '2008-04']]);
});

test('"today" closing a comparison is the present era: "than we do today", "than it is today", "than today"', () => {
  const value = (text: string) => tag(text, '2010-06-07').find((t) => text.slice(t.start, t.end) === 'today')?.value;
  assert.equal(value('They made larger discoveries than we do today, he said.'), 'PRESENT_REF');
  assert.equal(value('It was much more resilient 30 years ago than today.'), 'PRESENT_REF');
  assert.equal(value('Damages might appear smaller than they do today.'), 'PRESENT_REF');
  // a comparison that only passes by: the day
  assert.equal(value('Wells Fargo is reporting better than expected profits today.'), '2010-06-07');
});

test('a page template\'s "{current} of {total}" is no time; "the current crisis" is', () => {
  assert.deepEqual(tag('BACK -LCB- current -RCB- of -LCB- total -RCB- NEXT', '2010-06-04'), []);
  assert.deepEqual(tag('the current crisis', '2010-06-04').map((t) => t.value), ['PRESENT_REF']);
  // the noun, a flow: "a powerful ocean current that could carry it", "a strong current of opinion"
  assert.deepEqual(tag('The slick enters a powerful current that could carry it to the Keys.', '2010-06-04'), []);
  assert.deepEqual(tag('There was a strong current of opinion on social media.', '2016-03-04'), []);
  assert.deepEqual(tag('Current and former officials said so.', '2016-03-04').map((t) => t.value), ['PRESENT_REF']);
  // nor before a verb: "oil swept up in the current might take eight days"
  assert.deepEqual(tag('Oil swept up in the current might take a while to reach the Keys.', '2010-06-08'), []);
});

test('a profile that names far years but keeps coming back to the present is news: its months are of the publication year', () => {
  const background = 'She lost in 2008, as in 2000, 1992, 2008, 2000 and 2007; in 2008 and 2000 her team said so. ';
  const present = 'Now the debate is later this month. This summer she raised money, and on Wednesday a poll showed her ahead; the weekend was quiet, and a month ago she led. ';
  const text = `${background}${present}The new team took over in mid-August.`;
  const values = tag(text, '2016-09-01').map((t) => [text.slice(t.start, t.end), t.value]);
  assert.deepEqual(values.at(-1), ['mid-August', '2016-08']);
  // the same background alone is a history, whose months follow its years
  const history = `${background}The new team took over in mid-August.`;
  assert.deepEqual(tag(history, '2016-09-01').map((t) => t.value).at(-1), '2000-08');
});

test('"that" after a verb of saying or before a weekday\'s possessive opens a clause and stays outside the weekday', () => {
  const spans = (text: string, date: string) => tag(text, date).map((t) => [text.slice(t.start, t.end), t.value]);
  assert.deepEqual(spans('David Brooks stated that Thursday’s GOP debate was substantive.', '2016-03-11'), [['Thursday', '2016-03-10']]);
  assert.deepEqual(spans('Carson noted that Saturday would have been Reagan’s 105th birthday.', '2016-02-07'), [['Saturday', '2016-02-06']]);
  assert.deepEqual(spans('On that Monday, they met.', '2016-03-11'), [['that Monday', '2016-03-07']]);
});

test('"September 11" as the attacks: after "after", "before", "of" when the sentence goes on, and as the subject of a verb of consequence', () => {
  const value = (text: string, date = '2016-03-18') => tag(text, date)[0]?.value;
  assert.equal(value('American women were shocked after Sept. 11 when the spotlight turned.'), '2001-09-11');
  assert.equal(value('The failure to comprehend the threat before Sept. 11 is excusable.'), '2001-09-11');
  assert.equal(value('September 11 was one of those great earthquakes.', '2005-07-11'), '2001-09-11');
  // a thing of that date, or a date after a preposition of the calendar, stays a date
  assert.equal(value('The vote before the Sept. 11 deadline passed.'), '2015-09-11');
  assert.equal(value('The meeting on September 11 was short.'), '2015-09-11');
  // named in passing, the attacks do not move the story: "a couple of weeks later" counts from the text's own date
  const text = 'On 2 March the ministry met. They spoke of the lessons of September 11 and the war. A couple of weeks later it ruled.';
  assert.equal(tag(text, '2005-04-02').at(-1)?.value, '2005-W11');
});

test('a capitalized "Now", "Right Now" or "Current" inside a name is no time: "Apocalypse Now", "Real News Right Now", "Current TV"', () => {
  assert.deepEqual(tag('He watched Apocalypse Now on base.', '2005-06-01'), []);
  assert.deepEqual(tag('It traced the story to a website called Real News Right Now, which posts fakes.', '2015-12-12'), []);
  assert.deepEqual(tag('Gore anchored coverage from Current TV, the network.', '2016-07-24'), []);
  // a headline's run of capitals keeps the time
  assert.deepEqual(tag('Donald Trump Is Now Being Held Up As A Model', '2016-03-01').map((t) => t.value), ['PRESENT_REF']);
  assert.deepEqual(tag('Now we fight.', '2016-03-01').map((t) => t.value), ['PRESENT_REF']);
});

test('"of the Year" after a capitalized title is an award, not a year; the French Republic\'s "Year III" stays', () => {
  const texts = (text: string, date: string) => tag(text, date).map((t) => t.text);
  assert.deepEqual(texts('Video Journalist of the Year: Royston Chan. Time chose Angela Merkel as its Person of the Year.', '2015-12-10'), []);
  assert.deepEqual(texts('The Convention approved the new Constitution of the Year III.', '2009-01-01'), ['the Year']);
  // a year in lower case is one
  assert.deepEqual(texts('Profits were the best of the year.', '2015-12-10'), ['the year']);
});

test('a title in quotation marks that ends in "Now" is no time; a quotation that opens with it still is', () => {
  const texts = (text: string) => tag(text, '2016-07-21').map((t) => t.text);
  assert.deepEqual(texts('The music matched the relief as the rock classic “All Right Now,” by the band Free, blared.'), []);
  assert.deepEqual(texts('He said: “Not Now.” Then “Right Now,” he said, “we fight.”'), ['Now', 'Right Now']);
});

test('a capitalized season before another capitalized word opens a name; an operation named by its season keeps it', () => {
  const texts = (text: string) => tag(text, '2016-07-10').map((t) => t.text);
  assert.deepEqual(texts('He joined the Winter Soldier investigation. The SUV plunged into the Spring River.'), []);
  assert.deepEqual(texts('The Spring Offensive failed. In the Spring of 1968 he left.'), ['The Spring', 'the Spring of 1968']);
});

test('an election named by its date past its modifiers: "the Nov. 8 U.S. presidential election", "before November congressional elections"', () => {
  const values = (text: string, date: string) => tag(text, date).map((t) => t.value);
  assert.deepEqual(values('Russia engineered the release to influence the Nov. 8 U.S. presidential election.', '2016-07-31'), ['2016-11-08']);
  assert.deepEqual(values('The spill could become a liability for Obama before November congressional elections.', '2010-05-23'), ['2010-11']);
  assert.deepEqual(values('Fini criticised how candidates were chosen for the June European elections.', '2009-04-29'), ['2009-06']);
});

test('months listed in a run share the year of the first: "during the three months of April, May and June"', () => {
  // April is the publication month, so this year's; May and June continue the run rather than follow the past verb
  const found = tag('The Commission approved the release of 300,000 tonnes during the three months of April, May and June.', '1987-04-07');
  assert.deepEqual(found.filter((t) => /^[A-Z][a-z]+$/.test(t.text)).map((t) => t.value), ['1987-04', '1987-05', '1987-06']);
  assert.deepEqual(tag('This change could take place by July or August.', '1987-03-09').map((t) => t.value), ['1987-07', '1987-08']);
  // a list that runs back in time is not a run: each month goes its own way
  assert.deepEqual(tag('Capacity use was 79.8 pct in February, against a revised 79.6 pct in January and December.', '1987-03-16').map((t) => t.value), ['1987-02', '1987-01', '1986-12']);
  // the publication month keeps its own year after a month put in another
  assert.deepEqual(tag('He had planned to fish those waters in May and June.', '2010-06-01').map((t) => t.value).at(-1), '2010-06');
});

test('a half before a noun of the game is a half of the match: "a second-half goal", "second-half substitute"', () => {
  const found = tag('Jones scored a second-half goal. Second-half substitute Sergen Yalcin rekindled hopes. The company posted first-half profits and expects a second-half recovery.', '1996-08-31');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['first-half', '1996-H1'], ['second-half', '1996-H2']]);
});

test('wire tables drop the article before "ago": "versus 292,000 week ago", "FROM YEAR AGO"', () => {
  assert.deepEqual(tag('Hog slaughter is seen at 300,000 head versus 292,000 week ago and 316,000 a year ago.', '1987-03-06').map((t) => [t.text, t.value]), [['week ago', '1987-W09'], ['a year ago', '1986']]);
  assert.deepEqual(tag('CBT VOLUME DOWN 14 PCT FROM YEAR AGO', '1987-03-06').map((t) => [t.text, t.value]), [['YEAR AGO', '1986']]);
});

test('a comparison a year back follows the first quarter its sentence names, whatever the tense', () => {
  // an outlook for a quarter not yet over: the year-ago quarter is that quarter's, not the one the story reports on
  assert.deepEqual(tag('Simon estimated that the company would earn seven cts a share in the first quarter compared to three cts in the same quarter a year ago.', '1987-03-31').map((t) => t.value), ['1987-Q1', '1986-Q1']);
  assert.deepEqual(tag('Arvin forecast about 85 cts a share net in the second quarter compared with 68 cts in the same period last year.', '1987-03-31').map((t) => t.value), ['1987-Q2', '1986-Q2']);
  assert.deepEqual(tag('Earnings in its second quarter should be higher than the three cts a share earned in the 1986 period.', '1987-06-01').map((t) => t.value), ['1987-Q2', '1986-Q2']);
  assert.deepEqual(tag('It expects a loss for the second quarter ending June 30, against a profit of eight mln dlrs in the same year ago period.', '1987-06-29').map((t) => [t.text, t.value]).at(-1), ['the same year ago period', '1986-Q2']);
  // a quarter named as the other side of the comparison is not what the sentence is about: the story's is meant
  assert.equal(tag('The turnaround to a 1.52 billion inflow from a 555 mln outflow in the third quarter, against a 520 mln inflow a year earlier, was largely on account of borrowings.', '1987-03-11').map((t) => t.value).at(-1), '1985-Q4');
});

test('"this" before a month and day with no year is this year\'s: "the current fiscal year, ending this September 30"', () => {
  assert.deepEqual(tag('The wheat is for delivery during the current fiscal year, ending this September 30.', '1987-04-08').map((t) => [t.text, t.value]), [['the current fiscal year', '1987'], ['this September 30', '1987-09-30']]);
  // the photo's "this" stays outside
  assert.deepEqual(tag('In this June 1 file photo, oil is seen on the beach.', '2010-06-05').map((t) => t.text), ['June 1']);
});

test('a month that only a forward clause would put ten or eleven months ahead is the one just gone: its figures are still to come', () => {
  assert.deepEqual(tag("The French inflation rate is expected to show a substantial improvement in February after January's very high 0.9 pct monthly rate.", '1987-03-02').filter((t) => t.type === 'DATE').map((t) => t.value), ['1987-02', '1987-01']);
  assert.deepEqual(tag('The Federal Reserve Board said it would release April consumer instalment credit figures on Friday.', '1987-06-02').map((t) => t.value)[0], '1987-04');
  // the text itself may put it a year ahead, or wait for it
  assert.deepEqual(tag('The two planes would be delivered in March and April next year.', '1987-04-17').map((t) => t.value), ['1988-03', '1988-04']);
  assert.deepEqual(tag('Viguerie is upbeat about the chances of winning in November.', '2016-01-19').map((t) => t.value), ['2016-11']);
  assert.deepEqual(tag('The companies chosen would not be able to start trading until May.', '1987-06-02').map((t) => t.value), ['1988-05']);
  // a month a little ahead still goes forward
  assert.deepEqual(tag('The minister will visit Paris in December.', '1987-03-02').map((t) => t.value), ['1987-12']);
});

test('a day of a month that a forward clause would put ten or eleven months ahead is the one just gone, but not a year\'s last day', () => {
  assert.deepEqual(tag('Qtr ends Jan 31 Shr three cts vs one cent', '1987-03-18').map((t) => t.value), ['1987-01-31']);
  assert.deepEqual(tag('The ministers will meet tomorrow to review their February 22 Paris currency pact.', '1987-04-07').map((t) => t.value).at(-1), '1987-02-22');
  assert.deepEqual(tag('It plans to hold its capital spending in fiscal 1988, ending January 31, to 96 mln dlrs.', '1987-03-20').map((t) => t.value), ['1988', '1988-01-31']);
});

test('wire copy\'s "end" before a month or year without its hyphen, after a preposition: "at end 1986", "in the year to end March"', () => {
  assert.deepEqual(tag('Direct state debt stood at seven billion francs at end 1986. Reserves were 5 billion at end February.', '1987-04-02').map((t) => [t.text, t.value, t.mod]), [['end 1986', '1986', 'END'], ['end February', '1987-02', 'END']]);
  assert.deepEqual(tag('In the year to end March, 1986, Flagship reported a profit.', '1987-04-21').map((t) => [t.text, t.value]).at(-1), ['end March, 1986', '1986-03']);
  // before a day "end" is the verb
  assert.deepEqual(tag('The harvest was scheduled to end April 30.', '1987-04-21').map((t) => t.text), ['April 30']);
});

test('a split marketing or fiscal year is one expression, valued by its first year: "the 1986/87 season", "fiscal 1987/88"', () => {
  const found = tag('Sales for the 1986/87 season rose, and during fiscal 1987/88 they will fall; the 1986/88 plan stays.', '1987-03-10');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['1986/87', '1986'], ['fiscal 1987/88', '1987'], ['1986', '1986']]);
});

test('"the last quarter of 1986" is its fourth quarter; a decade after "the 1960s and" shares the article', () => {
  assert.deepEqual(tag('Wages were cut to the level of the last quarter of 1986.', '1987-03-10').map((t) => [t.text, t.value]), [['the last quarter of 1986', '1986-Q4']]);
  assert.deepEqual(tag('Debt grew in the 1960s and 1970s, unlike 1950s.', '1987-03-10').map((t) => t.value), ['196', '197', '195X']);
});

test('"Valentine" alone is a name; "This Sept. 2010 photo" leaves "this" to the photo', () => {
  assert.deepEqual(tag('"We thought it would be slower," Valentine said. Why celebrate Valentine s Day or Valentine\'s Day?', '2011-01-06').map((t) => t.text), ['Valentine s Day', "Valentine's Day"]);
  assert.deepEqual(tag('This Sept. 2010 photo shows the site.', '2010-10-22').map((t) => [t.text, t.value]), [['Sept. 2010', '2010-09']]);
});

test('a results table\'s "Note: Current qtr …" is the quarter it reports; "the current quarter" in running text is the publication date\'s', () => {
  assert.deepEqual(tag('Net loss 2.1 mln vs profit 3.2 mln Note: Current qtr and year figures include 2.9 mln dlr reserve.', '1987-03-12').map((t) => [t.text, t.value]), [['Current qtr', '1986-Q4']]);
  assert.deepEqual(tag('Sales will rise in the current quarter.', '1987-03-12').map((t) => t.value), ['1987-Q1']);
});

test('a dividend table\'s dates under "Pay" and "Record" have no verb: the comparison\'s "previously" does not send them back', () => {
  assert.deepEqual(tag('Qtly div 15 cts vs 15 cts previously Pay May 29 Record May Eight', '1987-03-05').map((t) => t.value), ['1987-05-29', '1987-05-08']);
});

test('a day a few weeks ahead that a past verb would send a year back is the coming one: the decision is told in the past', () => {
  assert.deepEqual(tag('Advanced Telecommunications Corp said it has called for redemption on April 10 all of its debentures.', '1987-03-06').map((t) => t.value), ['1987-04-10']);
  assert.deepEqual(tag('The judge set May 7 for sentencing.', '1987-03-26').map((t) => t.value), ['1987-05-07']);
  // a document's date is behind it
  assert.deepEqual(tag('The commission approved its proposed offer of settlement dated May 13.', '1987-03-24').map((t) => t.value), ['1986-05-13']);
  // a day gone by stays: days behind, a timeline's entry, a feast
  assert.deepEqual(tag('He said the plant was shut on March 3.', '1987-03-06').map((t) => t.value), ['1987-03-03']);
  assert.deepEqual(tag('Killed in Basra. June 24: Six policemen were killed by a mob.', '2005-05-02').map((t) => t.value), ['2004-06-24']);
  assert.deepEqual(tag('The series peaked with five million for the Christmas finale.', '2011-11-11').map((t) => t.value), ['2010-12-25']);
});

test('a number before a unit of measure is no year: "choice 2-4 1100-1400 lbs", "1025-1150 lb steers"', () => {
  assert.deepEqual(tag('Steers - choice 2-4 1100-1400 lbs 66.00-67.00 and 1025-1150 lb 69.00. In 1986 prices fell.', '1987-04-07').map((t) => t.text), ['1986']);
});

test('the report\'s week stays the one "the previous week" counts from past a day still ahead or one named in a relative clause', () => {
  const text = 'Corn sales gained 2.5 mln tonnes in the week ended February 26. The sales were the first under the agreement, which began October 1. Sales for the 1987/88 season, which begins June 1, rose. Soybean sales equaled the preceding week.';
  assert.equal(tag(text, '1987-03-05').at(-1)!.value, '1987-W08');
});

test('a month followed by "a year ago" or "a year earlier" is one expression, a year before the most recent month of the name', () => {
  const found = tag('Sales totaled 243,191 ounces in December, vs 350,078 ounces in December a year earlier. Reserves were above the 422 mln in February a year ago.', '1987-04-03');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['December', '1986-12'], ['December a year earlier', '1985-12'], ['February a year ago', '1986-02']]);
});

test('"less than" before a period of the calendar compares amounts; the end of a range of clocks in hours is a clock', () => {
  assert.deepEqual(tag('Third quarter earnings will be less than the second quarter.', '1987-04-13').map((t) => [t.text, t.mod]), [['Third quarter', undefined], ['the second quarter', undefined]]);
  assert.deepEqual(tag('The exchange will open a new session between 1900 and 2300 hours U.S. EST.', '1987-03-30').map((t) => [t.text, t.value]), [['1900', '1987-03-30T19:00'], ['2300 hours', '1987-03-30T23:00']]);
});

test('"this quarter" is the one publication falls in, but a results story\'s just after a quarter closed', () => {
  assert.deepEqual(tag('Real GNP will expand at a 3.3 pct rate this quarter and 3.5 pct next quarter.', '1987-03-30').map((t) => t.value), ['1987-Q1', '1987-Q2']);
  assert.deepEqual(tag('Tandem said deliveries will start this quarter.', '1987-10-19').map((t) => t.value), ['1987-Q4']);
  // (TimeBank's wsj_0344, written on November 1)
  assert.deepEqual(tag("The company had a loss of $3.1 million in the third quarter. This quarter's loss includes pretax charges.", '1989-11-01').map((t) => t.value), ['1989-Q3', '1989-Q3']);
});

test('a quarter no verb dates, which has not begun this year while last year\'s closed weeks ago, is last year\'s', () => {
  assert.deepEqual(tag('Net 88,974,000 vs 94,647,000 NOTE: 4th qtr net includes pre-tax gain of 9.7 mln dlrs.', '1987-03-05').map((t) => t.value), ['1986-Q4']);
  // a half so named is as often looked ahead to; a verb that looks ahead keeps the quarter this year's
  assert.deepEqual(tag('The second half year should be better, he added.', '1987-02-26').map((t) => t.value), ['1987-H2']);
  assert.deepEqual(tag('The company will report a loss in the fourth quarter.', '1987-03-05').map((t) => t.value), ['1987-Q4']);
  // a quarter whose end is named after it may be a fiscal one, as often still ahead
  assert.equal(tag('Costs are expected to total 720,000 dlrs for the fourth quarter ending April 30.', '1987-03-05')[0].value, '1987-Q4');
});

test('four digits and "hrs" before a time zone are a clock, not a length of hours: "as of 1223 hrs EDT"', () => {
  assert.deepEqual(tag('May was up 12.5 cents at 6.705 dlrs as of 1223 hrs EDT. He served 250 hours of community service.', '1987-04-07').map((t) => [t.text, t.value]), [['1223 hrs EDT', '1987-04-07T12:23'], ['250 hours', 'PT250H']]);
});

test('"this second" or "that second" before a noun is an ordinal: "this second tranche", "said that second quarter growth"', () => {
  assert.deepEqual(tag('Subscriptions for this second tranche close April 14. He said that second quarter growth could be zero.', '1987-04-07').map((t) => [t.text, t.value]), [['April 14', '1987-04-14'], ['second quarter', '1987-Q2']]);
});

test('a month of a market report one or two months ahead is the coming contract or shipment month, whatever the past tense of the trading', () => {
  assert.deepEqual(tag('Crude for delivery in May closed 17 cents higher at 18.84 dlrs a barrel.', '1987-04-01').map((t) => t.value), ['1987-05']);
  assert.equal(tag('India bought two white sugar cargoes for April/May shipment at its tender today.', '1987-03-11')[0].value, '1987-04');
  // a month that is no trading's keeps the tense's reading
  assert.deepEqual(tag('The company said it sold the unit in May.', '1987-04-01').map((t) => t.value), ['1986-05']);
});

test('an election named with its month and no verb dating it is the coming one: "free and open elections in September"', () => {
  assert.equal(tag('If you can see a process where they lift a state of emergency, there are elections in September.', '2011-01-29')[0].value, '2011-09');
  assert.equal(tag('Talks on a transition following Mubarak\'s announcement that he won\'t run for re-election in September must begin immediately.', '2011-02-02')[0].value, '2011-09');
  // an election a possessive names is an event of its own, often past
  assert.equal(tag('A campaign rally during Ghana\'s election in December.', '2009-04-09')[0].value, '2008-12');
});

test('a modal before a limit sets a deadline ahead: "its trade deficit must fall by September", "an agreement must be reached by late September"', () => {
  assert.equal(tag('The U.S. warned its trade partners that its trade deficit must fall by September or a protectionist bill would pass.', '1987-04-27')[0].value, '1987-09');
  assert.equal(tag('Clark said an initial agreement must be reached by late September or early October.', '1987-03-20')[0].value, '1987-09');
  // a limit no modal governs keeps the clause's reading
  assert.equal(tag('Sales rose by September.', '1987-04-27')[0].value, '1986-09');
});

test('the day that closes a range of one month lies in the opening day\'s year: "The summit on 3-5 May ended", "It ran from June 3 to 5"', () => {
  assert.deepEqual(tag('The summit on 3-5 May ended.', '2010-04-01').map((t) => t.value), ['2009-05-03', '2009-05-05']);
  assert.deepEqual(tag('It ran from June 3 to 5.', '2010-04-01').map((t) => t.value), ['2009-06-03', '2009-06-05']);
  // two days of one month not joined as a range keep their own years
  assert.deepEqual(tag('It opened on March 30, and on March 31 it closed.', '2010-04-01').map((t) => t.value), ['2010-03-30', '2010-03-31']);
});

test('a year counted from publication that opens its sentence frames it: "Last year a large proportion of the crop was not drilled until May"', () => {
  assert.deepEqual(tag('Last year a large proportion of the crop was not drilled until May.', '1987-04-01').map((t) => t.value), ['1986', '1986-05']);
  assert.deepEqual(tag('Last year the company earned 53 cts per share in the third quarter.', '1987-04-03').map((t) => t.value), ['1986', '1986-Q3']);
  // not as a possessive
  assert.deepEqual(tag("Last year's crop was good and the new crop was sown in March.", '1987-04-01').map((t) => t.value), ['1986', '1987-03']);
});

test('a month that names a contract is the coming one, however far off: "June yen closed", "June S and Ps fell", "new crop December"', () => {
  assert.equal(tag('June yen closed at 0.006913 on Tuesday.', '1987-04-07')[0].value, '1987-06');
  assert.equal(tag('June S and Ps fell through chart support at 296.00.', '1987-04-07')[0].value, '1987-06');
  assert.equal(tag('The June British pound closed at 1.6080 on Tuesday.', '1987-04-07')[0].value, '1987-06');
  assert.equal(tag('CIS was a buyer in new crop December, pit brokers said.', '1987-04-07')[0].value, '1987-12');
  // a month before a word that trades nothing keeps the tense's reading
  assert.equal(tag('June sales closed at a record, the company said.', '1987-04-07')[0].value, '1986-06');
  // in a futures report, a month opening its sentence with its price is a contract's
  const report = 'Soybean futures rose. May was up 12.5 cents at 6.705 dlrs. July was up 13.1 cents at 6.785 dlrs.';
  assert.equal(tag(report, '1987-04-07').find((t) => t.text === 'July')?.value, '1987-07');
  // not outside one
  assert.equal(tag('Sales slowed. July was up 13.1 cents at 6.785 dlrs.', '1987-04-07')[0].value, '1986-07');
});

test('"May" before a year named relative to the anchor is the month: "It was May last year", "in April or May next year"', () => {
  assert.deepEqual(tag('It was May last year, and she had travelled from her home.', '2018-06-07').map((t) => [t.text, t.value]), [['May last year', '2017-05']]);
  assert.deepEqual(tag('You may next year see the change.', '2018-06-07').map((t) => t.text), ['next year']);
});

test('a season before a crop names the crop: "the winter wheat", "spring wheat"', () => {
  assert.deepEqual(tag('Farmers will sow the winter wheat which will be harvested next year, as they did in the winter.', '1996-08-26').map((t) => t.text), ['next year', 'the winter']);
});

test('a race time\'s seconds carry their decimals: "32 minutes 31.081 seconds"', () => {
  assert.deepEqual(tag('He won in 32 minutes 31.081 seconds, ahead of a rider in 13 minutes 2.62 seconds.', '1996-08-26').map((t) => [t.text, t.value]), [['32 minutes 31.081 seconds', 'PT32M31.081S'], ['13 minutes 2.62 seconds', 'PT13M2.62S']]);
});

test('a capitalized "Second" heading a line after a score is the ordinal: "6-4 / Second round"', () => {
  assert.deepEqual(tag('2 - Conchita Martinez ( Spain ) beat Nathalie Tauziat ( France )\n6-3 6-4\nSecond round 5 - Gabriela Sabatini ( Argentina )\nIt took 4 seconds .', '1996-08-22').map((t) => t.text), ['4 seconds']);
});

test('a quarter named places the story in its months: "the previous quarter" counts from it', () => {
  assert.deepEqual(tag('Output rose 1.1 pct in the fourth quarter of 1986, the same as in the previous quarter.', '1987-03-10').map((t) => t.value), ['1986-Q4', '1986-Q3']);
  assert.deepEqual(tag('Production fell 11 pct in the second quarter, following a cut of 20 pct the previous quarter.', '1987-03-10').map((t) => t.value), ['1987-Q2', '1987-Q1']);
});

test('"the full year 1986" is the year it names, one expression', () => {
  assert.deepEqual(tag('It expects losses of 57 mln dlrs for the fourth quarter and 68 mln dlrs for the full year 1986.', '1987-03-03').map((t) => [t.text, t.value]).at(-1), ['the full year 1986', '1986']);
});

test('what is threatened, promised or vowed lies ahead of the commitment: "promised to halt all trade by October"', () => {
  assert.deepEqual(tag('Norway, in a similar move last week, promised to halt all trade with South Africa by October.', '1987-03-16').map((t) => t.value), ['1987-W11', '1987-10']);
  assert.equal(tag('McCain met Obama at the White House, but vowed to be in Oxford, Miss., on Friday night for the debate.', '2008-09-25')[0].value, '2008-09-26TNI');
  assert.equal(tag('The deal came with a promise to try to negotiate basic quotas before September 30, delegates said.', '1987-03-01')[0].value, '1987-09-30');
  assert.equal(tag('On Monday Trump promised “major decisions” by Wednesday on a response to the attack.', '2018-04-10')[1].value, '2018-04-11');
  // read from the right, the day dates the threat; a past perfect commitment was for a time gone by
  assert.equal(tag('On Monday, the union threatened to strike.', '1987-10-21')[0].value, '1987-10-19');
  assert.equal(tag('He had promised to deliver the report by Friday.', '2008-09-24')[0].value, '2008-09-19');
});

test('a condition after the expression has its own tense: "threatened to strike on Thursday unless it has reached"', () => {
  assert.deepEqual(tag('The union has threatened to strike at 1000 EDT/1400 GMT on Thursday unless it has reached a tentative settlement.', '1987-10-20').map((t) => t.value).slice(1), ['1987-10-22T14:00', '1987-10-22']);
  assert.equal(tag('Who is going to be debating on Friday if McCain is still in Washington?', '2008-09-24')[0].value, '2008-09-26');
});

test('a month named as the other side of a comparison does not move the month a report counts from', () => {
  const text = 'Reserves totalled 91.06 billion crowns in January, against 93.07 billion in December and 105.29 billion in January 1986. Foreign exchange reserves were 83.68 billion, compared with 85.52 billion in December. Gold reserves were unchanged from the previous month.';
  assert.deepEqual(tag(text, '1987-03-24').map((t) => t.value), ['1987-01', '1986-12', '1986-01', '1986-12', '1986-12']);
  // a month that only follows "from" with no amount compared is the month reported on
  assert.deepEqual(tag('Shipments from U.S. copper service centers in July fell three percent from the previous month.', '1996-08-28').map((t) => t.value), ['1996-07', '1996-06']);
  // nor one whose "when" clause moves the story to it
  assert.deepEqual(tag('Housing starts were up 16.8 pct from 93,554 in January when they fell 27.4 pct from a month earlier.', '1987-03-31').map((t) => t.value), ['1987-01', '1986-12']);
});

test('a time something is put off to lies ahead of the putting off: "extended its deadline until November 26", "delayed until Monday"', () => {
  assert.equal(tag('The trust said it extended its deadline for accepting tendered shares until November 26, an extension of nine months.', '1987-03-02')[0].value, '1987-11-26');
  assert.equal(tag('Hearings in a New York state court were delayed until Monday.', '1987-04-01')[0].value, '1987-04-06');
  assert.equal(tag('The board has extended the exercise date of its warrants to December 31 from March 31.', '1987-03-30')[0].value, '1987-12-31');
  // a stretch extended through a time went on then
  assert.equal(tag('The talks broke down after being extended through the weekend in London.', '1987-03-04')[0].value, '1987-W09-WE');
});

test('a weekday that modifies a planned event is the coming one: "planned a Sunday trip", "prepared for a Thursday meeting"', () => {
  assert.equal(tag('Rough seas kept crews away, and President Barack Obama planned a Sunday trip to the Gulf Coast.', '2010-05-01')[0].value, '2010-05-02');
  assert.equal(tag('The remarks came as the council prepared for a Thursday meeting to decide on sanctions.', '1987-03-24')[0].value, '1987-03-26');
  // a weekday after the object's noun is no modifier of it: the verb's past dates it
  assert.equal(tag('The council prepared for the meeting on Thursday.', '1987-03-24')[0].value, '1987-03-19');
});

test('a clock time takes the day after a zone in brackets or a place of several words: "midnight (EST) March 24", "5 p.m. New York City time on July one"', () => {
  const zoned = 'Dixons extended its tender offer until midnight (EST) March 24.';
  assert.deepEqual(tag(zoned, '1987-03-23').map((t) => [t.text, t.value]), [['midnight', '1987-03-24T24:00'], ['March 24', '1987-03-24']]);
  assert.deepEqual(tag('The offer had been extended to 5 p.m. New York City time on July one.', '1987-06-29').map((t) => [t.text, t.value]), [['5 p.m. New York City time', '1987-07-01T17:00'], ['July one', '1987-07-01']]);
  // a capitalized word that opens a sentence is no place
  assert.deepEqual(tag('They met at 10 a.m. The time was right.', '1987-06-29').map((t) => t.text), ['10 a.m.']);
});

test('a count of units later in a past clause does not land after the publication day: "a second operation five months later revealed"', () => {
  assert.equal(tag('He was injured in 2005. The knee worsened, and a second operation five months later revealed a huge tear.', '2005-05-04')[1].value, '2005-05');
  // a time set after the publication day is a plan told in the past, and the count goes on from it
  assert.equal(tag('He was asking Turkey, Russia and Iran to meet on 10 and 11 September, followed three days later by a meeting with France.', '2018-09-04').at(-1)?.value, '2018-09-14');
});

test('"since" opening the noun phrase of a start dates a time passed: "spewing oil since the fatal blowout April 20"', () => {
  assert.equal(tag('BP hopes that in the days ahead it will gain the upper hand on the well, spewing oil since the fatal blowout April 20.', '2010-07-13').at(-1)?.value, '2010-04-20');
  assert.equal(tag('He has sold 31 million albums since his death on 25 June, and his estate may soon be able to pay.', '2010-03-16')[0].value, '2009-06-25');
  // "since" as "because" opens a clause of its own, and a quotation ends the phrase
  assert.equal(tag('Since they will meet on Monday, the talks are off.', '2010-07-13')[0].value, '2010-07-19');
  assert.equal(tag("The plans - the biggest depression since the nineteen-thirties'' - will soon be dropped.", '2009-06-09').at(-1)?.value, 'FUTURE_REF');
});

test('a forecast dated right after the word was made then: "against the 6.5 pct forecast in December"', () => {
  assert.equal(tag('Growth is expected to be a sluggish 3.5 pct in 1987 against the 6.5 pct forecast in December, the EIU said.', '1987-03-09')[1].value, '1986-12');
});

test('an irregular participle after an article or a possessive is an adjective, no past: "to recoup their lost interest"', () => {
  assert.equal(tag('Brazil would likely resume interest payments by the fiscal year-end on October 31, allowing banks to recoup their lost interest.', '1987-03-30')[1].value, '1987-10-31');
  assert.equal(tag('BP aims to fix its leaking well by July 27, ahead of its earlier target of mid-August, to show investors it has limited costs.', '2010-07-08')[1].value, '2010-08');
  // after an acronym the -ed word before a noun is the subject's verb
  assert.equal(tag('Over the weekend, BP suspended operations on a plan to cap the leak.', '2010-05-10')[0].value, '2010-W18-WE');
  // a particle after the -ed word makes it the verb: "backed away from"
  assert.equal(tag('The infusion came after the British bank backed away from acquisition talks this weekend.', '2008-09-16')[0].value, '2008-W37-WE');
});

test('"this Wednesday" written on a Sunday is the coming one; "that Friday" still points back', () => {
  assert.equal(tag('Investors will listen to what Obama tells its executives when they meet in Washington this Wednesday.', '2010-06-13')[0].value, '2010-06-16');
  assert.equal(tag('They are due to appear at Bow Street magistrates court this Tuesday.', '2005-11-27')[0].value, '2005-11-29');
  // on a weekday, "this Friday" is the current week's
  assert.equal(tag('They meet this Friday.', '2010-06-15')[0].value, '2010-06-18');
});

test('a date that names a blowout has happened, after a possessive too: "after the April 20 blowout", "its April 20 oil well blowout"', () => {
  assert.equal(tag('The bill would create such a zone around the wellhead after the April 20 blowout at the rig.', '2010-09-08')[0].value, '2010-04-20');
  assert.equal(tag('Feinberg will administer the fund in the aftermath of its April 20 oil well blowout off Louisiana.', '2011-01-31')[0].value, '2010-04-20');
});

test('"this weekend" written on a Monday or a Tuesday with no verb to date it is the one just gone; a modal plans it', () => {
  assert.equal(tag("Following the failure this weekend of BP 's attempt to plug the spewing mile-deep well , public anger over the spill is growing .", '2010-05-31')[0].value, '2010-W21-WE');
  assert.equal(tag('In a letter this weekend from Chancellor Helmut Kohl to EC executive Commission President, Jacques Delors, Kohl made clear such a dismantling would mainly hit West German farmers.', '1987-03-16')[0].value, '1987-W11-WE');
  assert.equal(tag('It may gain Coast Guard approval to operate this weekend.', '2010-07-06')[0].value, '2010-W27-WE');
  // later in the week it is the coming one still
  assert.equal(tag('Following the failure this weekend of the talks, anger is growing.', '2010-06-02')[0].value, '2010-W22-WE');
});

test('a concession after a comma has a tense of its own: "should be in place by the end of this weekend, though there is no certainty"', () => {
  assert.equal(tag('They should be in place by the end of this weekend , though there is no certainty that they will work .', '2010-05-03')[0].value, '2010-W18-WE');
});

test('a subject and infinitive that a plan or an arrangement is for lie ahead: "there are no plans for Funaro to meet bankers on Friday"', () => {
  assert.equal(tag('Bankers said there are no plans for Brazilian finance minister Dilson Funaro to meet commercial bankers during his trip to Washington on Friday and Saturday.', '1987-02-26')[0].value, '1987-02-27');
  assert.equal(tag('The plan is for the two leaders to meet on Friday.', '1987-02-26')[0].value, '1987-02-27');
  // "for" before a bare noun phrase plans nothing of its own
  assert.equal(tag('He said there are plans for the region, which was hit on Friday.', '1987-02-26')[0].value, '1987-02-20');
});

test('a past verb right before the expression dates it, though a modal follows; "had to be" is an obligation met then', () => {
  assert.equal(tag("BP 's top kill procedure launched on Wednesday could choke off the well a mile down on the sea floor.", '2010-05-27')[0].value, '2010-05-26');
  assert.equal(tag('A containment device lowered over the well had to be moved on Saturday after ice-like crystals began accumulating inside it.', '2010-05-09')[0].value, '2010-05-08');
  // a passive infinitive of a plan still looks ahead
  assert.equal(tag('A summit to be held in Tehran on Friday could settle it.', '2010-05-27')[0].value, '2010-05-28');
});

test('a weekday something is due on, or a kept state lasts into, lies ahead: "results due on Tuesday", "could last into Monday"', () => {
  assert.equal(tag("The company 's second quarter results due on Tuesday are expected to reveal a provision for the costs.", '2010-07-26')[1].value, '2010-07-27');
  assert.equal(tag('Wells said that could last into Monday depending on whether the flange can be pulled off.', '2010-07-10')[0].value, '2010-07-12');
  // what was due is past
  assert.equal(tag("The first dividend payment was due on Monday, but has now been canceled.", '2010-06-17')[0].value, '2010-06-14');
});

test('"the winter" in January or February is the one under way unless the clause looks ahead; what is aimed at lies ahead', () => {
  assert.equal(tag('The only mercy this year is that the winter has not been severe.', '2018-02-22').find((t) => t.text === 'the winter')?.value, '2017-WI');
  assert.equal(tag('The winter will be hard.', '2011-01-25')[0].value, '2011-WI');
  assert.equal(tag('He called for a revision process aimed at holding elections in the fall that everyone would regard as fair.', '2011-01-31')[0].value, '2011-FA');
  // aimed at a target: past
  assert.equal(tag('Strikes aimed at militants in the fall killed 12.', '2011-01-31')[0].value, '2010-FA');
});

test('a page of dated comments names its own year often and is news, not a chronicle: a bare date keeps the publication year', () => {
  const comments = Array.from({ length: 32 }, (_, k) => `February 1, 2011 at 5:${String(10 + k)} pm | Comment number ${k + 1} on the protests.`).join('\n');
  const text = `${comments}\nMubarak has ruled since 1981. The January 14 overthrow of Ben Ali inspired the protesters.`;
  assert.equal(tag(text, '2011-02-02').find((t) => t.text === 'January 14')?.value, '2011-01-14');
  // a chronicle names years mostly away from its writing, and its dates follow its story
  const war = Array.from({ length: 32 }, (_, k) => `In ${1914 + (k % 5)} the armies moved.`).join(' ');
  assert.equal(tag(`${war} In 1916 the offensive began. On July 1 the infantry attacked.`, '2011-02-02').find((t) => t.text === 'July 1')?.value, '1916-07-01');
});

test('the day that closes a fiscal year named by its number lies in that year: "Fiscal 1985 ended September 30"', () => {
  assert.equal(tag('Fiscal 1985 ended September 30, while fiscal 1986 ended November 30.', '1987-03-09')[1].value, '1985-09-30');
  assert.equal(tag('It expects revenues to reach about 20 mln dlrs in fiscal 1987, ending June 30, compared with sales of 16.8 mln dlrs.', '1987-04-09')[1].value, '1987-06-30');
  // a year closing in the first quarter may be named by the year it began: left to the tense
  assert.equal(tag('It set a target for fiscal 1986 ending March 31.', '1987-03-11')[1].value, '1987-03-31');
});

test('"June 10-year bond futures" is a month and a length: a number joined to a unit by a hyphen is no day', () => {
  const found = tag('Physical yields eased to 15.48 pct. June 10-year bond futures, the only month to trade, were unchanged.', '1987-04-07');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['June', '1987-06'], ['10-year', 'P10Y']]);
  // a range of days still reads as days
  assert.equal(tag('The meeting is set for June 10-11.', '1987-04-07')[0].value, '1987-06-10');
});

test('plans that look ahead: a modal passive close before the date, "proposes to", "expiring June 30", "the proposed June 30 deregulation"', () => {
  assert.equal(tag('Delegates will decide whether the current pact should be extended beyond June 30 or just allowed to expire, delegates said.', '1987-03-23').find((t) => t.text === 'June 30')?.value, '1987-06-30');
  assert.equal(tag('American said it proposes to make the changes on June 15 at its two major hubs.', '1987-04-09')[0].value, '1987-06-15');
  assert.equal(tag('The agreement extends a standstill arrangement, expiring June 30, that has been in place since August, 1985.', '1987-03-25')[0].value, '1987-06-30');
  assert.equal(tag('McGough said the move resulted from the proposed June 30 deregulation of the industry.', '1987-04-13')[0].value, '1987-06-30');
  // "could" tells what was possible then; a modal passive in another stretch of the clause dates nothing here
  assert.equal(tag('Cocales could not be reached to comment Monday.', '2010-06-15')[0].value, '2010-06-14');
  assert.equal(tag('The service had ruled that Elian must be returned to his father, Juan Miguel Gonzalez, and set Friday as the deadline for his repatriation.', '2000-01-15')[0].value, '2000-01-14');
  // "expiring" as an adjective dates nothing
  assert.equal(tag('They sold in December to take advantage of expiring tax deductions, taking away from normal January selling.', '1987-04-03').find((t) => t.text === 'January')?.value, '1987-01');
});

test('a verb of saying after the expression ("and suggested", "Monday warned") dates the saying, not the event', () => {
  assert.equal(tag('She said Britain would formally declare its intention to break with the E.U. by the end of March and suggested that it would withdraw.', '2016-10-05')[0].value, '2017-03');
  assert.equal(tag('U.S. trade representative Clayton Yeutter Monday warned another major transatlantic trade row will erupt.', '1987-03-04')[0].value, '1987-03-02');
});

test('"the weekend" written on a Friday with no verb to date it is the one beginning the next day; a demand after a comma has its own tense', () => {
  assert.equal(tag('Winds could push the oil into inlets, ponds and lakes in south-east Louisiana over the weekend.', '2010-04-30')[0].value, '2010-W17-WE');
  assert.equal(tag('The sides will not issue a statement before returning to the U.S. at the weekend.', '1987-03-20')[0].value, '1987-W12-WE');
  // a past verb keeps the weekend gone
  assert.equal(tag('Talks failed over the weekend.', '2010-04-30')[0].value, '2010-W16-WE');
  assert.equal(tag('Barack Obama continued to pile pressure on the company over the weekend, calling for funds to be placed into an escrow account.', '2010-06-14')[0].value, '2010-W23-WE');
});

test('a present copula right after a weekday, before a frame that plans, looks ahead: "Sunday is expected to see a sixth day of protests"', () => {
  assert.equal(tag('In other news from Egypt, Sunday is expected to see a sixth day of protests.', '2011-01-29')[0].value, '2011-01-30');
  assert.equal(tag('President Barack Obama on Monday is scheduled to speak in front of the U.S. Chamber of Commerce.', '2011-02-06')[0].value, '2011-02-07');
  // after "and", or after a past verb just before, the copula is another clause's
  assert.equal(tag('Fed funds traded at 6-1/16 pct late Friday and are expected to open near that level.', '1987-03-22')[0].value, '1987-03-20');
  assert.equal(tag('The restaurants that it announced plans to buy Friday are expected to generate annual sales of about 3 mln dlrs.', '1987-03-16')[0].value, '1987-03-13');
});

test('a future modal\'s verb right before the date dates it ("announcing he would step down in September had gained him"); split "\' ll"; "earlier than expected"; "in selected cities"; ", due in July ,"', () => {
  assert.equal(tag('His earlier speech announcing he would step down in September had gained him some empathy, she said.', '2011-02-11')[0].value, '2011-09');
  assert.equal(tag("Do you think some halfway house where Mubarak says I 'll go in September but that gives us time ?", '2011-02-01')[0].value, '2011-09');
  assert.equal(tag('Will the peak come earlier than expected, perhaps in late August or September?', '2009-06-30')[0].value, '2009-08');
  assert.equal(tag('The system, set for testing in August in selected U.S. cities, is expected to be operational in 1988.', '1987-03-02')[0].value, '1987-08');
  assert.equal(tag('By the time BP releases its second quarter results, due in July, they hoped to have a better idea.', '2010-06-04')[1].value, '2010-07');
  // a past verb before the modal's clause does not stop it; a past verb of its own does
  assert.equal(tag('He stepped down in September.', '2011-02-11')[0].value, '2010-09');
});

test('after a verb of saying "that" opens what was said, not "that June"; a space-split "he \'d opened" is "had"', () => {
  const found = tag('Sloane noted that June yen futures set a new contract high on Tuesday.', '1987-04-07');
  assert.equal(found[0].text, 'June');
  assert.equal(found[0].value, '1987-06');
  // "that November" after a year the text set is that year's
  assert.equal(tag('In 1972 he lost the general election to Richard Nixon that November.', '1987-04-07')[1].value, '1972-11');
  assert.equal(tag("He said he 'd met them on Friday .", '2005-11-17')[0].value, '2005-11-11');
});

test('an adverb inside a present passive leaves it tenseless ("is duly dismissed in May"); a space-split "Let \'s" proposes', () => {
  assert.equal(tag('I hope Tony Blair is duly dismissed in May .', '2005-04-02')[0].value, '2005-05');
  assert.equal(tag("Let 's get them out of there , starting in November .", '2010-06-07')[0].value, '2010-11');
  // "July" is no adverb
  assert.equal(tag('He was dismissed in July .', '2005-04-02')[0].value, '2004-07');
});

test('"to end the day" in a market report is no plan: "regained losses to end the day close to Monday \'s levels"', () => {
  assert.equal(tag("The Nikkei slipped further in quiet trading but regained losses to end the day close to Monday 's levels .", '1996-08-27')[0].value, '1996-08-26');
  // a pause or talks to end on a day still look ahead
  assert.equal(tag('They agreed a humanitarian pause to end on Tuesday.', '1996-08-25')[0].value, '1996-08-27');
});

test('"on the second day of a state visit" is the day the text is on', () => {
  const found = tag('Erdogan was speaking at Chatham House in London on the second day of a UK state visit.', '2018-05-14');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['the second day', '2018-05-14']]);
  // "on the last day of the talks" likewise (the news sample's annotators date "the first day of bankruptcy hearings")
  assert.equal(tag('He left on the last day of the talks.', '2018-05-14')[0]?.value, '2018-05-14');
});

test('what is feared or hoped after the expression is a clause of its own: "on Tuesday in light of fears it may be targeted"', () => {
  assert.equal(tag('Israel placed troops in the area on high alert on Tuesday in light of fears it may be targeted by Iranian forces.', '2018-05-09')[0].value, '2018-05-08');
  // "fears of" opens no clause
  assert.equal(tag('Officials will meet on Tuesday amid fears of violence.', '2018-05-09')[0].value, '2018-05-15');
});

test('a plural subject\'s "go" on a weekday is scheduled: "The first 160 layoff notices go out on Friday"', () => {
  assert.equal(tag('The first 160 layoff notices go out on Friday, primarily to contractors.', '2009-04-30')[0].value, '2009-05-01');
  // after "to" or a modal it carries no tense
  assert.equal(tag('He said he wanted to go on Friday.', '2009-04-30')[0].value, '2009-04-24');
});

test('a change taking effect on a weekday ("effective Monday", "starting Monday", "with effect from Friday") is the nearer such day, unless the clause looks ahead', () => {
  assert.equal(tag('The changes , effective Monday , follow the Federal Reserve \'s approval .', '2009-01-03')[0].value, '2009-01-05');
  assert.equal(tag('Banks raised their prime rate one-half point to 6.5 pct, effective Tuesday, the Association of Banks said.', '1987-04-03')[0].value, '1987-03-31');
  const listed = tag('BP gets started with its latest effort , beginning Monday or Tuesday .', '2010-05-30');
  assert.deepEqual(listed.map((t) => t.value), ['2010-05-31', '2010-06-01']);
  // a clause that looks ahead keeps the coming one, days off or not
  assert.equal(tag('They will attend a four-day conference in Doha , beginning Saturday .', '2008-11-25')[1].value, '2008-11-29');
});

test('"N … later" told in the present does not land after publication: "Six months later, the Kurdish family remain in nearby villages"', () => {
  const found = tag('When Turkey led the assault on Afrin in January 2018 , they feared they may never return . Six months later , the Kurdish family remain in nearby villages .', '2018-06-07');
  assert.equal(found.find((t) => t.text === 'Six months later')?.value, '2018-06');
  // a clause that looks ahead still counts on
  assert.equal(tag('Talks open on 10 September 2011 , and a deal will follow three days later .', '2011-09-01').find((t) => t.text === 'three days later')?.value, '2011-09-13');
});

test('a month spelled in full in lower case is the month before a year or a day ("between august 1984 and september 1986"), not "may" or "march" before a day', () => {
  assert.deepEqual(tag('He was deputy secretary between august 1984 and september 1986.', '1987-03-20').map((t) => [t.text, t.value]), [['august 1984', '1984-08'], ['september 1986', '1986-09']]);
  assert.deepEqual(tag('She resigned from the firm on february 17.', '1987-03-20').map((t) => [t.text, t.value]), [['february 17', '1987-02-17']]);
  assert.deepEqual(tag('Troops march 5 miles a day.', '1987-03-20'), []);
});

test('a year inside a quarter\'s name dates the quarter: "the first 1986 quarter", "the same 1986 quarter", a results note\'s "1986 qtr"', () => {
  const found = tag('Grindings rose from 53,643 in the first 1986 quarter, 2.9 pct up on the same 1985 quarter. NOTE: 1986 qtr includes a gain.', '1987-04-13');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['the first 1986 quarter', '1986-Q1'], ['the same 1985 quarter', '1985-Q1'], ['1986 qtr', '1986-Q1']]);
  // "the same 1986 period" may be months so far: valued by its year alone, the phrase whole (forty-ninth session: the
  // readers of three Reuters-21578 rounds marked "1986" alone as a short extent)
  assert.deepEqual(tag('Sales rose from 1.47 billion in the same 1986 period.', '1987-03-20').map((t) => [t.text, t.value]), [['the same 1986 period', '1986']]);
  // a quarter of a number is no quarter of the year
  assert.deepEqual(tag('Oil covers the quarter million square miles of the Gulf.', '2010-07-31'), []);
});

test('"at least" before a point bounds it as its preposition looks: "until at least July 1988" ON_OR_AFTER, "since at least 2013" ON_OR_BEFORE', () => {
  assert.deepEqual(tag('Profits cannot be sent abroad until at least July 1988.', '1987-03-20').map((t) => [t.text, t.mod]), [['at least July 1988', 'ON_OR_AFTER']]);
  assert.deepEqual(tag('They were targeted since at least 2013.', '2018-04-13').map((t) => [t.text, t.mod]), [['at least 2013', 'ON_OR_BEFORE']]);
  assert.deepEqual(tag('It lasted at least 30 days.', '2018-04-13').map((t) => [t.text, t.mod]), [['at least 30 days', 'EQUAL_OR_MORE']]);
});

test('an aim looks ahead ("were still aiming to finish in mid-August"); "as scheduled" says nothing of when', () => {
  assert.equal(tag('Crews were still aiming to finish drilling two relief wells in mid-August.', '2010-07-06')[0].value, '2010-08');
  assert.equal(tag('He retired from the Coast Guard, as scheduled, on June 30, and took a job.', '2010-10-01')[0].value, '2010-06-30');
  // an aim after the expression is the clause's purpose: the plan before it decides
  assert.equal(tag('The company had been scheduled to start shutting off valves Tuesday, aiming to stop the flow.', '2010-07-15')[0].value, '2010-07-13');
});

test('a round count before a plural behind its modifiers is no year: "voice services to 1500 campus computer users"', () => {
  assert.deepEqual(tag('It supplies voice services to 1500 campus computer users.', '1987-03-20'), []);
  assert.deepEqual(tag('As late as 1781 senior officials in London were misled.', '2009-12-19').map((t) => t.value), ['1781']);
  assert.deepEqual(tag('Trade grew between 1450 and 1600 in this week\'s programme.', '2010-06-01').map((t) => t.value), ['1450', '1600', '2010-W22']);
});

test('a spelled day opens a range or ends a clause before a second predicate: "from April six to 10", "by August one and will involve"', () => {
  assert.deepEqual(tag('The meeting will be held from April six to 10.', '1987-04-01').map((t) => [t.text, t.value])[0], ['April six', '1987-04-06']);
  assert.deepEqual(tag('Operations will begin by August one and will involve onions.', '1987-03-20').map((t) => [t.text, t.value]), [['August one', '1987-08-01']]);
  // a count after the month stays a count
  assert.deepEqual(tag('In April two to three companies failed.', '1987-04-01').map((t) => t.text), ['April']);
});

test('"but" opens a clause of its own without its comma: "interrupted testing on Monday but there should be little delay"', () => {
  assert.equal(tag('An error interrupted testing of the motor on Monday but there should be little or no delay, Arianespace said.', '1987-03-28')[0].value, '1987-03-23');
  // a second predicate of the same subject goes on
  assert.equal(tag('The talks resume on Monday but officials said little.', '1987-03-28')[0].value, '1987-03-30');
});

test('seasons: "a dry autumn last year" and "the spring of next year" take the year named after them; "winter and spring crops" are crops', () => {
  assert.deepEqual(tag('It followed a dry autumn last year.', '1987-03-20').map((t) => [t.text, t.value]), [['autumn last year', '1986-FA']]);
  assert.deepEqual(tag('It rained in the summer last year.', '1987-03-20').map((t) => [t.text, t.value]), [['the summer last year', '1986-SU']]);
  assert.deepEqual(tag('Payments would be made in the spring of next year.', '1987-03-20').map((t) => [t.text, t.value]), [['the spring of next year', '1988-SP']]);
  assert.deepEqual(tag('The condition of winter and spring crops is good.', '1987-03-20'), []);
});

test('"the third week in April", "the year ahead", "the year to January" (twelve months, a length)', () => {
  assert.deepEqual(tag('It expects to release results in the third week in April.', '1987-03-20').map((t) => [t.text, t.value]), [['the third week in April', '1987-W16']]);
  assert.deepEqual(tag('It sees moderate growth in the year ahead.', '1987-03-20').map((t) => [t.text, t.value]), [['the year ahead', 'P1Y']]);
  assert.deepEqual(tag('Prices rose 17.6 pct in the year to January.', '1987-03-20').map((t) => [t.text, t.type, t.value]), [['the year', 'DURATION', 'P1Y'], ['January', 'DATE', '1987-01']]);
});

test('"as late as" after a modal of what may come looks ahead: "could hang on until as late as September"', () => {
  assert.equal(tag('Nakasone could hang on until as late as September.', '1987-03-20')[0].value, '1987-09');
  assert.equal(tag('Prices stayed firm as late as September.', '1987-03-20')[0].value, '1986-09');
});

test('a results note on the quarter just closed makes its "the year" the year just closed', () => {
  const note = 'NOTE: Excludes gain one ct per share vs loss two cts in the quarter, and gain 41 cts per share vs gain six cts in the year from investments.';
  assert.deepEqual(tag(note, '1987-03-17').map((t) => [t.text, t.value]), [['the quarter', '1986-Q4'], ['the year', '1986']]);
});

test('a noun phrase ends a futures contract\'s reach: "The January revision was contracts and orders" is the month just gone', () => {
  assert.equal(tag('The main factor in the January revision was contracts and orders.', '1987-03-31')[0].value, '1987-01');
  assert.equal(tag('December confederate bond futures contract rose.', '1987-03-31')[0].value, '1987-12');
});

test('"the corresponding week a year ago", "the same week last year": the week the report is on, a year back', () => {
  const found = tag('Loadings in the week ended April 4 were 32.7, against 17.1 in the corresponding week a year ago.', '1987-04-10');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['April 4', '1987-04-04'], ['the corresponding week a year ago', '1986-W14']]);
});

test('before a range "over" is "during": "disbursed over three to four years" keeps no MORE_THAN', () => {
  assert.deepEqual(tag('The grant would be disbursed over three to four years.', '1987-03-20').map((t) => [t.text, t.mod]), [['three to four years', undefined]]);
  assert.deepEqual(tag('Output grew over 10 years.', '1987-03-20').map((t) => [t.text, t.mod]), [['over 10 years', 'MORE_THAN']]);
});

test('decades: a price or a count is none ("The stock can go to the mid 30s", "1000s dead"); "the 50s and 60s" shares its article', () => {
  assert.deepEqual(tag('"The stock can go to the mid 30s," Roling said.', '1987-03-20'), []);
  assert.deepEqual(tag('Bhopal ~ 1000s dead.', '2010-06-01'), []);
  assert.deepEqual(tag('Nothing as virulent as the pandemics in the 50s and 60s.', '2009-06-01').map((t) => [t.text, t.value]), [['the 50s', '195'], ['60s', '196']]);
});

test('a year in brackets after a day dates it: "on April 8 (2003)"', () => {
  assert.deepEqual(tag('The attack in Baghdad on April 8 (2003) was deliberate.', '2005-06-01').map((t) => [t.text, t.value]), [['April 8', '2003-04-08'], ['2003', '2003']]);
});

test('a flow named before "current" is no present ("the Gulf \'s loop current"); a comma before "per" still makes a rate', () => {
  assert.deepEqual(tag('The oil may reach the Gulf \'s loop current , which flows south.', '2010-06-01'), []);
  assert.deepEqual(tag('The diversion is around 15,000 barrels , per day.', '2010-06-01'), []);
});

test('a spelled day before a preposition that leads to no count is the day: "payable April six to holders of record", "May one with an ex-dividend date"; "April or May"', () => {
  assert.deepEqual(tag('The dividend is payable April six to holders of record March 26.', '1987-03-16').map((t) => [t.text, t.value]), [['April six', '1987-04-06'], ['March 26', '1987-03-26']]);
  assert.deepEqual(tag('The record date will be May one with an ex-dividend date of April 27.', '1987-03-16').map((t) => [t.text, t.value]), [['May one', '1987-05-01'], ['April 27', '1987-04-27']]);
  assert.deepEqual(tag('Harvesting will not begin until April or May.', '1987-03-16').map((t) => [t.text, t.value]), [['April', '1987-04'], ['May', '1987-05']]);
  // a second count after the preposition keeps the first one a count
  assert.deepEqual(tag('In April two to three companies failed.', '1987-04-10').map((t) => t.text), ['April']);
});

test('"seven days a week" is every day; "the 30-50 year group" an age band; "Now wait a minute" a call; "We don\'t need 1040s" tax forms; "a dollar a day" a rate', () => {
  assert.deepEqual(tag('Our call center is operating seven days a week.', '2010-06-01').map((t) => [t.text, t.type, t.value]), [['seven days a week', 'SET', 'P1D']]);
  assert.deepEqual(tag('If the 30-50 year group is especially at risk, say so.', '2009-05-01'), []);
  assert.deepEqual(tag('Now wait a minute, he said.', '2010-06-01').map((t) => t.text), ['Now']);
  assert.deepEqual(tag('We do n\'t need W2s . We do n\'t need 1040s , he said.', '2010-06-01'), []);
  assert.deepEqual(tag('Half the population lives on a dollar a day.', '2011-02-01'), []);
  // "the year ahead" is the twelve months to come
  assert.deepEqual(tag('They discussed the work program for the year ahead.', '1987-03-31').map((t) => [t.text, t.type, t.value]), [['the year ahead', 'DURATION', 'P1Y']]);
});

test('"on the first of May" is the day; "payable December 14 each year" one set; "the prior third quarter" the year-ago quarter', () => {
  assert.deepEqual(tag('It happened on the first of May.', '2009-05-03').map((t) => [t.text, t.value]), [['first of May', '2009-05-01']]);
  assert.deepEqual(tag('The coupon is payable December 14 each year.', '1987-03-20').map((t) => [t.text, t.type, t.value]), [['December 14 each year', 'SET', 'XXXX-12-14']]);
  assert.deepEqual(tag('Net rose from the prior third quarter.', '1987-10-20').map((t) => [t.text, t.value]), [['the prior third quarter', '1986-Q3']]);
});

test('"over the next year or two" is one open length; "three days a week" a set; "slightly less than five years" keeps its adverb', () => {
  assert.deepEqual(tag('Growth over the next year or two will be slow.', '1987-03-20').map((t) => [t.text, t.type, t.value]), [['the next year or two', 'DURATION', 'PXY']]);
  assert.deepEqual(tag('The exchange trades four days a week.', '1987-03-20').map((t) => [t.text, t.type, t.value]), [['four days a week', 'SET', 'P1W']]);
  assert.deepEqual(tag('The notes run for slightly less than five years.', '1987-03-20').map((t) => [t.text, t.mod]), [['slightly less than five years', 'LESS_THAN']]);
  // a list of lengths stays a list, and "slightly over" stays an adverb and a preposition
  assert.deepEqual(tag('It is hard to say over the next week or two weeks or three weeks.', '2008-09-20').map((t) => t.text), ['the next week', 'two weeks', 'three weeks']);
  assert.deepEqual(tag('Activity declined slightly over the past two months.', '1987-03-20').map((t) => t.text), ['the past two months']);
  assert.deepEqual(tag('Interest is paid semi-annually.', '1987-03-20').map((t) => [t.type, t.value]), [['SET', 'P6M']]);
});

test('a day named for what happened on it is no plain weekday ("Bloody Sunday", "Black Wednesday"); "Piers Morgan Tonight" a programme; "get two thousand" a count', () => {
  assert.deepEqual(tag('He apologized for the 1972 Bloody Sunday massacre.', '2010-07-18').map((t) => t.text), ['1972']);
  assert.deepEqual(tag('On Black Wednesday in 1992 the pound fell.', '2010-04-30').map((t) => t.text), ['1992']);
  assert.deepEqual(tag('Watch Piers Morgan Tonight on CNN.', '2011-02-01'), []);
  assert.deepEqual(tag('If there are a thousand boats out there, get two thousand.', '2010-06-01'), []);
  assert.equal(tag('He was worried that Friday could be bloody.', '2011-02-09')[0].text, 'Friday');
});

test('"over" compares after a word of change ("earnings improvement over a year ago") and is "during" before an opening stretch ("Over three years, they had spent"); "Over 10 years ago" stays a bound', () => {
  assert.deepEqual(tag('All segments achieved earnings improvement over a year ago.', '1987-04-10').map((t) => [t.text, t.mod]), [['a year ago', undefined]]);
  assert.deepEqual(tag('Over three years, they had spent $39bn.', '2010-06-01').map((t) => [t.text, t.mod]), [['three years', undefined]]);
  assert.deepEqual(tag('Over 10 years ago it fell.', '2010-06-01').map((t) => [t.text, t.mod]), [['Over 10 years ago', 'MORE_THAN']]);
});

test('rates of one thing or of a figure with its unit: "one barrel a minute", "70km an hour"; "The British Sunday paper" is no day', () => {
  assert.deepEqual(tag('It will be pumped in at a rate of one barrel a minute.', '2010-05-26'), []);
  assert.deepEqual(tag('The gulf often sees winds of more than 70km an hour.', '2010-06-01'), []);
  assert.deepEqual(tag('The British Sunday paper said so.', '1987-03-23'), []);
  assert.deepEqual(tag('He stayed for one year.', '1987-03-23').map((t) => t.text), ['one year']);
});

test('a call on someone to act and a wish look ahead: "calls on its followers to march Friday", "would like to return in the spring" (written in December)', () => {
  assert.equal(tag('The group calls on its followers to march Friday.', '2011-01-27')[0].value, '2011-01-28');
  assert.equal(tag('He said he would like to return to Iraq in the spring.', '2005-12-24')[0].value, '2006-SP');
  // a spring still to come this year stays this year's
  assert.equal(tag('The plant will open in the spring.', '2005-04-10')[0].value, '2005-SP');
});

test('a clock word after a day is one time: "yesterday midday", "by Tuesday noon"; "the spring sowing" leaves "the" outside', () => {
  assert.deepEqual(tag('The dollar closed at 145 yen yesterday midday.', '1987-04-03').map((t) => [t.text, t.type, t.value]), [['yesterday midday', 'TIME', '1987-04-02T12:00']]);
  assert.deepEqual(tag('A deal is due by Tuesday noon.', '1987-04-03').map((t) => [t.text, t.value]), [['Tuesday noon', '1987-04-07T12:00']]);
  assert.deepEqual(tag('Farmers began the spring sowing.', '1987-04-03').map((t) => t.text), ['spring']);
});

test('"a further two months" keeps "a further" inside; "by end of July" keeps its dropped article\'s edge', () => {
  assert.deepEqual(tag('It could take a further two months.', '2010-07-20').map((t) => [t.text, t.value]), [['a further two months', 'P2M']]);
  assert.deepEqual(tag('The well should be sealed by end of July.', '2010-07-20').map((t) => [t.text, t.value, t.mod]), [['end of July', '2010-07', 'END']]);
  assert.deepEqual(tag('The rate rose to 12.1 pct at end of February.', '1987-04-01').map((t) => [t.text, t.mod]), [['end of February', 'END']]);
});

test('"the trailing 12 months" are the months just gone, as "the past 12 months" are', () => {
  assert.deepEqual(tag('It earned 80 cts for the trailing 12 months ended November 1986.', '1987-03-20').map((t) => [t.text, t.value]), [['the trailing 12 months', 'P12M'], ['November 1986', '1986-11']]);
});

test('"the long term" before its noun is an adjective; framing a clause, it is the future', () => {
  assert.deepEqual(textsAndValues('Data is limited on the long term effects of oil on wildlife.', '2010-06-10'), []);
  assert.deepEqual(textsAndValues('The long term outlook remains bright, but the long term looked less secure.', '1987-03-10'), [['the long term', 'FUTURE_REF']]);
  assert.deepEqual(textsAndValues('In the near term demand and supply are balanced, and it acts in the long term interests of shareholders.', '1996-08-29'), [['the near term', 'FUTURE_REF']]);
});

test('"the last century" is the century before this one; "over the last century" the hundred years just gone', () => {
  assert.deepEqual(textsAndValues('It relies on energy sources from the last century. Over the last century the climate warmed.', '2010-06-10'), [['the last century', '19'], ['the last century', 'P100Y']]);
  assert.deepEqual(textsAndValues('The exchange was founded in the last century.', '1987-03-10'), [['the last century', '18']]);
});

test('"the year to mid-February" is twelve months, as "the year to January" is', () => {
  assert.deepEqual(textsAndValues('The index fell 1.2 pct in the year to mid-February.', '1987-03-10'), [['the year', 'P1Y'], ['mid-February', '1987-02']]);
});

test('a stretch before the clause it runs up to keeps its length: "up to three months before that is completed"', () => {
  assert.deepEqual(textsAndValues('It could take up to three months before that is completed.', '2010-06-10'), [['up to three months', 'P3M']]);
  assert.deepEqual(textsAndValues('He had left three months before that.', '2010-06-10'), [['three months before', '2010-03']]);
});

test('"May" or "March" after a possessive is the month: "its May production"', () => {
  assert.deepEqual(textsAndValues('GM said its May North American car production fell. Their March sales rose.', '1987-06-01'), [['May', '1987-05'], ['March', '1987-03']]);
  assert.deepEqual(textsAndValues("Britain's May said no, and prices may rise.", '2018-06-01'), []);
});

test('"as long as three months" bounds a length from above; "as long as a decade ago" is the point alone', () => {
  assert.deepEqual(tag('Relief wells will take as long as three months to drill.', '2010-05-10').map((t) => [t.text, t.value, t.mod]), [['as long as three months', 'P3M', 'EQUAL_OR_LESS']]);
  assert.deepEqual(tag('Decisions were made as long as a decade ago.', '2010-05-10').map((t) => [t.text, t.value, t.mod]), [['a decade ago', '2000', undefined]]);
});

test('"Over 87 days as the oil kept flowing", opening a quotation, is the stretch it happened in', () => {
  assert.deepEqual(tag('He added : `` Over 87 days as the oil kept flowing , it froze .', '2010-07-20').map((t) => [t.text, t.value, t.mod]), [['87 days', 'P87D', undefined]]);
  assert.deepEqual(tag('Over 20 years have passed.', '2010-07-20').map((t) => [t.text, t.mod]), [['Over 20 years', 'MORE_THAN']]);
});

test('a rate whose amount has a second measure set off by commas: "5,000 barrels , or 200,000 gallons , a day"', () => {
  assert.deepEqual(textsAndValues('It leaks about 5,000 barrels , or 200,000 gallons , a day .', '2010-05-10'), []);
  assert.deepEqual(textsAndValues('It sold 5,000 cars, a year after the launch.', '2010-05-10'), [['a year', 'P1Y']]);
});

test('"on a day to day basis" is no length', () => {
  assert.deepEqual(textsAndValues('He runs the company on a day to day basis. It took a day to finish.', '2010-05-10'), [['a day', 'P1D']]);
});

test('what a company anticipates, and a meeting agreed on, lie ahead', () => {
  assert.deepEqual(textsAndValues('PDA said it anticipates resuming shipments in the fourth quarter.', '1987-03-26'), [['the fourth quarter', '1987-Q4']]);
  assert.deepEqual(textsAndValues('The guild said it agreed to meet with the networks at 1000 EST Thursday.', '1987-03-03'), [['1000 EST Thursday', '1987-03-05T10:00']]);
  assert.deepEqual(textsAndValues('BP agreed to buy the field from Devon Energy in March.', '2010-07-20'), [['March', '2010-03']]);
});

test('a decade with its "\'s" standing apart, as Timeline17 writes it: "in the early 2000 \'s"', () => {
  assert.deepEqual(tag("In the early 2000 's it grew , and in the 1990 's it fell .", '2010-06-01').map((t) => [t.text, t.value, t.mod]), [["the early 2000 's", '200', 'START'], ["the 1990 's", '199', undefined]]);
});

test('lower-case "may" and "march" before a day where no verb could stand', () => {
  assert.deepEqual(textsAndValues('It is payable to holders of record may 14. It came after a march 5 earthquake. Troops march 5 miles.', '1987-04-10'), [['may 14', '1987-05-14'], ['march 5', '1987-03-05']]);
});

test('bounds of three words: "not more than", "no more than a couple of days"; "the preceding six months"', () => {
  assert.deepEqual(tag('It lasts not more than seven years, or no more than a couple of days, over the preceding six months.', '1987-04-10').map((t) => [t.text, t.value, t.mod]),
    [['not more than seven years', 'P7Y', 'EQUAL_OR_LESS'], ['no more than a couple of days', 'P2D', 'EQUAL_OR_LESS'], ['the preceding six months', 'P6M', undefined]]);
});

test('"fortnightly" recurs every two weeks; "The daily did not" is a newspaper', () => {
  assert.deepEqual(textsAndValues('It is published fortnightly. The daily did not detail output.', '1987-04-10'), [['fortnightly', 'P2W']]);
});

test('"the future" and "the past" before their noun are adjectives; "in the past" frames what follows', () => {
  assert.deepEqual(textsAndValues('It reserved the future right to buy shares. The past generation suffered. Brokers have in the past said so. The future holds much.', '1987-04-10'),
    [['the past', 'PAST_REF'], ['The future', 'FUTURE_REF']]);
});

test('after a verb of spreading or paying off, "over" is "during": "repayable over 40 years"', () => {
  assert.deepEqual(tag('Both loans are repayable over 40 years. The strike lasted over 40 years.', '1987-04-10').map((t) => [t.text, t.mod]), [['40 years', undefined], ['over 40 years', 'MORE_THAN']]);
  assert.deepEqual(tag('Inflation will slow over coming quarters.', '1987-04-10').map((t) => [t.text, t.mod]), [['coming quarters', undefined]]);
});

test('"one day a week" recurs; "six months down the road" lies ahead', () => {
  assert.deepEqual(textsAndValues('He worked there just one day a week.', '2010-06-01'), [['one day a week', 'P1W']]);
  assert.deepEqual(textsAndValues('He sees another problem six months down the road.', '1987-04-10'), [['six months down the road', '1987-10']]);
});

test('"coming a year before" is the verb; "five agonizing months" one length; "April first triggered" the month', () => {
  assert.deepEqual(textsAndValues('The warning was prophetic, coming a year before this outbreak.', '2010-06-01'), [['a year', 'P1Y']]);
  assert.deepEqual(textsAndValues('It came five agonizing months after the blast.', '2010-06-01'), [['five agonizing months', 'P5M']]);
  assert.deepEqual(textsAndValues('The explosion in April first triggered the woes. It opens May first.', '2010-06-01'), [['April', '2010-04'], ['May first', '2010-05-01']]);
});

test('"Today presenter John Humphrys" names the programme', () => {
  assert.deepEqual(textsAndValues('Today presenter John Humphrys asked him.', '2005-09-18'), []);
});

test('the edge of a season: "by the end of the summer", "the start of spring"', () => {
  assert.deepEqual(tag('It should pass by the end of the summer, before the start of spring planting.', '1987-04-10').map((t) => [t.text, t.value, t.mod]),
    [['the end of the summer', '1987-SU', 'END'], ['the start of spring', '1987-SP', 'START']]);
});

test('a spelled day opening a range to a month: "from April one through July one"', () => {
  assert.deepEqual(textsAndValues('The contract period runs from April one through July one, the DOE said.', '1987-04-10'), [['April one', '1987-04-01'], ['July one', '1987-07-01']]);
});

test('"an additional six months" one length; "up to 2009" is "until", outside', () => {
  assert.deepEqual(tag('It extended the program for an additional six months, with rotations planned up to 2009.', '2005-04-10').map((t) => [t.text, t.value, t.mod]),
    [['an additional six months', 'P6M', undefined], ['2009', '2009', undefined]]);
  assert.deepEqual(textsAndValues('It has an option for an additional five year term.', '1987-04-10'), [['five year', 'P5Y']]);
});

test('"the 1600\'s" written with its "\'s" is the century, as "the 1600s" is; "the 1990\'s" the decade', () => {
  assert.deepEqual(textsAndValues("Owens lived there in the 1600's and in the late 1800 's, and left in the 1990's.", '2010-06-01'), [["the 1600's", '16'], ["the late 1800 's", '18'], ["the 1990's", '199']]);
});

test('"the winds and current are going to hamper" is the sea\'s current', () => {
  assert.deepEqual(textsAndValues('Over the next several days the winds and current are going to hamper work.', '2010-06-01'), [['the next several days', 'PXD']]);
});

test('"the first quarter a year ago" is that quarter of the year before, one expression', () => {
  assert.deepEqual(textsAndValues('Net fell from 283.0 mln dlrs in the first quarter a year ago.', '1987-04-20'), [['the first quarter a year ago', '1986-Q1']]);
});

test('a range\'s last weekday lies after its first: "protested from Tuesday through Saturday", written on a Thursday', () => {
  assert.deepEqual(textsAndValues('Seize BP protested from Tuesday through Saturday in 50 cities.', '2010-06-03'), [['Tuesday', '2010-06-01'], ['Saturday', '2010-06-05']]);
});

test('"her last day" is the final day, never yesterday; "this coming week" keeps "this"', () => {
  assert.deepEqual(textsAndValues('She thought it would be her last day on the streets. It will meet this coming week.', '2011-02-10'), [['this coming week', '2011-W07']]);
});

test('"pct" is an amount: "three pct over three years" spreads it, "five pct a year" is a rate', () => {
  assert.deepEqual(tag('It gives an increase of about three pct over three years. Output grew five pct a year.', '1987-04-10').map((t) => [t.text, t.mod]), [['three years', undefined]]);
});

test('a table\'s "6,000 week ago" is a figure before "week ago"; "The party daily said" a newspaper', () => {
  assert.deepEqual(textsAndValues('Stocks were 5,000 versus 6,000 week ago. The party daily said so.', '1987-06-05'), [['week ago', '1987-W22']]);
});

test('"a day" named by what filled it is no length: "On a day when", "It was a day of"; "after a day of statements" is one', () => {
  assert.deepEqual(textsAndValues('The move came on a day when BP registered success. It was a day of mixed emotions. After a day of statements he left.', '2010-05-05'), [['a day', 'P1D']]);
  assert.deepEqual(textsAndValues('It will be a day or two before we can have certainty.', '2010-05-26'), [['a day or two', 'PXD']]);
});

test('names and flows: "Teck Soon", "the Peru current"; "payable in installments over six years" is during', () => {
  assert.deepEqual(textsAndValues('Shares in Teck Soon rose as the Peru current arrived.', '1987-04-10'), []);
  assert.deepEqual(tag('It is payable in installments over six years.', '1987-04-10').map((t) => [t.text, t.mod]), [['six years', undefined]]);
});

test('how old someone is is no time: "under 60 years of age", "aged 6 months to 18 years", "between the ages of 30 and 50 years"', () => {
  assert.deepEqual(textsAndValues('Most cases are under 60 years of age. It includes children aged 6 months to 18 years and people aged 5-24 years.', '2009-07-20'), []);
  assert.deepEqual(textsAndValues('Adults between the ages of 30 and 50 years were hit, most under the age of 25 years. He worked for 25 years.', '2009-07-20'), [['25 years', 'P25Y']]);
  assert.deepEqual(textsAndValues('It was written in the age of 24-hour drinking.', '2009-07-20'), [['24-hour', 'PT24H']]);
});

test('"the next fortnight", "Last fortnight" are two weeks long, as no calendar names a fortnight', () => {
  assert.deepEqual(textsAndValues('It will be completed in the next fortnight. Last fortnight was bad. In the coming fortnight it ends.', '2010-07-30'), [['the next fortnight', 'P2W'], ['Last fortnight', 'P2W'], ['the coming fortnight', 'P2W']]);
});

test('"up to" before a clock time or a day is "until", outside: "in the 24 hours up to midnight on Thursday"', () => {
  assert.deepEqual(tag('It siphoned 2,200 barrels in the 24 hours up to midnight on Thursday.', '2010-05-21').map((t) => [t.text, t.value, t.mod]), [['the 24 hours', 'PT24H', undefined], ['midnight', '2010-05-20T24:00', undefined], ['Thursday', '2010-05-20', undefined]]);
});

test('accounting lines are no present: "Current profit", "current assets"; "current levels" is', () => {
  assert.deepEqual(textsAndValues('Current profit was 17 billion yen. Current assets fell. Prices stayed at current levels.', '1987-03-24'), [['current', 'PRESENT_REF']]);
});

test('a newspaper named in quotation marks after "daily": a Bengali daily "Dainik Janata" reported', () => {
  assert.deepEqual(textsAndValues('A pro-government Bengali daily "Dainik Janata" reported it. The paper is published daily "in Dhaka".', '1987-03-10'), [['daily', 'P1D']]);
});

test('"some day" is some future day, no length; "looking ahead to a day when" names a day, not a length', () => {
  assert.deepEqual(textsAndValues('He said some day he hoped to get his life back. We stayed for some days. He began looking ahead to a day when he could rest.', '2010-06-20'), [['some day', 'FUTURE_REF'], ['some days', 'PXD']]);
});

test('"over past four months": a length its lead places, "over" outside with no bound; "Over 10 years" bounds', () => {
  assert.deepEqual(tag('It averaged the swings over past four months. He served over 10 years.', '1987-03-10').map((t) => [t.text, t.mod]), [['past four months', undefined], ['over 10 years', 'MORE_THAN']]);
});

test('"three quarters of this year\'s budget", "Three quarters of that" are fractions, no time', () => {
  assert.deepEqual(textsAndValues('About three quarters of this year\'s budget is spent. Three quarters of that is in cash. It paid three quarters of dividends.', '1987-03-10'), [['this year', '1987'], ['three quarters', 'P3Q']]);
});

test('a payout\'s record date after "shareholders registered" is no past: "a bonus issue to shareholders registered June 15"', () => {
  assert.deepEqual(textsAndValues('It will make a one-for-ten bonus issue to shareholders registered June 15.', '1987-04-09'), [['June 15', '1987-06-15']]);
});

test('a recurrence keeps its bound and its second unit: "every five minutes or so", "about every 20-40 years", "every three hours and 43 minutes"', () => {
  assert.deepEqual(tag('It erupts every five minutes or so. It recurs about every 20-40 years. Drivers burn it every three hours and 43 minutes.', '2010-05-20').map((t) => [t.text, t.value, t.mod]), [['every five minutes or so', 'PT5M', 'APPROX'], ['about every 20-40 years', 'PXY', 'APPROX'], ['every three hours and 43 minutes', 'PT3H43M', undefined]]);
  assert.deepEqual(tag('It happens just about every year. The flu goes around every year.', '2009-05-01').map((t) => [t.text, t.mod]), [['every year', undefined], ['every year', undefined]]);
});

test('"is current on interest" is up to date with payments, no time', () => {
  assert.deepEqual(textsAndValues('Peru was current on interest payments at current prices.', '1987-03-10'), [['current', 'PRESENT_REF']]);
});

test('"over" spreads what is rescheduled, written down or paid across a length: "reschedule Bolivia\'s debt over 10 years"', () => {
  assert.deepEqual(tag('They agreed to reschedule Bolivia\'s debt over 10 years. It will be stretched out over 12 years. He left over 10 years ago.', '1987-03-10').map((t) => [t.text, t.mod]), [['10 years', undefined], ['12 years', undefined], ['over 10 years ago', 'MORE_THAN']]);
});

test('"the fiscal year" the story is in is a date; bounded by its end ("the fiscal year ended Jan. 31") it is a length', () => {
  assert.deepEqual(textsAndValues('It expects lower earnings for the fiscal year. In the fiscal year ended Jan. 31, it lost money.', '1989-11-02'), [['the fiscal year', '1989'], ['the fiscal year', 'P1Y'], ['Jan. 31', '1989-01-31']]);
});

test('rates after an amount with a capitalized, possessive or hyphenated measure stay untagged: "200 mln European currency units per year"', () => {
  assert.deepEqual(textsAndValues('It costs 200 mln European currency units per year. It sells 130 mln dlrs\' worth of exports a year. It has a 660-ton per day capacity.', '1987-04-07'), []);
});

test('no times: minutes of arc ("27 degrees 14 minutes north"), "hourly workers", a year inside a name ("MOEX Offshore 2007 LLC", "Series 1900")', () => {
  assert.deepEqual(textsAndValues('The ship was at 27 degrees 14 minutes north. The 5,500 hourly workers struck. MOEX Offshore 2007 LLC sued. Warrants Series 1900 rose. Hourly earnings rose.', '2011-01-26'), [['Hourly', 'PT1H']]);
});

test('"between four and seven days" is one range of lengths; "the next 23 hours and 50 minutes" one length', () => {
  assert.deepEqual(textsAndValues('It lasts between four and seven days. Between 1981 and 1985 it grew. He has the next 23 hours and 50 minutes.', '1987-04-07'), [['four and seven days', 'PXD'], ['1981', '1981'], ['1985', '1985'], ['the next 23 hours and 50 minutes', 'PT23H50M']]);
});

test('"prior" standing alone is "before": "Tunisia, which 10 days prior had precipitated"; "six mths prior figures" describe a noun', () => {
  assert.deepEqual(textsAndValues('It mirrors Tunisia, which 10 days prior had precipitated the end. Nine mths prior includes a gain.', '2011-01-26'), [['10 days prior', '2011-01-16'], ['Nine mths', 'P9M']]);
});

test('halves of a named month or fiscal year read whole: "the first half of next month", "the first half of fiscal 1986"', () => {
  assert.deepEqual(tag('In the first half of next month it ends. In the first half of fiscal 1986 it lost.', '1987-03-10').map((t) => [t.text, t.value, t.mod]), [['the first half of next month', '1987-04', 'START'], ['the first half of fiscal 1986', '1986-H1', undefined]]);
});

test('a results note\'s "six mths prior" stays a length; "the first quarter of fiscal 1987/88" leaves the split year whole', () => {
  assert.deepEqual(textsAndValues('It credited 1,408,000 in six mths prior. It issues shares in the first quarter of fiscal 1987/88.', '1987-03-10'), [['six mths', 'P6M'], ['the first quarter', '1987-Q1'], ['fiscal 1987/88', '1987']]);
});

test('"Weeks later", "Years earlier" are some time after or before; "a day or two ago", "an hour or two ago" points back', () => {
  assert.deepEqual(tag('Weeks later, he left. Just weeks earlier, a vote was held. It happened a day or two ago. I was there an hour or two ago. It came weeks later than planned.', '2010-07-13').map((t) => [t.text, t.type, t.value]), [['Weeks later', 'DATE', 'FUTURE_REF'], ['weeks earlier', 'DATE', 'PAST_REF'], ['a day or two ago', 'DATE', '2010-07-11'], ['an hour or two ago', 'TIME', 'PAST_REF'], ['weeks', 'DURATION', 'PXW']]);
});

test('"the end of the first quarter", "the start of the third quarter" read whole with their edge', () => {
  assert.deepEqual(tag('It will be re-evaluated at the end of the first quarter. Plants were acquired at the start of the third quarter.', '1987-03-10').map((t) => [t.text, t.value, t.mod]), [['the end of the first quarter', '1987-Q1', 'END'], ['the start of the third quarter', '1987-Q3', 'START']]);
});

test('fractions: "by over a quarter since 1998", "About a quarter name Congress"; "about a quarter of an hour" is a length', () => {
  assert.deepEqual(textsAndValues('It fell by over a quarter since 1998. About a quarter name Congress. It took about a quarter of an hour.', '2008-10-10'), [['1998', '1998'], ['about a quarter of an hour', 'PT15M']]);
});

test('a weekday\'s whole name in small letters is the day: "will resume on tuesday"; "Current 1st qtr" is the quarter', () => {
  assert.deepEqual(textsAndValues('the talks will resume on tuesday, officials said. He sat there. Current 1st qtr net rose.', '1987-04-20'), [['tuesday', '1987-04-21'], ['Current 1st qtr', '1987-Q1']]);
});

test('"fiscal 1986\'s first qtr" is one quarter; "current" in a list of nouns is no time; "doing this last week" keeps "this" a pronoun', () => {
  assert.deepEqual(textsAndValues('We were doing this last week. It beat fiscal 1986\'s first qtr. The index covers temperature, pressure, current, fluid flow.', '1987-03-12'), [['last week', '1987-W10'], ["fiscal 1986's first qtr", '1986-Q1']]);
});

test('a range before "before" that opens what follows stays one length: "four or five months before exports resume"', () => {
  assert.deepEqual(textsAndValues('It could be four or five months before exports resume.', '1987-03-12'), [['four or five months', 'PXM']]);
});

test('the edges and halves of "the fiscal year" read whole: "before the end of the fiscal year", "the first half of the fiscal year"', () => {
  assert.deepEqual(tag('Investors buy before the end of the fiscal year. It will do 80 pct in the first half of the fiscal year.', '1987-03-18').map((t) => [t.text, t.value, t.mod]), [['the end of the fiscal year', '1987', 'END'], ['the first half of the fiscal year', '1987-H1', undefined]]);
});

test('"three to four days a week" is a set; "the last day for trading" is the final day, no day just gone', () => {
  assert.deepEqual(textsAndValues('The factories work three to four days a week. The last day for trading shall be June 26. In the last day prices rose.', '1987-04-22'), [['three to four days a week', 'P1W'], ['June 26', '1987-06-26'], ['the last day', 'P1D']]);
});

test('a dividend notice\'s spelled day after a short month: "Pay Dec Four"; "told the business weekly Wirtschaftswoche in an interview"', () => {
  assert.deepEqual(textsAndValues('Qtly div 10 cts Pay Dec Four Record Nov 20. Jan Kavan spoke. He told the business weekly Wirtschaftswoche in an interview. Flights run daily Monday in Paris.', '1987-11-20'), [['Dec Four', '1987-12-04'], ['Nov 20', '1987-11-20'], ['daily', 'P1D'], ['Monday', '1987-11-16']]);
});

test('half of one unit placed by a lead or after "a": "the past half century", "A half century ago", "the past half-century"', () => {
  assert.deepEqual(textsAndValues('Over the past half century it grew. A half century ago it began. In the past half-century it grew.', '2010-05-16'), [['the past half century', 'P50Y'], ['A half century ago', '1960'], ['the past half-century', 'P50Y']]);
});

test('a placed length written as a modifier keeps its noun: "for the previous 24-hour period"; "a 12-month period" stays the modifier', () => {
  assert.deepEqual(textsAndValues('It was the same figure as for the previous 24-hour period. It is a 12-month period.', '2010-05-21'), [['the previous 24-hour period', 'PT24H'], ['12-month', 'P12M']]);
});

test('"On the last day of 1986" is that year\'s last day', () => {
  assert.deepEqual(textsAndValues('On the last day of 1986, Uccel completed buyouts. On the first day of 1987 it rose.', '1987-06-01'), [['the last day of 1986', '1986-12-31'], ['the first day of 1987', '1987-01-01']]);
});

test('a clock before a zone joined to the full stop ("at 1530 EST.") is the clock, the stop outside; "a year on year rise" is no length', () => {
  assert.deepEqual(textsAndValues('It is set to begin at 1530 EST. Both spoke. This compared with a year on year rise of 2.7 pct.', '1987-03-04'), [['1530', '1987-03-04T15:30']]);
});

test('a paper\'s name keeps its small particles: "the southern French daily Depeche du Midi"', () => {
  assert.deepEqual(textsAndValues('Jospin told the southern French daily Depeche du Midi that he would run. The daily de facto rate rose.', '1987-04-22'), [['daily', 'P1D']]);
});

test('"every fortnight" is every two weeks; "Daily" or "Weekly" opening a capitalized name is no set ("(Daily Telegraph Plc)")', () => {
  assert.deepEqual(textsAndValues('It meets every fortnight. Shares of (Daily Telegraph Plc) rose. The Daily Mail said so. Weekly sales rose.', '1987-04-24'), [['every fortnight', 'P2W'], ['Weekly', 'P1W']]);
});

test('a rate in gas ("581,000 cubic feet of natural gas per day") is no set; "most recent" stays outside a counted length', () => {
  assert.deepEqual(textsAndValues('The well flowed 660 barrels of oil and 581,000 cubic feet of natural gas per day. In its most recent 10-day sales period it sold more. It fell in the most recent quarters.', '1987-04-02'), [['10-day', 'P10D'], ['recent quarters', 'PXQ']]);
});

test('"July this year and July 1988" are two Julys: a month whose year is said in words takes none from the range after it', () => {
  assert.deepEqual(textsAndValues('The agreement is to be implemented in July this year and July 1988.', '1987-03-17'), [['July this year', '1987-07'], ['July 1988', '1988-07']]);
});

test('a month where a compared amount stood is behind the text: "will make a five ct distribution, down from 15 cts in December"', () => {
  assert.deepEqual(textsAndValues('The trust will make a five ct distribution to unitholders, down from 15 cts in December.', '1987-03-06'), [['December', '1986-12']]);
});

test('a weekday\'s figure guessed now is still to come: "Saturday\'s hog slaughter is guesstimated at", written on Friday', () => {
  assert.deepEqual(textsAndValues("Saturday's hog slaughter is guesstimated at about 40,000 head. Saturday's sales were strong.", '1987-03-27'), [['Saturday', '1987-03-28'], ['Saturday', '1987-03-21']]);
});

test('wire copy\'s short year: "vs yr-ago loss", "1 YR 7.18", "for 5 yrs"', () => {
  assert.deepEqual(textsAndValues('Net excludes a gain vs yr-ago loss of 1.2 mln dlrs. Rates: 6 MTH 6.62 - 6.50 1 YR 6.81. It ran for 5 yrs.', '1987-03-30'), [['yr-ago', '1986'], ['6 MTH', 'P6M'], ['1 YR', 'P1Y'], ['5 yrs', 'P5Y']]);
});

test('"The dispute goes to the Commission on Monday", written on Friday, is the coming Monday; "Audi 4000S, 5000S" are no decades', () => {
  assert.deepEqual(textsAndValues('The dispute goes to the Commission on Monday. It applies to Audi 4000S, 5000S sedan and the 1880S.', '1987-04-03'), [['Monday', '1987-04-06'], ['the 1880S', '188']]);
});

test('"a year earlier" beside "this quarter" is this quarter a year back; "the prior nine months" keeps its lead', () => {
  assert.deepEqual(textsAndValues('Deposits rose at the end of this quarter compared with 669 mln dlrs a year earlier. Net was 5 mln dlrs versus 7.8 mln dlrs the prior nine months.', '1987-03-31'), [['the end of this quarter', '1987-Q1'], ['a year earlier', '1986-Q1'], ['the prior nine months', 'P9M']]);
});

test('"The rescheduling is over 10 years" spreads it across ten years; "the previous year" after "last year" is the year before that', () => {
  assert.deepEqual(textsAndValues('The rescheduling is over 10 years with five years grace. Last year, the EC had a deficit, about half the deficit of the previous year.', '1987-03-20'), [['10 years', 'P10Y'], ['five years', 'P5Y'], ['Last year', '1986'], ['the previous year', '1985']]);
});

test('"the previous year" counts from a "last year" close by, not from one told of sentences before nor from "a year earlier"', () => {
  assert.deepEqual(textsAndValues('Sales rose last year. It said so. It did. Year-to-date sales fell from 25,851 units the previous year. Net rose from a year earlier, but fell from the prior year.', '1987-03-04'), [['last year', '1986'], ['Year-to-date', '1987'], ['the previous year', '1986'], ['a year earlier', '1986'], ['the prior year', '1986']]);
});

test('"the quarter" after a quarter its sentence names is that one ("expects first quarter net income to cover its dividend in the quarter"), unless still ahead', () => {
  assert.deepEqual(textsAndValues('It expects first quarter net income to cover its dividend requirements in the quarter. It expects to report losses for the fourth quarter and for the full year 1986 on revenues of 10 mln dlrs for the quarter.', '1987-03-20'), [['first quarter', '1987-Q1'], ['the quarter', '1987-Q1'], ['the fourth quarter', '1987-Q4'], ['the full year 1986', '1986'], ['the quarter', '1986-Q4']]);
});

test('"over" a length after a spread is "during": "on a monthly basis over 28 months", "to gradually increase over three years"; "for over a month" is more', () => {
  assert.deepEqual(textsAndValues('It will pay the balance on a monthly basis over 28 months. The share was to gradually increase over three years. He waited for over a month.', '1987-03-20'), [['monthly', 'P1M'], ['28 months', 'P28M'], ['three years', 'P3Y'], ['over a month', 'P1M']]);
});

test('"yr-ago", "year-ago" before a noun compare with the year before the one their sentence names ("1986 net ... vs yr-ago loss"); "the year-ago week" keeps its week', () => {
  assert.deepEqual(textsAndValues('Note: 1986 net excludes a gain vs yr-ago loss of 2 mln dlrs. Net rose from year-ago levels. Output in 1986 rose against 59,000 tons in the year-ago week.', '1987-03-20'), [['1986', '1986'], ['yr-ago', '1985'], ['year-ago', '1986'], ['1986', '1986'], ['year-ago', '1986']]);
});

test('the year-ago period of a sentence of one month is that month a year back ("Exports in May rose from the year-ago period"), not of two', () => {
  assert.deepEqual(textsAndValues('Exports in May rose 5 pct from the year-ago period. The share rose in January and February from the year-ago period.', '1987-06-20'), [['May', '1987-05'], ['the year-ago period', '1986-05'], ['January', '1987-01'], ['February', '1987-02'], ['the year-ago period', '1986']]);
});

test('a lower-case month after a preposition of time ("in january", "since june"); "May Co." and "May Energy Partners" are companies; "the past three-year period" is no "the past"', () => {
  assert.deepEqual(textsAndValues('Exports rose in january. Talks stalled since june. It was acquired by May Co. and May Energy Partners. Profits rose during the past three-year period. Troops march in may.', '1987-03-20'), [['january', '1987-01'], ['june', '1986-06'], ['three-year', 'P3Y']]);
});

test('a quarter named by the month that closes it is that quarter ("the June quarter", "the October/December quarter", "the September quarter last year"), its year read as the month\'s', () => {
  assert.deepEqual(textsAndValues('GDP grew 3.4 pct in the June quarter. GNP rose in the October/December quarter. It lost 30 mln dlrs in the September quarter last year. Debt was 5 billion in March quarter 1985. Rates will stay high until the June quarter.', '1987-03-18'), [['the June quarter', '1986-Q2'], ['the October/December quarter', '1986-Q4'], ['the September quarter last year', '1986-Q3'], ['March quarter 1985', '1985-Q1'], ['the June quarter', '1987-Q2']]);
});

test('"over" after a spread and its adverb is "during": "to increase gradually over three years"', () => {
  assert.deepEqual(textsAndValues('The share was to increase gradually over three years. It rose steadily over two years.', '1987-03-20'), [['three years', 'P3Y'], ['over two years', 'P2Y']]);
});

test('an edge or a rest of a period whose noun is possessed belongs to that noun: "at the end of this year\'s season", "the remainder of today\'s session"', () => {
  assert.deepEqual(textsAndValues("Output rose at the end of this year's season. Talks take up the remainder of today's session. It will end by the end of this year.", '1987-03-31'), [['this year', '1987'], ['today', '1987-03-31'], ['the end of this year', '1987']]);
});

test('"the final quarter" is the fourth ("of 1986", "last year", "in 2010"); "December fourth quarter" is no December 4; "The Long Term Credit Bank" is a name', () => {
  assert.deepEqual(textsAndValues('GDP was flat in the final quarter of 1986. It fell in the final quarter last year. The deficit rose in the October to December fourth quarter. The Long Term Credit Bank of Japan said so. Profits rose for the final quarter in 1985.', '1987-03-30'), [['the final quarter of 1986', '1986-Q4'], ['the final quarter last year', '1986-Q4'], ['October', '1986-10'], ['December', '1986-12'], ['fourth quarter', '1986-Q4'], ['the final quarter in 1985', '1985-Q4']]);
});

test('"a 15 to 20 year pay-out" is one range; "convert to a monthly." is a paper; "the previous quarter" after "the December quarter" counts from it', () => {
  assert.deepEqual(textsAndValues('It has a 15 to 20 year pay-out. It plans to convert to a monthly. Sales in the December quarter were 6.17 billion against 6.70 billion in the previous quarter.', '1987-03-05'), [['15 to 20 year', 'PXY'], ['the December quarter', '1986-Q4'], ['the previous quarter', '1986-Q3']]);
});

test('a budget\'s "current spending", "current expenditure" are recurrent outlays, no present', () => {
  assert.deepEqual(textsAndValues('The budget aims to restrict current spending and current expenditure. Current assets rose. It is the current policy.', '1987-03-20'), [['current', 'PRESENT_REF']]);
});

test('a year named by its kind is a year as "the current fiscal year" is: "the current financial year", "last business year", "the start of the current coffee year"', () => {
  assert.deepEqual(textsAndValues('Profit will rise in the current financial year. It fell last business year. Stocks were high at the start of the current coffee year.', '1987-03-20'), [['the current financial year', '1986'], ['last business year', '1986'], ['the start of the current coffee year', '1987']]);
});

test('a month named by its edge continues a list of months: "by late September or early October" are both ahead', () => {
  const timexes = tag('An initial agreement must be reached by late September or early October.', '1987-03-20');
  assert.deepEqual(timexes.map((t) => [t.text, t.value, t.mod]), [['late September', '1987-09', 'END'], ['early October', '1987-10', 'START']]);
});

test('"a year ago" compared with the one month its sentence names is that month a year back; a year named on the compared side is the year a comparison after it means', () => {
  assert.deepEqual(textsAndValues('Available seat miles in February totaled 596.6 mln, up from 526.8 mln a year ago. In January, the firm, which was bought a year ago, said sales rose.', '1987-03-05'), [['February', '1987-02'], ['a year ago', '1986-02'], ['January', '1987-01'], ['a year ago', '1986']]);
  assert.deepEqual(textsAndValues('Exports rose to 3.58 billion dlrs from 3.18 billion in 1986, while imports rose to 4.12 billion dlrs from 3.34 billion a year earlier. Coffee exports rose to 22,068 tonnes in 1986 from 20,430 a year earlier.', '1987-10-19'), [['1986', '1986'], ['a year earlier', '1986'], ['1986', '1986'], ['a year earlier', '1985']]);
});

test('away from talk of quarters "the year-ago period" is the year before the one the text set, not a quarter, and sets no year itself', () => {
  assert.deepEqual(textsAndValues('Sales rose to 3 billion dlrs in the first two months of 1987 from 1.87 billion in the year-earlier period.', '1987-03-20'), [['the first two months', 'P2M'], ['1987', '1987'], ['the year-earlier period', '1986']]);
  assert.deepEqual(textsAndValues('Proved reserves as of December 31 were 283.1 thousand cubic feet. In the year-ago period, they were 346.4 thousand. Revenues were 156.2 mln dlrs against 446.8 mln dlrs in the year-ago period.', '1987-03-12'), [['December 31', '1986-12-31'], ['the year-ago period', '1985'], ['the year-ago period', '1985']]);
  assert.deepEqual(textsAndValues('The company reported third quarter net of 5 mln dlrs. Sales rose 5 pct. Margins fell. Costs rose. In the year-ago period, it lost 2 mln dlrs.', '1987-10-20'), [['third quarter', '1987-Q3'], ['the year-ago period', '1986-Q3']]);
});

test('the year (week, month) to date is the one the text is on, whole: "Year to date", "year-to-date", "the year to date", "week to date"', () => {
  assert.deepEqual(textsAndValues('Year to date available seat miles totaled 1.24 billion. Year-to-date sales rose. For the year to date, receipts week to date were 9,100 bales. Sales to date totaled 5 mln.', '1987-03-05'), [['Year to date', '1987'], ['Year-to-date', '1987'], ['the year to date', '1987'], ['week to date', '1987-W10'], ['date', 'PRESENT_REF']]);
});

test('"in some quarters of a return in inflation" are circles of opinion; "some quarters of 1986" are quarters', () => {
  assert.deepEqual(textsAndValues('The data raised fears in some quarters of a return of inflation. Output fell in some quarters of 1986.', '1987-03-05'), [['some quarters', 'PXQ'], ['1986', '1986']]);
});

test('"the prior week" after "last week" counts from it; after "this week" from the publication\'s', () => {
  assert.deepEqual(textsAndValues("Last week saw issuance of 1.3 billion dlrs, down from the prior week's tally of 2 billion. This week it rose from the previous week.", '1987-10-26'), [['Last week', '1987-W43'], ['the prior week', '1987-W42'], ['This week', '1987-W44'], ['the previous week', '1987-W43']]);
});

test('a half of a month in shipping terms without "of" is the month with its edge ("second half March shipment", "last-half July"); "the first half year" is one half', () => {
  const timexes = tag('Traders bought palm oil for second half March shipment and for last-half July and first-half August shipments. Growth was two per cent in the first half year.', '1987-06-20');
  assert.deepEqual(timexes.map((t) => [t.text, t.value, t.mod]), [['second half March', '1987-03', 'END'], ['last-half July', '1987-07', 'END'], ['first-half August', '1987-08', 'START'], ['the first half year', '1987-H1', undefined]]);
});

test('"a maximum of" and "a minimum of" bound a length: "faces a maximum of 25 years in prison"; "a maximum 10-year maturity" is the maturity\'s article', () => {
  const timexes = tag('He faces a maximum of 25 years in prison and a minimum of five years. It has a maximum 10-year maturity.', '1987-04-10');
  assert.deepEqual(timexes.map((t) => [t.text, t.value, t.mod]), [['a maximum of 25 years', 'P25Y', 'EQUAL_OR_LESS'], ['a minimum of five years', 'P5Y', 'EQUAL_OR_MORE'], ['10-year', 'P10Y', undefined]]);
});

test('a dateline a day off the given date is the day the story counts from: "SINGAPORE, April 8 - … yesterday", stamped April 7 in New York', () => {
  assert.deepEqual(textsAndValues('SINGAPORE, April 8 - The dollar rose from 6.45 yesterday, ahead of talks starting today.', '1987-04-07'), [['April 8', '1987-04-08'], ['yesterday', '1987-04-07'], ['today', '1987-04-08']]);
  assert.deepEqual(textsAndValues('MOSCOW, March 16 (Reuters) - The paper said so yesterday.', '1987-03-15'), [['March 16', '1987-03-16'], ['yesterday', '1987-03-15']]);
  // (a date further off is a story's own, not a dateline's time zone)
  assert.deepEqual(textsAndValues('LONDON, March 10 - The plan was approved yesterday.', '1987-03-15'), [['March 10', '1987-03-10'], ['yesterday', '1987-03-14']]);
});

test('"a year before" compares as "a year earlier" does; the month a sentence reports on is not the one it compares with; "a year ago" after a year named in a comparison is the year before it', () => {
  assert.deepEqual(textsAndValues('Jobless in May totalled 1.91 mln people, up from 1.90 mln in April and 1.62 mln a year earlier. February sales were up 46 pct from 4,350,000 dlrs a year before. Sales in January and February rose from a year ago.', '1987-06-20'), [['May', '1987-05'], ['April', '1987-04'], ['a year earlier', '1986-05'], ['February', '1987-02'], ['a year before', '1986-02'], ['January', '1987-01'], ['February', '1987-02'], ['a year ago', '1986']]);
  assert.deepEqual(textsAndValues('Its 1986 profits rose to 1.23 billion dlrs from 777 mln a year ago.', '1987-03-20'), [['1986', '1986'], ['a year ago', '1985']]);
  assert.deepEqual(textsAndValues('It said last November that areas sown fell to 8.25 mln hectares this year, down from 8.84 mln a year ago.', '1987-03-05'), [['last November', '1986-11'], ['this year', '1987'], ['a year ago', '1986']]);
});

test('a month named by its place among contract months ("Near July", "the May/July backwardation") is the coming contract', () => {
  assert.deepEqual(textsAndValues('Near July traded at its session low. The May/July backwardation widened.', '1987-03-20'), [['July', '1987-07'], ['May', '1987-05'], ['July', '1987-07']]);
});

test('a comparison opener belongs to the expression after it: "down from 51 pct during the same month last year and its year-to-date load factor … down from 50 a year ago"', () => {
  assert.deepEqual(textsAndValues('Its February load factor was 49 pct, down from 51 pct during the same month last year and its year-to-date load factor was 49 pct, down from 50 a year ago.', '1987-03-05'), [['February', '1987-02'], ['the same month last year', '1986-02'], ['year-to-date', '1987'], ['a year ago', '1986']]);
});

test('a count with its unit left singular before a noun is an adjective, and the article before it the noun\'s: "the seven year Iran/Iraq war", "its 12 month 1987 sugar import quota"', () => {
  assert.deepEqual(textsAndValues('It was the seven year Iran/Iraq war. It slashed its 12 month 1987 sugar import quota. It rose over the six month to February. Over the past two years it rose.', '1987-03-20'), [['seven year', 'P7Y'], ['12 month', 'P12M'], ['1987', '1987'], ['the six month', 'P6M'], ['February', '1987-02'], ['the past two years', 'P2Y']]);
});

test('"March" and "May" capitalized before the figure a month\'s report gives are the month, and "a year earlier" compares that month: "Comair Inc said March load factor fell … a year earlier"', () => {
  assert.deepEqual(textsAndValues('Comair Inc said March load factor fell to 36.6 pct from 39.8 pct a year earlier. May output was five pct higher.', '1987-04-09'), [['March', '1987-03'], ['a year earlier', '1986-03'], ['May', '1986-05']]);
  // (the verb, the modal and the name stay what they are)
  assert.deepEqual(textsAndValues('Thousands march on the capital. Prices may rise. May said sales rose.', '1987-04-09'), []);
});

test('two ordinals joined before their period are two periods, the first named by its ordinal alone, the article left out as TimeBank does: "the first and second quarters of 1987"', () => {
  assert.deepEqual(textsAndValues('Work is scheduled for the first and second quarters of 1987. Losses widened in the third and fourth quarter of 1986.', '1987-04-08'), [['first', '1987-Q1'], ['second quarters of 1987', '1987-Q2'], ['third', '1986-Q3'], ['fourth quarter of 1986', '1986-Q4']]);
  assert.deepEqual(textsAndValues('It will be the first and only time.', '1987-04-08'), []);
  // (the second is in the first's year, written before the first or not written at all)
  assert.deepEqual(textsAndValues('It hopes to reduce losses sustained in the 1986 first and second quarters. Results depend on costs between the second and fourth quarters.', '1987-04-08'), [['1986 first', '1986-Q1'], ['second quarters', '1986-Q2'], ['second', '1987-Q2'], ['fourth quarters', '1987-Q4']]);
});

test('"until then" is the date the text last set, as precisely as it set it: "in place until July 1988 … any rating change until then"', () => {
  assert.deepEqual(textsAndValues('The rules will remain in place until July 1988. It said any rating change until then would depend on each bank.', '1987-03-19'), [['July 1988', '1988-07'], ['then', '1988-07']]);
  assert.deepEqual(textsAndValues('Edward Davis is retiring June 30 and until then will be vice president.', '1987-03-19'), [['June 30', '1987-06-30'], ['then', '1987-06-30']]);
});

test('"that year" just after "last year" is last year, though the text named another year before: "fought off a takeover bid last year, strengthened its capital during that year"', () => {
  assert.deepEqual(textsAndValues('Profits rose in 1985. The bank fought off a takeover bid last year and strengthened its capital during that year.', '1987-03-24'), [['1985', '1985'], ['last year', '1986'], ['that year', '1986']]);
});

test('two months a hyphen joins in one word are the two ends of a range, each with its own characters: "for April-June delivery", "1986/87 (Oct-Sept)", "in Jan-Dec, 1986"', () => {
  const text = 'About 1.2 mln tonnes was booked for April-June delivery. Corn output during 1986/87 (Oct-Sept) fell. Gold imports in Jan-Dec, 1986, rose. Mid-June, a post-May rally.';
  const timexes = tag(text, '1987-04-08');
  assert.deepEqual(timexes.map((t) => [t.text, t.value]), [['April', '1987-04'], ['June', '1987-06'], ['1986/87', '1986'], ['Oct', '1986-10'], ['Sept', '1987-09'], ['Jan', '1986-01'], ['Dec, 1986', '1986-12'], ['Mid-June', '1987-06']]);
  for (const t of timexes) assert.equal(text.slice(t.start, t.end), t.text);
  // (a bracketed range spells out the year written before it, and starts in it)
  assert.deepEqual(textsAndValues('Mexico will export 1.1 mln head for the 1986/87 season (Aug-July). Soybean output in 1987/88 (Oct-Sept) will rise.', '1987-04-08'), [['1986/87', '1986'], ['Aug', '1986-08'], ['July', '1987-07'], ['1987/88', '1987'], ['Oct', '1987-10'], ['Sept', '1988-09']]);
});

test('the end of a range of months joined by "to" or "through" is in its start\'s year, or the next: "for June to August shipment"', () => {
  assert.deepEqual(textsAndValues('Japanese crushers have bought 214,000 tonnes of Brazilian soybeans and may buy up to 190,000 tonnes more for June to August shipment, trade sources said.', '1987-03-30'), [['June', '1987-06'], ['August', '1987-08']]);
  assert.deepEqual(textsAndValues('Traders sold cargoes for November through January shipment.', '1987-10-02'), [['November', '1987-11'], ['January', '1988-01']]);
});

test('a spelled day after "on" and a month, or after a determiner and a month naming the noun after it, is the day: "will redeem on April eight all its shares", "at its May six annual meeting"', () => {
  assert.deepEqual(textsAndValues('Tenneco said it will redeem on April eight all 2,515,400 outstanding shares. Belo will submit at its May six annual meeting a proposal.', '1987-03-03'), [['April eight', '1987-04-08'], ['May six', '1987-05-06']]);
  // (not a month and then a count, nor the count of a unit joined to it)
  assert.deepEqual(textsAndValues('In April two companies merged. The association said the February three-month average rose.', '1987-03-06'), [['April', '1986-04'], ['February', '1987-02'], ['three-month', 'P3M']]);
});

test('a range of months written with a slash in brackets after a split year is in that year: "in 1987/88 (October/September)"', () => {
  assert.deepEqual(textsAndValues('Soybean imports are forecast to rise to 425,000 tonnes in 1987/88 (October/September) from 300,000 in 1986/87.', '1987-03-02'), [['1987/88', '1987'], ['October', '1987-10'], ['September', '1988-09'], ['1986/87', '1986']]);
  assert.deepEqual(textsAndValues('This compared with deliveries of 24.38 mln tonnes in 1985/86 (August/July).', '1987-03-02'), [['1985/86', '1985'], ['August', '1985-08'], ['July', '1986-07']]);
});

test('a month, or a slash pair of months, bought "for" its shipment is still to come, whatever the tense: "bought U.S. corn last week for July/September shipment"', () => {
  assert.deepEqual(textsAndValues('Japanese makers actively bought U.S. corn last week for July/September shipment.', '1987-03-30'), [['last week', '1987-W13'], ['July', '1987-07'], ['September', '1987-09']]);
  assert.deepEqual(textsAndValues('The week has seen good demand for Thai raws, particularly for October/December shipment. India bought sugar for late July/August shipment.', '1987-03-13'), [['October', '1987-10'], ['December', '1987-12'], ['late July', '1987-07'], ['August', '1987-08']]);
  // (a month's shipments told as figures stay in the past)
  assert.deepEqual(textsAndValues('October shipments were down 5 pct.', '1987-03-13'), [['October', '1986-10']]);
});

test('a slash range read with its end before its start is put in order: ahead when bought "for" or priced "at", back when reported on', () => {
  assert.deepEqual(textsAndValues('Fishmeal sold at 640 marks for spot and between 630 and 640 marks for April/Dec.', '1987-03-09'), [['April', '1987-04'], ['Dec.', '1987-12']]);
  assert.deepEqual(textsAndValues('The figures do not tally due to rounding. In July/September, domestic demand contributed one percentage point.', '1987-03-17'), [['July', '1986-07'], ['September', '1986-09']]);
  // (a range in order is left as read)
  assert.deepEqual(textsAndValues('Sales in January/February rose 5 pct.', '1987-03-17'), [['January', '1987-01'], ['February', '1987-02']]);
});

test('a year before a singular noun ending in "us" or "is" is the year, not a count: "showed a 1986 surplus", "notes due 1991 plus 300 shares"', () => {
  assert.deepEqual(textsAndValues('The trade balance showed a 1986 surplus of 33.2 billion crowns. It would exchange notes due 1991 plus 300 common shares.', '1987-03-03'), [['1986', '1986'], ['1991', '1991']]);
  // (a count before a plural stays a count)
  assert.deepEqual(textsAndValues('It sold 1500 buses and 2000 shares.', '1987-03-03'), []);
});

test('a quarter or half closed by a date is in its year: "for the third quarter ended Sept 30, 1986", "the quarter ending March 31, 1987", "the quarter ended December 31"', () => {
  assert.deepEqual(textsAndValues('For the third quarter ended Sept 30, 1986, Zenith reported a loss. It expects losses for the quarter ending March 31, 1987.', '1987-03-03'), [['the third quarter', '1986-Q3'], ['Sept 30, 1986', '1986-09-30'], ['the quarter', '1987-Q1'], ['March 31, 1987', '1987-03-31']]);
  // (without the year, a period "ended" at a date in it is in the last year the date has passed, or the one about to close)
  assert.deepEqual(textsAndValues('Zenith reported a loss for the third quarter ended Sept 30. Unemployment was 3.9 pct in the quarter ended December 31. Ashland expects good results for the quarter ended March 31.', '1987-03-16'), [['the third quarter', '1986-Q3'], ['Sept 30', '1986-09-30'], ['the quarter', '1986-Q4'], ['December 31', '1986-12-31'], ['the quarter', '1987-Q1'], ['March 31', '1987-03-31']]);
  // (a date "ended" a few weeks ahead is the one about to close, unless the period's words put it a year back)
  assert.deepEqual(textsAndValues('It expects a drop in earnings for the year ended April 28. In last year\'s first quarter ended April 30, CompuTrac earned 379,000 dlrs.', '1987-04-13').slice(-2), [["last year's first quarter", '1986-Q1'], ['April 30', '1986-04-30']]);
  // (a fiscal quarter, whose date lies outside the calendar quarter of its name, is read as before)
  assert.deepEqual(textsAndValues('Profit rose in the fourth quarter ended Jan 31.', '1987-03-16'), [['the fourth quarter', '1986-Q4'], ['Jan 31', '1987-01-31']]);
});

test('"compared with" marks the side compared, not a past verb of the clause: "plans to build 485,000 cars in the April-June period, compared with 497,000 a year ago"', () => {
  // (the year back is the range's quarter a year back, since the range names one: 1986-Q2, no longer only 1986)
  assert.deepEqual(textsAndValues('The paper said Ford plans to build 485,000 cars in the April-June period, compared with 497,000 a year ago.', '1987-03-02'), [['April', '1987-04'], ['June', '1987-06'], ['a year ago', '1986-Q2']]);
  // (a month reported on stays in the past)
  assert.deepEqual(textsAndValues('Sales in January rose 5 pct, compared with a year ago.', '1987-03-02'), [['January', '1987-01'], ['a year ago', '1986-01']]);
});

test('a month a cargo is booked up "to", and a crude traded by its month, are still to come: "cocoa afloat through to December shipment", "August Dubai was discussed"', () => {
  assert.deepEqual(textsAndValues('Offers can be for cocoa afloat through to December shipment and spot to December arrival.', '1987-06-02'), [['December', '1987-12'], ['December', '1987-12']]);
  assert.deepEqual(textsAndValues('August Dubai was discussed in cautious early activity at 17.60 dlrs.', '1987-06-29'), [['August', '1987-08']]);
  // (the end of a range takes its start's year)
  assert.deepEqual(textsAndValues('The premium was down from 13.80 for the last May to September shipment.', '1987-03-02'), [['last May', '1986-05'], ['September', '1986-09']]);
});

test('a month joined by a slash to another is a month, short or ambiguous ("Aug/Sept", "(November/March)"), and a pair a market prices is still to come: "Aug/Sept at 2,400 dlrs"', () => {
  assert.deepEqual(textsAndValues('The official press had estimated the 1986/87 sugar crop (November/March) at 4.82 mln tonnes.', '1987-06-02'), [['1986/87', '1986'], ['November', '1986-11'], ['March', '1987-03']]);
  assert.deepEqual(textsAndValues('Liquor sales were limited with March/April selling at 2,325 dlrs, June/July at 2,375 dlrs and at 1.25 times New York July, Aug/Sept at 2,400 dlrs.', '1987-02-26'), [['March', '1987-03'], ['April', '1987-04'], ['June', '1987-06'], ['July', '1987-07'], ['July', '1987-07'], ['Aug', '1987-08'], ['Sept', '1987-09']]);
  assert.deepEqual(textsAndValues('Exporters sold 340,000 tonnes of hard red winter wheat for various May/Aug shipments.', '1987-03-11'), [['May', '1987-05'], ['Aug', '1987-08']]);
  // (a period reported on stays in the past; "Jan Kavan" and "Dec" alone are no months)
  assert.deepEqual(textsAndValues('Other economists said the 0.8 pct growth registered in Oct/Dec may have been inflated. Jan Kavan spoke.', '1987-03-17'), [['Oct', '1986-10'], ['Dec', '1986-12']]);
});

test('a month with an edge takes the year written after a comma: "set in mid-November, 1985"', () => {
  assert.deepEqual(textsAndValues('The index beat the previous record of 325.31 set in mid-November, 1985.', '1987-04-27'), [['mid-November, 1985', '1985-11']]);
  assert.deepEqual(textsAndValues('In mid-November, 1,500 people left.', '1987-04-27'), [['mid-November', '1986-11']]);
});

test('the months of a quoted slash pair are each the coming month of its name, in a spread table as in a quote: "Dec/Jan 6-3/4 under", "Jul/May 3-1/4 over", "Sep/Dec no quote"', () => {
  assert.deepEqual(textsAndValues('MONTHS LAST DIFFERENCE Jul/May 3-1/4 over Nov/Jan 6-3/4 under Sep/Dec no quote Jul/Aug even', '1987-04-07'), [['Jul', '1987-07'], ['May', '1987-05'], ['Nov', '1987-11'], ['Jan', '1988-01'], ['Sep', '1987-09'], ['Dec', '1987-12'], ['Jul', '1987-07'], ['Aug', '1987-08']]);
  assert.deepEqual(textsAndValues('Sellers offered meal for spot and May/Dec between 655 and 660 marks.', '1987-04-07'), [['May', '1987-05'], ['Dec', '1987-12']]);
});

test('a slash range in brackets after a hyphenated split year is in it: "from the 1985-86 (November/March) crop"', () => {
  const values = textsAndValues('Egypt invited tenders for 15,000 tonnes of rice from the 1985-86 (November/March) crop.', '1987-04-21');
  assert.deepEqual(values.slice(-2), [['November', '1985-11'], ['March', '1986-03']]);
});

test('"since" opening a clause whose subject is the expression is a cause, no start: "since Easter falls late in April this year"', () => {
  assert.deepEqual(textsAndValues('March sales may not increase at the same rate, since Easter falls late in April this year. Sales have risen since Easter.', '1987-03-09'), [['March', '1987-03'], ['Easter', '1987-04-19'], ['late in April this year', '1987-04'], ['Easter', '1986-03-30']]);
});

test('a slash pair bought "for" in a market report is still to come, unless a year names it: "210,000 tonnes of soft red winter for Aug/Sept"', () => {
  assert.deepEqual(textsAndValues('Exporters sold 210,000 tonnes of soft red winter for Aug/Sept, the exporters said.', '1987-03-11'), [['Aug', '1987-08'], ['Sept', '1987-09']]);
});

test('"a year before" in the sentence after a month reported on, naming no other month, is that month a year back: "Comair said February load factor fell ... The company said revenue passenger miles rose ... from 9,962,399 a year before"', () => {
  assert.deepEqual(textsAndValues('Comair Inc said February load factor fell to 34.6 pct from 38.0 pct a year before. The company said revenue passenger miles rose 9.5 pct to 10.9 mln from 9,962,399 a year before.', '1987-03-09'), [['February', '1987-02'], ['a year before', '1986-02'], ['a year before', '1986-02']]);
  // (not a month told of in passing months back, nor across another month named, but for a further side after it)
  assert.deepEqual(textsAndValues('Araskog had told analysts last July that the company would buy back stock. Operating income rose to 454 mln dlrs from 297 mln dlrs a year ago.', '1987-03-03').slice(-1), [['a year ago', '1986']]);
  assert.deepEqual(textsAndValues('Exports rose in February. The deficit rose from 1.30 billion a year earlier to 2.65 billion in December.', '1987-03-27').slice(1, 2), [['a year earlier', '1986']]);
  assert.deepEqual(textsAndValues('Exports rose in February. The deficit rose to 2.65 billion dlrs from 1.30 billion a year earlier but was down from 7.04 billion in December.', '1987-03-27').slice(1, 2), [['a year earlier', '1986-02']]);
});

test('a possessive determines "fiscal year" as "the" does, left outside as TimeBank leaves it: "for its fiscal year ended July 31", "the first nine weeks of its fiscal year"', () => {
  assert.deepEqual(textsAndValues('For its fiscal year ended July 31, Caesars World reported net income of 5 mln dlrs. Sales for the first nine weeks of its fiscal year rose.', '1987-03-09'), [['fiscal year', 'P1Y'], ['July 31', '1986-07-31'], ['the first nine weeks', 'P9W'], ['fiscal year', '1987']]);
  // (not the kind of year a company keeps)
  assert.deepEqual(textsAndValues('Tofutti Brands Inc said it is changing its fiscal year to a calendar year.', '1987-03-16'), []);
});

test('a half of another period than a year is no half of one: "the second half of a two-week statement period", "the first half of the 1985/86 season"', () => {
  assert.deepEqual(textsAndValues('The week was the second half of a two-week statement period. Usage fell from 1.6 mln in the first half of the 1985/86 season.', '1987-03-02'), [['two-week', 'P2W'], ['1985/86', '1985']]);
  // (halves of a year stay)
  assert.deepEqual(textsAndValues('Profit rose in the first half of the year and in the second half of fiscal 1986.', '1987-03-02'), [['the first half of the year', '1987-H1'], ['the second half of fiscal 1986', '1986-H2']]);
});

test('a half of a decade written "1980\'s" is the decade, as "the last half of the \'80s" is: "the first half of the 1980\'s"', () => {
  assert.deepEqual(textsAndValues("The cost escalation of the first half of the 1980's will reverse.", '1987-03-17'), [["the first half of the 1980's", '198']]);
});

test('a feast a few weeks ahead, told of in the past, is the coming one whose season is under way: "March sales were due to a late Easter", written in April 1987', () => {
  assert.deepEqual(textsAndValues("U.S. retailers' lackluster March sales were due to a late Easter. Easter ham business was completed this week.", '1987-04-09'), [['March', '1987-03'], ['late Easter', '1987-04-19'], ['Easter', '1987-04-19'], ['this week', '1987-W15']]);
  // (further off, the last one)
  assert.deepEqual(textsAndValues('Sales were strong at Easter.', '1987-06-09'), [['Easter', '1987-04-19']]);
  assert.deepEqual(textsAndValues('Sales were strong at Christmas.', '1987-06-09'), [['Christmas', '1986-12-25']]);
});

test('the year a report closes is the one "the year earlier" counts from: "a net loss for the year ended December 31 compared to a profit in the year earlier", written in February 1987', () => {
  assert.deepEqual(textsAndValues('Coleco reported a net loss of 111.2 mln dlrs for the year ended December 31 compared to a profit of 64.2 mln dlrs in the year earlier.', '1987-02-26').slice(-1), [['the year earlier', '1985']]);
  assert.deepEqual(textsAndValues('Revenue fell to 756.9 mln dinars in the year ended September 4, 1986, from 1,001.4 mln the previous year.', '1987-03-30').slice(-1), [['the previous year', '1985']]);
  // (a week closed moves no year)
  assert.deepEqual(textsAndValues('Claims rose in the week ended February 28 from the previous week and were above the year before.', '1987-03-12').slice(-1), [['the year before', '1986']]);
});

test('an index\'s base year sets no year for what follows: "the index, base 1963, stood at 166 after up four pct from the 159 recorded the previous year"', () => {
  assert.deepEqual(textsAndValues('For the full year 1986 the index, base 1963, stood at 166 after up four pct from the 159 recorded the previous year.', '1987-03-09').slice(-1), [['the previous year', '1985']]);
});

test('a period compared after a span of months its sentence reported on is the year before that span\'s, not a quarter: "sales for the first six months of the year … the same period last year"', () => {
  assert.deepEqual(textsAndValues('Sales for the second qtr ended Feb 28 rose. The company said sales for the first six months of the year were 242.0 mln dlrs, more than 15 pct above the 210.1 mln dlrs reported in the same period last year.', '1987-03-09').slice(-1), [['the same period last year', '1986']]);
  assert.deepEqual(textsAndValues('Output grew 1.1 pct over the first nine months of last year compared with a decline of 0.1 pct in the corresponding period.', '1987-03-09').slice(-1), [['the corresponding period', '1985']]);
  // (a span of three months is a quarter's)
  assert.deepEqual(textsAndValues('Net income rose 42 pct in the first quarter of this year. Net income for the first three months of 1987 was 2.84 mln dlrs compared to two mln dlrs over the same period last year.', '1987-04-20').slice(-1), [['the same period last year', '1986-Q1']]);
});

test('a period compared that names its year after "of" is that year: "from 12,194 cars in the comparable period of 1986"', () => {
  assert.deepEqual(textsAndValues('For the year-to-date, U.S. cars sales dropped 45.7 pct to 6,627 from 12,194 cars in the comparable period of 1986, Volkswagen said.', '1987-03-04').filter(([t]) => t.includes('period')), [['the comparable period', '1986']]);
});

test('months listed in calendar order take the year the last one names: "in May, June and September of that year", "May, June and September 1989", "January, February and March last year"', () => {
  assert.deepEqual(textsAndValues('The first is due for delivery in April 1989 with the others arriving in May, June and September of that year.', '1987-02-26'), [['April 1989', '1989-04'], ['May', '1989-05'], ['June', '1989-06'], ['September of that year', '1989-09']]);
  assert.deepEqual(textsAndValues('The others arrive in May, June and September 1989.', '1987-02-26'), [['May', '1989-05'], ['June', '1989-06'], ['September 1989', '1989-09']]);
  assert.deepEqual(textsAndValues('Others came in May, June and September of 1985.', '1987-02-26').map(([, v]) => v), ['1985-05', '1985-06', '1985-09']);
  assert.deepEqual(textsAndValues('Sales in January, February and March last year fell.', '1987-06-26').map(([, v]) => v), ['1986-01', '1986-02', '1986-03']);
  // (not out of calendar order)
  assert.deepEqual(textsAndValues('Sales in November, February and March 1988 will rise.', '1987-06-26').map(([, v]) => v)[0], '1987-11');
});

test('a year back opening its sentence counts from the year that framed the sentence before: "In 1985, … nations produced 28 mln tonnes. A year earlier, they had produced 800,000 more"', () => {
  assert.deepEqual(textsAndValues('In 1985, the latest year for which full figures are available, Latin American nations produced 28 mln tonnes. A year earlier, they had produced 800,000 more.', '1987-03-18'), [['1985', '1985'], ['A year earlier', '1984']]);
  // ("ago" counts from the publication)
  assert.deepEqual(textsAndValues('In 1985, the nations produced 28 mln tonnes. A year ago, they produced 800,000 more.', '1987-03-18').slice(-1), [['A year ago', '1986']]);
});

test('a day just ahead after a past verb of a start told as done stays behind: "Seasons for oats, barley began June 1", written in April 1987', () => {
  assert.deepEqual(textsAndValues('Seasons for oats, barley began June 1. He arrived on May 20.', '1987-04-09'), [['June 1', '1986-06-01'], ['May 20', '1986-05-20']]);
  // (a decision about a day just ahead keeps it ahead)
  assert.deepEqual(textsAndValues('It said its board set June 4 as the date for a special meeting.', '1987-04-09'), [['June 4', '1987-06-04']]);
});

test('a bare year after a full date and "and"/"or" is the same day in that year: "Periods end January 31, 1987 and 1986"', () => {
  assert.deepEqual(textsAndValues('NOTE: Periods end January 31, 1987 and 1986, respectively.', '1987-03-04'), [['January 31, 1987', '1987-01-31'], ['1986', '1986-01-31']]);
  assert.deepEqual(textsAndValues('The bond can be called at par on April 15, 1995 or 1996.', '1987-03-17').slice(-1), [['1996', '1996-04-15']]);
  // (not after a year alone)
  assert.deepEqual(textsAndValues('Sales in 1985 and 1986 rose.', '1987-03-04'), [['1985', '1985'], ['1986', '1986']]);
});

test('"the quarter" and "the year" in a results note on the year-ago figures are a year back: "NOTE: Prior year excludes … in the quarter and … in the year"', () => {
  assert.deepEqual(textsAndValues('Oper shr 24 cts vs 19 cts. NOTE: Prior year excludes income from discontinued operations of 19 cts per share in the quarter and 17 cts per share in the year.', '1987-03-17'), [['the quarter', '1985-Q4'], ['the year', '1985']]);
  // (a note on the year reported is not moved)
  assert.deepEqual(textsAndValues('NOTE: 1986 excludes gain of two cts per share in the quarter and four cts per share in the year.', '1987-03-12').filter(([t]) => t.startsWith('the')), [['the quarter', '1986-Q4'], ['the year', '1986']]);
});

test('a bare season joined to a season tagged just before, later in the year, is in its year: "last spring and summer"', () => {
  assert.deepEqual(textsAndValues('McDonnell Douglas and Airbus last spring and summer had discussed jointly developing a plane.', '1987-03-11'), [['last spring', '1986-SP'], ['summer', '1986-SU']]);
});

test('a month naming a figure whose subject "last year" dates is last year\'s month: "End-February reserves last year were 27.58 billion dlrs"', () => {
  assert.deepEqual(textsAndValues('End-February reserves last year were 27.58 billion dlrs. The January surplus last year was 1.19 billion dlrs.', '1987-03-12'), [['End-February', '1986-02'], ['last year', '1986'], ['January', '1986-01'], ['last year', '1986']]);
  // (not a side compared with)
  assert.deepEqual(textsAndValues('The index rose in February from 176.1 last year.', '1987-03-12')[0], ['February', '1987-02']);
});

test('an aside opened by a passive participle and closed right after the expression is past, whatever the main clause says: "policies, introduced in Japan in October, look set to report"', () => {
  assert.deepEqual(textsAndValues('Companies offering variable life insurance policies, introduced in Japan in October, look set to report sparkling results.', '1987-06-01'), [['October', '1986-10']]);
  assert.deepEqual(textsAndValues('The vote on a petition, signed by several hundred members in February, that would bar dual trading is due.', '1987-04-08'), [['February', '1987-02']]);
  // (not the main verb after a subject set off by commas)
  assert.deepEqual(textsAndValues('The president, announced American troops would leave Syria in October, during a speech in Ohio.', '2018-03-30'), [['October', '2018-10']]);
});

test('a wire clock offered before another with its zone is a clock, not a year: "held open until about 2000 or 2100 EST"', () => {
  assert.deepEqual(textsAndValues('The wires had to be held open until about 2000 or 2100 EST on both days.', '1987-02-26'), [['about 2000', '1987-02-26T20:00'], ['2100 EST', '1987-02-26T21:00']]);
  // (years offered stay years)
  assert.deepEqual(textsAndValues('Sales in 1985 or 1986 rose.', '1987-02-26'), [['1985', '1985'], ['1986', '1986']]);
});

test('a quarter of this year still to begin, told of in the past, is no sign a results story is on this year: "debt was reduced from the third quarter to the end of the year … In the year, operating profit was 791 mln dlrs"', () => {
  const values = textsAndValues('The company released its audited 1986 results. Its long term debt was reduced from the third quarter to the end of the year. In the year, operating profit was 791 mln dlrs compared to a loss of 253 mln dlrs in 1985.', '1987-03-05');
  assert.deepEqual(values.filter(([t]) => /year/.test(t)), [['the end of the year', '1986'], ['the year', '1986']]);
});

test('"current" before a quarter\'s number is this year\'s quarter, however the clause looks: "He said current third quarter results would be similar"', () => {
  assert.deepEqual(textsAndValues('The company released its 1986 results. He said current third quarter results would be similar.', '1987-03-16').slice(-1), [['current third quarter', '1987-Q3']]);
});

test('a habit goes on into a participle after a comma: "The main rains normally last between May and July, before returning again in September/October"', () => {
  assert.deepEqual(textsAndValues('The main rains normally last between May and July, before returning again in September/October.', '1987-06-15').map(([, v]) => v), ['XXXX-05', 'XXXX-07', 'XXXX-09', 'XXXX-10']);
  // (a comma that opens another clause still closes it)
  assert.deepEqual(textsAndValues('The rains normally last between May and July, but they returned in September.', '1987-06-15').map(([, v]) => v).slice(-1), ['1986-09']);
});

test('a slash pair of months after a price and "for" is quoted, each the coming month: "Cake sales were registered at 785 to 995 dlrs for March/April"', () => {
  assert.deepEqual(textsAndValues('Cake sales were registered at 785 to 995 dlrs for March/April and 0.39 times New York Dec for Oct/Dec.', '1987-02-26').map(([, v]) => v), ['1987-03', '1987-04', '1987-10', '1987-12']);
  assert.deepEqual(textsAndValues('Barley sold at 123 stg per tonne. This compared with 124 paid for April yesterday and 125 for May/June.', '1987-04-03').map(([, v]) => v).slice(-2), ['1987-05', '1987-06']);
});

test('"the year ago first quarter" written apart and "the previous fourth quarter" are one expression, the quarter a year back', () => {
  assert.deepEqual(textsAndValues('The first quarter will be hurt by the consolidation. For the year ago first quarter, the company reported a profit of 100,000 dlrs.', '1987-04-09').slice(-1), [['the year ago first quarter', '1986-Q1']]);
  assert.deepEqual(textsAndValues('Net income in the fourth quarter of 1986 fell. It earned 585,000 dlrs in the previous fourth quarter.', '1987-03-05').slice(-1), [['the previous fourth quarter', '1985-Q4']]);
});

test('"more than" right after an amount compares the amount and stays outside: "some 300,000 more than a year earlier", "eight points more than a month earlier"', () => {
  assert.deepEqual(textsAndValues('The end-1986 number of jobless was reported at a record 2.7 million, some 300,000 more than a year earlier.', '1987-03-16'), [['end-1986', '1986'], ['a year earlier', '1985']]);
  assert.deepEqual(textsAndValues('The poll gave Labour a lead of eight points more than a month earlier.', '1987-06-29'), [['a month earlier', '1987-05']]);
  // (a bound on a length keeps its words)
  assert.deepEqual(textsAndValues('The rates for 30 to less than 60 days were unquoted. He has lived there more than a year.', '1987-02-26').map(([t]) => t), ['less than 60 days', 'more than a year']);
});

test('"a year earlier" after a season\'s split label is the season before, valued by its first year: "1986/87 group net profit fell 42.5 pct from a year earlier"', () => {
  assert.deepEqual(textsAndValues('Toshiba said that 1986/87 group net profit fell 42.5 pct from a year earlier.', '1987-06-01').slice(-1), [['a year earlier', '1985']]);
  // (the ends of a range in brackets report on no month)
  assert.deepEqual(textsAndValues('The press had estimated the 1986/87 sugar crop (November/March) at 4.82 mln tonnes, down from 5.2 mln a year earlier.', '1987-06-02').slice(-1), [['a year earlier', '1985']]);
  // (a month after a dateline's dash still reports)
  assert.deepEqual(textsAndValues('CHICAGO, March 2 - February volume declined 14 pct. Volume in bond futures fell 17.5 pct from a year ago.', '1987-03-02').slice(-1), [['a year ago', '1986-02']]);
});

test('a wire dateline\'s day does not keep the month its sentence reports on from being alone: "WASHINGTON, June 1 - … load factor for April … in the year-ago period"', () => {
  assert.deepEqual(textsAndValues('WASHINGTON, June 1 - Presidential Airways Inc said its load factor for April was 43.8 pct compared with 44.6 pct in the year-ago period.', '1987-06-01').slice(-1), [['the year-ago period', '1986-04']]);
  // (two months in the sentence span more than one)
  assert.deepEqual(textsAndValues('WASHINGTON, June 1 - Sales in January and February rose from the year-ago period.', '1987-06-01').slice(-1), [['the year-ago period', '1986']]);
});

test('"the quarter" and "the year" in a results note opened by a year are that year\'s; the nearest note, on its own indented line, counts', () => {
  const table = 'Shr 95 cts vs 36 cts\n    Net 9,100,000 vs 3,300,000\n    NOTE: 1987 earnings include a gain of 11 cts a share in the quarter\n    1986 earnings include a loss of 10 cts a share in the quarter and a gain of 19 cts a share for the year';
  assert.deepEqual(textsAndValues(table, '1987-10-19').filter(([t]) => t.startsWith('the')), [['the quarter', '1987-Q3'], ['the quarter', '1986-Q3'], ['the year', '1986']]);
});

test('a Greenwich clock restating an American evening one, at an earlier hour, is on the next day: "on Thursday at 2000 EST (0100 GMT)"', () => {
  assert.deepEqual(textsAndValues('Reagan will hold a news conference on Thursday at 2000 EST (0100 GMT).', '1987-03-17').slice(1), [['2000 EST', '1987-03-19T20:00'], ['0100 GMT', '1987-03-20T01:00']]);
  // (a morning one is the same day)
  assert.deepEqual(textsAndValues('It opens at 0900 EST (1400 GMT).', '1987-03-17'), [['0900 EST', '1987-03-17T09:00'], ['1400 GMT', '1987-03-17T14:00']]);
});

test('a year back compared with a half its sentence named is that half a year back: "For the first half of fiscal 1987, it reported a profit, compared to a year earlier loss"', () => {
  assert.deepEqual(textsAndValues('The quarter was weak. For the first half of fiscal 1987, it reported a profit of 42,000 dlrs, compared to a year earlier loss of 294,000 dlrs.', '1987-04-09').slice(-1), [['a year earlier', '1986-H1']]);
});

test('a month before a good is no contract when a figure\'s noun or a title follows the good: "January wheat exports comprised", "the AWB\'s February Wheat Australia publication"', () => {
  assert.deepEqual(textsAndValues('January wheat exports comprised 251,000 tonnes. The AWB\'s February Wheat Australia publication put the crop at 16.7 mln tonnes.', '1987-03-05').map(([, v]) => v), ['1987-01', '1987-02']);
  // (a contract stays one)
  assert.deepEqual(textsAndValues('The September wheat contract rose 2 cents.', '1987-03-05').map(([, v]) => v), ['1987-09']);
});

test('a street number before the street\'s name is no year: "going on at 1600 Pennsylvania Avenue"', () => {
  assert.deepEqual(textsAndValues('There is record-keeping going on at 1600 Pennsylvania Avenue.', '1987-03-04'), []);
  assert.deepEqual(textsAndValues('In 1600 Spain ruled the seas.', '1987-03-04'), [['1600', '1600']]);
});

test('a weekday\'s possessive after "until after" lies ahead unless the clause is past: "would announce its decision until after Thursday\'s cabinet meeting"', () => {
  assert.deepEqual(textsAndValues('It was unlikely the government would announce its decision until after Thursday\'s cabinet meeting.', '1987-06-01'), [['Thursday', '1987-06-04']]);
  assert.deepEqual(textsAndValues('The board did not decide until after Thursday\'s meeting.', '1987-06-01'), [['Thursday', '1987-05-28']]);
});

test('"current" before a term of accounts or of nominal money is no time: "reclassified as a current liability", "a current external deficit", "in current dollars"', () => {
  assert.deepEqual(textsAndValues('The debt was reclassified as a current liability. Australia had a current external deficit. Prices would be 33 dlrs in current dollars.', '1987-04-09'), []);
  // (the present's rate stays one)
  assert.deepEqual(textsAndValues('He was satisfied with the current dollar/mark exchange rate.', '1987-06-01'), [['current', 'PRESENT_REF']]);
});

test('a month, quarter or week compared that names its year after it is that year\'s: "against 109,250 tonnes in the same month of 1985", "the same quarter of of 1986"', () => {
  assert.deepEqual(textsAndValues('Shipments during November 1986 amounted to 138,257 tonnes, against 109,250 tonnes in the same month of 1985.', '1987-03-13').slice(1, 2), [['the same month', '1985-11']]);
  assert.deepEqual(textsAndValues('Turnover fell in the fourth quarter. Exports accounted for 65.3 pct of turnover in the quarter against 66.4 pct in the same quarter of 1985.', '1987-03-02').slice(2, 3), [['the same quarter', '1985-Q4']]);
  assert.deepEqual(textsAndValues('Grind rose to 55,190 tonnes in the first quarter of 1987 from 53,643 tonnes in the same quarter of of 1986.', '1987-04-13').slice(1, 2), [['the same quarter', '1986-Q1']]);
  // (a period is the year it names, "in" as "of")
  assert.deepEqual(textsAndValues('Available miles totaled 1.32 billion, up from 761.7 mln for the comparable period in 1986.', '1987-03-06').slice(0, 1), [['the comparable period', '1986']]);
  // (no year after it, the month the text is on)
  assert.deepEqual(textsAndValues('Shipments during November 1986 rose from the same month in Britain.', '1987-03-13').slice(1), [['the same month', '1986-11']]);
});

test('"the year" after the one year its sentence named is that year: "68 mln dlrs for the full year 1986 on revenues of 52 mln dlrs for the year"', () => {
  assert.deepEqual(textsAndValues('It expects to report losses of 68 mln dlrs for the full year 1986 on revenues of 52 mln dlrs for the year.', '1987-03-03').slice(-1), [['the year', '1986']]);
  assert.deepEqual(textsAndValues('He sees 1988 earnings of 3.35 dlrs a share, up from an earlier forecast of three dlrs for the year.', '1987-03-16').slice(-1), [['the year', '1988']]);
  // (not after two years, nor after a title's)
  assert.deepEqual(textsAndValues('Prices would rise in 1987, after they declined in 1986, and all five predicted an average increase over the year of 0.5 pct.', '1987-04-08').slice(-1), [['the year', '1987']]);
  assert.deepEqual(textsAndValues('The Tax Reform Act of 1986 has limited its flexibility, and trustees will consider dividend increases only during the later quarters of the year.', '1987-03-04').slice(-1), [['the year', '1987']]);
});

test('the last quarter with its year after it and the final quarter with its year between are the fourth: "from 47.2 mln bpd in last quarter 1986", "109.8 in the final 1985 quarter"', () => {
  assert.deepEqual(textsAndValues('Supply fell to 45.2 mln bpd from 47.2 mln bpd in last quarter 1986.', '1987-04-10'), [['last quarter 1986', '1986-Q4']]);
  assert.deepEqual(textsAndValues('The index was 111.6 in the third quarter of 1986 and 109.8 in the final 1985 quarter.', '1987-03-20').slice(-1), [['the final 1985 quarter', '1985-Q4']]);
  assert.deepEqual(textsAndValues('It fell in last quarter of 1986.', '1987-04-10'), [['last quarter of 1986', '1986-Q4']]);
  // (with no year, the quarter before the one the text is in)
  assert.deepEqual(textsAndValues('Sales rose last quarter.', '1987-04-10'), [['last quarter', '1987-Q1']]);
});

test('a futures report\'s month that opens a clause with its price, pairs with a contract month or stands alone as the contract is the coming one: "and November closed at 6.23 dlrs", "the October and December contracts", "because the March has been acting"', () => {
  const values = (text: string, dct: string) => textsAndValues(text, dct).map(([, v]) => v);
  assert.deepEqual(values('Soybean futures set highs for delivery after the harvest. All months set life-of-contract highs and November closed at 6.23 dlrs a bushel.', '1987-06-15'), ['1987-11']);
  assert.deepEqual(values('Hog futures fell. Discounts in the October and December contracts take into consideration a larger herd.', '1987-04-01'), ['1987-10', '1987-12']);
  assert.deepEqual(values('Soybean futures fell. They have been bailing out this week because the March has been acting weak.', '1987-02-26'), ['1987-W09', '1987-03']);
  assert.deepEqual(values('Shares fell. June 90 day bank bills rose to 85.23.', '1987-04-07'), ['1987-06', 'P90D']);
  // (a statistics report's month stays the one gone by)
  assert.deepEqual(values('Output fell, and October was down 0.5 pct.', '1987-04-01'), ['1986-10']);
});

test('two months a slash joins, read a year or more apart, are one period in the start\'s year: "The January/February employment statistics suggest the Gross National Product will grow"', () => {
  assert.deepEqual(textsAndValues('The January/February employment statistics suggest the Gross National Product will grow.', '1987-03-24'), [['January', '1987-01'], ['February', '1987-02']]);
  // (a pair that ends before it starts still goes back at its start)
  assert.deepEqual(textsAndValues('In July/September, domestic demand contributed 1.2 points.', '1987-03-24'), [['July', '1986-07'], ['September', '1986-09']]);
});

test('a hyphenated range of months read to start after it ends starts the last such month before its end: "to review performance in the January-June period", "the current 1986/87 October-September season"', () => {
  assert.deepEqual(textsAndValues('An IMF mission would visit here in July or August to review performance in the January-June period.', '1987-06-02').slice(2), [['January', '1987-01'], ['June', '1987-06']]);
  assert.deepEqual(textsAndValues('Production will rise in the October-September season.', '1987-03-09'), [['October', '1986-10'], ['September', '1987-09']]);
  // (one in order stays)
  assert.deepEqual(textsAndValues('Shipments for April-June delivery were booked.', '1987-03-09'), [['April', '1987-04'], ['June', '1987-06']]);
});

test('a modal that looks ahead through "have" as a verb, through "not", or through a passive before a weekday\'s possessive puts the weekday ahead: "should have a neutral impact on prices Monday", "might not be verified in Tuesday\'s report"', () => {
  assert.deepEqual(textsAndValues('The plan should have a neutral impact on prices Monday, traders said.', '1987-03-27'), [['Monday', '1987-03-30']]);
  assert.deepEqual(textsAndValues('Prices may not recover on Monday, traders said.', '1987-03-27'), [['Monday', '1987-03-30']]);
  assert.deepEqual(textsAndValues('Cotton specialists said their expectations might not be verified in Tuesday\'s planting intentions report.', '1987-03-27'), [['Tuesday', '1987-03-31']]);
  // (a perfect looks back, and so does a past passive)
  assert.deepEqual(textsAndValues('The plan should have been approved on Monday, traders said.', '1987-03-27'), [['Monday', '1987-03-23']]);
  assert.deepEqual(textsAndValues('Their expectations were verified in Tuesday\'s report.', '1987-03-27'), [['Tuesday', '1987-03-24']]);
});

test('a dateline up to four days before the feed\'s date is the story\'s day: "TAIPEI, April 11 - … the ministry sent a proposal today", stamped Monday April 13', () => {
  assert.deepEqual(textsAndValues('TAIPEI, April 11 - The ministry sent a proposal today to the cabinet. Its leader told reporters last night he was leaving.', '1987-04-13'), [['April 11', '1987-04-11'], ['today', '1987-04-11'], ['last night', '1987-04-10TNI']]);
  // (one further back is another day's news retold: the feed's date stays the anchor)
  assert.deepEqual(textsAndValues('TAIPEI, April 3 - The ministry sent a proposal today.', '1987-04-13').slice(1), [['today', '1987-04-13']]);
});

test('a dateline\'s lower-case "march" or "may" before its day and dash is a date: "Mexico city, march 18 - mexico\'s proven reserves"', () => {
  assert.deepEqual(textsAndValues("Mexico city, march 18 - mexico's proven reserves of liquid hydrocarbons fell.", '1987-03-18'), [['march 18', '1987-03-18']]);
  // (the verb still is none)
  assert.deepEqual(textsAndValues('Troops march 5 miles - then rest.', '1987-03-18'), []);
});

test('"daily" naming a paper is no time: "the provincial daily said", "Le Soir daily quoted"', () => {
  assert.deepEqual(textsAndValues('The harvest was a record, the provincial daily said. Le Soir daily quoted the bank as saying so.', '1987-06-02'), []);
  // (a frequency stays one)
  assert.deepEqual(textsAndValues('The carrier will fly three daily flights.', '1987-06-02'), [['daily', 'P1D']]);
});

test('"current" between a results table\'s figures is a Japanese company\'s current profit, no time: "Net 7.72 billion vs 10.38 billion Current 16.81 billion vs 20.84 billion"', () => {
  assert.deepEqual(textsAndValues('Group shr 4.91 yen vs 6.59 Net 7.72 billion vs 10.38 billion Current 16.81 billion vs 20.84 billion. Its forecast is group net 14 billion, current 30 billion and sales 740 billion.', '1987-03-31'), []);
  // (the present's rate stays one)
  assert.deepEqual(textsAndValues('Rates fell to the current 10.5 pct.', '1987-03-31'), [['current', 'PRESENT_REF']]);
});

test('"Sunday" before "circulation" or "edition" is the Sunday paper, no day: "a Sunday circulation of about 30,900"', () => {
  assert.deepEqual(textsAndValues('Gwinnett has a weekday circulation of about 27,500 and a Sunday circulation of about 30,900.', '1987-06-19'), []);
  assert.deepEqual(textsAndValues('The paper sold 30,900 copies on Sunday.', '1987-06-19'), [['Sunday', '1987-06-14']]);
});

test('"the year-ago month" is one expression, the month the text is on a year back: "February volume declined 14 pct from the year-ago month"', () => {
  assert.deepEqual(textsAndValues('February volume declined 14 pct from the year-ago month to 8,191,266 contracts.', '1987-03-02'), [['February', '1987-02'], ['the year-ago month', '1986-02']]);
});

test('a month before a good and a report\'s or a count\'s noun is no contract: "May cattle marketings were off", "its April cocoa market report"', () => {
  assert.deepEqual(textsAndValues('Gill and Duffus said in its April cocoa market report the crop was large. Placements rose, and May cattle marketings were off 93 pct.', '1987-06-15').map(([, v]) => v), ['1987-04', '1987-05']);
});

test('a month\'s figure told of with a future verb is the month gone by this year: "The overall January deficit of 14.8 billion dlrs will be revised", in April', () => {
  assert.deepEqual(textsAndValues('The overall January deficit of 14.8 billion dlrs will be revised. The January trade figures will be released next week.', '1987-04-13').map(([, v]) => v), ['1987-01', '1987-01', '1987-W17']);
  // (a month still to come stays this year's, and a plain month the future puts ahead)
  assert.deepEqual(textsAndValues('The September deficit will narrow, analysts said. He will retire in January.', '1987-04-13').map(([, v]) => v), ['1987-09', '1988-01']);
});

test('the start of a range of months joined by "to", read after its end, goes back before it: "to freeze rice export prices from January to early April", in April', () => {
  assert.deepEqual(textsAndValues('Thailand will seek clarification about its decision to freeze rice export prices from January to early April.', '1987-04-27').slice(-2).map(([, v]) => v), ['1987-01', '1987-04']);
});

test('a month on the side a forecast is set against is one gone by: "expected to show a deficit of 13 billion dlrs, from a provisional 14.8 billion in January", in April', () => {
  assert.deepEqual(textsAndValues('The figures are expected to show a deficit of 13 billion dlrs, from a provisional 14.8 billion in January.', '1987-04-09'), [['January', '1987-01']]);
  // (a month still ahead stays ahead)
  assert.deepEqual(textsAndValues('The deficit is expected to narrow to 10 billion dlrs in January.', '1987-04-09'), [['January', '1988-01']]);
});

test('"last" and the month just gone is that month a year back, the month just gone being "last month": "up 15.2 pct from last February\'s volume", written in March', () => {
  assert.deepEqual(textsAndValues("Volume rose 15.2 pct from last February's volume. Two helicopters crashed last February.", '1987-03-02').map(([, v]) => v), ['1986-02', '1986-02']);
  // (an earlier month is the latest of its name, and "the last March week" is that month's)
  assert.deepEqual(textsAndValues('Sales rose last January. Holdings fell in the last March week.', '1987-04-03').map(([, v]) => v), ['1987-01', '1987-03']);
});

test('"the coming financial year", said in the year\'s first quarter, is the one that starts this year, named by its first year; the American "fiscal year" is named by its end', () => {
  assert.deepEqual(textsAndValues('The deficit will fall in the coming financial year which starts on April 1. Congress cut the deficit for the coming fiscal year.', '1987-03-21').map(([, v]) => v), ['1987', '1987-04-01', '1988']);
  // (said later in the year, the next one)
  assert.deepEqual(textsAndValues('The deficit will fall in the coming financial year.', '1987-09-21').map(([, v]) => v), ['1988']);
});

test('a dateline that misnames the story\'s day is still of the feed\'s year: "TOKYO, May 18 -", stamped March 18', () => {
  assert.deepEqual(textsAndValues('TOKYO, May 18 - A very strong earthquake struck southwest Japan.', '1987-03-18'), [['May 18', '1987-05-18']]);
});

test('"the year before" and "the previous year" after a year its sentence named are the year before it: "ended 1986 with 639 mln dlrs as compared to 158 mln dlrs the year before"', () => {
  assert.deepEqual(textsAndValues('The company ended 1986 with a cash position of about 639 mln dlrs as compared to 158 mln dlrs the year before.', '1987-03-11'), [['1986', '1986'], ['the year before', '1985']]);
  assert.deepEqual(textsAndValues('Exports in the 1986/87 (Oct-Sept) season are estimated at 2.5 mln tonnes, up 40 pct from the previous year.', '1987-03-03').slice(-1), [['the previous year', '1985']]);
});

test('a later day of a sentence that wrote this year out goes on in it: "between April 8 and August 31, 1987 and ship it by September 30"', () => {
  assert.deepEqual(textsAndValues('It will buy the wheat flour between April 8 and August 31, 1987 and ship it by September 30, the department said.', '1987-04-01').slice(-1), [['September 30', '1987-09-30']]);
  assert.deepEqual(textsAndValues('It extended the export period from September 30, 1987, to December 31.', '1987-03-09').slice(-1), [['December 31', '1987-12-31']]);
});

test('"willing", "ready" or "prepared" before an infinitive looks ahead: "The Commission is willing to convene another Wage Case in October"', () => {
  assert.deepEqual(textsAndValues('The Commission is willing to convene another Wage Case in October.', '1987-03-09'), [['October', '1987-10']]);
  assert.deepEqual(textsAndValues('Most countries are now prepared to wait for the annual September council session.', '1987-04-01').slice(-1), [['September', '1987-09']]);
});

test('"over" after a noun or a verb that does not measure a length is "during", outside the expression: "exports to French firms over eight years"; after a preposition or "has" it is "more than"', () => {
  const found = (text: string) => tag(text, '1987-03-18').map((t) => [t.text, t.value, t.mod ?? '']);
  assert.deepEqual(found('The deal provides for sales to French firms over eight years.'), [['eight years', 'P8Y', '']]);
  assert.deepEqual(found('The talks have been going on for over 20 years.'), [['over 20 years', 'P20Y', 'MORE_THAN']]);
  assert.deepEqual(found('The country has over two months of supplies.'), [['over two months', 'P2M', 'MORE_THAN']]);
  // (a point counted back stays bounded)
  assert.deepEqual(found('The bank was founded over 100 years ago.'), [['over 100 years ago', '1887', 'MORE_THAN']]);
});

test('a year\'s end places the text in its December, whatever month of the year came before: "at end 1986, reduced from 15.6 billion three months earlier"', () => {
  assert.deepEqual(textsAndValues('Debt fell at end-1986 from 419.6 billion at end-September. Debt was seven billion at end 1986, reduced from 15.6 billion three months earlier.', '1987-04-02').slice(-1), [['three months earlier', '1986-09']]);
});

test('"from" before a plain noun names a source, no side compared: "income from operations in its second quarter … lower than in the same year-ago period"', () => {
  assert.deepEqual(textsAndValues('Culp said it expects income from operations in its second quarter ending October 31 to be lower than in the same year-ago period.', '1987-10-19').slice(-1), [['year-ago', '1986-Q2']]);
  // (a side that opens on a possessive stays one)
  assert.deepEqual(textsAndValues('In February, producer prices fell 0.3 pct from January and dropped 4.2 pct from their levels a year earlier.', '1987-03-20').slice(-1), [['a year earlier', '1986-02']]);
});

test('a two-digit decade in talk of prices or readings is a range of figures, no decade: "fell from the mid 30s earlier this month to 22.6 cents", "readings in the middle 30s"', () => {
  assert.deepEqual(textsAndValues('The crush ratio fell from the mid 30s earlier this month to 22.6 cents per bushel today.', '1987-02-26').map(([t]) => t), ['earlier this month', 'today']);
  assert.deepEqual(textsAndValues('The valley may see more moderate readings in the middle 30s.', '1987-04-01'), []);
  // (a decade of history stays one)
  assert.deepEqual(textsAndValues('They saw the futility of it in the 70s.', '1987-04-01'), [['the 70s', '197']]);
});

test('a month abbreviation closing its sentence does not take the next sentence\'s "Last year": "in Indonesia July/Sept. Last year\'s cut"', () => {
  assert.deepEqual(textsAndValues("The impact will be in Indonesia in Sept. Last year's cut will hit this year's yield.", '1987-04-07').map(([t]) => t), ['Sept.', 'Last year', "this year"]);
});

test('"Key June" in a futures report is the coming contract: "Key June ended at 110.68"', () => {
  assert.deepEqual(textsAndValues('Bond futures rose. Key June ended at 110.68 against the 109.93 finish yesterday.', '1987-04-07').slice(0, 1), [['June', '1987-06']]);
});

test('a year back compared after a range of months its sentence named is that range a year back: "in the April-June period, compared with 497,000 a year ago"', () => {
  assert.deepEqual(textsAndValues('Ford has increased its production schedule for the second quarter. Ford plans to build 485,000 cars in the April-June period, compared with 497,000 a year ago.', '1987-03-02').slice(-1), [['a year ago', '1986-Q2']]);
  // (a range that is no quarter, its year before)
  assert.deepEqual(textsAndValues('Exports in the February-June period rose to 9.3 billion dlrs from 6.9 billion a year earlier.', '1987-07-06').slice(-1), [['a year earlier', '1986']]);
});

test('"the same 1986 period" is one expression, valued by its year: "against a deficit of 494 mln dlrs in the same 1986 period"', () => {
  assert.deepEqual(textsAndValues('The trade balance swung to a surplus of 1.1 billion dlrs from a deficit of 494 mln dlrs in the same 1986 period.', '1987-03-20'), [['the same 1986 period', '1986']]);
  // (a quarter so named stays the quarter)
  assert.deepEqual(textsAndValues('Fourth quarter profit rose from the same 1985 quarter.', '1987-03-20').slice(-1), [['the same 1985 quarter', '1985-Q4']]);
});

test('"this time last year", "the same time a year ago" are one expression, the month the text is on a year back', () => {
  assert.deepEqual(textsAndValues('Stocks are lower than at this time last year. Prices are up from this time a year ago.', '1987-03-25'), [['this time last year', '1986-03'], ['this time a year ago', '1986-03']]);
  assert.deepEqual(textsAndValues('Sugar stocks rose at the end of February from 2.50 mln at the same time a year earlier.', '1987-03-24').slice(-1), [['the same time a year earlier', '1986-02']]);
  // (after a side compared dated last year, still last year's)
  assert.deepEqual(textsAndValues('Farmers had sown 15.8 mln ha by April 27, compared with 26.2 mln ha by April 21, 1986. Grains were sown on 6.7 mln ha, compared with 13.1 mln at the same time last year.', '1987-04-29').slice(-1), [['the same time last year', '1986-04']]);
});

test('"N years prior to that" is a point counted back, as "N years before that": "from only 52 mln acres five years prior to that"', () => {
  assert.deepEqual(textsAndValues('Acreage soared to 71.4 mln acres in 1979 from only 52 mln acres five years prior to that.', '1987-03-24'), [['1979', '1979'], ['five years prior', '1974']]);
  // (before a noun, a length still)
  assert.deepEqual(textsAndValues('He needed four years prior notice.', '1987-03-24'), [['four years', 'P4Y']]);
});

test('a day a thing starts on, after a bare "starting" or "beginning", is the coming one unless it began just before: "for the fiscal year beginning Oct. 1", in April', () => {
  assert.deepEqual(textsAndValues('The Treasury is requesting 7.2 billion dlrs for the fiscal year beginning Oct. 1.', '1987-04-01').slice(-1), [['Oct. 1', '1987-10-01']]);
  // (just begun stays behind; "began" tells it as done)
  assert.deepEqual(textsAndValues('OPEC agreed to return to fixed prices starting February 1.', '1987-03-05'), [['February 1', '1987-02-01']]);
  assert.deepEqual(textsAndValues('The season began October 1.', '1987-04-01'), [['October 1', '1986-10-01']]);
});

test('"last month" or "this month" reports on a month as one named: "climbed to 7.38 billion dlrs last month from 4.95 billion in January and 3.89 billion a year ago"', () => {
  assert.deepEqual(textsAndValues('The surplus climbed to 7.38 billion dlrs last month from 4.95 billion in January and 3.89 billion a year ago.', '1987-03-27').slice(-1), [['a year ago', '1986-02']]);
  assert.deepEqual(textsAndValues('The airline flew 987.7 mln revenue passenger miles last month, up 15.6 pct from 854.0 mln a year earlier.', '1987-04-03').slice(-1), [['a year earlier', '1986-03']]);
  // (not a month a report was made in: the month reported on is the one it names)
  assert.deepEqual(textsAndValues('The department reported earlier this month that unemployment had fallen to 5.9 pct in September, compared to seven pct a year ago.', '1987-10-19').slice(-1), [['a year ago', '1986-09']]);
});

test('the month "the year to" closes on is the one "a month earlier" counts from: "In the year to January, inflation ran at 10.24 pct after an 11.3 pct rate a month earlier"', () => {
  assert.deepEqual(textsAndValues('The index fell 0.14 pct in January 1986. In the year to January, inflation ran at 10.24 pct after an 11.3 pct rate a month earlier.', '1987-04-13').slice(-1), [['a month earlier', '1986-12']]);
});

test('a month compared after an amount in words is a side compared too: "down to 0.9 pct from one pct in January and in February 1986 … compared with the previous month"', () => {
  assert.deepEqual(textsAndValues('Unemployment edged down to 0.9 pct from one pct in January and in February 1986, the office said. The number out of work fell 1,142 compared with the previous month.', '1987-03-16').slice(-1), [['the previous month', '1987-02']]);
});

test('a participle after an article is an adjective though a name follows: "agreed to meet Tambo sometime in late April, an official for the outlawed South African organization said"', () => {
  assert.deepEqual(textsAndValues('Prime Minister Brian Mulroney has agreed to meet African National Congress president Oliver Tambo in Ottawa sometime in late April or early May, a senior official for the outlawed South African organization said.', '1987-03-23'), [['late April', '1987-04'], ['early May', '1987-05']]);
});

test('a deadline named lies ahead, and "is now preparing" plans as "is preparing" does: "with a deadline of October", "which the government is now preparing for presentation in September"', () => {
  assert.deepEqual(textsAndValues('The trade talks, with a deadline of October for an agreement, are the biggest issue.', '1987-03-02'), [['October', '1987-10']]);
  assert.deepEqual(textsAndValues('The forecasts are the basis for the budget, which the government is now preparing for presentation in September.', '1987-03-23').slice(-1), [['September', '1987-09']]);
  // (a deadline missed has passed)
  assert.deepEqual(textsAndValues('They missed the deadline of October.', '1987-03-02'), [['October', '1986-10']]);
});

test('a month that opens a range takes the year its end says: "would take turnover for January to March this year"', () => {
  assert.deepEqual(textsAndValues('A weaker dollar would take turnover for January to March this year to less than the 1986 figure.', '1987-04-08').slice(0, 2), [['January', '1987-01'], ['March this year', '1987-03']]);
});

test('"end-" or "mid-" parted from its month by a line break is still one expression: "at end-\\nSeptember 1986"', () => {
  // (wire copy wrapped at a fixed width, its single line breaks no paragraphs)
  const wrapped = 'Ghana\'s international monetary reserves declined to\n57.5 mln dlrs at end-September from 146.8 mln dlrs at end-\nSeptember 1986, the central bank said in its latest report\non the economy, which was published in Accra on Monday.';
  assert.deepEqual(textsAndValues(wrapped, '1987-10-20').slice(1, 2), [['end-\nSeptember 1986', '1986-09']]);
});

test('more ways a market report names a contract month: priced against ("20 cents over September"), quoted after "with"/"leaving", a cash table\'s "July - 35 ov Jly bid"', () => {
  assert.deepEqual(textsAndValues('There were indications that 50,000 tonnes traded for August shipment at 20 cents over September.', '1987-04-07').slice(-1), [['September', '1987-09']]);
  assert.deepEqual(textsAndValues('May settled at 5.04-1/2 dlrs in futures trade, with November at 5.04-3/4.', '1987-04-07').slice(-1), [['November', '1987-11']]);
  assert.deepEqual(textsAndValues('Factors kept the futures market in narrow trading, leaving July quoted at 1,319 stg.', '1987-04-07').slice(-1), [['July', '1987-07']]);
  assert.deepEqual(textsAndValues('Soft wheat cash basis. July - 13 ov Jly bid, 15 offered.', '1987-04-07').slice(-1), [['July', '1987-07']]);
  // (a month of statistics in a sentence with no trading stays the one gone by)
  assert.deepEqual(textsAndValues('Exports rose 20 pct over August, the ministry said.', '1987-04-07').slice(-1), [['August', '1986-08']]);
});

test('"the current financial year" said in the first quarter began last year, which names it: "since the beginning of the current financial year last July"', () => {
  assert.deepEqual(textsAndValues('Pakistan had imported 600,000 tonnes since the beginning of the current financial year last July.', '1987-03-12').slice(0, 1), [['the beginning of the current financial year', '1986']]);
  assert.deepEqual(textsAndValues('Demand could fall slightly this financial year.', '1987-02-26'), [['this financial year', '1986']]);
  // (later in the year, this year's; the American "fiscal year" is named by the year it ends in)
  assert.deepEqual(textsAndValues('Demand could fall slightly this financial year.', '1987-06-26'), [['this financial year', '1987']]);
  assert.deepEqual(textsAndValues('Profits in the current fiscal year will rise.', '1987-03-12'), [['the current fiscal year', '1987']]);
});

test('"the previous year" right after a year compared with counts from the year its sentence reported, not the one compared: "1986 income rose … compared with 1985\'s profit. Revenues … compared with the prior year\'s"', () => {
  assert.deepEqual(textsAndValues("Woolworth's 1986 income rose to 214 mln dlrs compared with 1985's profit of 177 mln. Revenues for the year rose to 6.50 billion compared with the prior year's 5.96 billion.", '1987-03-03').slice(-1), [['the prior year', '1985']]);
  // (a year named alone still anchors it: "In 1984, sales rose from the previous year")
  assert.deepEqual(textsAndValues('In 1984, sales rose 20 pct from the previous year.', '1987-03-03').slice(-1), [['the previous year', '1983']]);
});

test('"the latest period" in apposition is the period named right before it: "in the week ended Feb 28, the latest period for which that figure was available"', () => {
  assert.deepEqual(textsAndValues('Benefits totaled 2,507,000 in the week ended Feb 28, the latest period for which that figure was available.', '1987-03-19'), [['Feb 28', '1987-02-28'], ['the latest period', '1987-W09']]);
});

test('a clock time before the day word that dates it, with only a place or a bracket between, is that day\'s: "at 1030 EST in New York tomorrow", "at 1500 est (2100 gmt) tomorrow"', () => {
  assert.deepEqual(textsAndValues('They scheduled a press conference at 1030 EST in New York tomorrow.', '1987-04-01'), [['1030 EST', '1987-04-02T10:30'], ['tomorrow', '1987-04-02']]);
  assert.deepEqual(textsAndValues('The report is scheduled for release at 1500 est (2100 gmt) tomorrow.', '1987-03-30'), [['1500 est', '1987-03-31T15:00'], ['2100 gmt', '1987-03-31T21:00'], ['tomorrow', '1987-03-31']]);
  // (another clause's day leaves the time alone)
  assert.deepEqual(textsAndValues('Trading ended at 1500 EST and the bank said it would reopen tomorrow.', '1987-03-30').slice(0, 1), [['1500 EST', '1987-03-30T15:00']]);
});

test('"the same 1985 month" is one expression: the month the text is on, in the year named ("imported 56,823 tonnes in December, up from 46,236 tonnes in the same 1985 month")', () => {
  assert.deepEqual(textsAndValues('Germany imported 56,823 tonnes of fishmeal in December, up from 46,236 tonnes in the same 1985 month.', '1987-03-06'), [['December', '1986-12'], ['the same 1985 month', '1985-12']]);
});

test('a day a change of fiscal year names as its end is every year\'s, no one date: "changed its fiscal year end from Aug 31 to Dec 31"', () => {
  assert.deepEqual(textsAndValues('The company said it changed its fiscal year end from August 31 to December 31.', '1987-03-18').slice(-2), [['August 31', 'XXXX-08-31'], ['December 31', 'XXXX-12-31']]);
  assert.deepEqual(textsAndValues('Comparable periods reflect change in fiscal yearend to April from December.', '1987-03-06'), [['April', 'XXXX-04'], ['December', 'XXXX-12']]);
  // (a year's end named with no change is the day it ends)
  assert.deepEqual(textsAndValues('Results are for the fiscal year ended August 31.', '1987-03-18').slice(-1), [['August 31', '1986-08-31']]);
});

test('a quarter a report gives figures "in" or "for" is the one the story reports on: "revenues in the third quarter rose … In the quarter, 2,240 homes were sold"', () => {
  assert.deepEqual(textsAndValues('Clayton Homes Inc said revenues in the third quarter rose eight pct to 38 mln dlrs. In the quarter, 2,240 homes were sold, up from 2,149 in the year-ago quarter.', '1987-04-07'), [['the third quarter', '1987-Q3'], ['the quarter', '1987-Q3'], ['the year-ago quarter', '1986-Q3']]);
});

test('"the first half", "the second half" are halves of a year with no figure near ("margins improved in the second half"); a half of no time is none', () => {
  assert.deepEqual(textsAndValues('Margins improved in the second half, the company said.', '1987-03-11'), [['the second half', '1986-H2']]);
  assert.deepEqual(textsAndValues('Tonka said it expects the second half to be strong.', '1987-03-23'), [['the second half', '1987-H2']]);
  assert.deepEqual(textsAndValues('The first half of the Soviet contingent was withdrawn.', '2009-12-19'), []);
});

test('a "yesterday" compared with is no day the story moves to: "from 1.3080/85 yesterday. … the dollar\'s value at midday" is today\'s', () => {
  assert.deepEqual(textsAndValues('The Canadian dollar rose to 1.3055/60 from 1.3080/85 yesterday. The dollar\'s trade-weighted value at midday was 5.7 pct below average.', '1987-04-07').slice(-1), [['midday', '1987-04-07T12:00']]);
  assert.deepEqual(textsAndValues('Shares rose to 286p from 281p last night, but eased back to 283p by 0830 GMT.', '1987-03-11').slice(-1), [['0830 GMT', '1987-03-11T08:30']]);
  // (a yesterday told of still moves it: "Yesterday the index fell. At midday it stood at 100")
  assert.deepEqual(textsAndValues('The index fell sharply yesterday. At midday it stood at 100.', '1987-04-07').slice(-1), [['midday', '1987-04-06T12:00']]);
});

test('"the coming May" is the month next to come, and a slash pair it opens follows it: "the coming May/September temporao harvest"', () => {
  assert.deepEqual(textsAndValues('Trade estimates of the coming May/September temporao harvest were revised.', '1987-03-31'), [['the coming May', '1987-05'], ['September', '1987-09']]);
  assert.deepEqual(textsAndValues('Growers await the coming May harvest.', '1987-03-31'), [['the coming May', '1987-05']]);
});

test('a clock time before the date that dates it is that date\'s ("end at 1700 EDT (2100 GMT) on June 30"); a slash pair whose end counts its year from now is a range ("in January/September last year")', () => {
  assert.deepEqual(textsAndValues('The offer will end at 1700 EDT (2100 GMT) on June 30, unless extended.', '1987-06-18'), [['1700 EDT', '1987-06-30T17:00'], ['2100 GMT', '1987-06-30T21:00'], ['June 30', '1987-06-30']]);
  assert.deepEqual(textsAndValues('Registrations rose to 2.42 mln from 2.35 mln in January/September last year.', '1987-10-20'), [['January', '1986-01'], ['September last year', '1986-09']]);
});

test('"the year prior" is "the year before": "compared to 4,646,000 for the comparable month the year prior"', () => {
  assert.deepEqual(textsAndValues('Earnings for February amounted to 6,720,000 dlrs, compared to 4,646,000 for the comparable month the year prior.', '1987-03-31').slice(-1), [['the comparable month the year prior', '1986-02']]);
  assert.deepEqual(textsAndValues('It recorded 30 mln dlrs in revenues for the year prior.', '1987-04-09'), [['the year prior', '1986']]);
});

test('an abbreviated month with a spelled day is a date before its year or after "ended": "On Dec one, 1986,", "Ended Jan four"', () => {
  assert.deepEqual(textsAndValues('On Dec one, 1986, the company acquired Holt.', '1987-03-05'), [['Dec one, 1986', '1986-12-01']]);
  assert.deepEqual(textsAndValues('Ended Jan four. Shr loss 14 cts.', '1987-03-02'), [['Jan four', '1987-01-04']]);
  // (a name stays a name)
  assert.deepEqual(textsAndValues('Jan four said so.', '1987-03-02'), []);
});

test('"qtr 1987" in a results note is the quarter reported, of that year, as "1986 qtr" is: "NOTE: qtr 1987 includes tax gain"', () => {
  assert.deepEqual(textsAndValues('Shr 50 cts vs 26 cts. NOTE: qtr 1987 includes tax gain 500,000 dlrs.', '1987-04-09'), [['qtr 1987', '1987-Q1']]);
});

test('"Year-ago" opening the sentence after one that named its year compares with the year before it: "decreased 1986 earned premiums by 10 mln. Year-ago results restated"', () => {
  assert.deepEqual(textsAndValues('The change decreased 1986 earned premiums by 10 mln. Year-ago results restated to reflect deconsolidation.', '1987-03-31').slice(-1), [['Year-ago', '1985']]);
});

test('after a dateline\'s dash an ordinal of a quarter is no second day of a range: "HANOVER, Md., June 1 - 4th qtr ended March 31"', () => {
  assert.deepEqual(textsAndValues('HANOVER, Md., June 1 - 4th qtr ended March 31. Shr loss 24 cts.', '1987-06-01').map(([t]) => t), ['June 1', '4th qtr', 'March 31']);
});

test('a half or quarter right after a split year is of that year, valued by its first: "domestic sales in the 1986/87 first half fell"', () => {
  assert.deepEqual(textsAndValues('Domestic sales in the 1986/87 first half fell to 3,267.', '1987-03-27'), [['1986/87', '1986'], ['first half', '1986-H1']]);
});

test('", only weeks after …" opens a clause of another time, as ", after …" does: "leaves on his visit on Wednesday, only weeks after Reagan imposed tariffs"', () => {
  assert.deepEqual(textsAndValues('Nakasone leaves on his sixth official visit to the United States on Wednesday, only weeks after Reagan imposed tariffs.', '1987-04-27').slice(0, 1), [['Wednesday', '1987-04-29']]);
  // (not "just before", whose clause may be the time's own)
  assert.deepEqual(textsAndValues('Insurers realised gains through transactions undertaken in June, just before the market began to fall.', '1987-10-20').slice(0, 1), [['June', '1987-06']]);
});

test('"current" before the year it qualifies is no time of its own: "in the current 1988 fiscal year", "the current 1986/87 season"', () => {
  assert.deepEqual(textsAndValues('Profits rose in the current 1988 fiscal year.', '1987-06-18'), [['1988', '1988']]);
  assert.deepEqual(textsAndValues('Exports for the current 1986/87 season stand at 1.9 mln tonnes.', '1987-03-18').map(([t]) => t), ['1986/87']);
});

test('"the quarter" a sentence after one named without its year, in a story that reports on none, is that one: "optimistic about the fourth quarter. … to accelerate in the quarter"', () => {
  const outlook = 'Sears said it remains optimistic about the fourth quarter and year ahead.\n    The company said it expects gains in income to\naccelerate in the quarter with sales increasing.';
  assert.deepEqual(textsAndValues(outlook, '1987-10-20').filter(([t]) => t === 'the quarter'), [['the quarter', '1987-Q4']]);
  // (not one named with its year, last year's beside this year's: "reported a first quarter 1986 profit")
  const comparison = 'Convergent said it expects to report in the first quarter a loss.\n    Convergent reported a first quarter 1986 profit of 2.1 mln dlrs.\n    The company said results declined in the quarter in its\nOEM business.';
  assert.deepEqual(textsAndValues(comparison, '1987-04-13').filter(([t]) => t === 'the quarter'), [['the quarter', '1987-Q1']]);
});

test('days booked for delivery are still to come, whatever the verb that told of the deal: "won a contract … for November 25-December 10 delivery"', () => {
  const tender = 'Cigra Inc won a contract to supply 33,000 tonnes for November 25-December 10 delivery.\n    Five companies won contracts for delivery between May 10 and\nOctober 10, a spokesman said. The agent said laydays include July 1-10.';
  assert.deepEqual(textsAndValues(tender, '1987-03-27'), [['November 25', '1987-11-25'], ['December 10', '1987-12-10'], ['May 10', '1987-05-10'], ['October 10', '1987-10-10'], ['July 1', '1987-07-01'], ['10', '1987-07-10']]);
  // (not days that past shipments were counted from: "Corn shipments have averaged 160,000 tonnes since October 1")
  assert.deepEqual(textsAndValues('Corn shipments have averaged 160,000 tonnes since October 1, the official said.', '1987-03-13'), [['October 1', '1986-10-01']]);
});

test('a modal of expectation before a month looks ahead to it: "we should see heavy harvesting from August through November", written in March', () => {
  assert.deepEqual(textsAndValues('If things go well we should see heavy harvesting from August through November, one said.', '1987-03-12'), [['August', '1987-08'], ['November', '1987-11']]);
  assert.deepEqual(textsAndValues('LIFFE plans to list yen bond futures should go ahead from September, traders said.', '1987-04-09'), [['September', '1987-09']]);
  // (not after the time, nor a state's date: "the year just ended should come close to the record", "as of July 31")
  assert.deepEqual(textsAndValues('Financial strength should continue with debt at 22 pct as of July 31, S and P said.', '1987-10-19'), [['July 31', '1987-07-31']]);
});

test('export licences run to a month still to come: "the Commission granted licences to end August", written in March', () => {
  assert.deepEqual(textsAndValues('Last week, the Commission granted licences to end August on 60,500 tonnes of whites.', '1987-03-25').slice(1), [['end August', '1987-08']]);
});

test('"current" of an account is no present: "Australia\'s current deficit narrowed", "1.8 mln dlrs of current and deferred interest"', () => {
  assert.deepEqual(textsAndValues("Australia's current deficit narrowed to 750 mln dlrs. Five companies reported current deficits.", '1987-03-16'), []);
  assert.deepEqual(textsAndValues('It cancelled 1.8 mln dlrs of current and deferred interest.', '1987-03-31'), []);
  // (the present still: "current and former officials")
  assert.deepEqual(textsAndValues('The prosecutor named current and former officials.', '1987-03-31'), [['current', 'PRESENT_REF']]);
});

test('a bare year\'s end after the one year its sentence named is that year\'s: "reduced its loan portfolio by 32 pct during 1986, to 1.4 billion dlrs at year-end"', () => {
  assert.deepEqual(textsAndValues('Chargeoffs reduced its energy loan portfolio by 32 pct during 1986, to 1.4 billion dlrs at year-end, adding more.', '1987-03-31'), [['1986', '1986'], ['year-end', '1986']]);
});

test('"the full year ended" a day named with its year is that year: "Revenues for the full year ended December 31, 1986 were 5.5 mln dlrs"', () => {
  assert.deepEqual(textsAndValues('Revenues for the full year ended December 31, 1986 were 5.5 mln dlrs.', '1987-03-20'), [['the full year', '1986'], ['December 31, 1986', '1986-12-31']]);
});

test('"Sun." ending a sentence is a name unless a word dates it: "sold by Sun.", "the Baltimore Sun."; "on Sun." is the day', () => {
  assert.deepEqual(textsAndValues('It is a variant of the system sold by Sun. ATT said it would take months. It ran in the Baltimore Sun.\nThe talks resume on Sun. in Paris.', '1987-10-19'), [['months', 'PXM'], ['Sun.', '1987-10-25']]);
});

test('"seen in" a month is a past participle: "expected to exceed the record high of 1.5 billion dlrs seen in December", written in March', () => {
  assert.deepEqual(textsAndValues('Buying in March is expected to exceed the record high of 1.5 billion dlrs seen in December, they said.', '1987-03-30').slice(-1), [['December', '1986-12']]);
});

test('a year back set straight against the month just named is that month a year back: "orders rose 37.3 pct in January from a year earlier", "The February increase over a year earlier"', () => {
  assert.deepEqual(textsAndValues('Orders rose 37.3 pct in January from a year earlier, to 598.09 billion. The February increase over a year earlier reflected a rise.', '1987-03-27'), [['January', '1987-01'], ['a year earlier', '1986-01'], ['February', '1987-02'], ['a year earlier', '1986-02']]);
  // (not a month compared itself: "Exports fell to 18.9 billion from 20.4 billion in January compared with 17.4 billion a
  // year ago" compares the month reported on; nor the last of a list: "in January and February from 1.6 pct")
  assert.deepEqual(textsAndValues('Exports fell to 18.9 billion baht from 20.4 billion in January compared with 17.4 billion a year ago.', '1987-03-18').slice(-1), [['a year ago', '1986']]);
  assert.deepEqual(textsAndValues('Its share rose to 1.9 pct in January and February from 1.6 pct a year earlier.', '1987-03-23').slice(-1), [['a year earlier', '1986']]);
});

test('"the year" whose figure is set against a year named right after it is the year after that one: "a loss of 2.5 mln dlrs for the year, against a 1985 profit"', () => {
  assert.deepEqual(textsAndValues('The company reported a loss of 2.5 mln dlrs for the year, against a 1985 profit of 1.2 mln dlrs.', '1987-03-11'), [['the year', '1986'], ['1985', '1985']]);
  assert.deepEqual(textsAndValues('Reserves rose to 167 billion barrels by the end of the year from 166.5 billion in 1985.', '1987-06-19')[0], ['the end of the year', '1986']);
});

test('a past verb after a subject and the month set off before it dates the month: "Brazil in February stopped interest payments", written in October', () => {
  assert.deepEqual(textsAndValues('Brazil in February stopped interest payments on 68 billion dlrs.', '1987-10-19'), [['February', '1987-02']]);
});

test('a fourth quarter a past verb tells of, written in April, is last year\'s: "Dome reported it took a 1.20 billion charge in the fourth quarter"', () => {
  assert.deepEqual(textsAndValues('Dome reported it took a 1.20 billion charge in the fourth quarter, analysts said.', '1987-04-01'), [['the fourth quarter', '1986-Q4']]);
  // (not one whose end is named after it, a fiscal quarter: "expects to report a loss for the fourth quarter ended March 31")
  assert.deepEqual(textsAndValues('It expects to report a loss for the fourth quarter ended March 31.', '1987-04-02'), [['the fourth quarter', '1987-Q4'], ['March 31', '1987-03-31']]);
});

test('in a futures report, months a premium is set over are contracts still to come: "a premium over the August through October months", "old crop July"', () => {
  const report = 'Soybean futures gained on deferreds. July soymeal has moved to a premium over the August through October months\nand the old crop July/new crop November spread narrowed.';
  assert.deepEqual(textsAndValues(report, '1987-06-02'), [['July', '1987-07'], ['August', '1987-08'], ['October', '1987-10'], ['July', '1987-07'], ['November', '1987-11']]);
});

test('a barge quote\'s months are still to come, its river named before the bid: "Sept/Nov Lower Mississippi River (Memphis/Cairo) 137-1/2 pct bid/145 offered"', () => {
  assert.deepEqual(textsAndValues('Quotes included - Sept/Nov Lower Mississippi River (Memphis/Cairo) 137-1/2 pct bid/145 offered - no comparison.', '1987-02-26'), [['Sept', '1987-09'], ['Nov', '1987-11']]);
});

test('figures of a price table are no years, brackets read through: "T 1405 1755(1430 1695) E 2200", "DEL GRADES 1625 1747 5338"', () => {
  assert.deepEqual(textsAndValues('Prices per 50 kg, last week\'s in brackets: T 1405 1755(1430 1695) E 2200 2295(2190 2295) TT 2000 2129(1900 2303).', '1987-04-07').map(([t]) => t).filter((t) => /^(1755|2000|1900)$/.test(t)), []);
  assert.deepEqual(textsAndValues('TOTAL DEL GRADES 1625 1747 5338 NON-DEL GRADES 294', '1987-04-07'), []);
  // (a results table's years, both of this era, stay years: "1986 1985 1986 1985")
  assert.deepEqual(textsAndValues('Results for the periods 1986 1985 were restated.', '1987-04-07').map(([t]) => t), ['1986', '1985']);
});

test('four digits and "hours local" are a clock time: "A council meeting is set for 1900 hours local"', () => {
  assert.deepEqual(textsAndValues('A full council meeting is set for 1900 hours local for a progress report.', '1987-03-02'), [['1900 hours', '1987-03-02T19:00']]);
});

test('a past story goes on in the earlier year it wrote out, for the days of the weeks after: "On March 12, 1985, Seemala sold … On March 20, Jefferies sold"', () => {
  const story = 'On March 12, 1985, Seemala sold Jefferies 810,000 shares, the agency said.\n    On March 20, Jefferies sold Seemala 185,500 shares, it said.';
  assert.deepEqual(textsAndValues(story, '1987-03-19'), [['March 12, 1985', '1985-03-12'], ['March 20', '1985-03-20']]);
  // (not a report's date: "released in the bureau's report of March 23")
  assert.deepEqual(textsAndValues('Stocks on Feb 28, 1986 were revised. X-Revised from data released in the bureau\'s report of March 23.', '1987-04-01').slice(-1), [['March 23', '1987-03-23']]);
});

test('a range of days into a later month lies in its start\'s year: "between March 20 and April 4", after a story set in 1985', () => {
  const story = 'On March 12, 1985, Seemala sold Jefferies 810,000 shares, the agency said.\n    Between March 20 and April 4, Jefferies sold the shares back, it said.';
  assert.deepEqual(textsAndValues(story, '1987-03-19').slice(1), [['March 20', '1985-03-20'], ['April 4', '1985-04-04']]);
  // (not across a dateline's dash: "HOUSTON, March 6 - Dec 31 Shr loss one ct")
  assert.deepEqual(textsAndValues('HOUSTON, March 6 - Dec 31 Shr loss one ct vs profit two cts.', '1987-03-06'), [['March 6', '1987-03-06'], ['Dec 31', '1986-12-31']]);
});

test('a forecast of the months its subject names looks ahead: "Output during Jan/Sept is forecast to rise", "Output in September should rise", written in April', () => {
  assert.deepEqual(textsAndValues('Overall output during Jan/Sept is forecast to rise three pct.', '1987-04-07'), [['Jan', '1987-01'], ['Sept', '1987-09']]);
  assert.deepEqual(textsAndValues('Output in September should rise, they said.', '1987-04-07'), [['September', '1987-09']]);
  // (not a weekday an announcement was made on: "the restaurants it announced plans to buy Friday are expected to")
  assert.deepEqual(textsAndValues('The restaurants that it announced plans to buy Friday are expected to generate sales.', '1987-03-16'), [['Friday', '1987-03-13']]);
});

test('"associated with" is no past, and a cargo bought "for June at 346 dlrs" is for the coming June, written in March', () => {
  assert.deepEqual(textsAndValues('It plans to pay the 65 dlr dividend associated with the plan in April.', '1987-03-26'), [['April', '1987-04']]);
  assert.deepEqual(textsAndValues('The business comprised three 6,000 tonne cargoes for June at 346 dlrs and 6,000 tonnes for July at 340 dlrs.', '1987-03-23'), [['June', '1987-06'], ['July', '1987-07']]);
});

test('a contract month opening a sentence after an abbreviation\'s full stop is still priced: "at 1208 hrs EST. July climbed 4.4 cents"', () => {
  const report = 'Orange juice futures ran up 4.40 cents. May rose to 133.50 cents before retreating to 132.90 cents at 1208 hrs EST. July climbed 4.4 cents to 133.50 cents.';
  assert.deepEqual(textsAndValues(report, '1987-04-07').filter(([t]) => t === 'July'), [['July', '1987-07']]);
});

test('the grain trade\'s four-letter months in its price tables are months: "Apl/May 139.50 up one Jne 139 up 0.50 Jly 138"', () => {
  assert.deepEqual(textsAndValues('US Northern Spring 14 pct protein Apl/May 139.50 up one Jne 139 up 0.50 Jly 138 down 0.50', '1987-04-07'), [['Apl', '1987-04'], ['May', '1987-05'], ['Jne', '1987-06'], ['Jly', '1987-07']]);
});

test('"the previous year" on a side "after" which a figure rose, after a year compared with, is that year: "from 603.4 mln in 1985, Revenues increased to 17.35 billion after 17.27 billion the previous year"', () => {
  assert.deepEqual(textsAndValues('NatNed reported 1986 net profits up 5.3 pct to 635.5 mln guilders from 603.4 mln in 1985, Revenues increased by 0.5 pct to 17.35 billion guilders after 17.27 billion the previous year.', '1987-04-09').slice(-1), [['the previous year', '1985']]);
});

test('a full date a sentence wrote out tells its year for "the previous year" after a side compared with: "On December 31, 1986 … down from 4.8 billion dlrs in 1985. … from 754.1 mln shares the previous year"', () => {
  const story = 'On December 31, 1986 Exxon\'s long term debt stood at 4.3 billion dlrs, down from 4.8 billion dlrs in 1985.\n    Earnings were helped by a reduction of shares to 722.6 mln shares from 754.1 mln shares the previous year.';
  assert.deepEqual(textsAndValues(story, '1987-03-31').slice(-1), [['the previous year', '1985']]);
});

test('two digits no day can be after a capitalized month head a table with their year: "Feb 87 Jan 87 Feb 86 Sales 36,557"', () => {
  assert.deepEqual(textsAndValues('Sales and stocks in tonnes were: Feb 87 Jan 87 Feb 86 Sales 36,557 38,678 75,687', '1987-03-27'), [['Feb 87', '1987-02'], ['Jan 87', '1987-01'], ['Feb 86', '1986-02']]);
  // (not a price after the month: "Apl 86 unch May 85 unch", "June 90 day bank bills")
  assert.deepEqual(textsAndValues('MAIZE - US Three Yellow Afloat 94 Apl 86 unch May 85 unch', '1987-04-07').map(([t]) => t), ['Apl', 'May']);
});

test('"the year" whose figure comes "after" a year\'s named just after it is the year after that: "a net loss for the year of 62.1 mln stg after a 71.6 mln profit in 1985"', () => {
  assert.deepEqual(textsAndValues('The results showed a net loss for the year of 62.1 mln stg after a 71.6 mln profit in 1985.', '1987-03-11'), [['the year', '1986'], ['1985', '1985']]);
});

test('a text that names its years by the two they span counts "the current year" in them: "in 1987/88 … compared with 160 yen in the current year", written in March', () => {
  const story = 'The forecast assumes an average rate of 148.5 yen to the dollar in 1987/88, compared with 160 yen in the current year.\n    Profits are projected to rise 29.6 pct next fiscal year against a fall in the current fiscal year.';
  assert.deepEqual(textsAndValues(story, '1987-03-12').filter(([t]) => t !== '1987/88'), [['the current year', '1986'], ['next fiscal year', '1987'], ['the current fiscal year', '1986']]);
  // (without a split year the current year is the calendar's, and "this year" stays the calendar's in either)
  assert.deepEqual(textsAndValues('Profits will fall 20 pct in the current year, the institute said.', '1987-03-12'), [['the current year', '1987']]);
  assert.deepEqual(textsAndValues('Sales will total 1.2 mln in 1987/88, up from 1.1 mln this year.', '1987-03-12').slice(-1), [['this year', '1987']]);
  // (nor after March, when Japan's and Britain's new years have begun)
  assert.deepEqual(textsAndValues('Outlays will rise in 1987/88 from the current year, the ministry said.', '1987-04-12').slice(-1), [['the current year', '1987']]);
});

test('"this winter" said in March is the winter that began in December: "Snowfall this winter had been greater than usual"', () => {
  assert.deepEqual(textsAndValues('Snowfall this winter had been greater than usual, the scientist said.', '1987-03-16'), [['this winter', '1986-WI']]);
  assert.deepEqual(textsAndValues('Snowfall this winter will be greater than usual, the scientist said.', '1987-11-16'), [['this winter', '1987-WI']]);
});

test('a company called May is no month when the story calls it "May": "The May Department Stores Co said … stores in Michigan, May said", but "in April" and "in May" still are', () => {
  const story = 'The May Department Stores Co said it has agreed to sell its Sycamore division.\n    Sycamore has 111 stores in Indiana, Ohio and Michigan, May said.\n    It expects to close the deal in April or in May.';
  assert.deepEqual(textsAndValues(story, '1987-03-31'), [['April', '1987-04'], ['May', '1987-05']]);
});

test('a quarter or half owned by "the prior year" is the one a year before the period read alone, and so is its owner: "vs a loss in the prior year\'s 4th qtr", "in the\\nprevious year\'s first half"', () => {
  const note = 'NOTE: 1986 losses were 203,000 dlrs vs 354,000 dlrs in 1985.\n    Qtr net includes a gain of 1.7 mln dlrs, vs a loss of 512,000 in the prior year\'s 4th qtr.';
  assert.deepEqual(textsAndValues(note, '1987-04-02').slice(-2), [['the prior year', '1985'], ['4th qtr', '1985-Q4']]);
  assert.deepEqual(textsAndValues('Echlin reported first half earnings of 23.2 mln dlrs, up from 16.6 mln in the\nprevious year\'s first half.', '1987-03-20').slice(-2), [['the\nprevious year', '1986'], ['first half', '1986-H1']]);
});

test('a month ahead named as a deadline is no month a report is on: "expect prices to rise before July. … against four pct a month earlier", written in March', () => {
  const survey = 'The CBI\'s monthly trends survey for March shows only 31 pct of firms now expect prices to rise before July. Six pct forecast prices will fall, against four pct a month earlier.';
  assert.deepEqual(textsAndValues(survey, '1987-03-24').slice(-1), [['a month earlier', '1987-02']]);
});

test('a time of day told in the past is not on a day still to come an earlier sentence set: "… awaiting tomorrow\'s meeting. The bond was quoted at 0845 GMT"', () => {
  const story = 'The market is now awaiting news which may emerge from tomorrow\'s Group of Seven meeting in Washington.\n    The 30-year long bond was quoted at 95-30/32 pct at 0845 GMT.';
  assert.deepEqual(textsAndValues(story, '1987-04-07').slice(-1), [['0845 GMT', '1987-04-07T08:45']]);
  // (a day set in the clock's own sentence keeps it: "has been extended until March 23 at 1800 EST")
  assert.deepEqual(textsAndValues('The offer has been extended until March 23 at 1800 EST, the company said.', '1987-03-20').slice(-1), [['1800 EST', '1987-03-23T18:00']]);
});

test('a day of a later month listed after a day its sentence placed is in that day\'s year: "laydays include July 1-10 for 7,500 tonnes, Aug 1-10 for 8,000 tonnes, and Sept 15-25 for 12,500 tonnes"', () => {
  const tender = 'The agent said NS/DNS laydays include July 1-10 for 7,500-9,500 tonnes, Aug 1-10 for 8,000-10,000 tonnes, and Sept 15-25 for 12,500-14,500 tonnes.';
  assert.deepEqual(textsAndValues(tender, '1987-04-08').slice(-2), [['Sept 15', '1987-09-15'], ['25', '1987-09-25']]);
  // (not the other side of a comparison: "rose on March 3, up from 12 pct on December 5")
  assert.deepEqual(textsAndValues('The rate rose to 14 pct on March 3, up from 12 pct on December 5, the bank said.', '1987-03-10').slice(-1), [['December 5', '1986-12-05']]);
});

test('talk of an election its sentence dates by another month leaves a bare month the one just gone: "The rise in reserves in May has lifted hopes for a cut after the June 11 general election", written on June 2', () => {
  assert.deepEqual(textsAndValues('The rise in reserves in May has lifted hopes for a rate cut after the June 11 general election.', '1987-06-02'), [['May', '1987-05'], ['June 11', '1987-06-11']]);
});

test('a split year label alone closes on the day or month named after it: "in 1986/87 ending September 30", "in 1985/86 to end-June"', () => {
  assert.deepEqual(textsAndValues('Indonesia\'s coffee production in 1986/87 ending September 30 may fall slightly.', '1987-03-12').slice(-1), [['September 30', '1987-09-30']]);
  assert.deepEqual(textsAndValues('It hit 13.82 billion dlrs in 1985/86 to end-June.', '1987-03-17').slice(-1), [['end-June', '1986-06']]);
});

test('a futures contract named "the June bond" has not expired, whatever the past tense: "the heavy buying occurred after the June bond broke above stiff resistance", written in March', () => {
  assert.deepEqual(textsAndValues('The analysts said the heavy buying in futures occurred after the June bond broke above stiff resistance at 101-2/32.', '1987-03-04'), [['June', '1987-06']]);
  // (a bond issued in a month gone by stays there: "against five pct on the March bond", in April)
  assert.deepEqual(textsAndValues('The April 10-year bond coupon has been set at 4.7 pct against five pct on the March bond.', '1987-04-03').slice(-1), [['March', '1987-03']]);
});

test('a scheduled present with "does" before its base form looks ahead as the plain present does: "The offer does not expire in October", "His term does not necessarily end in October"', () => {
  assert.deepEqual(textsAndValues('His term does not necessarily end in October, the aide said.', '1987-03-11'), [['October', '1987-10']]);
  assert.deepEqual(textsAndValues('The agreement terminates in October, the company said.', '1987-03-11'), [['October', '1987-10']]);
  // (the past "did" does not: "It did not end in October")
  assert.deepEqual(textsAndValues('The strike did not end in October.', '1987-03-11'), [['October', '1986-10']]);
});

test('a period "ended" on a day a week ahead is the one about to close in a clause that looks ahead: "economists now expect M-1 for the week ended April 29 to rise", written on April 23', () => {
  assert.deepEqual(textsAndValues('Economists now expect M-1 money supply for the week ended April 29 to rise by 15 to 20 billion dlrs.', '1987-04-23').slice(-1), [['April 29', '1987-04-29']]);
  // (told in the past it is last year's: "For the fiscal year ended March 31, Medical reported revenues of 14.8 mln")
  assert.deepEqual(textsAndValues('For the fiscal year ended March 31, Medical reported revenues of 14.8 mln dlrs.', '1987-03-24').slice(-1), [['March 31', '1986-03-31']]);
});

test('a crop or marketing year named by the two years it spans closes in the second: "in the 1987/88 crop year ending August", "the 1986/87 sugar year ending September 30"', () => {
  assert.deepEqual(textsAndValues('Philippine sugar production in the 1987/88 crop year ending August has been set at 1.6 mln tonnes.', '1987-03-27').slice(-1), [['August', '1988-08']]);
  assert.deepEqual(textsAndValues('The ministry revised its estimate for the 1986/87 sugar year ending September 30.', '1987-03-20').slice(-1), [['September 30', '1987-09-30']]);
});

test('the year under way "ending" on a month or day closes on the first such day from now on, or one just gone: "the current year ending September", "its current fiscal year through April 4"', () => {
  assert.deepEqual(textsAndValues('The budget rose 7 pct, compared with a 6.2 pct increase for the current year ending September, a spokesman said.', '1987-04-21').slice(-1), [['September', '1987-09']]);
  assert.deepEqual(textsAndValues('For the nine weeks of its current fiscal year through April 4, the company said sales were 965.8 mln dlrs.', '1987-04-09').slice(-1), [['April 4', '1987-04-04']]);
});

test('"the previous Friday" on the side compared with moves the story to no day, so a second one counts from the same day: "up 1.4 pct from the previous Friday … a 0.9 pct increase from the previous Friday"', () => {
  const story = 'Netback values rose last Friday, up 1.4 pct from the previous Friday.\n    Arab Light was up 17 cts, a 0.9 pct increase from the previous Friday, and Brent was off 30 cts from the previous Friday.';
  assert.deepEqual(textsAndValues(story, '1987-03-30').map(([, v]) => v), ['1987-03-27', '1987-03-20', '1987-03-20', '1987-03-20']);
});

test('a month after "position" names a contract, which has not expired: "Second position July rose seven stg to 1,258 stg", written in April', () => {
  assert.deepEqual(textsAndValues('Cocoa futures were higher at the end of the morning call. Second position July rose seven stg to 1,258 stg.', '1987-04-07').slice(-1), [['July', '1987-07']]);
});

test('a verb whose past is its base form, after "it", "he" or "she", is the past: "In December it cut 59.4 mln dlrs from a rate request because of the effect the act will have"', () => {
  assert.deepEqual(textsAndValues('In December it cut 59.4 mln dlrs from a rate request because of the effect the tax act will have on results.', '1987-03-05'), [['December', '1986-12']]);
  assert.deepEqual(textsAndValues('The deficit will fall to 29.3 billion dlrs, the same level as he forecast in the February budget.', '1987-06-18'), [['February', '1987-02']]);
});

test('a later month listed with a figure of its own in a run going forward keeps the run\'s year: "four cts for May, five cts for June, seven cts for July and six cts for August", but not a run going back', () => {
  const payout = 'PMI Fund Inc said its board declared monthly dividends of six cts for April, four cts for May, five\ncts for June, seven cts for July and six cts for August.';
  assert.deepEqual(textsAndValues(payout, '1987-03-11').slice(-1), [['August', '1987-08']]);
  // ("fell to 30.07 mln in February from 37.25 mln in January and 41.44 mln in December": a run going back)
  assert.deepEqual(textsAndValues('Tanker tonnage fell to 30.07 mln in February from 37.25 mln in January and 41.44 mln in December.', '1987-03-04').slice(-1), [['December', '1986-12']]);
});

test('a weekday set as a deadline with no tense to say otherwise is the coming one: "sterling rising another two cents this week, forcing a rate cut by Friday", written on a Wednesday', () => {
  assert.deepEqual(textsAndValues('Dealers see sterling rising another two cents this week, forcing a rate cut by Friday.', '1987-03-18').slice(-1), [['Friday', '1987-03-20']]);
  // (told in the past it is not: "Police had arrested 12 people by Friday")
  assert.deepEqual(textsAndValues('Police had arrested 12 people by Friday, officials said.', '1987-03-18').slice(-1), [['Friday', '1987-03-13']]);
});

test('"between <month> and <month>" closes a range of months in the start\'s year: "for Gulf shipment in 11 cargoes between May and October", written in March', () => {
  assert.deepEqual(textsAndValues('Taiwan bought 300,000 tonnes of corn for Gulf shipment in 11 cargoes between May and October, sources said.', '1987-03-18'), [['May', '1987-05'], ['October', '1987-10']]);
});

test('the day closing a fiscal year whose number comes before "fiscal year" lies in that year: "flat operating profits for its 1987 fiscal year ending May 31"', () => {
  assert.deepEqual(textsAndValues('Metromail Corp said it expects flat operating profits for its 1987 fiscal year ending May 31 with last fiscal year\'s earnings.', '1987-03-30').filter(([t]) => t === 'May 31'), [['May 31', '1987-05-31']]);
});

test('a month set as a deadline with no tense to say otherwise is the coming one: "most delegates said quotas before October are unlikely", written in March; not in a history\'s own story', () => {
  assert.deepEqual(textsAndValues('Most delegates and traders said quotas before October are unlikely.', '1987-03-03'), [['October', '1987-10']]);
});

test('a capitalized "Last" before a lower-case "year" opens a sentence whose full stop the copy dropped: "new business in May Last year, the unit wrote 553,350 dlrs"', () => {
  assert.deepEqual(textsAndValues('The unit said it wrote more than 1.1 mln dlrs of new business in May Last year, the unit wrote 553,350 dlrs.', '1987-06-01'), [['May', '1987-05'], ['Last year', '1986']]);
});

test('a month before a commodity\'s capitals and "futures" names a contract, which has not expired: "July HFCS futures closed at 12.70 dlrs per cwt", written in April', () => {
  assert.deepEqual(textsAndValues('Open interest yesterday totaled 42, the spokesman said. July HFCS futures closed at 12.70 dlrs per cwt, up 50 cents.', '1987-04-07').slice(-1), [['July', '1987-07']]);
});

test('a weekday listed with "and" after one still ahead follows it: "He expects a follow-through Monday and Tuesday to the advance which lifted the Dow", written on a Friday', () => {
  assert.deepEqual(textsAndValues('He expects a "follow-through" Monday and Tuesday to the advance which lifted the Dow Jones Industrial Average.', '1987-03-20'), [['Monday', '1987-03-23'], ['Tuesday', '1987-03-24']]);
});

test('an offer "opening" on a weekday, the participle right after its noun, is still to open: "dominated by a rights issue of certificates by Rhone-Poulenc <RHON.PA> opening Monday", written on a Friday', () => {
  assert.deepEqual(textsAndValues('Trading was dominated by a one-for-five rights issue of certificates by Rhone-Poulenc <RHON.PA> opening Monday.', '1987-03-06'), [['Monday', '1987-03-09']]);
  // (a progressive is the clause's own tense: "The exchange was opening Monday when the fire broke out")
  assert.deepEqual(textsAndValues('The exchange was opening Monday when the fire broke out.', '1987-03-06'), [['Monday', '1987-03-02']]);
});

test('an -ed word between an article and a figure is an adjective, no past: "would push inflation to 11.6 pct in December compared with the predicted 14.4 pct", written in October', () => {
  assert.deepEqual(textsAndValues('The proposal would push the inflation rate to 11.6 pct in December compared with the predicted 14.4 pct.', '1987-10-19'), [['December', '1987-12']]);
});

test('a day of a later month closing what a day of its sentence started keeps that day\'s year: "a five month certificate of deposit programme starting March 6 and ending September 7"', () => {
  assert.deepEqual(textsAndValues('The bank launched a five month certificate of deposit programme starting March 6 and ending September 7.', '1987-03-03').slice(-2), [['March 6', '1987-03-06'], ['September 7', '1987-09-07']]);
});

test('a participle joined by "and" to one before it shares its verb group: "The draft will be debated and voted on by deputies in November", written in October', () => {
  assert.deepEqual(textsAndValues('The draft will be debated and voted on by deputies in November.', '1987-10-19'), [['November', '1987-11']]);
  // (and a past one its past: "The draft was debated and voted on in November")
  assert.deepEqual(textsAndValues('The draft was debated and voted on in November.', '1987-10-19'), [['November', '1986-11']]);
});

test('"the same date in 1993" is the day of the month the text set, in the year named, one expression: "Payment date is April 8 and the issue matures on the same date in 1993"', () => {
  assert.deepEqual(textsAndValues('Payment date is April 8 and the issue matures on the same date in 1993.', '1987-03-05'), [['April 8', '1987-04-08'], ['the same date in 1993', '1993-04-08']]);
  assert.deepEqual(textsAndValues('Debt as of December 31, 1986 was 7.9 billion dlrs, down from 9.3 billion dlrs on the same day in 1985.', '1987-03-13').slice(-1), [['the same day in 1985', '1985-12-31']]);
});

test('the days of a span in brackets after a split year take its years, the last the next one when it comes earlier in the year: "the current 1986/87 coffee year (Oct 1/Sept 30)"', () => {
  assert.deepEqual(textsAndValues('Quotas before the end of the current 1986/87 coffee year (Oct 1/Sept 30) now seem unlikely.', '1987-04-01').slice(1, 3), [['Oct 1', '1986-10-01'], ['Sept 30', '1987-09-30']]);
});

test('"this Sunday" tells a later bare Sunday of the story which one it is: "set to launch two shows this Sunday … ratings after Sunday\'s debut", written on a Friday', () => {
  const story = 'Fox is set to launch two prime time television shows this Sunday.\n    Asked whether the company will be looking at ratings after Sunday\'s debut, Kellner said no.';
  assert.deepEqual(textsAndValues(story, '1987-04-03'), [['this Sunday', '1987-04-05'], ['Sunday', '1987-04-05']]);
});

test('a range of days closed by "last year" lies in that year, both ends: "from 774,704 for the period February 1 to 26 last year"', () => {
  assert.deepEqual(textsAndValues('Exports fell to 725,023 tonnes during the period February 1 to 25, from 774,704 for the period February 1 to 26 last year.', '1987-03-05').slice(-3), [['February 1', '1986-02-01'], ['26', '1986-02-26'], ['last year', '1986']]);
});

test('a range of days "through" an earlier day of the calendar starts the year before its end: "cattle slaughtered under the program from April 1 through March 13", written on April 1', () => {
  assert.deepEqual(textsAndValues('The cumulative total of cattle slaughtered under the program from April 1 through March 13 is estimated at 1,032,300 head.', '1987-04-01'), [['April 1', '1986-04-01'], ['March 13', '1987-03-13']]);
  // (not "to", which as often moves a date: "payable April One to March 20 from March 13")
  assert.deepEqual(textsAndValues('The dividend is payable April One to March 20 from March 13.', '1987-03-04')[0], ['April One', '1987-04-01']);
});

test('a clause "after" opens with a pronoun of its own tells of another event: "would take delivery of a plane in September and November respectively after it took one last month"', () => {
  assert.deepEqual(textsAndValues('The airline said it would take delivery of one freighter and one passenger plane in September and November respectively after it took a 747-300 last month.', '1987-03-18').slice(0, 2), [['September', '1987-09'], ['November', '1987-11']]);
});

test('a saying verb with the reported clause\'s subject between it and the expression leaves the clause\'s own verb to date it: "The sources said arrivals from May through July might only reach 600,000 bags"', () => {
  assert.deepEqual(textsAndValues('The sources said arrivals from May through July might only reach around 600,000 bags.', '1987-03-12'), [['May', '1987-05'], ['July', '1987-07']]);
  // (a clause with no tense of its own keeps the saying's: "said futures markets collected margins following trading on Monday")
  assert.deepEqual(textsAndValues('The commission said futures markets collected clearing margins called following feverish futures trading on Monday.', '1987-10-20'), [['Monday', '1987-10-19']]);
  // (nor does an adjunct of the saying open a clause: "said in Caracas at the weekend")
  assert.deepEqual(textsAndValues('The minister said in Caracas at the weekend that talks went well.', '1987-03-20'), [['the weekend', '1987-W11-WE']]);
});

test('a present inside a condition looks ahead, whatever opens it: "retroactive to April 1, provided the accord is approved before October 1"', () => {
  assert.deepEqual(textsAndValues('The new interest rate will be retroactive to April 1, provided the accord is approved before October 1.', '1987-04-01'), [['April 1', '1987-04-01'], ['October 1', '1987-10-01']]);
  assert.deepEqual(textsAndValues('The rate applies if the accord is approved in October.', '1987-04-01'), [['October', '1987-10']]);
});

test('a weekday\'s report forecast now is one still to come, however long its subject: "Friday\'s consumer price report for February is expected to show a rise", written on a Sunday', () => {
  assert.deepEqual(textsAndValues('Friday\'s consumer price report for February is expected to show an increase of about 0.3 pct.', '1987-03-22'), [['Friday', '1987-03-27'], ['February', '1987-02']]);
});

test('a present verb after "and" opens another predicate; the expression keeps the verb before it: "Fed funds traded at 6-1/16 pct late Friday and are expected to open near that level"', () => {
  // (though the story's other Friday, a report forecast now, is the coming one)
  const story = 'Friday\'s consumer price report is expected to show a rise. Fed funds traded at 6-1/16 pct late Friday and are expected to open near that level.';
  assert.deepEqual(textsAndValues(story, '1987-03-22'), [['Friday', '1987-03-27'], ['late Friday', '1987-03-20']]);
});

test('a month right before a forecast names when it was made, the end of a month before one the time it is for: "below a December forecast of 2.91 billion", "left their end-June prime rate forecast at 7-1/2 pct"', () => {
  assert.deepEqual(textsAndValues('The deficit is expected to be around the budget forecast of 2.45 billion dlrs but below a December forecast of 2.91 billion.', '1987-03-26'), [['December', '1986-12']]);
  assert.deepEqual(textsAndValues('Both Nicho and Resler left their end-June prime rate forecast at 7-1/2 pct.', '1987-03-30'), [['end-June', '1987-06']]);
});

test('the side a change is measured from comes before the period the change is in: "exports will increase by 2.3 pct in the January/March quarter from the October/December quarter"', () => {
  assert.deepEqual(textsAndValues('They predicted exports will increase by 2.3 pct in the January/March quarter from the October/December quarter.', '1987-03-24'), [['the January/March quarter', '1987-Q1'], ['the October/December quarter', '1986-Q4']]);
  assert.deepEqual(textsAndValues('Exports will increase by 2.3 pct in February from December.', '1987-03-24'), [['February', '1987-02'], ['December', '1986-12']]);
  // (not the start of a range: "will run from June to December")
  assert.deepEqual(textsAndValues('The program will run in 1987 from June to December.', '1987-03-24').slice(1), [['June', '1987-06'], ['December', '1987-12']]);
});

test('a past participle with its agent before "on" a day dates it, whatever the clause\'s modal: "a lockout imposed by the company on December 14 would be lifted"', () => {
  assert.deepEqual(textsAndValues('The union sent a letter informing members a lockout imposed by the company on December 14 would be lifted and meatpackers could return to work.', '1987-03-12'), [['December 14', '1986-12-14']]);
});

test('"in advance of" looks ahead, as "ahead of" does: "have been ordered by dealers in advance of their official introduction Thursday"', () => {
  assert.deepEqual(textsAndValues('Some 4,000 cars have been ordered by dealers in advance of their official introduction Thursday.', '1987-03-11'), [['Thursday', '1987-03-12']]);
});

test('after "unless", a reported condition\'s past is the tense shifted back, still to come: "would negotiate oil purchases elsewhere unless they changed their mind by Monday"', () => {
  assert.deepEqual(textsAndValues('Braspetro told the Saudis the company would negotiate oil purchases elsewhere unless they changed their mind by Monday.', '1987-03-13'), [['Monday', '1987-03-16']]);
});

test('a span of months set against a similar period of a year named is of the year after it: "sales of 617 mln dlrs in the Jan-Sept period, against 194 mln dlrs in a similar 1986 period"', () => {
  assert.deepEqual(textsAndValues('He mentioned car exports, which accounted alone with sales of 617 mln dlrs in the Jan-Sept period, against 194 mln dlrs in a similar 1986 period.', '1987-10-20'), [['Jan', '1987-01'], ['Sept', '1987-09'], ['1986', '1986']]);
  // (not a month set against a month of its own year: "from 7.8 pct in December, unchanged from January 1986")
  assert.deepEqual(textsAndValues('The unemployment rate rose to 7.9 pct in January from 7.8 pct in December, unchanged from January 1986.', '1987-03-12').slice(1, 2), [['December', '1986-12']]);
});

test('a future that a cause explains does not date the cause: "results will look pretty poor because of low margins in January and February"', () => {
  assert.deepEqual(textsAndValues('First quarter refining results will look pretty poor because of low margins in January and February.', '1987-04-02').slice(1), [['January', '1987-01'], ['February', '1987-02']]);
  // (a past does: "spending tailed off in December because of bad weather and smaller end-year bonuses")
  assert.deepEqual(textsAndValues('Consumer spending also tailed off in December because of bad weather and smaller-than-normal end-year bonuses.', '1987-03-12').slice(1), [['end-year', '1986']]);
});

test('a past participle with a named agent right before a weekday dates it: "above the output ceiling agreed by OPEC Saturday"', () => {
  assert.deepEqual(textsAndValues('Output will be above the official 16.6 mln bpd output ceiling agreed by OPEC Saturday, the minister said.', '1987-06-29'), [['Saturday', '1987-06-27']]);
});

test('a comparison\'s opener before the verb of the clause does not make the month after the verb a side: "The average value of the yen against the dollar rose 0.8 pct in February … from 184.55 a year earlier"', () => {
  assert.deepEqual(textsAndValues('The average value of the yen against the dollar rose 0.8 pct to 153.50 in February from 154.67 in January and was up 16.8 pct from 184.55 a year earlier.', '1987-03-16'), [['February', '1987-02'], ['January', '1987-01'], ['a year earlier', '1986-02']]);
});

test('a day its sentence already dated with an earlier year is that day again: "between February 18 and February 21, 1986, selling those shares for a profit on February 21"', () => {
  assert.deepEqual(textsAndValues('The suit claimed that Boesky bought 95,300 FMC shares between February 18 and February 21, 1986, selling those shares for a profit of 975,000 dlrs on February 21, the day FMC first said it was considering a recapitalization.', '1987-04-13'), [['February 18', '1986-02-18'], ['February 21, 1986', '1986-02-21'], ['February 21', '1986-02-21']]);
  // (not a day of a year still ahead: "are due April 14, 1989, and are for settlement April 14")
  assert.deepEqual(textsAndValues('The notes are due April 14, 1989, and are for settlement April 14.', '1987-03-30'), [['April 14, 1989', '1989-04-14'], ['April 14', '1987-04-14']]);
});

test('the day that closes a period a results note labels by its year lies in that year: "NOTE: 1985 period ended December 29"', () => {
  assert.deepEqual(textsAndValues('Revs 19,027,000 vs 6,474,000 NOTE: 1985 period ended December 29 Share results adjusted for stock split.', '1987-03-19'), [['1985', '1985'], ['December 29', '1985-12-29']]);
  assert.deepEqual(textsAndValues('Sales 104.9 mln vs 87.6 mln NOTE: 1986 period ended June One NOTE: Earnings exclude gain on disposal.', '1987-06-29'), [['1986', '1986'], ['June One', '1986-06-01']]);
});

test('a month compared a year back is the one its sentence reports on, not the side just compared with: "unchanged in March compared with February but 0.2 pct lower than in the same month in 1986"', () => {
  assert.deepEqual(textsAndValues('The cost of living was unchanged in March compared with February but stood 0.2 pct lower than in the same month in 1986.', '1987-04-02'), [['March', '1987-03'], ['February', '1987-02'], ['the same month', '1986-03'], ['1986', '1986']]);
  // (a month the report's own month gave it stays: "fell to 6.5 billion in February from 7.2 billion in January and was still above the 6.84 billion reached in the same month the year before")
  assert.deepEqual(textsAndValues('The surplus fell to 6.5 billion marks in February from 7.2 billion in January and was still above the 6.84 billion reached in the same month the year before.', '1987-04-27').slice(-1), [['the same month the year before', '1986-02']]);
});

test('a market report\'s time of day after a sentence that named the day before publication is of the publication day: "in response to last night\'s news … By about 0840 GMT, BP shares were down"', () => {
  const story = 'BP shares fell sharply in early trading, in response to last night\'s news that the Government will sell its holding. By about 0840 GMT, BP shares were down to 802p.';
  assert.deepEqual(textsAndValues(story, '1987-03-19'), [['last night', '1987-03-18TNI'], ['about 0840 GMT', '1987-03-19T08:40']]);
  // (an event of the day before keeps it: "Workers began attacking each other yesterday. Police arrived at about 1000 GMT")
  assert.deepEqual(textsAndValues('Workers began attacking each other yesterday. Police arrived at about 1000 GMT.', '1987-03-03'), [['yesterday', '1987-03-02'], ['about 1000 GMT', '1987-03-02T10:00']]);
});

test('a bare month bought or sold in a futures report is a contract\'s, still to come: "Staley bought July", "a buyer of September", "premium to the October New York delivery"', () => {
  assert.deepEqual(textsAndValues('Wheat futures closed higher. Staley bought July and the July/December spread traded at 7-1/2 cents.', '1987-04-07').slice(0, 1), [['July', '1987-07']]);
  assert.deepEqual(textsAndValues('Soybean futures rose, with Produce Grain a buyer of September, pit brokers said.', '1987-04-07'), [['September', '1987-09']]);
  assert.deepEqual(textsAndValues('Thai raws for October/December shipment have traded above twenty points premium to the October New York delivery, it said.', '1987-03-13').slice(-1), [['October', '1987-10']]);
});

test('a month\'s abbreviation whose stop is followed by a capital ends the sentence for the look right: "the impact will be in July/Dec, and in Indonesia July/Sept. Last year\'s cut in fertilizer use will hurt"', () => {
  assert.deepEqual(textsAndValues('In East Malaysia the impact will be in February/April and July/Dec, and in Indonesia July/Sept. Last year\'s cut in fertilizer use will hurt.', '1987-04-07').slice(2), [['July', '1987-07'], ['Dec', '1987-12'], ['July', '1987-07'], ['Sept.', '1987-09'], ['Last year', '1986']]);
});

test('what a prospect or a possibility looks to lies ahead, whatever verb tells of it: "prospects for a quota accord in October also looked bleak"', () => {
  assert.deepEqual(textsAndValues('Prospects for a quota accord in October also looked bleak.', '1987-04-01'), [['October', '1987-10']]);
  assert.deepEqual(textsAndValues('Delegates said the possibility of reimposing quotas before October remained on the agenda.', '1987-04-01'), [['October', '1987-10']]);
  assert.deepEqual(textsAndValues('Many producers are more interested in working towards reimposing quotas from October 1.', '1987-04-01'), [['October 1', '1987-10-01']]);
});

test('"the year ending" a day is the year under way, as "the current year ending" is: "exercised options to lease two systems for the year ending September 30"', () => {
  assert.deepEqual(textsAndValues('The company said it exercised options to lease two additional systems for the year ending September 30 from Whitehall for 4,437,000 dlrs.', '1987-03-19').slice(-1), [['September 30', '1987-09-30']]);
  // ("ended" looks back: "net income for the year ended September 30")
  assert.deepEqual(textsAndValues('The company reported net income of 4.1 mln dlrs for the year ended September 30.', '1987-03-19').slice(-1), [['September 30', '1986-09-30']]);
});

test('the start of a span "since" names is no period a year back counts from: "rose 0.2 pct from December, the first monthly rise since October 1985, but were down 4.4 pct from a year earlier"', () => {
  assert.deepEqual(textsAndValues('In January, producer prices rose 0.2 pct from December, the first monthly rise since October 1985, but they were down 4.4 pct from a year earlier.', '1987-03-18').slice(-1), [['a year earlier', '1986']]);
  // (a clause of its own telling of it keeps it: "the first growth since June 1986, when they rose 4.4 pct from a year earlier")
  assert.deepEqual(textsAndValues('Exports posted a rise in January, the first growth since June 1986, when they rose 4.4 pct from a year earlier.', '1987-03-30').slice(-1), [['a year earlier', '1985-06']]);
});

test('"the same month for 1986" is the month the text is on, in the year named: "The February surplus compared with a deficit in the same month for 1986"', () => {
  assert.deepEqual(textsAndValues('The February surplus compared with a deficit of 1,578 billion lire in the same month for 1986.', '1987-03-19'), [['February', '1987-02'], ['the same month', '1986-02'], ['1986', '1986']]);
});

test('a scheduled verb in the base form after "does" and an adverb plans too: "Nakasone\'s power does not necessarily terminate at the end of his term in October"', () => {
  assert.deepEqual(textsAndValues('Nakasone\'s power in office does not necessarily terminate at the end of his term in October.', '1987-03-11'), [['October', '1987-10']]);
});

test('"May" and "March" capitalized before what a market ships or trades by the month are the months: "Cocoa for May delivery was off nine dlrs", "for May shipment", "May crude futures"', () => {
  assert.deepEqual(textsAndValues('Cocoa for May delivery was off nine dlrs at 1,925 dlrs a tonne.', '1987-04-07'), [['May', '1987-05']]);
  assert.deepEqual(textsAndValues('Japanese crushers bought 2,000 tonnes of Canadian rapeseed overnight for May shipment, trade sources said.', '1987-04-09'), [['May', '1987-05']]);
  assert.deepEqual(textsAndValues('Traders said resistance continues near 19.00 dlrs a barrel for May crude futures.', '1987-04-07'), [['May', '1987-05']]);
  // (not the modal: "Prices may deliver a surprise")
  assert.deepEqual(textsAndValues('Prices may deliver a surprise.', '1987-04-07'), []);
});

test('what is forecast for a period, put forward for approval in a month, or left open as a choice lies ahead: "further depletion was forecast for the June quarter", "submitted to parliament for approval in May", "left open the choices of June and early autumn"', () => {
  assert.deepEqual(textsAndValues('Stocks fell sharply in the March quarter and further depletion was forecast for the June quarter, the survey said.', '1987-03-22').slice(-1), [['the June quarter', '1987-Q2']]);
  assert.deepEqual(textsAndValues('The budget, which has been submitted to parliament for approval in May, represents an increase in spending of 11 pct.', '1987-03-17'), [['May', '1987-05']]);
  assert.deepEqual(textsAndValues('Her advisors yesterday ruled out a May general election, but left open the choices of June and early autumn.', '1987-04-05').slice(-2), [['June', '1987-06'], ['early autumn', '1987-FA']]);
});

test('coming back and retiring are scheduled in the present: "The FAO official returns to Rome on Thursday", "when he retires as Chairman in December" (not the noun, "variable life returns topping 50 pct")', () => {
  assert.deepEqual(textsAndValues('The FAO official returns to Rome on thursday.', '1987-03-17'), [['thursday', '1987-03-19']]);
  assert.deepEqual(textsAndValues('BET named a new chairman to replace Sir Hugh Dundas when he retires as Chairman in December.', '1987-06-18'), [['December', '1987-12']]);
  assert.deepEqual(textsAndValues('Insurers showed variable life returns topping 50 pct on an annual basis in the five months to March 31.', '1987-06-01').slice(-1), [['March 31', '1987-03-31']]);
});

test('"set" right after the noun it describes dates it in the past: "the three to six pct target zone set in December", "the repurchase agreements set on Monday"', () => {
  assert.deepEqual(textsAndValues('The money supply would grow within the three to six pct target zone set in December.', '1987-03-21'), [['December', '1986-12']]);
  // (not the noun "cut": "he expects the rate cut in May or June")
  assert.deepEqual(textsAndValues('The broker said he expects the rate cut in May or June.', '1987-04-13'), [['May', '1987-05'], ['June', '1987-06']]);
});

test('a month held long or short in a futures report is a contract\'s, still to come: "Merchants spread long May/short September"', () => {
  assert.deepEqual(textsAndValues('Soybean futures fell. Merchants spread long May/short September at one time, they added.', '1987-04-07'), [['September', '1987-09']]);
});

test('a results table\'s heading names the day its period closed, which lies back: "NEW YORK, March 2 - Qtr ends Dec 31 Shr profit three cts"', () => {
  assert.deepEqual(textsAndValues('NEW YORK, March 2 - Qtr ends Dec 31 Shr profit three cts vs loss three cts.', '1987-03-02'), [['March 2', '1987-03-02'], ['Dec 31', '1986-12-31']]);
  // (a sentence's own present still looks ahead: "Its fiscal year ends September 30")
  assert.deepEqual(textsAndValues('Franklin Resources is a financial services company. Its fiscal year ends September 30.', '1987-03-13').slice(-1), [['September 30', '1987-09-30']]);
});

test('a hope held now, in the passive, looks ahead: "the finished document is hoped to be presented to Congress in October" (not "said it hoped to submit the plan by mid-February")', () => {
  assert.deepEqual(textsAndValues('The finished document is hoped to be presented to Congress in October.', '1987-03-12'), [['October', '1987-10']]);
  assert.deepEqual(textsAndValues('Dome Petroleum previously said it hoped to submit the debt plan by mid-February.', '1987-03-04'), [['mid-February', '1987-02']]);
});

test('"due to" before a hyphened adjective is "because of", no plan: "car sales have been weaker due to tax-induced heavy buying in December"', () => {
  assert.deepEqual(textsAndValues('Car sales have been weaker due to tax-induced heavy buying in December.', '1987-03-04'), [['December', '1986-12']]);
});

test('"as of tomorrow" is the next day ("as" is no plural, as "the leaders of tomorrow" has): "would end the lockout as of tomorrow"', () => {
  assert.deepEqual(textsAndValues('The companies said they would end the lockout as of tomorrow.', '1987-03-16'), [['tomorrow', '1987-03-17']]);
  assert.deepEqual(textsAndValues('They are the leaders of tomorrow.', '1987-03-16'), [['tomorrow', 'FUTURE_REF']]);
});

test('the next sitting of an event "in" a month lies ahead, and a contract month "off" its price in a futures report is a contract\'s: "prior to the next International Coffee Organization session in September", "with November off 19-1/2 cents"', () => {
  assert.deepEqual(textsAndValues('Plans to oversee a meeting with Brazil prior to the next International Coffee Organization session in September did not affect the market.', '1987-04-07'), [['September', '1987-09']]);
  assert.deepEqual(textsAndValues('Prices in soybean futures were off 14 to 20-1/2 cents with November off 19-1/2 cents at 5.43-1/2 dlrs.', '1987-06-29'), [['November', '1987-11']]);
});

test('an event named by its month\'s possessive has happened, unless the words before put it ahead: "agreed under February\'s Louvre Accord", written in October', () => {
  assert.deepEqual(textsAndValues('Six leading industrial nations agreed under February\'s Louvre Accord to stabilise currencies.', '1987-10-20'), [['February', '1987-02']]);
  assert.deepEqual(textsAndValues('They aimed to develop a joint regional position ahead of July\'s conference in Geneva.', '1987-03-20'), [['July', '1987-07']]);
});

test('a day past its month\'s end is the writer\'s slip for the last day, so the value stays a real date: "fiscal 1987 ending September 31", "November 31 1986"', () => {
  assert.deepEqual(textsAndValues('The company expects a profit in fiscal 1987 ending September 31.', '1987-03-03').slice(-1), [['September 31', '1987-09-30']]);
  assert.deepEqual(textsAndValues('The loan was drawn on November 31 1986.', '1987-03-18'), [['November 31 1986', '1986-11-30']]);
});

test('a year back further on in a story of one month\'s figures is that month a year back, while only years back came between; a month after it as a further side does not stop it: "Imports fell to 8.61 billion from 10.12 billion a year earlier and 8.94 billion in January"', () => {
  const text = "Japan's February exports rose to 16.74 billion dlrs from 14.89 billion in February 1986. Imports fell to 8.61 billion from 10.12 billion a year earlier and 8.94 billion in January. The overall deficit rose to 2.65 billion dlrs from 1.30 billion a year earlier but was down from 7.04 billion in January.";
  const values = textsAndValues(text, '1987-03-27').filter(([t]) => t === 'a year earlier').map(([, v]) => v);
  assert.deepEqual(values, ['1986-02', '1986-02']);
  assert.deepEqual(textsAndValues('Unemployment fell in January. Exports rose to 5.1 billion, up from 4.9 billion a year earlier.', '1987-03-02').slice(-1), [['a year earlier', '1986-01']]);
});

test('"the month" told of in the past in a story of a month just gone is that month, and alone after "in", "during", "for" it is a time: "Retail sales rose in February. Penney started out with strong sales early in the month", "Cargo traffic in the month was 10 pct higher"', () => {
  assert.deepEqual(textsAndValues('Retail sales rose in February. Penney started out with strong sales early in the month.', '1987-03-05'), [['February', '1987-02'], ['early in the month', '1987-02']]);
  assert.deepEqual(textsAndValues('Swissair said its load factor for January was steady. Cargo traffic in the month was 10 pct higher.', '1987-03-17'), [['January', '1987-01'], ['the month', '1987-01']]);
  // its end still ahead, or a month named in a phrase of its own, stay the month the text is on or none
  assert.deepEqual(textsAndValues('Output fell in March. The issue could go to the summit at the end of the month.', '1987-06-15').slice(-1), [['the end of the month', '1987-06']]);
  assert.deepEqual(textsAndValues('Not necessarily in the month in which intervention occurs.', '1987-06-02'), []);
});

test('a wire\'s bracketed story code and filing time is no year: "(XYJN 1519)", "(MRUA 2019, NYFK 2123)", but "(BASE 1967 EQUALS 100)" and "(JULY 1945)" keep theirs', () => {
  assert.deepEqual(textsAndValues('Commission sources said. (XYJN 1519) CHICAGO - Wheat rose. (MRUA 2019, NYFK 2123) NEW YORK - The dollar fell.', '1987-04-07'), []);
  assert.deepEqual(textsAndValues('The index (BASE 1967 EQUALS 100) rose, as it had (JULY 1945).', '1987-04-07'), [['1967', '1967'], ['JULY 1945', '1945-07']]);
});

test('a wire clock time after a relative clause that named the day before is the main clause\'s, the day of filing: "shares, which firmed to close at 273p on Friday, eased to 245.5p at 0838 GMT"', () => {
  assert.deepEqual(textsAndValues('Rothmans B shares, which firmed on the speculation to close at 273p from 241p on Friday, eased to 245.5p at 0838 GMT.', '1987-04-13'), [['Friday', '1987-04-10'], ['0838 GMT', '1987-04-13T08:38']]);
  // (a day of the main clause still dates it)
  assert.deepEqual(textsAndValues('The shares closed at 273p on Friday after touching 280p at 1430 GMT.', '1987-04-13'), [['Friday', '1987-04-10'], ['1430 GMT', '1987-04-10T14:30']]);
});

test('a period "ended" on a day a few days ahead, in a clause that looks ahead however far back its verb, is the one about to close: "expects to take a charge against earnings for the second quarter ended March 31", six days before', () => {
  assert.deepEqual(textsAndValues('The company expects to take a charge against earnings for the second quarter ended March 31.', '1987-03-25').slice(-1), [['March 31', '1987-03-31']]);
  assert.deepEqual(textsAndValues('The company took a charge against earnings for the second quarter ended March 31.', '1987-03-25').slice(-1), [['March 31', '1986-03-31']]);
});

test('what is ordered, with a counted object and a deadline closing the infinitive\'s object, lies ahead of the order: "the government ordered 82 companies to repay 10 pct of their bank borrowings by December 31"', () => {
  assert.deepEqual(textsAndValues('Last month, the government ordered 82 companies to repay 10 pct of their bank borrowings by December 31.', '1987-06-02').slice(-1), [['December 31', '1987-12-31']]);
  // (not a date that names something else after the infinitive's object)
  assert.deepEqual(textsAndValues('They were asked to forget the lessons of September 11.', '1987-06-02'), [['September 11', '1986-09-11']]);
});

test('a "when" clause that opens the sentence before a main clause in the future lies ahead, whatever its own present: "When the Chicago Mercantile Exchange (CME) re-introduces gold futures trading here Tuesday (at 9 a.m. CDT), it will go toe-to-toe"', () => {
  assert.deepEqual(textsAndValues('When the Chicago Mercantile Exchange (CME) re-introduces gold futures trading here Tuesday (at 9 a.m. CDT), it will go toe-to-toe in an uphill battle.', '1987-06-15'), [['Tuesday', '1987-06-16'], ['9 a.m. CDT', '1987-06-16T09:00']]);
  // (not a past one, nor a future only a saying further on reports)
  assert.deepEqual(textsAndValues('When the exchange reopened on Tuesday, traders said it will be busy.', '1987-06-15'), [['Tuesday', '1987-06-09']]);
});

test('"within", "over", "in" or "for" the next year, told of now or ahead, is the twelve months ahead, a length; told in the past it is the year after the story\'s, and "the next year or so" stays the year: "Completion is expected within the next year"', () => {
  assert.deepEqual(textsAndValues('Completion is expected within the next year, it said.', '1987-04-09'), [['the next year', 'P1Y']]);
  assert.deepEqual(textsAndValues('Pirelli will supply NYNEX with fiber optic cables over the next year.', '1987-06-29'), [['the next year', 'P1Y']]);
  assert.deepEqual(textsAndValues('Sales will rise in the next year or so.', '1989-11-02'), [['the next year or so', '1990']]);
  assert.deepEqual(textsAndValues('In 1958 the army attacked. Within the next year, his successor launched an offensive.', '2009-12-19'), [['1958', '1958'], ['the next year', '1959']]);
});
