// scripts/pseudo-label-quotes.ts writes machine-labelled training articles that scripts/pseudo-labelled.ts
// reads back for train:quotes --pseudo: the real quotes stage labels the attributions, every span slices the
// written text (which --line-paragraphs rewrites), and a bad input or output line is refused by file and line.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readPseudoLabelled } from '../../scripts/pseudo-labelled.js';
import { InputError } from '../../scripts/input-error.js';
import { runScript, tempDir } from '../helpers/cli.js';

const dir = tempDir('dateline-pseudo-');
const run = (args: string[], script = 'scripts/pseudo-label-quotes.ts') => runScript(script, args);

const articles = [
  { id: 'a1', published: '2024-08-13', text: 'Abbas has a standing invitation to visit Russia , Kremlin spokesman Dmitry Peskov told RIA News .\nThe talks will cover Gaza , he said .' },
  { id: 'a2', published: '2024-02-13', text: 'The weather was mild on Tuesday .' },
];

test('labels attributions with the quotes stage; every span slices the written text, lines made paragraphs', async () => {
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const out = join(dir, 'pseudo.jsonl');
  const r = await run([input, '--out', out, '--line-paragraphs']);
  assert.equal(r.code, 0, r.stderr);
  const labelled = readPseudoLabelled(out);
  assert.deepEqual(labelled.map((a) => a.name), ['a1', 'a2']);
  assert.equal(labelled[0].text, articles[0].text.replace('\n', '\n\n'));
  const cues = labelled[0].attributions.map((at) => at.cue.map(([s, e]) => labelled[0].text.slice(s, e)).join(' '));
  assert.ok(cues.includes('told'), `cues: ${cues.join(', ')}`);
  const told = labelled[0].attributions[cues.indexOf('told')];
  assert.deepEqual(told.source.map(([s, e]) => labelled[0].text.slice(s, e)), ['Kremlin spokesman Dmitry Peskov']);
  assert.match(told.content.map(([s, e]) => labelled[0].text.slice(s, e)).join(' '), /^Abbas has a standing invitation/);
  assert.equal(labelled[1].attributions.length, 0);
});

test('a bad input line is refused with its file and line, and nothing is written', async () => {
  const input = join(dir, 'bad.articles.jsonl');
  writeFileSync(input, `${JSON.stringify(articles[1])}\n{"id": "x", "text": "no date"}\n`);
  const out = join(dir, 'never.jsonl');
  const r = await run([input, '--out', out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /bad\.articles\.jsonl:2: needs "text" and "published"/);
  assert.throws(() => readFileSync(out), /ENOENT/);
});

test('a missing or broken filter, or an output folder that does not exist, is refused before any article is tagged', async () => {
  const input = join(dir, 'one.articles.jsonl');
  writeFileSync(input, `${JSON.stringify(articles[1])}\n`);
  const missing = await run([input, '--out', join(dir, 'x.jsonl'), '--filter', join(dir, 'no-filter.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--filter: .*no-filter\.json does not exist/);
  const broken = join(dir, 'broken-filter.json');
  writeFileSync(broken, '{"weights": ');
  const bad = await run([input, '--out', join(dir, 'x.jsonl'), '--filter', broken]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--filter: .*broken-filter\.json: /);
  const nowhere = await run([input, '--out', join(dir, 'no-folder', 'x.jsonl')]);
  assert.equal(nowhere.code, 2);
  assert.match(nowhere.stderr, /--out: the folder of .*no-folder\/x\.jsonl does not exist/);
});

test('a machine-labelled line whose span leaves the text is refused with its file and line', () => {
  const file = join(dir, 'broken.jsonl');
  const good = { name: 'g', published: '2024-01-01', text: 'He said so.', attributions: [{ source: [[0, 2]], cue: [[3, 7]], content: [[8, 10]] }] };
  const bad = { ...good, attributions: [{ source: [], cue: [[3, 70]], content: [] }] };
  writeFileSync(file, `${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`);
  assert.throws(() => readPseudoLabelled(file), (e: Error) => e instanceof InputError && /broken\.jsonl:2: attribution 1 has no valid "cue" spans/.test(e.message));
  writeFileSync(file, `${JSON.stringify(good)}\n`);
  assert.equal(readPseudoLabelled(file)[0].attributions[0].cue[0][1], 7);
});

test('train:quotes --pseudo trains on the machine-labelled articles too; --pseudo-keep labelled drops their unlabelled paragraphs', async () => {
  // one PolNeAR-shaped article (brat standoff) and one machine-labelled article of three paragraphs, one labelled
  const polnear = join(dir, 'polnear');
  mkdirSync(join(polnear, 'text'), { recursive: true });
  mkdirSync(join(polnear, 'attributions'), { recursive: true });
  const text = 'The minister said the talks went well.\n\nNothing else happened.\n';
  writeFileSync(join(polnear, 'text', 'pub_2024-08-13_talks.txt'), text);
  const span = (role: string, s: string) => `${role} ${text.indexOf(s)} ${text.indexOf(s) + s.length}\t${s}`;
  writeFileSync(join(polnear, 'attributions', 'pub_2024-08-13_talks_a1.ann'), [
    `T1\t${span('Source', 'The minister')}`, `T2\t${span('Cue', 'said')}`, `T3\t${span('Content', 'the talks went well')}`,
    'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3', '',
  ].join('\n'));
  const machineText = 'A storm hit the coast.\n\nOfficials said roads were closed.\n\nSchools opened late.';
  const at = (s: string) => [[machineText.indexOf(s), machineText.indexOf(s) + s.length]];
  const pseudo = join(dir, 'machine.jsonl');
  writeFileSync(pseudo, JSON.stringify({ name: 'm1', published: '2024-08-13', text: machineText, attributions: [{ source: at('Officials'), cue: at('said'), content: at('roads were closed') }] }) + '\n');
  const train = (...extra: string[]) => run([polnear, '--epochs', '1', '--min-count', '1', '--out', join(dir, 'tagger.bin'), ...extra], 'scripts/train-quotes.ts');
  const paragraphs = (stdout: string) => Number(/ (\d+) paragraphs/.exec(stdout)?.[1]);
  const plain = await train();
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /^1 articles, 1 attributions, /m);
  const all = await train('--pseudo', pseudo);
  assert.equal(all.code, 0, all.stderr);
  assert.match(all.stdout, /^2 articles \(1 machine-labelled\), 2 attributions, /m);
  assert.equal(paragraphs(all.stdout), paragraphs(plain.stdout) + 3);
  const labelled = await train('--pseudo', pseudo, '--pseudo-keep', 'labelled');
  assert.equal(labelled.code, 0, labelled.stderr);
  assert.equal(paragraphs(labelled.stdout), paragraphs(plain.stdout) + 1);
});
