import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/model/layers.js';
import { MentionIndex } from '../../src/extract/quotes/mention-index.js';
import { resolveSpeakers } from '../../src/extract/quotes/speakers.js';
import { createQuotesStage, quotesStage } from '../../src/extract/quotes/stage.js';
import { Resources } from '../../src/pipeline/resources.js';
import { entity, plainDoc, textOf } from './helpers.js';

const run = quotesStage.create(new Resources());

test('pronoun sources go to the last person named before them', () => {
  const doc = plainDoc('Senator Jane Roe visited the plant on Friday.\n\n“We will not close it,” she said.');
  doc.entities = [entity(doc, 'E1', 'PER', 'Jane Roe', ['Jane Roe'])];
  const quotes = run(doc).quotes!;
  const q = quotes.find((x) => textOf(doc, x.content) === '“We will not close it,”');
  assert.ok(q, JSON.stringify(quotes));
  assert.equal(textOf(doc, q.source), 'she');
  assert.equal(q.speaker, 'E1');
  assert.equal(q.direct, true);
});

test('a place that only modifies the source does not speak; a whole-phrase place does', () => {
  const doc = plainDoc('The Gaza Health Ministry said 12 people died. Israel said the strike hit a depot.');
  const index = new MentionIndex([entity(doc, 'E1', 'GPE', 'Gaza', ['Gaza']), entity(doc, 'E2', 'GPE', 'Israel', ['Israel'])]);
  const at = (s: string, from = 0): [number, number] => {
    const i = doc.text.indexOf(s, from);
    return [i, i + s.length];
  };
  const ministry: Quote = { speaker: null, source: at('The Gaza Health Ministry'), cue: at('said'), content: at('12 people died'), direct: false, addressee: null };
  const second = at('Israel')[0];
  const israel: Quote = { speaker: null, source: at('Israel'), cue: at('said', second), content: at('the strike hit a depot'), direct: false, addressee: null };
  resolveSpeakers(doc.text, [ministry, israel], index, () => 0);
  assert.equal(textOf(doc, ministry.source), 'The Gaza Health Ministry');
  assert.equal(ministry.speaker, null);
  assert.equal(textOf(doc, israel.source), 'Israel');
  assert.equal(israel.speaker, 'E2');
});

test('a MISC name speaks only as the head of its source: not "a Democratic source", "the pro-Assad forces"; "Leading Democrats" do', () => {
  const doc = plainDoc('A Democratic source said it. A commander in the pro-Assad forces told Reuters. Leading Democrats said no.');
  const text = doc.text;
  const index = new MentionIndex([
    entity(doc, 'E1', 'MISC', 'Democratic', ['Democratic']),
    entity(doc, 'E2', 'MISC', 'pro-Assad', ['pro-Assad']),
    entity(doc, 'E3', 'MISC', 'Democrats', ['Democrats']),
  ]);
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  assert.equal(index.entityIn(at('A Democratic source'), text), null);
  assert.equal(index.entityIn(at('A commander in the pro-Assad forces'), text), null);
  assert.equal(index.entityIn(at('Leading Democrats'), text)?.id, 'E3');
});

test('the agent of a participle after the head does not speak ("a leader contacted by the Guardian"); an author does ("a report published by the UN")', () => {
  const doc = plainDoc('One Kurdish leader contacted by the Guardian said no. A report published by the UN said yes.');
  const index = new MentionIndex([entity(doc, 'E1', 'ORG', 'The Guardian', ['Guardian']), entity(doc, 'E2', 'ORG', 'United Nations', ['UN'])]);
  const at = (s: string): [number, number] => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length];
  assert.equal(index.entityIn(at('One Kurdish leader contacted by the Guardian'), doc.text), null);
  assert.equal(index.entityIn(at('A report published by the UN'), doc.text)?.id, 'E2');
});

