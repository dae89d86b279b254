// scripts/build-glove-classes.ts on a tiny vectors file of the npm package's layout: four clear groups of
// words must come out as four fine classes, punctuation is left out, and a file of another shape is refused
// with its name.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hashString } from '../../src/ml/index.js';
import { WordClasses } from '../../src/extract/quotes/word-classes.js';
import { runScript, tempDir } from '../helpers/cli.js';

const dir = tempDir('dateline-glove-');
const run = (args: string[]) => runScript('scripts/build-glove-classes.ts', args, 60_000);

const groups = [
  { axis: [1, 0, 0], words: ['said', 'told', 'added', 'stated'] },
  { axis: [0, 1, 0], words: ['monday', 'tuesday', 'friday', 'sunday'] },
  { axis: [0, 0, 1], words: ['moscow', 'gaza', 'paris', 'kyiv'] },
  { axis: [-1, 0, 0], words: ['killed', 'injured', 'wounded', "didn't"] },
];

test('four clear groups of vectors give four fine classes; punctuation has none', async () => {
  const vectors: Record<string, number[]> = { ',': [1, 0, 0, 1, 0] };
  const words = [','];
  groups.forEach((g, k) => g.words.forEach((w, i) => {
    // each word a little off its group's axis; the package's rows end with two more numbers (norm, index)
    vectors[w] = [...g.axis.map((x, d) => x + 0.01 * ((i + d + k) % 3)), 1, words.length];
    words.push(w);
  }));
  const file = join(dir, 'vectors.json');
  writeFileSync(file, JSON.stringify({ dimensions: 3, words, vectors }));
  const out = join(dir, 'classes.bin');
  const r = await run([file, '--fine', '4', '--coarse', '2', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const classes = WordClasses.parse(readFileSync(out));
  assert.equal(classes.size, 16);
  assert.equal(classes.fine(hashString(',')), classes.fineUnknown);
  const classOf = groups.map((g) => new Set(g.words.map((w) => classes.fine(hashString(w)))));
  for (const c of classOf) assert.equal(c.size, 1, 'a group split');
  assert.equal(new Set(classOf.map((c) => [...c][0])).size, 4, 'two groups share a class');
});

test('a file that is not a vectors file is refused with its name', async () => {
  const file = join(dir, 'other.json');
  writeFileSync(file, JSON.stringify({ hello: 1 }));
  const r = await run([file, '--out', join(dir, 'x.bin')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /other\.json: not a wink embeddings file/);
});
