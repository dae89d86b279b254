import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTimeMl, writeTimeMl } from '../../src/extract/timex/timeml.js';
import { main } from '../../src/cli/main.js';
import { scoreDocument, totals } from '../../eval/timex/score.js';
import { tempDir } from '../helpers/temp-dir.js';

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> at the U.S. embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, AT&amp;T <SIGNAL sid="s1">said</SIGNAL>.
Talks will resume <TIMEX3 tid="t2" type="DATE" value="1998-W33">next week</TIMEX3> &amp; go on for <TIMEX3 tid="t3" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
`;

test('parseTimeMl reads the DCT, plain text with decoded entities, and gold spans', () => {
  const doc = parseTimeMl(SAMPLE);
  assert.equal(doc.dct, '1998-08-08');
  assert.match(doc.plain, /AT&T said\./);
  assert.deepEqual(doc.gold.map((g) => [g.text, g.type, g.value]), [
    ['Friday', 'DATE', '1998-08-07'], ['next week', 'DATE', '1998-W33'], ['two weeks', 'DURATION', 'P2W'],
  ]);
  for (const g of doc.gold) assert.equal(doc.plain.slice(g.start, g.end), g.text);
});

test('writeTimeMl keeps everything but the TEXT tags, and re-reads to the same spans', () => {
  const doc = parseTimeMl(SAMPLE);
  const out = writeTimeMl(doc, doc.gold);
  assert.ok(!out.includes('<EVENT') && !out.includes('<SIGNAL'));
  assert.ok(out.includes('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08"'));
  assert.ok(out.includes('AT&amp;T said.'));
  assert.ok(out.includes('<MAKEINSTANCE eventID="e1"'));
  const again = parseTimeMl(out);
  assert.deepEqual(again.gold.map((g) => [g.start, g.end, g.value]), doc.gold.map((g) => [g.start, g.end, g.value]));
  assert.equal(again.plain, doc.plain);
});

test('`dateline timex --timeml … --out DIR` writes tagged files the scorer reads back', async () => {
  const dir = tempDir('timex-');
  const input = join(dir, 'X1.tml');
  writeFileSync(input, SAMPLE);
  const out = join(dir, 'out');
  const stderr: string[] = [];
  const code = await main(['node', 'dateline', 'timex', '--timeml', input, '--out', out], {
    stderr: { write: (s: string) => stderr.push(s) } as unknown as NodeJS.WritableStream,
  });
  assert.equal(code, 0, stderr.join(''));
  const written = readFileSync(join(out, 'X1.tml'), 'utf8');
  const system = parseTimeMl(written);
  const gold = parseTimeMl(SAMPLE);
  assert.equal(system.plain, gold.plain);
  const t = totals([scoreDocument('X1', gold.gold, system.gold)]);
  assert.equal(t.relaxedF1, 1);
  assert.equal(t.valueF1, 1);
});

test('the scorer matches one-to-one on overlap and scales attribute F1 by relaxed F1', () => {
  const g = [
    { start: 0, end: 6, text: 'Friday', type: 'DATE' as const, value: '1998-08-07' },
    { start: 10, end: 19, text: 'next week', type: 'DATE' as const, value: '1998-W33' },
  ];
  const s = [
    { start: 0, end: 6, text: 'Friday', type: 'DATE' as const, value: '1998-08-14' },
    { start: 15, end: 19, text: 'week', type: 'DURATION' as const, value: 'P1W' },
    { start: 30, end: 35, text: 'today', type: 'DATE' as const, value: '1998-08-08' },
  ];
  const t = totals([scoreDocument('d', g, s)]);
  assert.equal(t.recall, 1);
  assert.ok(Math.abs(t.precision - 2 / 3) < 1e-9);
  assert.ok(Math.abs(t.strictF1 - 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2)) < 1e-9);
  assert.ok(Math.abs(t.valueF1 - 0) < 1e-9);
  assert.ok(Math.abs(t.typeF1 - 0.5 * t.relaxedF1) < 1e-9);
});

test('parseTimeMl leaves entity names of Object properties ("&constructor;") as they are, offsets exact', () => {
  const source = SAMPLE.replace('AT&amp;T', 'AT&constructor;T &toString; &__proto__;');
  const doc = parseTimeMl(source);
  assert.match(doc.plain, /AT&constructor;T &toString; &__proto__; said\./);
  for (const g of doc.gold) assert.equal(doc.plain.slice(g.start, g.end), g.text);
  assert.deepEqual(doc.gold.map((g) => g.value), ['1998-08-07', '1998-W33', 'P2W']);
});
