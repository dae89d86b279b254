import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import { tag } from './helpers.js';

test('long runs of digits, spaces and punctuation are tagged in linear time', () => {
  // Each input is one ~20 kB sentence of a repeated unit. Only the timex stage is timed (tokens come from the
  // text stage beforehand); doubling the input must not much more than double the time, which a pattern
  // that backtracks or rescans would fail.
  const units = ['1', ' ', '.', '-', '1 ', '1-', 'Jan. ', 'the past ', '10:35 ', "'", 'two-', 'a year ago ', '1/2 ', 'Monday, '];
  const timeOf = (text: string) => {
    const { tokens, sentences } = segment(text);
    // best of three: the machine is shared, so single timings jitter
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = process.hrtime.bigint();
      const timexes = tagTimexes(text, tokens, sentences, '2024-08-13');
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
      for (const t of timexes) assert.equal(text.slice(t.start, t.end), t.text);
    }
    return best;
  };
  for (const unit of units) {
    const n = Math.ceil(10_000 / unit.length);
    const small = timeOf(unit.repeat(n));
    const large = timeOf(unit.repeat(2 * n));
    assert.ok(large < 2000, `${JSON.stringify(unit)} × ${2 * n} took ${large.toFixed(0)} ms`);
    assert.ok(large < 8 * small + 200, `${JSON.stringify(unit)}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms for twice the input`);
  }
});

test('every timex slices to its text and carries a value, on random temporal-looking text', () => {
  const words = ['on', 'Monday', 'the', 'past', 'two', 'weeks', 'ago', 'last', 'year', 'Dec.', '7', ',', '1998', 'early',
    'morning', 'each', 'quarter', 'third', 'fiscal', '10:35', 'a.m.', 'said', 'will', 'next', 'day', 'May', 'now', '.', '-', '1990s', 'mid-1990s', 'about', 'months'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.constantFrom(' ', '  ', '\n'), (ws, sep) => {
      const text = ws.join(sep);
      for (const t of tag(text, '2024-08-13')) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.value.length > 0);
        assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type));
      }
    }),
    { numRuns: 300 },
  );
});

test('a dash, a possessive or a quote mark near a modifier starts nothing; an apostrophe decade still does', () => {
  const read = (text: string) => tag(text, '2009-02-10').map((t) => {
    assert.equal(text.slice(t.start, t.end), t.text);
    return [t.text, t.value];
  });
  // "the second half" of a sum is no half-year, however near a dash or a possessive stands
  assert.deepEqual(read("Making sure that the second half of that money -- $350 billion -- is spent properly."), []);
  assert.deepEqual(read("The fund's second half of the money's use was argued."), []);
  assert.deepEqual(read("Rates rose in the '80s and fell in the late ’90s."), [["the '80s", '198'], ["the late ’90s", '199']]);
  assert.deepEqual(read('Sales were flat in the mid-1990s, a two-year lull.'), [['mid-1990s', '199'], ['two-year', 'P2Y']]);
});
