// `--per-article` of the boundary evaluations, run as a user runs it (a child process over a PolNeAR-shaped
// folder, the real pipeline and models): one line per article and setting, whose counts add up to the pooled
// figures the script prints and whose gold counts are the annotation file's own.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../helpers/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;

const ARTICLES = [
  {
    name: 'nyt_2016-09-12_one',
    annotator: 'ab12',
    text: 'The senator said on Monday that the bill would pass. Aides declined to comment.\n\n"It is a good day," Ms. Lee told reporters.',
    // source "The senator", cue "said", content "the bill would pass"
    ann: ['T1\tSource 0 11\tThe senator', 'T2\tCue 12 16\tsaid', 'T3\tContent 32 51\tthe bill would pass', 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'],
  },
  {
    name: 'wash-post_2016-09-13_two',
    annotator: 'cd34',
    text: 'Officials warned that prices would rise. The company, according to its filing, lost money.',
    ann: ['T1\tSource 0 9\tOfficials', 'T2\tCue 10 16\twarned', 'T3\tContent 22 39\tprices would rise', 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'],
  },
];

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

test('--per-article writes counts that add up to the pooled figures', async () => {
  const dir = tempDir('dateline-per-article-');
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  for (const a of ARTICLES) {
    writeFileSync(join(dir, 'text', `${a.name}.txt`), a.text);
    writeFileSync(join(dir, 'attributions', `${a.name}_${a.annotator}.ann`), a.ann.join('\n') + '\n');
    // the fixture's offsets must be the surface strings they claim
    for (const line of a.ann.filter((l) => l.startsWith('T'))) {
      const [, spec, surface] = line.split('\t');
      const [, start, end] = spec.split(' ').map(Number);
      assert.equal(a.text.slice(start, end), surface);
    }
  }
  const out = join(dir, 'per-article.jsonl');
  const r = await run(['eval/quotes/source-boundary.ts', dir, '--boundary', 'resources/quotes/source-boundary.json', '--per-article', out]);
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
