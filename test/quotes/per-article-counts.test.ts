// `--per-article` of the boundary evaluations, run as a user runs it (a child process over a PolNeAR-shaped
// folder, the real pipeline and models): one line per article and setting, whose counts add up to the pooled
// figures the script prints and whose gold counts are the annotation file's own.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScript } from '../helpers/cli.js';
import { ARTICLES, writePolnearFixture } from '../helpers/polnear-fixture.js';

test('--per-article writes counts that add up to the pooled figures', async () => {
  const dir = writePolnearFixture('dateline-per-article-');
  const out = join(dir, 'per-article.jsonl');
  const r = await runScript('eval/quotes/source-boundary.ts', [dir, '--boundary', 'resources/quotes/source-boundary.json', '--per-article', out]);
  assert.equal(r.code, 0, r.stderr);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | number>);
  const settings = [...new Set(lines.map((l) => l.setting))];
  assert.equal(settings.length, 2); // as tagged, and with the chooser at its margin
  assert.equal(lines.length, ARTICLES.length * settings.length);
  for (const a of ARTICLES) {
    for (const l of lines.filter((x) => x.article === a.name)) {
      assert.equal(l.cueGold, 1);
      assert.equal(l.sourceGold, 1);
      assert.equal(l.contentGold, 1);
    }
  }
  // each printed row's exact hits / predicted equal the sums of its setting's lines
  for (const setting of settings) {
    const row = r.stdout.split('\n').find((l) => l.startsWith(String(setting)));
    assert.ok(row, `no printed row for ${setting}`);
    const mine = lines.filter((l) => l.setting === setting);
    for (const role of ['source', 'cue', 'content']) {
      const m = new RegExp(`${role} [\\d.]+ \\((\\d+) / (\\d+)\\)`).exec(row!);
      assert.ok(m, `${role} missing in: ${row}`);
      const sum = (field: string) => mine.reduce((n, l) => n + Number(l[field]), 0);
      assert.equal(sum(`${role}Exact`), Number(m![1]));
      assert.equal(sum(`${role}Pred`), Number(m![2]));
    }
  }
});
