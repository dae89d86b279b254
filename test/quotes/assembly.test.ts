import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble, charSpan, type RawQuote } from '../../src/extract/quotes/assemble.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { dashAttributions } from '../../src/extract/quotes/dash-attributions.js';
import { headlineAttributions } from '../../src/extract/quotes/headline-attributions.js';
import { dropReportsInsideContent } from '../../src/extract/quotes/nested-reports.js';
import { trimCueEdges } from '../../src/extract/quotes/cue-edges.js';
import { isWeakCue } from '../../src/extract/quotes/weak-cues.js';
import { modifiesNoun } from '../../src/extract/quotes/attributive-participles.js';
import { transcriptTurns } from '../../src/extract/quotes/transcript-turns.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { plainContext, plainDoc, roleSpan, showQuote, taggedContext } from './helpers.js';

const lexicon = CueLexicon.load(new Resources());

const context = plainContext;

/** The role span covering the first occurrence of `surface` (what the tagger would have output). */
const role = roleSpan;

const show = showQuote;

/** The role span covering the last occurrence of `surface` ("he said" after an earlier "said"). */
function lastRole(ctx: ReturnType<typeof context>, r: Parameters<typeof roleSpan>[1], surface: string) {
  const at = ctx.text.lastIndexOf(surface);
  const tokenStart = ctx.tokens.findIndex((t) => t.start >= at);
  return { role: r, tokenStart, tokenEnd: tokenStart + 1 };
}

test('a postposed cue the tagger gave no content takes the clause before its comma', () => {
  const ctx = context('Six million American jobs depend on exports to Mexico, one slide says.');
  const quotes = assemble(ctx, [role(ctx, 'source', 'one slide'), role(ctx, 'cue', 'says')]);
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [{ source: 'one slide', cue: 'says', content: ['Six million American jobs depend on exports to Mexico'] }]);
  const dated = context('The clinic will reopen next month, officials said on Tuesday.');
  const reopened = assemble(dated, [role(dated, 'source', 'officials'), role(dated, 'cue', 'said')]);
  assert.deepEqual(reopened.map((q) => show(dated, q).content), [['The clinic will reopen next month']]);
});

test('a postposed attribution reports the whole clause before it, not only what the tagger marked', () => {
  const ctx = context('The government of Costa Rica has also agreed to host up to 200 people, officials said Tuesday.');
  const quotes = assemble(ctx, [role(ctx, 'content', 'to host up to 200 people'), role(ctx, 'source', 'officials'), role(ctx, 'cue', 'said')]);
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [{ source: 'officials', cue: 'said', content: ['The government of Costa Rica has also agreed to host up to 200 people'] }]);
  // A quotation in marks is whole.
  const direct = context('As for complexity, “the base is broad,” said Mr. Kamin.');
  const kept = assemble(direct, [role(direct, 'content', '“the base is broad,”'), role(direct, 'cue', 'said'), role(direct, 'source', 'Mr. Kamin')]);
  assert.deepEqual(kept.map((q) => show(direct, q).content), [['“the base is broad,”']]);
});

test('a reported clause the tagger cut short runs to the end of its sentence when the rest is untagged', () => {
  const ctx = context('One study found Trump would actually raise taxes on 8 million Americans. He disputes it.');
  const quotes = assemble(ctx, [role(ctx, 'source', 'One study'), role(ctx, 'cue', 'found'), role(ctx, 'content', 'Trump would actually raise taxes')]);
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [{ source: 'One study', cue: 'found', content: ['Trump would actually raise taxes on 8 million Americans'] }]);
});

