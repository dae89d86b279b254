// The real scripts as child processes: --help, a bogus option, a bad value, a missing folder, a folder
// without what it should hold. Each answer must come before any real work starts, so these run in about a
// second each (all at once).
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { tempDir } from '../helpers/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const folder = tempDir('dateline-front-door-');
const missing = join(folder, 'no-such-folder');
// Two small scripts behind the front door: one with a bug, one whose reader refuses its input (in a promise).
const scratch = tempDir('dateline-front-door-scripts-');
const frontDoor = (body: string) => `import { scriptArgs } from '${ROOT}scripts/script-cli.ts';
import { InputError } from '${ROOT}scripts/input-error.ts';
scriptArgs({ command: 'x', description: 'y', options: {} });
${body}
`;
writeFileSync(join(scratch, 'bug.mts'), frontDoor("const none: { x: number } | undefined = undefined as never;\nconsole.log(none!.x);"));
writeFileSync(join(scratch, 'async-input.mts'), frontDoor("await Promise.reject(new InputError('articles.jsonl:3: not JSON'));"));

interface Run { code: number; stdout: string; stderr: string }

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
const script = (path: string, ...args: string[]) => run(process.execPath, ['--import', 'tsx', path, ...args]);

const cases = {
  timexHelp: () => script('eval/timex/main.ts', '--help'),
  timexHelpByNpm: () => run('npm', ['run', '-s', 'eval:timex', '--', '-h']),
  timexBogus: () => script('eval/timex/main.ts', folder, '--bogus'),
  timexMissing: () => script('eval/timex/main.ts', missing),
  benchTimexHelp: () => script('bench/timex.ts', '--help'),
  benchTimexSeconds: () => script('bench/timex.ts', folder, '--seconds', 'soon'),
  nerBogus: () => script('eval/ner/main.ts', '--bogus'),
  ingestWorkers: () => script('bench/ingest.ts', folder, '--workers'),
  kbHelp: () => script('scripts/build-kb.ts', '--help'),
  kbMissing: () => script('scripts/build-kb.ts', missing),
  filterCheckMissing: () => script('scripts/train-timex-filter.ts', folder, '--check', folder, missing, '--folds', '3'),
  quotesCost: () => script('scripts/train-quotes.ts', folder, '--cost', 'CUE:lots'),
  quotesNoPolnear: () => script('eval/quotes/main.ts', folder),
  nerNoTrain: () => script('scripts/train-ner.ts', folder),
  timexNoTimeMl: () => script('eval/timex/main.ts', folder),
  bug: () => script(join(scratch, 'bug.mts')),
  asyncInput: () => script(join(scratch, 'async-input.mts')),
  quotesCueFilterMissing: () => script('eval/quotes/main.ts', folder, '--cue-filter', missing),
  quotesCueFilterBad: () => script('eval/quotes/main.ts', folder, '--cue-filter', join(ROOT, 'package.json')),
  cueFilterThreshold: () => script('scripts/train-cue-filter.ts', join(ROOT, 'package.json'), '--threshold', '2'),
  cueFilterExtra: () => script('scripts/train-cue-filter.ts', join(ROOT, 'package.json'), '--extra-cues', '250,100'),
};
const results = {} as Record<keyof typeof cases, Run>;

before(async () => {
  const names = Object.keys(cases) as (keyof typeof cases)[];
  const runs = await Promise.all(names.map((name) => cases[name]()));
  names.forEach((name, i) => (results[name] = runs[i]));
});

/** Exit 2, nothing on stdout, and on stderr exactly `error: MESSAGE` and the usage line: no stack trace. */
function assertUsageError(r: Run, message: string, usage: string): void {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.doesNotMatch(r.stderr, / {4}at /);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.equal(lines[0], `error: ${message}`);
  assert.ok(lines[1].startsWith(`Usage: ${usage}`), lines[1]);
}

