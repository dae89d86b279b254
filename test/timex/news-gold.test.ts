import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD_FILE, readGoldLines, readNewsGold } from '../../eval/timex/news/gold.js';
import { textSha1 } from '../../eval/timex/news/articles.js';
import { keptUnder, TIMEBANK_MOSTLY_UNTAGGED } from '../../eval/timex/news/convention.js';
import { InputError } from '../../scripts/input-error.js';
import { tempDir } from '../helpers/temp-dir.js';

// A TIMEX3 value as the guidelines write them: dates and weeks (with X for the unknown), parts of day and
// clock times (XX for an unknown hour: "a few hours earlier" 2016-09-20TXX:XX; TIMEX3's midday MI and daytime DT too:
// "lunchtime today" 2010-08-15TMI), decades and centuries (BC ones too:
// "the fifth century BC" BC04), durations, sets of weekdays, and the vague references.
const VALUE = /^(?:BC\d{2,4}|(?:\d{4}|XXXX|\d{2,3}X?)(?:-(?:\d\d|XX|W\d\d|WXX|Q\d|H\d|SP|SU|FA|WI)(?:-(?:\d\d|XX|WE|\d))?)?(?:T(?:(?:\d\d|XX):(?:\d\d|XX)|MO|MI|AF|EV|NI|DT))?|P(?:(?:\d+|X)[YMWDECLQ])+(?:T(?:(?:\d+|X)[HMS])+)?|PT(?:(?:\d+|X)[HMS])+|(?:PRESENT|PAST|FUTURE)_REF)$/;

test('the news sample gold is well formed: sorted, disjoint spans whose length is their surface, TIMEX3 types and values', () => {
  const lines = readGoldLines();
  assert.equal(lines.length, 360);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((b) => lines.filter((l) => l.batch === b).length), [24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24]);
  for (const line of lines) {
    assert.match(line.sha1, /^[0-9a-f]{40}$/);
    assert.match(line.published, /^\d{4}-\d\d-\d\d$/);
    line.timexes.forEach((t, i) => {
      assert.equal(t.end - t.start, t.text.length, `${line.key}: ${t.text}`);
      assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type), `${line.key}: ${t.type}`);
      assert.match(t.value, VALUE, `${line.key}: ${t.text} ${t.value}`);
      if (i > 0) assert.ok(line.timexes[i - 1].end <= t.start, `${line.key}: ${t.text} overlaps the one before`);
    });
  }
});

test('the news gold joins its texts in the data folder and refuses a changed text or a wrong span, naming the line', () => {
  const root = tempDir();
  const text = 'Talks resumed on Monday , officials said .';
  const collection = join(root, 'tls/timeline17/Talks_wire');
  mkdirSync(collection, { recursive: true });
  writeFileSync(join(collection, 'articles.jsonl'), JSON.stringify({ id: 'Talks_wire/1', published: '2024-08-13', text }) + '\n');
  const monday = { start: 17, end: 23, text: 'Monday', type: 'DATE', value: '2024-08-12' };
  const line = { source: 'timeline17', key: 'Talks_wire/1', batch: 1, published: '2024-08-13', sha1: textSha1(text), timexes: [monday] };
  const gold = join(root, 'gold.jsonl');

  writeFileSync(gold, JSON.stringify(line) + '\n');
  const [joined] = readNewsGold(root, gold);
  assert.equal(joined.article.text.slice(monday.start, monday.end), 'Monday');

  writeFileSync(gold, '\n' + JSON.stringify({ ...line, sha1: textSha1(text + ' ') }) + '\n');
  assert.throws(() => readNewsGold(root, gold), (e: Error) => e instanceof InputError && /gold\.jsonl:2: the text of timeline17 Talks_wire\/1 differs/.test(e.message));

  writeFileSync(gold, JSON.stringify({ ...line, timexes: [{ ...monday, start: 16, end: 22 }] }) + '\n');
  assert.throws(() => readNewsGold(root, gold), (e: Error) => e instanceof InputError && /gold\.jsonl:1: \[16, 22\) is not "Monday"/.test(e.message));

  writeFileSync(gold, JSON.stringify({ ...line, key: 'Talks_wire/2' }) + '\n');
  assert.throws(() => readNewsGold(root, gold), /no timeline17 article Talks_wire\/2/);
});

test('the gold file sits beside its reader', () => {
  assert.match(GOLD_FILE, /eval\/timex\/news\/gold\.jsonl$/);
});

test('the TimeBank convention leaves out only the listed words standing alone, whatever their case', () => {
  assert.ok(!keptUnder('timebank', 'Previously'));
  assert.ok(!keptUnder('timebank', 'the time'));
  assert.ok(keptUnder('timebank', 'the future'));
  assert.ok(keptUnder('timebank', 'previously announced') && keptUnder('guidelines', 'previously'));
  for (const [word, { tagged, seen }] of TIMEBANK_MOSTLY_UNTAGGED) assert.ok(tagged * 3 < seen, word);
});