test('the object of an -ing participle after the head and an agent in apposition do not speak; an -ing modifier does not hide the head', () => {
  const doc = plainDoc('Several superdelegates supporting Sanders said no. Volunteers fighting with the Kurds said no. Those inspired by the movement’s leader, Abdullah Ocalan, said no. The new chief of Egypt’s ruling National Democratic Party said yes. Officials including Ban Ki-moon said yes. Talk-radio king Rush Limbaugh said yes.');
  const index = new MentionIndex([
    entity(doc, 'E1', 'PER', 'Bernie Sanders', ['Sanders']),
    entity(doc, 'E2', 'ORG', 'Kurds', ['Kurds']),
    entity(doc, 'E3', 'PER', 'Abdullah Ocalan', ['Abdullah Ocalan']),
    entity(doc, 'E4', 'ORG', 'National Democratic Party', ['National Democratic Party']),
    entity(doc, 'E5', 'PER', 'Ban Ki-moon', ['Ban Ki-moon']),
    entity(doc, 'E6', 'PER', 'Rush Limbaugh', ['Rush Limbaugh']),
  ]);
  const at = (s: string): [number, number] => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length];
  assert.equal(index.entityIn(at('Several superdelegates supporting Sanders'), doc.text), null);
  assert.equal(index.entityIn(at('Volunteers fighting with the Kurds'), doc.text), null);
  assert.equal(index.entityIn(at('Those inspired by the movement’s leader, Abdullah Ocalan'), doc.text), null);
  assert.equal(index.entityIn(at('The new chief of Egypt’s ruling National Democratic Party'), doc.text)?.id, 'E4');
  assert.equal(index.entityIn(at('Officials including Ban Ki-moon'), doc.text)?.id, 'E5');
  assert.equal(index.entityIn(at('Talk-radio king Rush Limbaugh'), doc.text)?.id, 'E6');
});

test('the subject of a passive cue was spoken to: "Rubio was asked …", "He was told …" name no speaker', () => {
  const doc = plainDoc('Marco Rubio was asked whether he would support the nominee. Senator Jane Roe has been told that the plant will close.');
  doc.entities = [entity(doc, 'E1', 'PER', 'Marco Rubio', ['Marco Rubio']), entity(doc, 'E2', 'PER', 'Jane Roe', ['Jane Roe'])];
  const quotes = run(doc).quotes!.filter((q) => q.source);
  assert.ok(quotes.length >= 1, JSON.stringify(quotes));
  for (const q of quotes) assert.equal(q.speaker, null, textOf(doc, q.source) ?? '');
});

test('an addressee is the head of what follows "told": "Turkish reporters" are no one, "told when he visited" no addressee', () => {
  const doc = plainDoc('Akar told Turkish reporters that trenches had been dug. Peskov told RIA News that Abbas had a standing invitation.');
  doc.entities = [
    entity(doc, 'E1', 'PER', 'Hulusi Akar', ['Akar']),
    entity(doc, 'E2', 'NORP', 'Turkish', ['Turkish']),
    entity(doc, 'E3', 'PER', 'Dmitry Peskov', ['Peskov']),
    entity(doc, 'E4', 'ORG', 'RIA Novosti', ['RIA News']),
  ];
  const quotes = run(doc).quotes!;
  assert.deepEqual(quotes.map((q) => [textOf(doc, q.addresseeSpan), q.addressee]), [['Turkish reporters', null], ['RIA News', 'E4']]);
});

test('a bare quotation paragraph continues the speaker named one paragraph before', () => {
  const doc = plainDoc('The envoy John Doe stated that the talks had failed.\n\n"They never wanted a deal, and everyone in the room knew it."');
  doc.entities = [entity(doc, 'E1', 'PER', 'John Doe', ['John Doe'])];
  const quotes = run(doc).quotes!;
  const bare = quotes.find((q) => (textOf(doc, q.content) ?? '').startsWith('"They never wanted'));
  assert.ok(bare, JSON.stringify(quotes));
  assert.equal(bare.source, null);
  assert.equal(bare.speaker, 'E1');
});

test('told X: the addressee span and entity', () => {
  const doc = plainDoc('"Talks will resume next week," the minister told Reuters.');
  doc.entities = [entity(doc, 'E1', 'ORG', 'Reuters', ['Reuters'])];
  const q = run(doc).quotes!.find((x) => x.direct);
  assert.ok(q);
  assert.equal(textOf(doc, q.addresseeSpan), 'Reuters');
  assert.equal(q.addressee, 'E1');
  assert.equal(textOf(doc, q.source), 'the minister');
});

