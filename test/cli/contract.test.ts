import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { AnnotationRecord } from '../../src/record/annotation-record.js';
import { assertValidRecord } from '../helpers/record-check.js';
import { spawnCli, tempDir } from '../helpers/cli.js';

const seeds = new URL('../../examples/', import.meta.url).pathname;

test('ingest stores the two seeds once, export gives two valid records, annotate gives exact sentences', () => {
  const db = join(tempDir(), 'dateline.db');
  const first = spawnCli(['ingest', '--db', db, seeds]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^2 new, 0 duplicate, 0 failed/);

  const again = spawnCli(['ingest', '--db', db, seeds]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^0 new, 2 duplicate, 0 failed/);

  const exported = spawnCli(['export', '--db', db]);
  assert.equal(exported.code, 0, exported.stderr);
  const records = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as AnnotationRecord);
  assert.equal(records.length, 2);
  records.forEach(assertValidRecord);
  assert.deepEqual(records.map((r) => r.article.published), ['2024-02-13', '2024-08-13']);

  const annotated = spawnCli(['annotate', join(seeds, '000_caa8fa700a5f6095.txt')]);
  assert.equal(annotated.code, 0, annotated.stderr);
  const record = JSON.parse(annotated.stdout) as AnnotationRecord;
  assertValidRecord(record);
  assert.equal(record.article.published, '2024-08-13');
  const sentences = record.sentences.map(([s, e]) => record.text.slice(s, e));
  assert.equal(sentences[0], 'Live updates: Follow the latest on Israel-Gaza');
  assert.equal(sentences[1].slice(0, 35), 'Palestinian President Mahmoud Abbas');
  for (const s of sentences) assert.equal(s, s.trim());
  // The stored record is the same as the one annotate prints (same text, same offsets).
  const stored = records.find((r) => r.article.published === '2024-08-13')!;
  assert.equal(stored.text, record.text);
  assert.deepEqual(stored.sentences, record.sentences);
});

test('usage errors exit 2 with a message; --help exits 0', () => {
  const bad = spawnCli(['ingest']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /missing required argument/);
  const badDate = spawnCli(['annotate', '-', '--date', '2024-13-45'], { input: 'x' });
  assert.equal(badDate.code, 2);
  assert.match(badDate.stderr, /not a real calendar date/);
  const help = spawnCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /ingest/);
});

test('annotate reads stdin with --date', () => {
  const result = spawnCli(['annotate', '-', '--date', '2024-08-13'], { input: 'Putin met Abbas in Moscow. They talked.' });
  assert.equal(result.code, 0, result.stderr);
  const record = JSON.parse(result.stdout) as AnnotationRecord;
  assertValidRecord(record);
  assert.equal(record.sentences.length, 2);
});

test('export offers PLOVER and GDELT event formats, and stops quietly when the reader closes the pipe', async () => {
  const db = join(tempDir(), 'dateline.db');
  assert.equal(spawnCli(['ingest', '--db', db, seeds]).code, 0);
  const plover = spawnCli(['export', '--db', db, '--format', 'plover']);
  assert.equal(plover.code, 0, plover.stderr);
  const events = plover.stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string[]; date: string; text: string });
  assert.ok(events.length > 5);
  assert.ok(events.some((e) => e.event.includes('CONSULT') && e.date === '2024-08-13'));
  const gdelt = spawnCli(['export', '--db', db, '--format', 'gdelt-events']);
  assert.equal(gdelt.code, 0, gdelt.stderr);
  const [header, ...rows] = gdelt.stdout.trim().split('\n').map((line) => line.split('\t'));
  assert.equal(header[0], 'GLOBALEVENTID');
  assert.equal(rows.length, events.length);
  for (const row of rows) assert.equal(row.length, header.length);

  // The real binary, its stdout piped into a reader that leaves after the first bytes.
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [new URL('../../bin/dateline.js', import.meta.url).pathname, 'export', '--db', db, '--format', 'gdelt-events']);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  // stderr in the message: a checkout without dist/ exits 2 and says why there
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
});
