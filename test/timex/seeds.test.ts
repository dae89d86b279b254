import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readExample, tag, timexAt } from './helpers.js';

test('seed 000 (published Tuesday 2024-08-13): every dated expression gets its value', () => {
  const { date, text } = readExample('000_caa8fa700a5f6095.txt');
  assert.equal(date, '2024-08-13');
  const timexes = tag(text, date);
  const expect: [string, number, string][] = [
    ['Tuesday', 0, '2024-08-13'],
    ['on Monday', 0, '2024-08-12'],
    ['late on Monday', 0, '2024-08-12'],
    ['On Monday', 0, '2024-08-12'],
    ['Wednesday', 0, '2024-08-14'],
    ['last month', 0, '2024-07'],
    ['two weeks ago', 0, '2024-W31'],
    ['December', 0, '2023-12'],
    ['in May', 0, '2024-05'],
    ['October 7', 0, '2023-10-07'],
    ['the past year', 0, 'P1Y'],
    ['the coming days', 0, 'FUTURE_REF'],
  ];
  for (const [phrase, n, value] of expect) {
    const t = timexAt(text, timexes, phrase, n);
    assert.ok(t, `no timex over "${phrase}"`);
    assert.equal(t.value, value, `"${phrase}" → ${t.value}, expected ${value}`);
  }
  assert.equal(timexAt(text, timexes, 'the past year')?.type, 'DURATION');
});

test('seed 003 (published Tuesday 2024-02-13): every dated expression gets its value', () => {
  const { date, text } = readExample('003_c50b538abc8f1e14.txt');
  const timexes = tag(text, date);
  const expect: [string, string][] = [
    ['on Tuesday', '2024-02-13'],
    ['in November', '2023-11'],
    ['earlier in December', '2023-12'],
    ['In February', '2024-02'],
    ['in 2024', '2024'],
  ];
  for (const [phrase, value] of expect) {
    const t = timexAt(text, timexes, phrase);
    assert.ok(t, `no timex over "${phrase}"`);
    assert.equal(t.value, value, `"${phrase}" → ${t.value}, expected ${value}`);
  }
});

test('extents leave prepositions and punctuation outside and slice exactly', () => {
  const { date, text } = readExample('000_caa8fa700a5f6095.txt');
  const timexes = tag(text, date);
  assert.ok(timexes.length >= 10);
  for (const t of timexes) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.doesNotMatch(t.text, /^(on|in|since|at) /i);
    assert.doesNotMatch(t.text, /[.,;:!?]$/);
  }
  assert.equal(timexAt(text, timexes, 'in the coming days')?.text, 'the coming days');
  assert.equal(timexAt(text, timexes, 'Tehran two weeks ago')?.text, 'two weeks ago');
});