test('a person named first and set off by a comma is the speaker, not a person in the apposition after', () => {
  const doc = plainDoc('Dennis Gleason, a spokesman for Councilman Bernard Parks, said the office was closed. The envoy to Russia, Hafeez Nofal, said talks went well.');
  const index = new MentionIndex([
    entity(doc, 'E1', 'PER', 'Dennis Gleason', ['Dennis Gleason']),
    entity(doc, 'E2', 'PER', 'Bernard Parks', ['Bernard Parks']),
    entity(doc, 'E3', 'PER', 'Hafeez Nofal', ['Hafeez Nofal']),
    entity(doc, 'E4', 'GPE', 'Russia', ['Russia']),
  ]);
  const at = (s: string): [number, number] => {
    const i = doc.text.indexOf(s);
    return [i, i + s.length];
  };
  assert.equal(index.entityIn(at('Dennis Gleason, a spokesman for Councilman Bernard Parks,'), doc.text)?.id, 'E1');
  // the head comes last when the phrase opens on a description
  assert.equal(index.entityIn(at('The envoy to Russia, Hafeez Nofal,'), doc.text)?.id, 'E3');
  // a lone name is itself
  assert.equal(index.entityIn(at('Bernard Parks'), doc.text)?.id, 'E2');
});

/** Quotes written by hand: [source, cue, content] surfaces, each looked for after the previous one. */
function handQuotes(text: string, parts: [string, string, string][]): Quote[] {
  let from = 0;
  const at = (s: string): [number, number] => {
    const i = text.indexOf(s, from);
    assert.ok(i >= 0, s);
    return [i, i + s.length];
  };
  return parts.map(([source, cue, content]) => {
    const q: Quote = { speaker: null, source: at(source), cue: at(cue), content: at(content), direct: false, addressee: null };
    from = q.source![1];
    return q;
  });
}

test('a pronoun source continues the attribution before it, not the last name its report mentioned', () => {
  const doc = plainDoc('Clevite said J.P. Industries held back part of the price. It said J.P. Industries owed Clevite 14 mln dlrs.');
  const index = new MentionIndex([entity(doc, 'E1', 'ORG', 'Clevite', ['Clevite']), entity(doc, 'E2', 'ORG', 'J.P. Industries', ['J.P. Industries'])]);
  const quotes = handQuotes(doc.text, [['Clevite', 'said', 'J.P. Industries held back part of the price'], ['It', 'said', 'J.P. Industries owed Clevite 14 mln dlrs']]);
  resolveSpeakers(doc.text, quotes, index, () => 0, doc.sentences);
  assert.deepEqual(quotes.map((q) => q.speaker), ['E1', 'E1']);
});

test('"they" after an unnamed source is that source\'s (no speaker), not the place named last', () => {
  const doc = plainDoc('Jets bombed targets east of Sidon, local radio stations said. They said the planes attacked a camp.');
  const index = new MentionIndex([entity(doc, 'E1', 'GPE', 'Sidon', ['Sidon'])]);
  const quotes = handQuotes(doc.text, [['local radio stations', 'said', 'Jets bombed targets east of Sidon'], ['They', 'said', 'the planes attacked a camp']]);
  resolveSpeakers(doc.text, quotes, index, () => 0, doc.sentences);
  assert.deepEqual(quotes.map((q) => q.speaker), [null, null]);
});

test('a sentence that opens with another name gives a pronoun its subject; "But he" is "he"', () => {
  const doc = plainDoc('Kerry said the plan could work. But Lavrov rejected the idea. But he said talks would go on.');
  const index = new MentionIndex([entity(doc, 'E1', 'PER', 'Kerry', ['Kerry']), entity(doc, 'E2', 'PER', 'Lavrov', ['Lavrov'])]);
  const quotes = handQuotes(doc.text, [['Kerry', 'said', 'the plan could work'], ['But he', 'said', 'talks would go on']]);
  resolveSpeakers(doc.text, quotes, index, () => 0, doc.sentences);
  assert.deepEqual(quotes.map((q) => q.speaker), ['E1', 'E2']);
});