describe('scripts: --help', () => {
  it('eval:timex prints its usage, description and options with defaults, exit 0', () => {
    const r = results.timexHelp;
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.startsWith('Usage: npm run eval:timex -- <GOLD_DIR...> [--system <DIR>] [--worst <N>] [--errors <N>] [--breakdown] [--json]\n'));
    assert.match(r.stdout, /--worst <N> +documents to list, most errors first \(default: 10\)/);
    assert.match(r.stdout, /-h, --help +print this help and exit/);
  });

  it('the same through npm run, with -h', () => {
    assert.equal(results.timexHelpByNpm.code, 0, results.timexHelpByNpm.stderr);
    assert.equal(results.timexHelpByNpm.stdout, results.timexHelp.stdout);
  });

  it('bench:timex and build:kb answer --help instead of reading a folder named --help', () => {
    for (const r of [results.benchTimexHelp, results.kbHelp]) {
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^Usage: npm run (bench:timex|build:kb) -- /);
    }
  });
});

describe('scripts: bad command lines', () => {
  it('an unknown option is named', () => {
    assertUsageError(results.timexBogus, "unknown option '--bogus'", 'npm run eval:timex -- ');
    assertUsageError(results.nerBogus, "unknown option '--bogus'", 'npm run eval:ner -- ');
  });

  it('a missing input folder is named, not an ENOENT stack trace', () => {
    assertUsageError(results.timexMissing, `${missing}: no such file or folder`, 'npm run eval:timex -- ');
    assertUsageError(results.kbMissing, `${missing}: no such file or folder`, 'npm run build:kb -- ');
  });

  it('a folder in the run of a variadic option is checked too', () => {
    assertUsageError(results.filterCheckMissing, `option '--check <DIR...>' argument '${missing}' is invalid. No such file or folder.`, 'npm run train:timex-filter -- ');
  });

  it('a missing or invalid value is named', () => {
    assertUsageError(results.benchTimexSeconds, "option '--seconds <N>' argument 'soon' is invalid. Expected a number.", 'npm run bench:timex -- ');
    assertUsageError(results.ingestWorkers, "option '--workers <N>' argument missing", 'npm run bench:ingest -- ');
    assertUsageError(results.quotesCost, '--cost: expected ROLE:NUMBER (ROLE O, SRC, CUE or CON), not CUE:lots', 'npm run train:quotes -- ');
    assertUsageError(results.quotesCueFilterMissing, `--cue-filter: no such file ${missing}`, 'npm run eval:quotes -- ');
    assertUsageError(results.quotesCueFilterBad, `--cue-filter: ${join(ROOT, 'package.json')}: not a cue filter (expected {"model": {"bias", "weights"}, "threshold"} with a threshold in [0, 1])`, 'npm run eval:quotes -- ');
    assertUsageError(results.cueFilterThreshold, '--threshold must be in [0, 1]', 'npm run train:cue-filter -- ');
    assertUsageError(results.cueFilterExtra, '--extra-cues: expected growing positive bonuses, e.g. 100,250,500 or 100,250,500:tagged or 100,250:any:150,300 or 100,250:any:150,300:rules, got "250,100"', 'npm run train:cue-filter -- ');
  });
});

/** Exit 1, and on stderr exactly one line `error: MESSAGE`: no stack trace, no usage (the command line was fine). */
function assertInputError(r: Run, message: string): void {
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, `error: ${message}\n`);
}

describe('scripts: input that exists but is wrong', () => {
  it('a PolNeAR folder without text/ and attributions/, a CoNLL folder without train.txt, a folder without TimeML', () => {
    assertInputError(results.quotesNoPolnear, `${folder} has no text/ and attributions/ folders`);
    assertInputError(results.nerNoTrain, `${folder} has no train.txt`);
    assertInputError(results.timexNoTimeMl, `${folder} holds no TimeML files (.tml, .TE3input)`);
  });

  it('an InputError from a rejected promise too', () => {
    assertInputError(results.asyncInput, 'articles.jsonl:3: not JSON');
  });

  it('any other error is a bug and keeps its stack', () => {
    const r = results.bug;
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^TypeError: Cannot read properties of undefined/);
    assert.match(r.stderr, / {4}at .*bug\.mts:\d+/);
  });
});
