import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { runCli, tempDir } from '../helpers/cli.js';

const seed = new URL('../../examples/000_caa8fa700a5f6095.txt', import.meta.url).pathname;

/** Every kind of bad input from issue 2, each in a real file, ingested in one batch with good files. */
function writeBatch(dir: string): Record<string, string> {
  const files: Record<string, string | Buffer> = {
    'good.txt': ' date 2024-08-13 Good headline\n\nPutin met Abbas in Moscow on Tuesday.',
    'good.jsonl.gz': gzipSync('{"id":"g-1","published":"2024-08-12","text":"Abbas arrived in Moscow."}\n'),
    'empty.txt': '',
    'binary.bin': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x20]),
    'latin1.txt': Buffer.from(' date 2024-08-13 Caf\xe9 au lait', 'latin1'),
    'undated.txt': 'A story with no date at all.',
    'impossible-date.txt': ' date 2024-13-45 A story on a day that does not exist.',
    'lines.jsonl': [
      '{"id":"ok-1","published":"2024-08-13","text":"Fine line."}',
      '{"id":"bad-1","published":"2024-08-13","text":"unterminated',
      '{"id":"bad-2","published":"2024-08-13"}',
      '{"id":"ok-2","published":"2024-08-14","text":"Another fine line."}',
    ].join('\n'),
    'no-text.html': '<!doctype html><html><head><meta property="article:published_time" content="2024-08-13"></head><body><nav>Home</nav><script>var x=1</script></body></html>',
    'broken.xml': '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>\n<item><title>One</item></channel></rss>',
    'huge.txt': ' date 2024-08-13 ' + 'x'.repeat(3000),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return {
    'empty.txt': 'the file is empty',
    'binary.bin': 'binary',
    'latin1.txt': 'not valid UTF-8',
    'undated.txt': 'no publication date',
    'impossible-date.txt': 'not a real calendar date',
    'lines.jsonl:2': 'malformed JSON',
    'lines.jsonl:3': 'no "text" field',
    'no-text.html': 'no article text',
    'broken.xml:2': 'broken XML',
    'huge.txt': 'over the limit',
    'missing.txt': 'no such file',
  };
}

test('bad inputs are each reported with file, line and reason; the rest of the batch goes in', async () => {
  const dir = tempDir();
  const expected = writeBatch(dir);
  const db = join(tempDir(), 'store.db');
  const result = await runCli(['ingest', '--db', db, '--max-size', '2KB', '--workers', '1', dir, join(dir, 'missing.txt')]);
  assert.equal(result.code, 1, 'exit 1 when some input failed');
  for (const [where, reason] of Object.entries(expected)) {
    const line = result.stderr.split('\n').find((l) => l.includes(`${where}:`) || l.includes(`${where} `));
    assert.ok(line, `no message names ${where}:\n${result.stderr}`);
    assert.ok(line.includes(reason), `message for ${where} should say "${reason}": ${line}`);
  }
  assert.match(result.stdout, /^4 new, 0 duplicate, 11 failed/);

  const store = new Database(db, { readonly: true });
  const ids = store.prepare('SELECT id FROM articles ORDER BY id').pluck().all();
  assert.equal(ids.length, 4);
  assert.ok(ids.includes('g-1') && ids.includes('ok-1') && ids.includes('ok-2'));
  assert.equal(store.prepare('SELECT count(*) FROM ingest_errors').pluck().get(), 11);
  const logged = store.prepare(`SELECT line, reason FROM ingest_errors WHERE path LIKE '%lines.jsonl'`).all() as { line: number; reason: string }[];
  assert.deepEqual(logged.map((r) => r.line).sort(), [2, 3]);
  assert.equal(store.pragma('integrity_check', { simple: true }), 'ok');
  store.close();
});

test('a file that is not a Dateline database is refused and left untouched', async () => {
  const dir = tempDir();
  const notDb = join(dir, 'notes.db');
  writeFileSync(notDb, 'these are my notes, not a database');
  const text = await runCli(['ingest', '--db', notDb, seed]);
  assert.equal(text.code, 2);
  assert.match(text.stderr, /notes\.db is not a Dateline database/);

  const other = join(dir, 'other.db');
  const foreign = new Database(other);
  foreign.exec('CREATE TABLE people (name TEXT); INSERT INTO people VALUES (\'Ada\')');
  foreign.close();
  const sqlite = await runCli(['ingest', '--db', other, seed]);
  assert.equal(sqlite.code, 2);
  assert.match(sqlite.stderr, /another program, not a Dateline database/);
  const check = new Database(other, { readonly: true });
  assert.deepEqual(check.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).pluck().all(), ['people']);
  check.close();
});

test('stdin is read with -, and a plain text needs --date', async () => {
  const db = join(tempDir(), 'store.db');
  const without = await runCli(['ingest', '--db', db, '-'], 'Putin met Abbas.');
  assert.equal(without.code, 1);
  assert.match(without.stderr, /<stdin>: no publication date/);
  const withDate = await runCli(['ingest', '--db', db, '--date', '2024-08-13', '-'], 'Putin met Abbas.');
  assert.equal(withDate.code, 0, withDate.stderr);
  assert.match(withDate.stdout, /^1 new/);
  copyFileSync(seed, join(tempDir(), 'x.txt'));
});
