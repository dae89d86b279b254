import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from './helpers.js';

// Written on Wednesday 2008-09-24.
const WEDNESDAY = '2008-09-24';
const valueOf = (text: string, date = WEDNESDAY) => tag(text, date).map((t) => t.value);

test('"can", "should", "must" before a weekday plan the coming one: "They can both fly to DC on Saturday"', () => {
  assert.deepEqual(valueOf('They can both fly to DC on Saturday.'), ['2008-09-27']);
  assert.deepEqual(valueOf('Obama believes the debate should go forward on Friday.'), ['2008-09-26']);
  assert.deepEqual(valueOf('The bill must be passed by Friday night.'), ['2008-09-26TNI']);
});

test('"may", "might", "could" before a weekday look ahead too ("the oil could reach Florida\'s shores by Friday"), but not a past ability', () => {
  assert.deepEqual(valueOf('Forecasters suggest the oil could reach Florida\'s shores by Friday.', '2010-06-03'), ['2010-06-04']);
  assert.deepEqual(valueOf('He may leave the decision to the security council on Thursday.', '2018-12-18'), ['2018-12-20']);
  assert.deepEqual(valueOf('Neither he nor the grandparents could be located Wednesday.', '2000-01-06'), ['2000-01-05']);
  assert.deepEqual(valueOf('“On Thursday, I could smell the oil,” she said.', '2010-05-17'), ['2010-05-13']);
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

test('what follows a verb of saying has its own tense: "seized the floor on Wednesday and said they would refuse"', () => {
  assert.deepEqual(valueOf('House Democrats seized the floor from Republicans on Wednesday and said they would refuse to leave.', '2016-06-27'), ['2016-06-22']);
  assert.deepEqual(valueOf('Clinton went on offense against Trump on Monday, saying he would abdicate leadership.', '2016-03-22'), ['2016-03-21']);
});

test('inside a relative clause the main clause\'s verbs do not date the expression', () => {
  assert.deepEqual(valueOf('Sanders, who did win Rhode Island on Tuesday, would likely place more focus on policy.', '2016-04-27'), ['2016-04-26']);
  assert.deepEqual(valueOf('The plan, which Geithner is set to announce Monday, is being crafted under pressure.', '2009-02-04'), ['2009-02-09']);
});

test('"holds its primary on Tuesday" is scheduled; "holds 14.6%" is no plan', () => {
  assert.deepEqual(valueOf('Wisconsin holds its presidential primary on Tuesday.', '2016-04-01'), ['2016-04-05']);
  assert.deepEqual(valueOf('Gabelli began raising its stake in July, and holds 14.6%.', '1989-10-30'), ['1989-07']);
  // "to hold talks" is a purpose
  assert.deepEqual(valueOf('Iraq reached an agreement with the United Nations in June to hold political talks.', '1996-08-26'), ['1996-06']);
});

test('"would not comment Friday night", "wouldn’t say Tuesday": a refusal already made', () => {
  assert.deepEqual(valueOf('BP spokesman John Curry would not comment Friday night on the cause.', '2010-05-08'), ['2010-05-07TNI']);
  assert.deepEqual(valueOf('Schumer wouldn’t say Tuesday how the party would prioritize gun control.', '2016-06-22'), ['2016-06-21']);
  // the refusal dates only the expression right after it: the predicted completion still lies ahead
  assert.deepEqual(valueOf('Retired Coast Guard Adm. Thad Allen would n\'t budge Friday from the standard prediction of a mid-August completion.', '2010-07-03'), ['2010-07-02', '2010-08']);
});

test('"most recently in a Labor Day interview": the latest of things already done lies back', () => {
  assert.deepEqual(valueOf('The nominee continues to insist, most recently in a Labor Day interview with ABC News, that he wants to release his taxes.', '2016-09-08').slice(-1), ['2016-09-05']);
});

test('a weekday dating a sudden event just before it is past: "because of the slaying in Chicago on Friday"', () => {
  assert.deepEqual(valueOf('He said they will vote for him because of the slaying in Chicago on Friday of the cousin.', '2016-08-28'), ['2016-08-26']);
  // a spill goes on and is discussed ahead
  assert.deepEqual(valueOf('Obama will address the nation about the spill on Tuesday night.', '2010-06-13'), ['2010-06-15TNI']);
});

test('typographic apostrophes read as straight ones: "We’ll be meeting on Friday", "he’d surged", "New Year’s Eve"', () => {
  assert.deepEqual(valueOf('“We’ll be meeting on Friday in St. Louis,” she said.', '2016-06-22'), ['2016-06-24']);
  // "'d" before a participle is "had"
  assert.deepEqual(valueOf('He spoke on Nov. 3, just as he’d surged to the top.', '2015-12-15'), ['2015-11-03']);
  assert.deepEqual(tag('The messages released on New Year’s Eve were hard to read.', '2015-12-31').map((t) => t.text), ['New Year’s Eve']);
});

test('an -ed word after a name or a pronoun is the verb ("Netanyahu rallied supporters"), and "--" ends a clause', () => {
  assert.deepEqual(valueOf('On the eve of his election in March, Netanyahu rallied supporters by warning them.', '2015-12-10'), ['2015-03']);
  assert.deepEqual(valueOf('In a speech from Wyoming -- which holds a caucus on Saturday -- Sanders claimed momentum.', '2016-04-06'), ['2016-04-09']);
  // a dashed aside with a verb of its own ends at its dash; one without takes the main clause's tense
  assert.deepEqual(valueOf('Unrest -- especially where a strike began among workers Wednesday -- would put finances under pressure.', '2011-02-10'), ['2011-02-09']);
  assert.deepEqual(valueOf('Fares in the shoulder season -- the month of May and from mid-August to mid-September -- will be 644 dlrs.', '1987-03-06'), ['1987-05', '1987-08', '1987-09']);
  // the expression's own weekday is no subject
  assert.deepEqual(valueOf('He is expected to order on Thursday strengthened inspections.', '2010-05-26'), ['2010-05-27']);
});

test('in talk of elections a November no verb dates is the coming election\'s: "Cruz\'s chances of winning in November"', () => {
  assert.deepEqual(valueOf('Viguerie is upbeat about Cruz’s chances of winning in November.', '2016-01-19'), ['2016-11']);
  assert.deepEqual(valueOf('Democrats hope to improve their chances in a November general election.', '2016-01-30'), ['2016-11']);
  // without election talk, or with a past verb, it stays the last one
  assert.deepEqual(valueOf('The 74-year-old underwent hernia surgery in November.', '2016-01-17'), ['2015-11']);
  assert.deepEqual(valueOf('The union, which endorsed Hillary Clinton in November, is liberal.', '2016-01-30'), ['2015-11']);
});

test('"on Thursday and Friday next week": both days are in next week', () => {
  assert.deepEqual(valueOf('He is convening talks in Vienna on Thursday and Friday next week.', '2018-01-17'), ['2018-01-25', '2018-01-26']);
});

test('a passive infinitive just before the expression plans it: "a summit to be held in Tehran on Friday has been described"', () => {
  assert.deepEqual(valueOf('A three-way summit to be held in Tehran on Friday has been described as a last chance.', '2018-09-05'), ['2018-09-07']);
  assert.deepEqual(valueOf('The report, to be released in full on Tuesday, is utterly damning.', '2011-01-06'), ['2011-01-11']);
  // "the first … to be cleaned up" tells of what was done
  assert.deepEqual(valueOf('One of the first birds to be cleaned up and released in early May was a gannet.', '2010-06-08'), ['2010-05']);
});

test('a verb of saying just before a date is what it dates; "rescheduled for Thursday" and "talks reopen on Tuesday" lie ahead', () => {
  assert.deepEqual(valueOf('He told reporters on Saturday it would be unwise to pin the banks down.', '1987-03-02'), ['1987-02-28']);
  // a name of several words between the verb and the day
  assert.deepEqual(valueOf('House Speaker Jim Wright told Budget Committee Democrats Wednesday he would fight for a tax increase.', '1987-03-05'), ['1987-03-04']);
  assert.deepEqual(valueOf('Results will be announced on Tuesday.', '1987-03-05'), ['1987-03-10']);
  assert.deepEqual(valueOf('Talks at the plant have been rescheduled for Thursday, a spokesman said.', '1987-03-02'), ['1987-03-05']);
  assert.deepEqual(valueOf('It is designed to avoid an impasse when talks reopen in New York on Tuesday.', '1987-03-01'), ['1987-03-03']);
});

test('a present progressive just before a weekday is an arrangement: "are gathering on Monday", "is meeting Thursday"', () => {
  assert.deepEqual(valueOf('The heads of several missions are gathering on Monday, and plan to discuss it.', '2011-02-10'), ['2011-02-14']);
  assert.deepEqual(valueOf('A federal judicial panel is meeting Thursday in Boise.', '2010-07-27'), ['2010-07-29']);
  // not into a question, nor from far back
  assert.deepEqual(valueOf('Many people are asking whether the game on Sunday was the last.', '2011-02-07'), ['2011-02-06']);
  assert.deepEqual(valueOf('Trump is dialling down his bellicose rhetoric of Wednesday.', '2018-04-12'), ['2018-04-11']);
  // a month is not arranged this way: "following the explosion on the rig in April" stays past
  assert.deepEqual(valueOf('BP is drilling relief wells following the explosion on the rig in April.', '2010-07-05'), ['2010-04']);
});

test('a weekday’s planned event lies ahead: "Friday \'s planned protests", "expect Clinton to win Monday\'s debate"', () => {
  assert.deepEqual(valueOf("A Facebook page devoted to Friday 's planned protests had more than 80,000 followers .", '2011-01-27'), ['2011-01-28']);
  assert.deepEqual(valueOf("Traders look forward to Friday's expected vote by the House.", '2008-11-05'), ['2008-11-07']);
  assert.deepEqual(valueOf("A majority of voters expect Clinton to win Monday's debate.", '2016-09-25'), ['2016-09-26']);
  // without the plan, a possessive weekday names what has happened
  assert.deepEqual(valueOf("Voters expected Clinton to win Monday's debate.", '2016-09-28'), ['2016-09-26']);
  assert.deepEqual(valueOf("Markets fell after Friday's vote by the House.", '2008-11-05'), ['2008-10-31']);
  // a text that opens with a plan's word puts no weekday without a possessive ahead
  assert.deepEqual(valueOf('Planned protests drew crowds. The minister resigned on Monday.', '2011-01-27'), ['2011-01-24']);
});

test('"was found to be infected on Saturday" reports what happened; "is scheduled to be signed on Friday" plans', () => {
  assert.deepEqual(valueOf('A student who had not been overseas was found to be infected on Saturday.', '2009-05-21'), ['2009-05-16']);
  assert.deepEqual(valueOf('The treaty is scheduled to be signed on Friday.', '2009-05-21'), ['2009-05-22']);
  assert.deepEqual(valueOf('A summit expected to be held in Tehran on Friday was described as crucial.', '2009-05-21'), ['2009-05-22']);
});

test('a condition still to be met looks ahead: "if he and Clinton take office in January", "If he does not show up on Friday"', () => {
  assert.deepEqual(valueOf('Kaine promised immigration reform if he and Clinton take office in January.', '2016-08-01'), ['2017-01']);
  assert.deepEqual(valueOf('If he does not show up on Friday to debate Obama, he will lose.', '2008-09-24'), ['2008-09-26']);
  // not a date naming an event, nor "if any", nor a condition far before the date
  assert.deepEqual(valueOf('If he follows up his Tuesday wins in Idaho and Utah, he gains.', '2016-03-23'), ['2016-03-22']);
  assert.deepEqual(valueOf('Scientists study what effects, if any, BP\'s April 20 oil well blowout had.', '2010-10-22'), ['2010-04-20']);
  assert.deepEqual(valueOf('Officials warned of a clash if Donald Trump orders a military strike in Syria in response to the chemical attack in rebel-held Douma at the weekend.', '2018-04-10'), ['2018-W14-WE']);
});

test('a date that fronts the clause after "that" takes that clause\'s tense, not the verb before "that"', () => {
  assert.deepEqual(valueOf('After much prayer, I have decided that on Election Day, I will vote for the Republican nominee.', '2016-09-26'), ['2016-11-08']);
  assert.deepEqual(valueOf('Outlining his plan, he said that on Saturday two teams of about 50 would go.', '2010-05-28'), ['2010-05-29']);
  assert.deepEqual(valueOf('The Foreign Office has confirmed that on Wednesday it will send a Boeing 767 to Cairo.', '2011-01-31'), ['2011-02-02']);
  assert.deepEqual(valueOf('He said that on Monday he had met the minister.', '2016-09-28'), ['2016-09-26']);
});

test('the attacks of 2001 named as a modifier of another noun move no story there: "the 2011 raid that killed 9/11 plotter Osama bin Laden … earlier in the day"', () => {
  assert.deepEqual(valueOf('She backed the 2011 raid that killed 9/11 plotter Osama bin Laden during a forum. During a speech earlier in the day, Trump attacked her.', '2016-09-08'), ['2011', '2001-09-11', '2016-09-08']);
  // the attacks themselves do: "the Sept. 11 attacks … the next morning"
  assert.deepEqual(valueOf('He spoke after the Sept. 11 attacks. Mr. McCain said the next morning on ABC News that it would be attacked.', '2008-09-24'), ['2001-09-11', '2001-09-12TMO']);
});

test('a possessive weekday\'s event that "will be" is ahead: "Monday\'s debate in New York will be Trump\'s first"; "Friday\'s close will be watched" stays back', () => {
  assert.deepEqual(valueOf("And while Monday's debate in New York will be Trump's first, he has bragged.", '2016-09-23'), ['2016-09-26']);
  assert.deepEqual(valueOf("Friday's close will be watched closely.", '2016-09-23'), ['2016-09-23']);
});

test('a present passive of bringing out looks ahead for a weekday: "is released on Friday"', () => {
  assert.equal(tag('This is Home: A Refugee Story is released on Friday through Epix.', '2018-06-20')[0].value, '2018-06-22');
  assert.equal(tag('The report was published on Friday.', '2018-06-20')[0].value, '2018-06-15');
});

test('a scheduled event named by a weekday\'s possessive after a preposition is the coming one up to two days ahead', () => {
  // Sunday 2016-09-25: the debate is the next day
  assert.equal(tag('Trump’s tweet to invite Gennifer Flowers to Monday night’s debate was only “to mock” Clinton.', '2016-09-25')[0].value, '2016-09-26TNI');
  assert.equal(tag('In written testimony for Tuesday\'s Senate hearings, a BP executive blames Transocean.', '2010-05-10')[0].value, '2010-05-11');
  // written on a Friday, Monday's debate is the one just held
  assert.equal(tag('At Monday’s debate, Clinton cited derogatory comments.', '2016-09-30')[0].value, '2016-09-26');
});

test('", but" before a new subject with an adjective ("but early forecasts say it will") ends the look to the right', () => {
  assert.equal(tag('Colin dissipated far out in the Atlantic on Tuesday , but early forecasts say it will travel north .', '2010-08-04')[0].value, '2010-08-03');
});

test('a present copula before the day sets it ahead: "The debate is on Friday", "It is his birthday on Tuesday"', () => {
  assert.deepEqual(valueOf('The debate is on Friday.'), ['2008-09-26']);
  assert.deepEqual(valueOf('It is Letts’ 22nd birthday on Tuesday.', '2017-11-13'), ['2017-11-14']);
  assert.deepEqual(valueOf('The actual deadline is 11:59 p.m. Tuesday.', '2010-11-17'), ['2010-11-23T23:59']);
  // a verb or a clause of its own between them, or the clock's "am", keeps the past reading
  assert.deepEqual(valueOf('The ceasefire is the first since Monday.'), ['2008-09-22']);
  assert.deepEqual(valueOf('The debate was on Monday.'), ['2008-09-22']);
  assert.deepEqual(valueOf('At 5 am on 16th November, a friend woke me up.', '2009-05-06'), ['2008-11-16T05:00', '2008-11-16']);
});

test('"need to" before a day looks ahead: "McCain just needs to get back there on Friday"', () => {
  assert.deepEqual(valueOf('McCain just needs to get back there on Friday.'), ['2008-09-26']);
  assert.deepEqual(valueOf('They remind people when they need to be caucusing Monday night.', '2016-01-31'), ['2016-02-01TNI']);
  // what was needed is past
  assert.deepEqual(valueOf('He needed to leave on Monday.'), ['2008-09-22']);
});

test('a day after "for" that a plan\'s object is set for lies ahead: "Protesters planned an anti-BP rally for Sunday"', () => {
  assert.deepEqual(valueOf('Protesters planned an anti-BP rally for Sunday.', '2010-06-05'), ['2010-06-06']);
  assert.deepEqual(valueOf('Then set the debate for Saturday to see his response.'), ['2008-09-27']);
  // a longer object, a name in quotation marks, a plan being organized, a vote called for a date
  assert.deepEqual(valueOf('The World Trade Organization has called a special meeting of trade finance players for Wednesday.', '2008-11-10'), ['2008-11-12']);
  assert.deepEqual(valueOf("Protesters said Monday that they were organizing a `` million man march '' around Cairo for Tuesday.", '2011-01-31'), ['2011-01-31', '2011-02-01']);
  assert.deepEqual(valueOf('Erdogan could lose the snap polls called for 24 June.', '2018-04-19'), ['2018-06-24']);
  // "called for" a demand, dated by the day after it, stays in the past
  assert.deepEqual(valueOf('He called for talks on Monday.'), ['2008-09-22']);
});

test('a plan told in the past for a weekday lies ahead ("BP\'s board was to meet on Monday"), unless that weekday was the day before publication', () => {
  assert.deepEqual(valueOf("BP 's board was to meet on Monday to discuss the dividend.", '2010-06-13'), ['2010-06-14']);
  assert.deepEqual(valueOf('It was to try another technique on Wednesday.', '2010-05-25'), ['2010-05-26']);
  // written on Tuesday about Monday: the wire's plan of the day before, and the day has come
  assert.deepEqual(valueOf('Mr. Netanyahu was to arrive at the White House on Monday for his first visit.', '2015-11-10'), ['2015-11-09']);
});

test('a limit that opens the sentence before a comma takes the past of the clause it frames; "the company\'s best hopes" is a noun', () => {
  assert.deepEqual(valueOf("By the end of May , the company 's best hopes of plugging the leak rested on pumping mud down the well .", '2010-11-08'), ['2010-05']);
  // a verb of saying in the clause dates the saying, and the limit still lies ahead; "hopes" the verb looks ahead
  assert.deepEqual(valueOf('By December, the company said, it expects to finish.', '2010-11-08'), ['2010-12']);
  assert.deepEqual(valueOf('BP hopes the well will be sealed by May.', '2010-11-08'), ['2011-05']);
});

test('"ahead of Monday\'s GOP caucuses" lies ahead; "leading up to April 20" and "up to 14 September" keep the clause\'s past, with "up to" outside', () => {
  assert.deepEqual(valueOf('Trump and Cruz sit atop most polls ahead of Monday\'s GOP caucuses.', '2016-01-26'), ['2016-02-01']);
  assert.deepEqual(tag('Regulations were violated in the period leading up to April 20 .', '2010-12-15').map((t) => [t.text, t.value]), [['April 20', '2010-04-20']]);
  assert.deepEqual(tag('The report listed 4,676 birds up to 14 September , while others listed more.', '2010-09-17').map((t) => [t.text, t.value, t.mod]), [['14 September', '2010-09-14', undefined]]);
  // "up to" before a count is still a most
  assert.deepEqual(tag('He faces up to 10 years in prison.', '2010-09-17').map((t) => [t.text, t.mod]), [['up to 10 years', 'EQUAL_OR_LESS']]);
});

test('a plan in the present after a pronoun dates its object: "it plans another round of demonstrations Friday", "they plan big event on Friday"', () => {
  assert.deepEqual(valueOf('The Islamic Action Front says it plans another round of demonstrations Friday .', '2011-02-03'), ['2011-02-04']);
  assert.deepEqual(valueOf('Alexandria protesters say they plan big event on Friday .', '2011-02-01'), ['2011-02-04']);
  // the noun "plans" dates nothing ahead
  assert.deepEqual(valueOf('Mr. Obama revised his withdrawal plans in October , saying troops would stay.', '2015-12-29'), ['2015-10']);
});

test('the far end of a stretch that starts now lies ahead: "between now and September", "from now until Friday"', () => {
  assert.deepEqual(valueOf('Should he stay between now and September?', '2011-02-06'), ['PRESENT_REF', '2011-09']);
  assert.deepEqual(valueOf('McCain would be doing nothing from now until Friday but debate prep.'), ['PRESENT_REF', '2008-09-26']);
  // "between" two past days is no stretch from now
  assert.deepEqual(valueOf('Prices fell between Monday and Tuesday, traders said.'), ['2008-09-22', '2008-09-23']);
});

test('a scheduled event named by a weekday\'s possessive after "during" is the coming one up to two days ahead', () => {
  assert.deepEqual(valueOf('The spot will air on Univision during Sunday\'s final of the Copa America.', '2016-06-24'), ['2016-06-26']);
});

test('a modal before "the weekend" looks ahead as before a weekday; "agreed" is a past form', () => {
  assert.deepEqual(valueOf('The system could become a violent storm by the weekend, meteorologists said.', '2010-07-20'), ['2010-W29-WE']);
  assert.deepEqual(valueOf('Testing should begin over the weekend.', '2010-06-02'), ['2010-W22-WE']);
  assert.deepEqual(valueOf('Governments agreed on Saturday to launch a fund countries can tap.', '2009-05-04'), ['2009-05-02']);
  assert.deepEqual(valueOf('McConnell agreed to a phone call on Wednesday, but only to say no.', '2016-03-18'), ['2016-03-16']);
});

test('what is urged or asked lies ahead of the urging: "he urged them to vote Tuesday", "asked to reschedule Friday\'s debate"', () => {
  assert.deepEqual(valueOf('He urged them to vote Tuesday.', '2016-06-06'), ['2016-06-07']);
  assert.deepEqual(valueOf('Sanders urged supporters to turn out on Tuesday.', '2016-06-06'), ['2016-06-07']);
  assert.deepEqual(valueOf('He simply asked to reschedule Friday\'s debate.'), ['2008-09-26']);
  // the urging dated, or a date naming something else, stays as it was
  assert.deepEqual(valueOf('He urged Congress on Monday to act.', '2016-06-06'), ['2016-06-06']);
});

test('"later Thursday", "Earlier Tuesday" name the day the story is written on: the weekday nearest the publication date', () => {
  assert.deepEqual(valueOf('It could reach tropical storm strength later Thursday, and crews expect delays.', '2010-07-21'), ['2010-07-22']);
  assert.deepEqual(valueOf('Later Tuesday, a crane lifted the new box.', '2010-07-21'), ['2010-07-20']);
  assert.deepEqual(valueOf('He may face a skeptical audience when he speaks later Monday.', '2016-03-22'), ['2016-03-21']);
});

test('"takes" in the present tells a schedule as "opens" does: "who formally takes over the oil giant Friday"', () => {
  assert.deepEqual(valueOf('Dudley, who formally takes over the oil giant Friday, said he would act.', '2010-09-29'), ['2010-10-01']);
  assert.deepEqual(valueOf('The next president takes office in January.', '2016-08-26'), ['2017-01']);
});

test('a weekday listed after another shares its direction when its own words set none', () => {
  // the modal dates the whole list; the later days lie out of its reach
  assert.deepEqual(valueOf('Projections show oil could reach the Pass a Loutre wildlife area Friday night, Breton Sound on Saturday and the Chandeleur Islands on Sunday.', '2010-04-28'),
    ['2010-04-30TNI', '2010-05-01', '2010-05-02']);
  assert.deepEqual(valueOf('McCain wants to suspend his campaign until, say, Sunday or Monday.'), ['2008-09-28', '2008-09-29']);
  // a list told in the past stays in the past
  assert.deepEqual(valueOf('The oil reached the wildlife area Friday night, Breton Sound on Saturday and the islands on Sunday.', '2010-04-28'),
    ['2010-04-23TNI', '2010-04-24', '2010-04-25']);
});

test('a fronted weekday before "is due to", "is scheduled to", "is to" looks ahead; a coordinated plan after a past verb does not', () => {
  assert.deepEqual(valueOf('On Wednesday, he is due to hold a crucial meeting with BP executives.', '2010-06-14'), ['2010-06-16']);
  assert.deepEqual(valueOf('On Monday, he is scheduled to go to Houston to talk to BP executives.', '2010-06-19'), ['2010-06-21']);
  assert.deepEqual(valueOf('BP capped its well on Thursday and is preparing to seal it permanently.', '2010-09-15'), ['2010-09-09']);
});

test('a past verb that brought an event about dates it then: "caused cleanup efforts to be suspended over the weekend"', () => {
  assert.deepEqual(valueOf('Bad weather caused cleanup efforts to be suspended over the weekend.', '2010-04-26'), ['2010-W16-WE']);
  assert.deepEqual(valueOf('The strike forced the airport to be closed on Sunday.'), ['2008-09-21']);
  // a plan to be held still looks ahead
  assert.deepEqual(valueOf('A summit to be held in Tehran on Friday was described as crucial.'), ['2008-09-26']);
});

test('"ends", "closes", "concludes" in the present schedule what they date: "until September, when his term ends"', () => {
  assert.deepEqual(valueOf('Mubarak said he has no intention of stepping down until September, when his term ends.', '2011-02-03'), ['2011-09']);
  assert.deepEqual(valueOf('The conference ends Saturday with the straw poll.', '2011-02-06'), ['2011-02-12']);
  // (with "typically" before them, the months are the usual ones, of no year: habitual-months.test.ts)
  assert.deepEqual(valueOf('The hurricane season peaks in August and ends in November.', '2010-06-07'), ['2010-08', '2010-11']);
  // in the past they date what has ended
  assert.deepEqual(valueOf('The conference ended Saturday with the straw poll.', '2011-02-06'), ['2011-02-05']);
});

test('"until" after a state that holds now bounds it at a day ahead; a title in quotes before "which" opens a relative clause', () => {
  assert.deepEqual(valueOf('Classrooms have been closed until at least Thursday after a girl was diagnosed with the virus.', '2009-05-04'), ['2009-05-07']);
  assert.deepEqual(valueOf('The announcement has been put off until Wednesday, the radio said on Sunday.', '1996-08-25'), ['1996-08-28', '1996-08-25']);
  // a state told in the past keeps its day behind
  assert.deepEqual(valueOf('Classrooms had been closed until Thursday after a girl was diagnosed.', '2009-05-04'), ['2009-04-30']);
  assert.deepEqual(valueOf("''Opening Belle,'' which will be in bookstores on Tuesday, is a twist on chick lit.", '2016-02-01'), ['2016-02-02']);
});

test("a weekday's planned event of the day before publication, in a past clause, has come: \"did not issue permits for Tuesday's planned protests\"", () => {
  assert.deepEqual(valueOf("The government did not issue permits for Tuesday's planned protests.", '2011-01-26'), ['2011-01-25']);
  assert.deepEqual(valueOf("Police are ready for Thursday's planned march.", '2011-01-26'), ['2011-01-27']);
});

test('a plan in the past perfect was for a day gone: "Allen had planned to join Rand in May"; "had expected to" still looks ahead', () => {
  assert.deepEqual(valueOf('Allen had planned to join Rand in May, but his transition was delayed.', '2010-10-01'), ['2010-05']);
  assert.deepEqual(valueOf('Crews had planned to spend Wednesday reinforcing the well.', '2010-07-22'), ['2010-07-21']);
  assert.deepEqual(valueOf('The plant was planned to open on Friday.', '2010-07-22'), ['2010-07-23']);
});

test('a month that dates a sudden event named just before it lies behind: "after an explosion on the Deepwater Horizon rig in April"', () => {
  assert.deepEqual(valueOf('Oil poured into the sea after an explosion on the Deepwater Horizon rig in April.', '2010-12-16'), ['2010-04']);
  assert.deepEqual(valueOf('Guns are an emotional issue in South Carolina after the Charleston church massacre in June.', '2016-02-25'), ['2015-06']);
  // a month ahead with no event stays the nearest
  assert.deepEqual(valueOf('The report on the rig in April.', '2010-12-16'), ['2011-04']);
});

test('a modal further back in the same clause still plans a weekday; a comma or a second verb between cuts it off', () => {
  assert.deepEqual(valueOf('De Mistura is under pressure, but he may leave the decision to UN security council in New York on Thursday.', '2018-12-18'), ['2018-12-20']);
  assert.deepEqual(valueOf('The INS ruled that the boy must be returned to his father, Juan Miguel Gonzalez, and set Friday as the deadline for his repatriation.', '2000-01-15'), ['2000-01-14']);
});

test('a plan in the present far back plans the weekday; a clause after ", after" or ", before" tells of another time', () => {
  const text = 'The US national security adviser, John Bolton, is expected to hold tense talks with Turkish officials in Ankara over Syria on Tuesday, after he placed conditions on a US troop withdrawal.';
  assert.deepEqual(valueOf(text, '2019-01-07'), ['2019-01-08']);
  assert.deepEqual(valueOf('Funaro, who is in Rome today, will fly to Tokyo on Sunday, after having completed a trip to France.', '1987-03-05'), ['1987-03-05', '1987-03-08']);
  // a clause opened by ", when" tells of the dated time itself
  assert.deepEqual(valueOf('Oil spewed unchecked until July 15, when BP engineers sealed it with a cap.', '2010-09-19'), ['2010-07-15']);
});

test('a plan\'s participle before its infinitive dates the day ahead whatever the verb after it: "The plants scheduled to work on Saturday are in Michigan"', () => {
  assert.deepEqual(valueOf('The two plants scheduled to work on Saturday are in Michigan.', '1987-03-19'), ['1987-03-21']);
  assert.deepEqual(valueOf('The report is scheduled to be officially released on Wednesday.', '2010-11-16'), ['2010-11-17']);
  // a plan for a day gone by, and "due to" as "because of", are not
  assert.deepEqual(valueOf('The offer had been due to expire Friday evening.', '1989-10-30'), ['1989-10-27TEV']);
  assert.deepEqual(valueOf('Output fell due to the cold January weather.', '1987-04-02'), ['1987-01']);
});

test('a state kept up to a day after "to remain", "will stay" lies ahead: "businesses to remain closed through Wednesday"', () => {
  assert.deepEqual(valueOf('The city extended a government order for non-essential businesses to remain closed through Wednesday.', '2009-05-03'), ['2009-05-06']);
  assert.deepEqual(valueOf('Mubarak may stay through September.', '2011-02-04'), ['2011-09']);
  // told in the past, or a past perfect plan, it stays behind
  assert.deepEqual(valueOf('Schools remained closed until Wednesday.', '2009-05-03'), ['2009-04-29']);
  assert.deepEqual(valueOf('The meetings had been scheduled to continue through Wednesday.', '2011-01-28'), ['2011-01-26']);
});

test('a fixture in the plural a team takes looks ahead: "England face Moldova … on Sunday"', () => {
  assert.deepEqual(valueOf('England face Moldova in a World Cup qualifier in the same stadium on Sunday.', '1996-08-31'), ['1996-09-01']);
  assert.deepEqual(valueOf('Essex and Kent both face tense finishes on Monday.', '1996-08-31'), ['1996-09-02']);
  // a noun "face" does not
  assert.deepEqual(valueOf('He showed his face on Sunday.', '1996-08-31'), ['1996-08-25']);
});

test('an event called for or invited to lies ahead of the call: "called for a rally Monday", "invited leaders to a meeting on Thursday"', () => {
  assert.deepEqual(valueOf("Iran's opposition figures called for a rally Monday in support of the uprisings.", '2011-02-11'), ['2011-02-14']);
  assert.deepEqual(valueOf('Iliescu has invited political leaders to a meeting on Thursday to discuss the pact.', '1996-08-27'), ['1996-08-29']);
  // a meeting that said something on a day has been held
  assert.deepEqual(valueOf('A meeting of ministers on Wednesday said it planned to send a team.', '1996-08-29'), ['1996-08-28']);
});
