import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { segment } from '../../src/text/segment.js';
import { tokenize } from '../../src/text/tokenize.js';

const seed000 = readFileSync(new URL('../../examples/000_caa8fa700a5f6095.txt', import.meta.url), 'utf8');

test('every token and sentence span slices to its surface, on any text', () => {
  const alphabet = fc.constantFrom(...'ab Mr. U.S. Jan. “x” "y" 12,5 — – \n\n ’s n\'t … ! ? ( ) é 😀 \t'.split(''));
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (text) => {
      const { tokens, sentences } = segment(text);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
      for (const s of sentences) {
        assert.ok(s.start < s.end && s.start >= 0 && s.end <= text.length);
        assert.equal(s.start, tokens[s.tokenStart].start);
        assert.equal(s.end, tokens[s.tokenEnd - 1].end);
      }
      // Sentences partition the tokens in order.
      let next = 0;
      for (const s of sentences) {
        assert.equal(s.tokenStart, next);
        next = s.tokenEnd;
      }
      assert.equal(next, tokens.length);
      // Tokens never hold white space and never overlap.
      for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].start >= tokens[i - 1].end);
      for (const t of tokens) assert.ok(!/\s/.test(t.text));
    }),
    { numRuns: 500 },
  );
});

test('abbreviations, initials and clitics', () => {
  const words = tokenize("Mr. Abbas met Dr. J. Smith in the U.S. on Jan. 5; Russia's aid didn't stop.").map((t) => t.text);
  assert.deepEqual(words, ['Mr.', 'Abbas', 'met', 'Dr.', 'J.', 'Smith', 'in', 'the', 'U.S.', 'on', 'Jan.', '5', ';', 'Russia', "'s", 'aid', 'did', "n't", 'stop', '.']);
});

test('sentences: titles do not split, paragraphs always do, closing quotes stay with their sentence', () => {
  const text = 'Headline without a stop\n\nMr. Putin said “it is fine.” He left the U.S. The talks ended.\nA wrapped line.';
  const { sentences } = segment(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [
    'Headline without a stop',
    'Mr. Putin said “it is fine.”',
    'He left the U.S.',
    'The talks ended.',
    'A wrapped line.',
  ]);
});

test('seed 000 splits into its headline and its paragraphs sentences', () => {
  const { sentences } = segment(seed000);
  const texts = sentences.map((s) => seed000.slice(s.start, s.end));
  assert.equal(texts[0], 'date 2024-08-13 Live updates: Follow the latest on Israel-Gaza');
  assert.ok(texts.includes('Mr Abbas is also due to travel to Turkey on Wednesday, to hold meetings with Turkish President Recep Tayyip Erdogan.'));
  assert.ok(texts.includes('Iran is widely expected to directly attack Israel in the coming days, following after the assassination of Hamas chief Ismail Haniyeh in Tehran two weeks ago.'));
});

test('tokenizer stays linear on long runs of digits, dots, spaces and punctuation', () => {
  for (const unit of ['1', '.', ' ', '-', '1.', "'", 'a-', '1-', 'a.', 'a+', 'http://x', '@a.', 'a@b-']) {
    const text = unit.repeat(200_000);
    const started = performance.now();
    tokenize(text);
    // Generous bound: catastrophic backtracking would take minutes, linear work takes milliseconds.
    assert.ok(performance.now() - started < 5000, `slow on runs of ${JSON.stringify(unit)}`);
  }
});
test('Penn Treebank bracket escapes are one punctuation token each, with exact offsets', () => {
  const text = 'about $ 6m -LRB- # 3.9 m -RRB- a day -LSB- sic -RSB- -LCB- x -RCB- and Jean-LRB';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(tokens.map((t) => t.text), ['about', '$', '6m', '-LRB-', '#', '3.9', 'm', '-RRB-', 'a', 'day', '-LSB-', 'sic', '-RSB-', '-LCB-', 'x', '-RCB-', 'and', 'Jean-LRB']);
});

test('a stop inside a stock code or a state abbreviation ends no sentence; a missing space after a stop still does', () => {
  const text = 'Volkswagen AG (VOWG_p.DE) said talks had advanced. Japan Line Ltd <JLIT.T> said so. Rep. Chris Collins (R-N.Y.) agreed. It took off.A 2010 video shows it.';
  const { sentences } = segment(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [
    'Volkswagen AG (VOWG_p.DE) said talks had advanced.', 'Japan Line Ltd <JLIT.T> said so.', 'Rep. Chris Collins (R-N.Y.) agreed.', 'It took off.', 'A 2010 video shows it.',
  ]);
});

test('"v." of a case and plural titles ("Sens.", "Reps.", "Govs.") keep their stop and end no sentence', () => {
  const text = 'Trump will reverse Roe v. Wade. Sens. Ted Cruz and Marco Rubio agreed with Govs. Jeb Bush and Chris Christie.';
  const { tokens, sentences } = segment(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Trump will reverse Roe v. Wade.', 'Sens. Ted Cruz and Marco Rubio agreed with Govs. Jeb Bush and Chris Christie.']);
  assert.ok(tokens.some((t) => t.text === 'v.') && tokens.some((t) => t.text === 'Sens.'));
});

test('a unit of an amount ("pct.", "mln.") ends its sentence before any capital, not only before a usual opener', () => {
  const text = 'Exports included 3,011 buses, up 51.4 pct. Exports to the U.S. fell 12 pct. Two weeks ago, imports rose.';
  const { sentences } = segment(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Exports included 3,011 buses, up 51.4 pct.', 'Exports to the U.S. fell 12 pct.', 'Two weeks ago, imports rose.']);
});