test('a person named with an unnamed source ("Jan Van Moerbeke, a male nurse, said") is the next "he"; "they" never continues one person', () => {
  const doc = plainDoc('Jan Van Moerbeke, a male nurse, said six people were dead. At least 20 more were inside, he added. Amanpour said she asked the leaders. They acknowledged the fear.');
  const index = new MentionIndex([entity(doc, 'E1', 'PER', 'Jan Van Moerbeke', ['Jan Van Moerbeke']), entity(doc, 'E2', 'PER', 'Amanpour', ['Amanpour'])]);
  const quotes = handQuotes(doc.text, [['a male nurse,', 'said', 'six people were dead'], ['he', 'added', 'At least 20 more were inside'], ['Amanpour', 'said', 'she asked the leaders'], ['They', 'acknowledged', 'the fear']]);
  // the content of the second quote comes before its source: written in text order of sources
  resolveSpeakers(doc.text, quotes, index, () => 0, doc.sentences);
  assert.deepEqual(quotes.map((q) => q.speaker), [null, 'E1', 'E2', null]);
});

test('the subject of a clause that opens the sentence is the pronoun\'s: "When Hillary Clinton arrives …, she said"', () => {
  const doc = plainDoc('"It will be more stable," said Mei Xinyu, a trade expert. When Hillary Clinton arrives in China on Friday, she said she hopes to broaden the dialogue.');
  const index = new MentionIndex([entity(doc, 'E1', 'PER', 'Mei Xinyu', ['Mei Xinyu']), entity(doc, 'E2', 'PER', 'Hillary Clinton', ['Hillary Clinton']), entity(doc, 'E3', 'GPE', 'China', ['China'])]);
  const quotes = handQuotes(doc.text, [['Mei Xinyu, a trade expert', 'said', '"It will be more stable,"'], ['she', 'said', 'she hopes to broaden the dialogue']]);
  resolveSpeakers(doc.text, quotes, index, () => 0, doc.sentences);
  assert.deepEqual(quotes.map((q) => q.speaker), ['E1', 'E2']);
});

test('"who" goes to the person right before it, "which" to the organization; "the company" to the organization that spoke last', () => {
  const doc = plainDoc('It was said by Robert Gibbs, who said the plan works. Andy Partridge of the band XTC, who has insisted on it, agreed. Shares of Echo Bay rose. Echo Bay Mines said it found gold near Nevada, which said nothing. The company said drilling would go on. toString said nothing, constructor said less.');
  const index = new MentionIndex([
    entity(doc, 'E1', 'PER', 'Robert Gibbs', ['Robert Gibbs']),
    entity(doc, 'E2', 'PER', 'Andy Partridge', ['Andy Partridge']),
    entity(doc, 'E3', 'ORG', 'XTC', ['XTC']),
    entity(doc, 'E4', 'ORG', 'Echo Bay Mines', ['Echo Bay Mines', 'Echo Bay']),
    entity(doc, 'E5', 'GPE', 'Nevada', ['Nevada']),
  ]);
  const quotes = handQuotes(doc.text, [
    ['who', 'said', 'the plan works'], ['who', 'insisted', 'on it'], ['Echo Bay Mines', 'said', 'it found gold near Nevada'], ['which', 'said', 'nothing'],
    ['The company', 'said', 'drilling would go on'], ['toString', 'said', 'nothing'], ['constructor', 'said', 'less'],
  ]);
  resolveSpeakers(doc.text, quotes, index, () => 0, doc.sentences);
  assert.deepEqual(quotes.map((q) => q.speaker), ['E1', null, 'E4', 'E5', 'E4', null, null]);
});