test('fragments of one content on the same side of its cue in one sentence are joined; a quotation split by its cue stays split', () => {
  const ctx = context('Roberts said the videos were inconclusive and that the footage did not show a gun.');
  const quotes = assemble(ctx, [role(ctx, 'source', 'Roberts'), role(ctx, 'cue', 'said'), role(ctx, 'content', 'the videos were inconclusive'), role(ctx, 'content', 'that the footage did not show a gun')]);
  assert.deepEqual(quotes.map((q) => show(ctx, q).content), [['the videos were inconclusive and that the footage did not show a gun']]);
  const split = context('“We will win,” Trump said, “and we will win big.”');
  const both = assemble(split, [role(split, 'content', '“We will win,”'), role(split, 'source', 'Trump'), role(split, 'cue', 'said'), role(split, 'content', '“and we will win big.”')]);
  assert.deepEqual(both.map((q) => show(split, q).content), [['“We will win,”', '“and we will win big.”']]);
});

test('a parenthetical attribution reports the sentence around it, in two parts', () => {
  const ctx = context('Time, Mr. Pence added, was on their side.');
  const quotes = assemble(ctx, [role(ctx, 'source', 'Mr. Pence'), role(ctx, 'cue', 'added')]);
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [{ source: 'Mr. Pence', cue: 'added', content: ['Time', 'was on their side'] }]);
});

test('a reported report is one attribution: the outer cue keeps the whole inner one as content', () => {
  const ctx = context('The Times wrote that Trump had claimed a loss of $916 million in 1995.');
  const spans = [role(ctx, 'source', 'The Times'), role(ctx, 'cue', 'wrote'), role(ctx, 'source', 'Trump'), role(ctx, 'cue', 'had claimed'), role(ctx, 'content', 'a loss of $916 million in 1995')];
  const quotes = assemble(ctx, spans);
  // Both attributions are speech; PolNeAR's one-attribution-per-token convention keeps the outer one.
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [
    { source: 'The Times', cue: 'wrote', content: ['that Trump had claimed a loss of $916 million in 1995'] },
    { source: 'Trump', cue: 'had claimed', content: ['a loss of $916 million in 1995'] },
  ]);
  assert.deepEqual(dropReportsInsideContent(ctx, quotes).map((q) => show(ctx, q)), [{ source: 'The Times', cue: 'wrote', content: ['that Trump had claimed a loss of $916 million in 1995'] }]);
});

test('a trailing "he said" over a named report of its own gives way to it', () => {
  // PolNeAR train (wash-post_2016-01-17_cruz-glad-to-finish-fight-with-t): the named report is the attribution.
  const ctx = context('Cruz spokesman Rick Tyler said that the campaign will highlight contrasts, he said.');
  const spans = [role(ctx, 'source', 'Cruz spokesman Rick Tyler'), role(ctx, 'cue', 'said'), role(ctx, 'content', 'that the campaign will highlight contrasts'), lastRole(ctx, 'source', 'he'), lastRole(ctx, 'cue', 'said')];
  const quotes = dropReportsInsideContent(ctx, assemble(ctx, spans)).map((q) => show(ctx, q));
  assert.deepEqual(quotes, [{ source: 'Cruz spokesman Rick Tyler', cue: 'said', content: ['that the campaign will highlight contrasts'] }]);
});

test('a trailing "he said" after a quotation keeps it, and the report inside it is dropped', () => {
  const ctx = context('"Cruz said that the campaign will win," he said.');
  const inner: RawQuote = { source: role(ctx, 'source', 'Cruz'), cue: role(ctx, 'cue', 'said'), content: [role(ctx, 'content', 'that the campaign will win')], sentence: 0 };
  const outer: RawQuote = { source: lastRole(ctx, 'source', 'he'), cue: lastRole(ctx, 'cue', 'said'), content: [role(ctx, 'content', '"Cruz said that the campaign will win,"')], sentence: 0 };
  assert.deepEqual(dropReportsInsideContent(ctx, [outer, inner]).map((q) => show(ctx, q).source), ['he']);
  // The same report unquoted is the named one's.
  const plain = context('Cruz said that the campaign will win, he said.');
  const named: RawQuote = { source: role(plain, 'source', 'Cruz'), cue: role(plain, 'cue', 'said'), content: [role(plain, 'content', 'that the campaign will win')], sentence: 0 };
  const repeated: RawQuote = { source: lastRole(plain, 'source', 'he'), cue: lastRole(plain, 'cue', 'said'), content: [role(plain, 'content', 'Cruz said that the campaign will win')], sentence: 0 };
  assert.deepEqual(dropReportsInsideContent(plain, [repeated, named]).map((q) => show(plain, q).source), ['Cruz']);
});

