import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { CLI_ENTRY, spawnCli, tempDir } from '../helpers/cli.js';

// Enough for several 200-article transactions, few enough that the re-run stays quick with every stage in.
const ARTICLES = 3_000;

function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or the schema is not there yet
  }
}

test('kill -9 in the middle of a large ingest, then the same command again: every article once, integrity ok', async () => {
  const dir = tempDir();
  const input = join(dir, 'big.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    lines.push(JSON.stringify({ id: `k${i}`, published: `2024-08-${String(1 + (i % 28)).padStart(2, '0')}`, text: `Story ${i}. Mahmoud Abbas met Vladimir Putin in Moscow on Tuesday, officials said.\n\nThe talks covered aid number ${i}.` }));
  }
  writeFileSync(input, lines.join('\n'));
  const db = join(dir, 'store.db');

  const child = spawn(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'ingest', '--db', db, '--workers', '2', input], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let atKill = 0;
  for (let waited = 0; waited < 120_000; waited += 10) {
    atKill = storedCount(db);
    if (atKill > 0) break;
    await sleep(10);
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(atKill > 0, 'the ingest never stored anything before the kill');
  const afterKill = storedCount(db);
  assert.ok(afterKill < ARTICLES, `the ingest finished (${afterKill}) before it could be killed; the test proves nothing`);

  const rerun = spawnCli(['ingest', '--db', db, input]);
  assert.equal(rerun.code, 0, rerun.stderr);
  const m = /^(\d+) new, (\d+) duplicate, 0 failed/.exec(rerun.stdout);
  assert.ok(m, rerun.stdout);
  assert.equal(Number(m[1]) + Number(m[2]), ARTICLES);
  assert.equal(Number(m[2]), afterKill, 'what was stored before the kill counts as duplicate');

  const conn = new Database(db, { readonly: true });
  assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
  assert.equal(conn.prepare('SELECT count(*) FROM articles').pluck().get(), ARTICLES);
  assert.equal(conn.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get(), ARTICLES);
  // Every stored article is whole: it has its sentences, and the full-text index agrees with the table.
  assert.equal(conn.prepare(`SELECT count(*) FROM articles WHERE sentences = '[]'`).pluck().get(), 0);
  assert.equal(conn.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"officials"'`).pluck().get(), ARTICLES);
  conn.close();
});
