// eval/quotes/errors.ts takes the cue filter and both boundary choosers as files, so that a held-out tenth is
// analysed with the fold models trained without it. Run as a user runs it: the shipped files named explicitly
// give the shipped analysis, and each option's file is read: one of the wrong shape is refused by name.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScript } from '../helpers/cli.js';
import { writePolnearFixture } from '../helpers/polnear-fixture.js';

const SHIPPED = ['--filter', 'resources/quotes/cue-filter.json', '--cue-boundary', 'resources/quotes/cue-boundary.json', '--boundary', 'resources/quotes/source-boundary.json'];

test('errors.ts reads the filter and choosers it is given', async () => {
  const dir = writePolnearFixture('dateline-error-models-');
  const byDefault = await runScript('eval/quotes/errors.ts', [dir, '--role', 'cue', '--show']);
  assert.equal(byDefault.code, 0, byDefault.stderr);
  assert.match(byDefault.stdout, /=== cue: gold 2, pred \d+, exact \d+/);
  const named = await runScript('eval/quotes/errors.ts', [dir, '--role', 'cue', '--show', ...SHIPPED]);
  assert.equal(named.code, 0, named.stderr);
  assert.equal(named.stdout, byDefault.stdout);

  const wrong = join(dir, 'wrong-shape.json');
  writeFileSync(wrong, JSON.stringify({ threshold: 0.5 }));
  for (const [option, what] of [['--filter', 'cue filter'], ['--cue-boundary', 'cue boundary chooser'], ['--boundary', 'source boundary chooser']]) {
    const refused = await runScript('eval/quotes/errors.ts', [dir, option, wrong]);
    assert.notEqual(refused.code, 0, option);
    assert.match(refused.stderr, new RegExp(`wrong-shape\\.json: not a ${what}`), option);
  }
});

test('errors.ts analyses the speech scope, what users read, on request', async () => {
  const dir = writePolnearFixture('dateline-error-scope-');
  const speech = await runScript('eval/quotes/errors.ts', [dir, '--role', 'cue', '--scope', 'speech']);
  assert.equal(speech.code, 0, speech.stderr);
  assert.match(speech.stdout, /=== cue: gold 2, pred \d+, exact \d+/);
  // the same counts as the scorer's speech scope
  const scored = await runScript('eval/quotes/main.ts', [dir, '--scope', 'speech', '--json']);
  assert.equal(scored.code, 0, scored.stderr);
  const cue = JSON.parse(scored.stdout).roles.cue;
  assert.match(speech.stdout, new RegExp(`=== cue: gold ${cue.gold}, pred ${cue.pred}, exact ${cue.exact},`));
  const refused = await runScript('eval/quotes/errors.ts', [dir, '--scope', 'everything']);
  assert.notEqual(refused.code, 0);
});