test('an organization named first and set off by a comma is the head, unless the apposition names a person', () => {
  const doc = plainDoc('Massey Combines Corp, 45 pct owned by Varity Corp, said it shipped 48 combines. Acme Corp, through its chief John Smith, said more.');
  const index = new MentionIndex([
    entity(doc, 'E1', 'ORG', 'Massey Combines Corp', ['Massey Combines Corp']),
    entity(doc, 'E2', 'ORG', 'Varity Corp', ['Varity Corp']),
    entity(doc, 'E3', 'ORG', 'Acme Corp', ['Acme Corp']),
    entity(doc, 'E4', 'PER', 'John Smith', ['John Smith']),
  ]);
  const at = (s: string): [number, number] => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length];
  assert.equal(index.entityIn(at('Massey Combines Corp, 45 pct owned by Varity Corp,'), doc.text)?.id, 'E1');
  assert.equal(index.entityIn(at('Acme Corp, through its chief John Smith,'), doc.text)?.id, 'E4');
});

test('a participle cue with no source goes on from the attribution before it in its sentence: "he said, adding …"', () => {
  const doc = plainDoc('"The mark will be stronger," Schlesinger said, adding "Without it we would have said so." Prices rose, adding to fears.');
  const index = new MentionIndex([entity(doc, 'E1', 'PER', 'Schlesinger', ['Schlesinger'])]);
  const at = (s: string, from = 0): [number, number] => [doc.text.indexOf(s, from), doc.text.indexOf(s, from) + s.length];
  const said: Quote = { speaker: null, source: at('Schlesinger'), cue: at('said'), content: at('"The mark will be stronger,"'), direct: true, addressee: null };
  const adding: Quote = { speaker: null, source: null, cue: at('adding'), content: at('"Without it we would have said so."'), direct: true, addressee: null };
  const later: Quote = { speaker: null, source: null, cue: at('adding', at('Prices')[0]), content: at('to fears'), direct: false, addressee: null };
  resolveSpeakers(doc.text, [said, adding, later], index, () => 0, doc.sentences);
  assert.deepEqual([said, adding, later].map((q) => q.speaker), ['E1', 'E1', null]);
});

test('a name inside a relative clause of the source does not speak: "analysts who support the Fed\'s actions say"', () => {
  const doc = plainDoc("Even analysts who support the Fed's actions say it went too far. Fred Upton, who heads the House Energy and Commerce Committee, blasted it. The company that makes the dispersant, Nalco, says it is safe. The WHO said cases rose.");
  const index = new MentionIndex([
    entity(doc, 'E1', 'ORG', 'Federal Reserve', ['Fed']),
    entity(doc, 'E2', 'PER', 'Fred Upton', ['Fred Upton']),
    entity(doc, 'E3', 'ORG', 'House Energy and Commerce Committee', ['House Energy and Commerce Committee']),
    entity(doc, 'E4', 'ORG', 'Nalco', ['Nalco']),
    entity(doc, 'E5', 'ORG', 'World Health Organization', ['WHO']),
  ]);
  const at = (s: string): [number, number] => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length];
  assert.equal(index.entityIn(at("analysts who support the Fed's actions"), doc.text), null);
  assert.equal(index.entityIn(at('Fred Upton, who heads the House Energy and Commerce Committee,'), doc.text)?.id, 'E2');
  assert.equal(index.entityIn(at('The company that makes the dispersant, Nalco,'), doc.text)?.id, 'E4');
  assert.equal(index.entityIn(at('The WHO'), doc.text)?.id, 'E5');
});

test('"the ministry" goes to the last organization named with that noun, and to none when there is none', () => {
  const doc = plainDoc('The Ministry of Finance said the deficit rose. Reuters said the figures were early. The ministry said more would follow. The group said police attacked them.');
  const index = new MentionIndex([
    entity(doc, 'E1', 'ORG', 'Ministry of Finance', ['Ministry of Finance']),
    entity(doc, 'E2', 'ORG', 'Reuters', ['Reuters']),
  ]);
  const quotes = handQuotes(doc.text, [
    ['The Ministry of Finance', 'said', 'the deficit rose'], ['Reuters', 'said', 'the figures were early'],
    ['The ministry', 'said', 'more would follow'], ['The group', 'said', 'police attacked them'],
  ]);
  resolveSpeakers(doc.text, quotes, index, () => 0, doc.sentences);
  assert.deepEqual(quotes.map((q) => q.speaker), ['E1', 'E2', 'E1', null]);
});