test('a "that" clause after a few words belongs to the cue before it', () => {
  const ctx = context('Trump said during a rally in Michigan that Clinton once described the deal as the gold standard.');
  const spans = [role(ctx, 'source', 'Trump'), role(ctx, 'cue', 'said'), role(ctx, 'content', 'that'), role(ctx, 'source', 'Clinton'), role(ctx, 'cue', 'once described'), role(ctx, 'content', 'the deal as the gold standard')];
  const quotes = dropReportsInsideContent(ctx, assemble(ctx, spans)).map((q) => show(ctx, q));
  assert.deepEqual(quotes, [{ source: 'Trump', cue: 'said', content: ['that Clinton once described the deal as the gold standard'] }]);
});

test('a cue that ends in "that" gives the inner attribution after it none of its own tokens', () => {
  // PolNeAR train (wash-post_2015-11-10_opposition-appears-to-win-landsl): a tagger took "that" into the cue and
  // left the cue without content; the inner "according to" attribution became its content, once with the "that".
  const ctx = context('Win Htein, a member of the NLD central committee, said Tuesday morning that according to its analysis, the NLD has won 82 percent of the vote.');
  const spans = [role(ctx, 'source', 'Win Htein, a member of the NLD central committee'), role(ctx, 'cue', 'said Tuesday morning that'), role(ctx, 'cue', 'according to'), role(ctx, 'source', 'its analysis'), role(ctx, 'content', 'the NLD has won 82 percent of the vote')];
  const quotes = assemble(ctx, spans);
  for (const q of quotes) for (const c of q.content) assert.ok(c.tokenStart >= q.cue!.tokenEnd || c.tokenEnd <= q.cue!.tokenStart, `${show(ctx, q).cue} overlaps its content`);
  assert.deepEqual(show(ctx, quotes.find((q) => show(ctx, q).cue === 'said Tuesday morning that')!).content, ['according to its analysis, the NLD has won 82 percent of the vote']);
});

test('a cue left without a source shares the one before it in its sentence', () => {
  const ctx = context('Trump criticized the plan on Friday, saying it would cost jobs.');
  const spans = [role(ctx, 'source', 'Trump'), role(ctx, 'cue', 'criticized'), role(ctx, 'content', 'the plan'), role(ctx, 'cue', 'saying'), role(ctx, 'content', 'it would cost jobs')];
  assert.deepEqual(assemble(ctx, spans).map((q) => show(ctx, q)), [
    { source: 'Trump', cue: 'criticized', content: ['the plan'] },
    { source: 'Trump', cue: 'saying', content: ['it would cost jobs'] },
  ]);
});

