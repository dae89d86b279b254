import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { segment } from '../../src/text/segment.js';
import { singleBreaksEndParagraphs } from '../../src/text/paragraph-breaks.js';
import { findQuoteRegions } from '../../src/extract/quotes/quote-marks.js';

const paragraphsOf = (text: string) => {
  const { sentences } = segment(text);
  const out: string[][] = [];
  for (const s of sentences) (out[s.paragraph] ??= []).push(text.slice(s.start, s.end));
  return out;
};

test('single line breaks end paragraphs in text that uses them so; the headline stands alone', () => {
  const text = 'Abbas arrives in Moscow\nMr Abbas arrived on Monday, Wafa reported. He will meet Mr Putin.\n“It is going well,” he said.\n“We hope for peace.”';
  assert.equal(singleBreaksEndParagraphs(text), true);
  assert.deepEqual(paragraphsOf(text), [
    ['Abbas arrives in Moscow'],
    ['Mr Abbas arrived on Monday, Wafa reported.', 'He will meet Mr Putin.'],
    ['“It is going well,” he said.'],
    ['“We hope for peace.”'],
  ]);
});

test('hard-wrapped text keeps its line breaks as white space', () => {
  // Reuters-21578 style: 70 columns, lines end inside sentences, some next lines open with a capital.
  const text = [
    "Texas Commerce Bancshares Inc's Texas",
    'Commerce Bank-Houston said it filed an application with the',
    'Comptroller of the Currency in an effort to create the largest',
    'banking network in Harris County.',
    '    The bank said the network would link 31 banks having',
    '13.5 billion dlrs in assets.',
  ].join('\n');
  assert.equal(singleBreaksEndParagraphs(text), false);
  assert.deepEqual(paragraphsOf(text), [[
    "Texas Commerce Bancshares Inc's Texas\nCommerce Bank-Houston said it filed an application with the\nComptroller of the Currency in an effort to create the largest\nbanking network in Harris County.",
    'The bank said the network would link 31 banks having\n13.5 billion dlrs in assets.',
  ]]);
});

test('a line that goes on with a lower-case word is not a new paragraph', () => {
  const text = 'Trump vowed to bar members of an entire religion — from\nentering the U.S.\nClinton answered the next day.';
  assert.equal(singleBreaksEndParagraphs(text), true);
  assert.deepEqual(paragraphsOf(text), [['Trump vowed to bar members of an entire religion — from\nentering the U.S.'], ['Clinton answered the next day.']]);
});

test('a line ending in a lower-case word goes on over a line break before a number, past the headline', () => {
  const text = 'Gaza talks stall\n2 killed in strikes, officials said.\nThe company said it had a profit from operations in\n1986 against a loss a year ago.\nShares rose.\nBonds fell.\nThe dollar was steady.\nGold eased.';
  assert.equal(singleBreaksEndParagraphs(text), true);
  assert.deepEqual(paragraphsOf(text), [['Gaza talks stall'], ['2 killed in strikes, officials said.'], ['The company said it had a profit from operations in\n1986 against a loss a year ago.'], ['Shares rose.'], ['Bonds fell.'], ['The dollar was steady.'], ['Gold eased.']]);
});

test('blank-line text reads as before; its stray single breaks follow the same rule', () => {
  const text = 'Headline\n\nFirst paragraph. Second sentence.\n\nSecond paragraph.';
  assert.deepEqual(paragraphsOf(text), [['Headline'], ['First paragraph.', 'Second sentence.'], ['Second paragraph.']]);
  const mixed = 'Headline\n\nA paragraph ends here.\nAnother starts on the next line.';
  assert.deepEqual(paragraphsOf(mixed), [['Headline'], ['A paragraph ends here.'], ['Another starts on the next line.']]);
  assert.equal(singleBreaksEndParagraphs('No line break at all.'), false);
});

test('an open quotation is cut at a single-break paragraph end only where single breaks end paragraphs', () => {
  const text = '“The first paragraph goes on\n“and the second one closes.”';
  const cut = findQuoteRegions(text, 0, text.length, true);
  assert.deepEqual(cut.map((r) => [text.slice(r.start, r.end), r.closed]), [['“The first paragraph goes on', false], ['“and the second one closes.”', true]]);
  const whole = findQuoteRegions(text, 0, text.length, false);
  assert.deepEqual(whole.map((r) => [text.slice(r.start, r.end), r.closed]), [[text, true]]);
});

test('the seeds with single line breaks between paragraphs read into the same sentences and paragraphs', () => {
  for (const file of ['000_caa8fa700a5f6095.txt', '003_c50b538abc8f1e14.txt']) {
    const blank = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
    // Same length, so every offset stays put: each blank line becomes a space before a single line break.
    const single = blank.replace(/\n\n/g, ' \n');
    assert.equal(single.length, blank.length);
    const a = segment(blank).sentences;
    const b = segment(single).sentences;
    assert.deepEqual(b, a, file);
  }
});

test('no quadratic work on long runs of line breaks, spaces or short lines', () => {
  for (const text of ['\n'.repeat(200_000), ' \n'.repeat(100_000), 'a\n'.repeat(100_000), 'A.\n \n'.repeat(50_000), ' '.repeat(200_000) + '\n']) {
    const started = performance.now();
    singleBreaksEndParagraphs(text);
    findQuoteRegions(text, 0, text.length, true);
    const { sentences } = segment(text);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
    assert.ok(performance.now() - started < 5_000, `took ${performance.now() - started} ms`);
  }
});
