import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteRegions } from '../../src/extract/quotes/quote-marks.js';

const inner = (text: string) => findQuoteRegions(text).map((r) => text.slice(r.innerStart, r.innerEnd));

test('pairs curly, straight and TeX-style double quotes', () => {
  assert.deepEqual(inner('He said “yes, at all levels,” and left.'), ['yes, at all levels,']);
  assert.deepEqual(inner('"Abbas has a standing invitation," Peskov told RIA News.'), ['Abbas has a standing invitation,']);
  assert.deepEqual(inner("``I'm here,'' he said. ''We stay.''"), ["I'm here,", 'We stay.']);
});

test('apostrophes are not quotes, single quotes outside doubles are', () => {
  assert.deepEqual(inner("Russia's leader didn't say it."), []);
  assert.deepEqual(inner("It’s ‘in their heads,’ he said."), ['in their heads,']);
  assert.deepEqual(inner('“They call it ‘genocide’,” he said.'), ['They call it ‘genocide’,']);
});

test('a quote left open at a paragraph end is cut there and marked open', () => {
  const text = '“The first paragraph goes on\n\n“and the second one closes.”';
  const regions = findQuoteRegions(text);
  assert.equal(regions.length, 2);
  assert.equal(regions[0].closed, false);
  assert.equal(text.slice(regions[0].start, regions[0].end), '“The first paragraph goes on');
  assert.equal(regions[1].closed, true);
});

test('offsets are exact and runs of marks stay linear', () => {
  const text = '"'.repeat(20000) + ' x ' + '“'.repeat(20000) + "''".repeat(20000);
  const started = performance.now();
  const regions = findQuoteRegions(text);
  assert.ok(performance.now() - started < 1000);
  for (const r of regions) assert.ok(r.start <= r.innerStart && r.innerStart <= r.innerEnd && r.innerEnd <= r.end && r.end <= text.length);
});

test('long runs of blank lines, spaces and open marks stay linear', () => {
  // An untrusted article may be mostly white space: each blank line once scanned back to the start of the
  // text for where the paragraph ended (80,000 " \n" took 32 s).
  for (const text of ['x' + ' \n'.repeat(200_000), '“' + ' \n'.repeat(200_000), ('“a' + ' '.repeat(50) + '\n\n').repeat(20_000), ' '.repeat(400_000) + '\n\n']) {
    const started = performance.now();
    const regions = findQuoteRegions(text);
    // Generous bound: quadratic work takes minutes here, linear work milliseconds.
    assert.ok(performance.now() - started < 2000, `slow on ${JSON.stringify(text.slice(0, 8))}…`);
    for (const r of regions) assert.equal(text.slice(r.innerStart, r.innerEnd).trimEnd(), text.slice(r.innerStart, r.innerEnd));
  }
});

test('tokenized text: split clitics are not quotes, a stray closing mark opens nothing', () => {
  // Timeline17 writes "Mexico 's" and "do n't" with the apostrophe after a space, and `` … '' pairs.
  const text = "Mexico 's health minister said : `` It is early days . '' He does n't want to be alarmist . '' Stray .";
  assert.deepEqual(inner(text), [' It is early days . ']);
});

test('an open quote is cut at the last non-space character before a blank line, and within a window', () => {
  // The pass jumps from mark to mark, so where the text ends is found by looking back over spaces, tabs and
  // a no-break space; a mark inside an open quote ("``", "''") is text like any other.
  const text = "“Open words ``x \u00a0\t\n \n“next” tail “ends ''here  ";
  const regions = findQuoteRegions(text).map((r) => [text.slice(r.start, r.end), r.closed]);
  assert.deepEqual(regions, [['“Open words ``x', false], ['“next”', true], ["“ends ''here", false]]);
  // Only [from, to) is read: the first double mark is outside, so the TeX-style one opens the region.
  const window = findQuoteRegions(text, 1, text.indexOf(' tail')).map((r) => [text.slice(r.start, r.end), r.closed]);
  assert.deepEqual(window, [['``x', false], ['“next”', true]]);
});

test('an opening mark typed where the closing one belongs ends the quote (“Apparently not,“ he said)', () => {
  assert.deepEqual(inner('“Apparently not,“ he said. “A leopard doesn’t change its spots.”'), ['Apparently not,', 'A leopard doesn’t change its spots.']);
  assert.deepEqual(inner('“It’s unusual,“ said Larry Noble.'), ['It’s unusual,']);
  // A mark after a space or a colon still opens, inside a quote or not.
  assert.deepEqual(inner('He said “go “now” and left.'), ['go “now']);
  assert.deepEqual(inner('He said:“We stay.”'), ['We stay.']);
  // and a closing mark before a word, outside a quote, opens one
  assert.deepEqual(inner('Doing so ”appeared to be an attempt,” she said.'), ['appeared to be an attempt,']);
});