test('a reporting participle before a noun describes it and reports nothing', () => {
  const text = 'Trump defended his proposed ban on Monday. There were eight reported incidents. Aides reported that the ban was popular.';
  const doc = plainDoc(text);
  const ctx = buildContext(text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const quote = (cue: string, content: string): RawQuote => ({ source: null, cue: role(ctx, 'cue', cue), content: [role(ctx, 'content', content)], sentence: 0 });
  assert.equal(modifiesNoun(ctx, quote('proposed', 'ban')), true);
  assert.equal(modifiesNoun(ctx, quote('reported incidents', 'incidents')), false, 'one word only');
  assert.equal(modifiesNoun(ctx, quote('reported', 'incidents')), true);
  assert.equal(modifiesNoun(ctx, { ...quote('reported', 'incidents'), source: role(ctx, 'source', 'There') }), false, 'a source makes it a report');
  assert.equal(modifiesNoun(ctx, quote('reported that', 'the ban was popular')), false);
  assert.equal(modifiesNoun(ctx, { source: null, cue: lastRole(ctx, 'cue', 'reported'), content: [role(ctx, 'content', 'the ban was popular')], sentence: 0 }), false, 'a verb after its subject');
});

test('a sourceless cue of no reporting word and a low learnt cue rate is weak; a source or a reporting word keeps it', () => {
  const text = 'Police removed Stein from the hall. Officials said it was safe. There were questions about the plan.';
  const doc = plainDoc(text);
  const ctx = buildContext(text, doc.tokens, doc.sentences, lexicon, new Map([['removed', 1], ['questions', 2]]), doc);
  const quote = (cue: string, content: string): RawQuote => ({ source: null, cue: role(ctx, 'cue', cue), content: [role(ctx, 'content', content)], sentence: 0 });
  assert.equal(isWeakCue(ctx, quote('removed', 'Stein')), true);
  assert.equal(isWeakCue(ctx, { ...quote('removed', 'Stein'), source: role(ctx, 'source', 'Police') }), false);
  assert.equal(isWeakCue(ctx, quote('said', 'it was safe')), false);
  // A noun that is sometimes a cue is weak without a source; a verb as often a cue would not be.
  assert.equal(isWeakCue(ctx, quote('questions about', 'the plan')), true);
});

test('a say cue ends at the verb, not at the preposition after it', () => {
  const text = '“It is over,” he said of the race. She had nothing to say about it.';
  const doc = plainDoc(text);
  const ctx = buildContext(text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const quotes: RawQuote[] = [
    { source: lastRole(ctx, 'source', 'he'), cue: role(ctx, 'cue', 'said of'), content: [role(ctx, 'content', '“It is over,”')], sentence: 0 },
    { source: role(ctx, 'source', 'She'), cue: role(ctx, 'cue', 'had nothing to say about'), content: [role(ctx, 'content', 'it')], sentence: 1 },
  ];
  trimCueEdges(ctx, lexicon, quotes);
  assert.deepEqual(quotes.map((q) => show(ctx, q).cue), ['said', 'had nothing to say about']);
});

test('a cue leaves out an opening possessive, the "by" of a passive and a weekday that owns a noun', () => {
  const text = 'It is hard to assess North Korea’s claims about the test. He has been repeatedly criticized by many Wall Street players. Pepper called Friday’s decision a huge win. He has been endorsed by dozens of papers, he said.';
  const doc = plainDoc(text);
  const ctx = buildContext(text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const cue = (surface: string): RawQuote => ({ source: null, cue: role(ctx, 'cue', surface), content: [], sentence: 0 });
  const quotes = [cue('’s claims about'), cue('has been repeatedly criticized by'), cue('called Friday'), cue('said')];
  trimCueEdges(ctx, lexicon, quotes);
  const spans = quotes.map((q) => charSpan(ctx, q.cue!));
  assert.deepEqual(spans.map((s) => text.slice(...s)), ['claims about', 'has been repeatedly criticized', 'called', 'said']);
  assert.deepEqual(spans[0], [text.indexOf('claims about'), text.indexOf('claims about') + 'claims about'.length]);
  // "’s" as "has" stays in the cue it opens ("He’s said"): only the possessive is left out.
  const has = 'He’s said it before.';
  const hasDoc = plainDoc(has);
  const hasCtx = buildContext(has, hasDoc.tokens, hasDoc.sentences, lexicon, new Map(), hasDoc);
  const kept: RawQuote[] = [{ source: null, cue: role(hasCtx, 'cue', '’s said'), content: [], sentence: 0 }];
  trimCueEdges(hasCtx, lexicon, kept);
  assert.equal(has.slice(...charSpan(hasCtx, kept[0].cue!)), '’s said');
});

test('the "as" after a participle cue moves from the content into the cue', () => {
  const text = 'He voted in what is being criticized as a "use it or lose it" approach to voting.';
  const doc = plainDoc(text);
  const ctx = buildContext(text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const quotes: RawQuote[] = [{ source: null, cue: role(ctx, 'cue', 'is being criticized'), content: [role(ctx, 'content', 'as a "use it or lose it" approach to voting')], sentence: 0 }];
  trimCueEdges(ctx, lexicon, quotes);
  assert.deepEqual(show(ctx, quotes[0]), { source: null, cue: 'is being criticized as', content: ['a "use it or lose it" approach to voting'] });
  const cue = charSpan(ctx, quotes[0].cue!);
  assert.deepEqual(cue, [text.indexOf('is being'), text.indexOf(' a "use')]);
  // A content of the one word "as" is not emptied: the cue stays.
  const lone: RawQuote[] = [{ source: null, cue: role(ctx, 'cue', 'is being criticized'), content: [role(ctx, 'content', 'as')], sentence: 0 }];
  trimCueEdges(ctx, lexicon, lone);
  assert.equal(show(ctx, lone[0]).cue, 'is being criticized');
});

test('dash-signed testimonials: the dash is the cue, the name the source', () => {
  const ctx = context('“He represents our greatest shame.” ― Sonya Herridge\n“He makes blanket statements.”― Edwin G. Monroy.\n\nA sentence — Not a signature here.');
  assert.deepEqual(dashAttributions(ctx).map((q) => show(ctx, q)), [
    { source: 'Sonya Herridge', cue: '―', content: ['“He represents our greatest shame.”'] },
    { source: 'Edwin G. Monroy', cue: '―', content: ['“He makes blanket statements.”'] },
  ]);
});

test('a headline "Name: claim" attributes the claim to the name; a section label does not', () => {
  const withSyntax = (text: string) => {
    const doc = plainDoc(text);
    return buildContext(text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  };
  const ctx = withSyntax('Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.\n\nMike Pence said on Sunday that she would not attend.');
  assert.deepEqual(headlineAttributions(ctx).map((q) => show(ctx, q)), [
    { source: 'Pence', cue: ':', content: ['Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp'] },
  ]);
  const quoted = withSyntax('Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’\n\nCruz spoke on Tuesday.');
  assert.deepEqual(headlineAttributions(quoted).map((q) => show(quoted, q).content), [['‘Physically Assaulting A Reporter Is A Fireable Offense.’']]);
  // A poll or a report names a source; a kicker ("Wow:", "Breaking:", below) does not.
  const poll = withSyntax('Poll: Clinton and Trump in dead heat heading into first debate.\n\nThe poll was taken last week.');
  assert.deepEqual(headlineAttributions(poll).map((q) => show(poll, q).source), ['Poll']);
  // A lead paragraph is not a headline.
  const lead = withSyntax('Gaza: Israeli strikes killed 40 people on Tuesday. The health ministry gave the figure.\n\nMore follows.');
  assert.deepEqual(headlineAttributions(lead), []);
  for (const label of ['The Latest: Trump urges supporters to monitor polling places.', 'BYLINE: Amber Phillips.', 'Netanyahu and Obama: A tortured relationship.', 'Wow: Al Sharpton Just Said Something Unexpected About Donald Trump.', 'Breaking: Latest Primary Has Big Impact On Clinton Campaign.', 'Delegate Update: The latest count in the Democratic race.']) {
    assert.deepEqual(headlineAttributions(withSyntax(`${label}\n\nThe story follows.`)), [], label);
  }
});

test('the default pipeline reads a headline "Name: claim" as a quote, a place dateline not', () => {
  const pipeline = createDefaultPipeline();
  const quotesOf = (text: string) => pipeline.annotate({ id: 't', published: '2016-09-25', title: null, source: null, url: null, text }).quotes.filter((q) => !q.partial).map((q) => text.slice(q.source![0], q.source![1]));
  assert.deepEqual(quotesOf('Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.\n\nMike Pence spoke on Sunday.'), ['Pence']);
  assert.deepEqual(quotesOf('Gaza: Israeli strikes killed 40 people on Tuesday.\n\nThe health ministry gave the figure on Wednesday.'), []);
});

test('transcript turns need a capitalized speaker who comes back', () => {
  const ctx = context('Partial transcript as follows:\n\n"WALLACE: Let’s start with the debate story.\n\n"PENCE: Well, look, it is serious business."\n\n"WALLACE: Will she be there?');
  assert.deepEqual(transcriptTurns(ctx).map((q) => show(ctx, q)), [
    { source: 'WALLACE', cue: ':', content: ['Let’s start with the debate story.'] },
    { source: 'PENCE', cue: ':', content: ['Well, look, it is serious business.'] },
    { source: 'WALLACE', cue: ':', content: ['Will she be there?'] },
  ]);
  const labels = context('CLARIFICATION: An earlier version misstated the date.\n\nFYI: The vote is on Tuesday.');
  assert.deepEqual(transcriptTurns(labels), []);
});

test('the default (speech) pipeline keeps testimonials and transcript turns, once each', () => {
  const text = 'Latinos shared their views of the debate.\n\n“He represents our greatest shame. He divides us.” ― Sonya Herridge\n“He makes blanket statements about people he knows nothing about.”― Pamela Padilla\n\nPartial transcript as follows:\n\n"WALLACE: Let’s start with the debate story.\n\n"PENCE: Well, look, it is serious business."\n\n"WALLACE: Will she be there?';
  const doc = createDefaultPipeline().annotate({ id: 'layout', published: '2016-09-27', title: null, source: null, url: null, text });
  const seen = doc.quotes.map((q) => [q.source ? text.slice(...q.source) : null, q.cue ? text.slice(...q.cue) : null, text.slice(...q.content)]);
  assert.deepEqual(seen, [
    ['Sonya Herridge', '―', '“He represents our greatest shame. He divides us.”'],
    ['Pamela Padilla', '―', '“He makes blanket statements about people he knows nothing about.”'],
    ['WALLACE', ':', 'Let’s start with the debate story.'],
    ['PENCE', ':', 'Well, look, it is serious business.'],
    ['WALLACE', ':', 'Will she be there?'],
  ]);
});

test('a say verb keeps no common noun in its cue, and the content takes it back: "said warnings about"', () => {
  const text = 'General Benny Murdani said warnings about an extremist threat do not mean the situation has deteriorated. He said Tuesday it was calm.';
  const doc = plainDoc(text);
  const ctx = buildContext(text, doc.tokens, doc.sentences, lexicon, new Map(), doc);
  const quotes: RawQuote[] = [
    { source: role(ctx, 'source', 'General Benny Murdani'), cue: role(ctx, 'cue', 'said warnings about'), content: [role(ctx, 'content', 'an extremist threat do not mean the situation has deteriorated')], sentence: 0 },
    { source: role(ctx, 'source', 'He'), cue: role(ctx, 'cue', 'said Tuesday'), content: [role(ctx, 'content', 'it was calm')], sentence: 1 },
  ];
  trimCueEdges(ctx, lexicon, quotes);
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [
    { source: 'General Benny Murdani', cue: 'said', content: ['warnings about an extremist threat do not mean the situation has deteriorated'] },
    { source: 'He', cue: 'said Tuesday', content: ['it was calm'] },
  ]);
});

test('a postposed source takes the appositive after its name to the sentence end, not a clause or a complement', () => {
  const pipeline = createDefaultPipeline();
  const sourcesOf = (text: string) => pipeline.annotate({ id: 't', published: '2016-09-25', title: null, source: null, url: null, text }).quotes
    .filter((q) => q.source).map((q) => text.slice(q.source![0], q.source![1]));
  assert.deepEqual(sourcesOf('"It was a spectacular deal for Patriot," said Patrick McGinley, a law professor at West Virginia University.'),
    ['Patrick McGinley, a law professor at West Virginia University']);
  assert.deepEqual(sourcesOf('"The pressure to leave is mounting," said Nabil al-Homsi, who fled Homs in 2012.'), ['Nabil al-Homsi']);
  // a relative clause inside the appositive and a second appositive belong to it; a time after a comma does not
  assert.deepEqual(sourcesOf('"Security has evaporated," said Jo Coelbart, a retired Belgian general who works on defense policy.'),
    ['Jo Coelbart, a retired Belgian general who works on defense policy']);
  assert.deepEqual(sourcesOf('"It is a gap," said Carmel Martin, executive vice president for the Center for American Progress, a liberal think tank.'),
    ['Carmel Martin, executive vice president for the Center for American Progress, a liberal think tank']);
  assert.deepEqual(sourcesOf('"They are tired," said Elyas, a Kurdish officer at the front, last week.'), ['Elyas, a Kurdish officer at the front']);
  assert.deepEqual(sourcesOf('"The numbers are hard to assess," said Khush, due to the sheer number of people arriving.'), ['Khush']);
});

test('"…, X said, adding …" is two attributions: "said" reports the clause before it, "adding" what follows', () => {
  const ctx = taggedContext('Ryan and Trump will meet next week, Spicer said, adding that they need to talk.');
  // The tagger's usual reading: "adding …" as the content of "said", the clause before untagged.
  const quotes = assemble(ctx, [role(ctx, 'source', 'Spicer'), role(ctx, 'cue', 'said'), role(ctx, 'content', 'adding that they need to talk')]);
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [
    { source: 'Spicer', cue: 'said', content: ['Ryan and Trump will meet next week'] },
    { source: 'Spicer', cue: 'adding', content: ['that they need to talk'] },
  ]);
  // A quotation after "adding," loses the comma; a content that opens on "adding" with no cue before it stays.
  const quoted = taggedContext('He was not very religious, Nefzi said, adding, "He left early."');
  const two = assemble(quoted, [role(quoted, 'source', 'Nefzi'), role(quoted, 'cue', 'said'), role(quoted, 'content', 'adding, "He left early."')]);
  assert.deepEqual(two.map((q) => show(quoted, q).content), [['He was not very religious'], ['"He left early."']]);
  // Without a verb before the source nothing is reported there: "The next day, the minister replied, saying …".
  const dated = taggedContext('The next day, the minister replied, saying that talks would resume.');
  const replied = assemble(dated, [role(dated, 'source', 'the minister'), role(dated, 'cue', 'replied'), role(dated, 'cue', 'saying'), role(dated, 'content', 'that talks would resume')]);
  assert.deepEqual(replied.map((q) => show(dated, q).content), [['saying that talks would resume'], ['that talks would resume']]);
  const economy = taggedContext('Jobs grew in May, with the economy adding 151,000 jobs.');
  const one = assemble(economy, [role(economy, 'content', 'adding 151,000 jobs')]);
  assert.deepEqual(one.map((q) => show(economy, q).content), [['adding 151,000 jobs']]);
});

test('a clause before "and" plus a second cue completes the cue before it ("told the AP … and said …")', () => {
  const ctx = context('The director, Ina Kirsch, told the AP her group never worked with Gates and said the group hired lobbyists.');
  const quotes = assemble(ctx, [role(ctx, 'source', 'The director, Ina Kirsch,'), role(ctx, 'cue', 'told'), role(ctx, 'content', 'her group never worked with Gates'), role(ctx, 'cue', 'said'), role(ctx, 'content', 'the group hired lobbyists')]);
  assert.deepEqual(quotes.map((q) => show(ctx, q)), [
    { source: 'The director, Ina Kirsch,', cue: 'told', content: ['her group never worked with Gates'] },
    { source: 'The director, Ina Kirsch,', cue: 'said', content: ['the group hired lobbyists'] },
  ]);
});