test('"called" that only names is no report ("its launcher, called Ares", "a super PAC called Future 45"); "called it a …" is', () => {
  const doc = plainDoc('Money for developing Orion and its launcher, called Ares, was cut. A newly formed super PAC called Future 45 ran its first ads. As BP runs through stocks of the chemical, called Corexit, scientists fear it will fall short. A senator called Cruz a liar on Sunday.');
  const quotes = run(doc).quotes!;
  const cues = quotes.filter((q) => q.cue).map((q) => [textOf(doc, q.cue), textOf(doc, q.content)]);
  assert.deepEqual(cues.filter(([cue]) => cue === 'called').map(([, content]) => content), ['Cruz a liar on Sunday']);
});

test('"called" that convenes is no report ("called an emergency cabinet meeting", "calls the shots"); "called the vote a sham" is', () => {
  const doc = plainDoc('Theresa May has called an emergency cabinet meeting to discuss the strikes. The militia called a unilateral ceasefire. ' +
    'Russia calls the shots in Syria. Republicans called the vote a sham. Clinton called her vote in favor of the war a mistake.');
  const quotes = run(doc).quotes!;
  assert.deepEqual(quotes.filter((q) => q.cue).map((q) => textOf(doc, q.content)), ['the vote a sham', 'her vote in favor of the war a mistake']);
});

test('a postposed attribution reports a clause, not the title its source opens with', () => {
  const doc = plainDoc('Turkey’s president, Recep Tayyip Erdoğan, said on Friday that Turkey would have no business in Manbij. ' +
    'Six million American jobs depend on exports to Mexico, one slide says.');
  const quotes = run(doc).quotes!;
  const contents = quotes.map((q) => textOf(doc, q.content));
  assert.ok(!contents.includes('Turkey’s president'), JSON.stringify(contents));
  assert.ok(contents.some((c) => c?.includes('Turkey would have no business in Manbij')), JSON.stringify(contents));
  assert.ok(contents.includes('Six million American jobs depend on exports to Mexico'), JSON.stringify(contents));
});

test('a quotation after a sentence that opens with a phrase has its speaker right before the cue, not the phrase', () => {
  const doc = plainDoc('But in a statement Friday, Trump said: "I am greatly honored by the endorsement." ' +
    'Lamenting their luck, Mexicans often say, "Poor Mexico, so far from God." Earlier on Sunday, Erdoğan had said: "Most of them have fled." ' +
    'In an interview, Trump was asked: "What is the most dangerous place?" Scott Pruitt, the attorney general, said: "We will sue."');
  const quotes = run(doc).quotes!;
  assert.deepEqual(quotes.map((q) => textOf(doc, q.source)), ['Trump', 'Mexicans', 'Erdoğan', null, 'Scott Pruitt']);
});

test('a participle after a report of its own speaks with that report\'s source: "…, Spicer said, adding, “…”"', () => {
  const doc = plainDoc('Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to sit down and talk." ' +
    'The talks went well, Peskov said, adding: "We will meet again." It offered help, officials said Friday.');
  const quotes = run(doc).quotes!;
  const adding = quotes.filter((q) => textOf(doc, q.cue) === 'adding');
  assert.deepEqual(adding.map((q) => textOf(doc, q.source)), ['Spicer', 'Peskov']);
});

test('after a clause of its own, the speaker of a quotation is the subject right before the cue, not the sentence\'s first words', () => {
  const doc = plainDoc('Senior officials were informed on Tuesday night, and after news reports surfaced on Wednesday morning, Trump tweeted: "We have defeated ISIS." ' +
    'The streets were deserted, he added, "but people need to connect somehow." Scott Pruitt, the attorney general, said: "We will sue."');
  const quotes = run(doc).quotes!;
  const direct = quotes.filter((q) => q.direct && !q.partial);
  assert.deepEqual(direct.map((q) => textOf(doc, q.source)), ['Trump', 'he', 'Scott Pruitt']);
});

