// scripts/build-word-senses.ts on a tiny WordNet of the database's layout: irregular and regular forms take
// their lemma's senses, a form that is a lemma of its own keeps its nouns, and a damaged data file is refused
// with its name and line.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hashString } from '../../src/ml/index.js';
import { LEXICOGRAPHER_FILES, unpackSense, WordSenses } from '../../src/extract/quotes/word-senses.js';
import { serializeWordClasses } from '../../src/extract/quotes/word-classes.js';
import { runScript, tempDir } from '../helpers/cli.js';

const file = (name: string) => LEXICOGRAPHER_FILES.indexOf(name as (typeof LEXICOGRAPHER_FILES)[number]);
const LICENCE = '  1 This software and database is being provided to you, the LICENSEE, by\n';

/** A data file: one synset per [offset, lexicographer file name, word, hypernym offset?]. */
const data = (pos: string, synsets: [string, string, string, string?][]) =>
  LICENCE + synsets.map(([offset, name, word, up]) => `${offset} ${String(file(name)).padStart(2, '0')} ${pos} 01 ${word} 0 ${up ? `002 + 00000099 n 0101 @ ${up} ${pos} 0000` : '000'} | a gloss  `).join('\n') + '\n';
/** An index file: one lemma per [lemma, synset offsets most frequent first]. */
const index = (pos: string, lemmas: [string, string[]][]) =>
  LICENCE + lemmas.map(([lemma, offsets]) => `${lemma} ${pos} ${offsets.length} 1 @ ${offsets.length} 0 ${offsets.join(' ')}  `).join('\n') + '\n';

function tinyWordNet(): { dict: string; exc: string } {
  const dir = tempDir('dateline-wordnet-');
  const dict = join(dir, 'dict');
  const exc = join(dir, 'exc');
  mkdirSync(dict);
  mkdirSync(exc);
  writeFileSync(join(dict, 'data.verb'), data('v', [
    ['00000001', 'verb.communication', 'say'], ['00000002', 'verb.communication', 'criticize', '00000001'], ['00000003', 'verb.possession', 'find'],
    ['00000007', 'verb.communication', 'castigate', '00000002'],
    ['00000004', 'verb.social', 'found'], ['00000005', 'verb.motion', 'stop'], ['00000006', 'verb.cognition', 'find'],
  ]));
  writeFileSync(join(dict, 'index.verb'), index('v', [
    ['say', ['00000001']], ['criticize', ['00000002']], ['castigate', ['00000007']], ['find', ['00000003', '00000006']], ['found', ['00000004']], ['stop', ['00000005']],
    ['take_a_breath', ['00000001']],
  ]));
  writeFileSync(join(dict, 'data.noun'), data('n', [
    ['00000011', 'noun.communication', 'saying'], ['00000012', 'noun.communication', 'criticism'], ['00000013', 'noun.cognition', 'criticism'],
    ['00000014', 'noun.act', 'stop'],
  ]));
  writeFileSync(join(dict, 'index.noun'), index('n', [['saying', ['00000011']], ['criticism', ['00000012', '00000013']], ['stop', ['00000014']]]));
  writeFileSync(join(exc, 'verb.exc'), 'said say\nfound find\nstopped stop\n');
  writeFileSync(join(exc, 'noun.exc'), 'criteria criterion\n');
  return { dict, exc };
}

const run = (args: string[]) => runScript('scripts/build-word-senses.ts', args, 60_000);

test('forms take the senses of their lemma; irregular forms the verb they inflect', async () => {
  const { dict, exc } = tinyWordNet();
  const out = join(tempDir('dateline-senses-'), 'senses.bin');
  const r = await run([dict, exc, '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const senses = WordSenses.parse(readFileSync(out));
  const of = (w: string) => unpackSense(senses.sense(hashString(w)));
  assert.equal(of('said').verb, file('verb.communication'));
  assert.equal(of('says').verb, file('verb.communication'));
  assert.equal(of('criticized').verb, file('verb.communication'), 'a final e takes -d');
  assert.equal(of('criticizing').verb, file('verb.communication'), 'a final e goes before -ing');
  assert.equal(of('stopped').verb, file('verb.motion'));
  assert.equal(of('stopped').noun, -1, 'an inflected verb is no noun');
  assert.equal(of('stops').noun, file('noun.act'), 'the plural of a noun');
  // "found" is a verb of its own, but first the past of "find", whose first two senses mark both files.
  assert.equal(of('found').verb, file('verb.possession'));
  assert.equal(of('found').verbFiles, (1 << (file('verb.possession') - 29)) | (1 << (file('verb.cognition') - 29)));
  // "saying" is a noun lemma and the -ing form of "say".
  assert.equal(of('saying').verb, file('verb.communication'));
  assert.equal(of('saying').noun, file('noun.communication'));
  assert.equal(of('criticism').noun, file('noun.communication'));
  assert.equal(of('criticism').nounFiles, 0b110, 'cognition and communication are marked');
  // Synsets and their hypernyms: castigate → criticize → say.
  const ids = (w: string) => Array.from(senses.ids(hashString(w) >>> 0) ?? []);
  const [castigate, criticize, say] = ['castigated', 'criticizes', 'said'].map(ids);
  assert.deepEqual([castigate[1], castigate[2]], [criticize[0], say[0]]);
  assert.equal(criticize[1], say[0]);
  assert.equal(say[1], 0, 'say has no hypernym here');
  assert.equal(ids('criticism')[3] > 0 && ids('criticism')[3] !== ids('criticisms')[0], true);
  assert.equal(senses.sense(hashString('take_a_breath')), 0, 'collocations are left out');
  assert.equal(senses.sense(hashString('moscow')), 0);
});

test('with a vocabulary, nouns outside it are left out and every verb form stays', async () => {
  const { dict, exc } = tinyWordNet();
  const dir = tempDir('dateline-senses-');
  const vocabulary = join(dir, 'classes.bin');
  writeFileSync(vocabulary, serializeWordClasses([hashString('criticism') >>> 0], [0], [0], 1));
  const out = join(dir, 'senses.bin');
  const r = await run([dict, exc, '--vocabulary', vocabulary, '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const senses = WordSenses.parse(readFileSync(out));
  assert.ok(senses.ids(hashString('criticism') >>> 0));
  assert.equal(senses.ids(hashString('criticisms') >>> 0), null);
  assert.ok(senses.ids(hashString('castigated') >>> 0));
  assert.ok(senses.ids(hashString('saying') >>> 0), 'a verb form that is also a noun');
});

test('a damaged data file is refused with its name and line', async () => {
  const { dict, exc } = tinyWordNet();
  writeFileSync(join(dict, 'data.noun'), `${LICENCE}00000011 xx n 01 saying 0 000 | a gloss\n`);
  const r = await run([dict, exc, '--out', join(tempDir('dateline-senses-'), 'senses.bin')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /data\.noun:2: not a WordNet data line/);
  const missing = await run([dict, exc, '--out', join(tempDir('dateline-senses-'), 'senses.bin'), '--senses', 'x']);
  assert.equal(missing.code, 2);
});