test('a telephone call is no report: "Obama called both candidates Tuesday night", "called her to get together"', () => {
  const doc = plainDoc('Obama called both candidates Tuesday night. Bill Clinton called her to get together again. ' +
    'Cruz called them on it: "The questions are absurd." Plouffe called Trump "a psychopath" over the weekend.');
  const quotes = run(doc).quotes!;
  assert.deepEqual(quotes.filter((q) => !q.partial).map((q) => textOf(doc, q.source)), ['Cruz', 'Plouffe']);
});

test('a response in deeds is no speech ("responded with rubber bullets", "responded by dismissing"); "replied with “…”" is', () => {
  const doc = plainDoc('Rebel groups responded with a wave of artillery bombardment. The king responded by dismissing his government. ' +
    'The minister replied with “We will not be intimidated.” Zucker responded by saying that the network pays no candidate.');
  const quotes = run(doc).quotes!;
  assert.deepEqual(quotes.map((q) => textOf(doc, q.cue)), ['replied with', 'responded by saying']);
});

test('"the party", "the observatory" name the organization named before with that word', () => {
  const doc = plainDoc('The Democratic Party met on Monday. Later, the party said it would change its rules.');
  doc.entities = [entity(doc, 'E1', 'ORG', 'Democratic Party', ['Democratic Party'])];
  const q = run(doc).quotes!.find((x) => textOf(doc, x.source) === 'the party');
  assert.equal(q?.speaker, 'E1');
});

test('a pronoun whose report follows it takes the subject that opens its own sentence, when no other name stands between', () => {
  const doc = plainDoc('Rami Abdurrahman said the strike killed 13 people. Donald Trump blamed the government and ordered strikes on the airbase from which he said it had been launched. ' +
    'Obama met Putin and he said the talks went well.');
  doc.entities = [
    entity(doc, 'E1', 'PER', 'Rami Abdurrahman', ['Rami Abdurrahman']),
    entity(doc, 'E2', 'PER', 'Donald Trump', ['Donald Trump']),
    entity(doc, 'E3', 'PER', 'Barack Obama', ['Obama']),
    entity(doc, 'E4', 'PER', 'Vladimir Putin', ['Putin']),
  ];
  const quotes = run(doc).quotes!;
  const launched = quotes.find((q) => textOf(doc, q.content) === 'it had been launched');
  assert.equal(launched?.speaker, 'E2');
  // "Obama met Putin and he said": Putin stands between, so the subject rule stays out of it
  const talks = quotes.find((q) => textOf(doc, q.content)?.startsWith('the talks'));
  assert.notEqual(talks?.speaker, 'E3');
});

test('a participle after a comma opens a report of its own: "A day later he changed again, saying the troops would stay"', () => {
  const doc = plainDoc('A day later he changed again, saying the troops would stay for months. The region officially called Rojava is calm.');
  const quotes = run(doc).quotes!;
  assert.deepEqual(quotes.map((q) => [textOf(doc, q.cue), textOf(doc, q.content)]), [['saying', 'the troops would stay for months']]);
});

test('a speech cue the tagger left without content gets the clause after its addressee: "Peskov told reporters the meeting was useful"', () => {
  const doc = plainDoc('Fighting went on in Gaza. Nofal told Wafa the talks went well. Peskov told reporters the meeting was useful.');
  doc.entities = [entity(doc, 'E1', 'PER', 'Nofal', ['Nofal']), entity(doc, 'E2', 'ORG', 'Wafa', ['Wafa']), entity(doc, 'E3', 'PER', 'Dmitry Peskov', ['Peskov'])];
  const quotes = run(doc).quotes!;
  assert.deepEqual(quotes.map((q) => [textOf(doc, q.source), textOf(doc, q.content), q.addressee]), [
    ['Nofal', 'the talks went well', 'E2'],
    ['Peskov', 'the meeting was useful', null],
  ]);
});

test('"claims the lives of" kills rather than claims, and a date is no source ("In January, declared")', () => {
  const doc = plainDoc('Rotavirus, which claims the lives of an estimated 1,300 children daily, is spreading. Last month said the group had surrendered.');
  doc.timexes = [{ start: doc.text.indexOf('Last month'), end: doc.text.indexOf('Last month') + 10, text: 'Last month', type: 'DATE', value: '2019-01' }];
  const quotes = run(doc).quotes!;
  assert.ok(!quotes.some((q) => textOf(doc, q.cue) === 'claims'), JSON.stringify(quotes));
  assert.ok(quotes.every((q) => textOf(doc, q.source) !== 'Last month'), JSON.stringify(quotes.map((q) => textOf(doc, q.source))));
});

test('"said in a letter to X that …": the one addressed is no part of what was said; "has added to the sense that" is no saying', () => {
  const doc = plainDoc('The officials said in a letter to BP chief executive Tony Hayward that the efforts had fallen short.');
  const q = run(doc).quotes!.find((x) => textOf(doc, x.cue)?.endsWith(' to'));
  assert.ok(q, JSON.stringify(run(doc).quotes!.map((x) => textOf(doc, x.cue))));
  assert.equal(textOf(doc, q.content), 'that the efforts had fallen short');
});

test('what users read (the speech scope) gets sources without the comma that closes an appositive; the scored scope keeps it', () => {
  const text = '“We will not go back,” said Jürgen Stock, the Interpol chief, on Monday. Turkey’s prime minister, Binali Yildirim, warned that the talks had failed.';
  const speech = run(plainDoc(text)).quotes!;
  const sources = speech.map((q) => textOf({ text }, q.source));
  assert.ok(sources.length >= 2, JSON.stringify(sources));
  for (const s of sources) assert.ok(s && !/[,;:]$/.test(s), `source ${s}`);
  const scored = createQuotesStage({ scope: 'attribution' }).create(new Resources())(plainDoc(text)).quotes!;
  assert.ok(scored.some((q) => /,$/.test(textOf({ text }, q.source) ?? '')), JSON.stringify(scored.map((q) => textOf({ text }, q.source))));
});

test('the first name set off by a comma heads a source with an appositive; a name after a preposition does not', () => {
  const doc = plainDoc('Democratic strategist David Axelrod, a longtime Emanuel ally, said no. A spokesman for Mr Bush, Scott McClellan, said no. The Syrian Democratic Forces, an alliance that includes the YPG, said yes.');
  const index = new MentionIndex([
    entity(doc, 'E1', 'PER', 'David Axelrod', ['David Axelrod']),
    entity(doc, 'E2', 'PER', 'Rahm Emanuel', ['Emanuel']),
    entity(doc, 'E3', 'PER', 'George W. Bush', ['Mr Bush']),
    entity(doc, 'E4', 'PER', 'Scott McClellan', ['Scott McClellan']),
    entity(doc, 'E5', 'ORG', 'Syrian Democratic Forces', ['Syrian Democratic Forces']),
    entity(doc, 'E6', 'ORG', 'YPG', ['YPG']),
  ]);
  const at = (s: string): [number, number] => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length];
  assert.equal(index.entityIn(at('Democratic strategist David Axelrod, a longtime Emanuel ally'), doc.text)?.id, 'E1');
  assert.equal(index.entityIn(at('A spokesman for Mr Bush, Scott McClellan'), doc.text)?.id, 'E4');
  assert.equal(index.entityIn(at('The Syrian Democratic Forces, an alliance that includes the YPG'), doc.text)?.id, 'E5');
});

test('a name the recognizer left as MISC heads its appositive source; a nationality word does not', () => {
  const doc = plainDoc('Kristen Day, executive director of Democrats for Life, said no. Several Kurdish, military and diplomatic sources said yes.');
  const index = new MentionIndex([
    entity(doc, 'E1', 'MISC', 'Kristen Day', ['Kristen Day']),
    entity(doc, 'E2', 'MISC', 'Democrats', ['Democrats']),
    entity(doc, 'E3', 'MISC', 'Kurdish', ['Kurdish']),
  ]);
  const at = (s: string): [number, number] => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length];
  assert.equal(index.entityIn(at('Kristen Day, executive director of Democrats for Life'), doc.text)?.id, 'E1');
  assert.equal(index.entityIn(at('Several Kurdish, military and diplomatic sources'), doc.text), null);
});
