// Readers of script inputs: a folder that exists but holds the wrong things, or a line that is not JSON, is
// an InputError naming the path (the front door prints it as one line); good input reads as before.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findArticleFiles } from '../../bench/article-files.js';
import { readPolnear } from '../../eval/quotes/polnear.js';
import { timeMlFiles } from '../../eval/timex/corpus.js';
import { InputError, parseJsonLine, readInputFile } from '../../scripts/input-error.js';
import { tempDir } from '../helpers/cli.js';

const root = tempDir('dateline-input-error-');
const empty = join(root, 'empty');
mkdirSync(empty);
const corpus = join(root, 'corpus');
mkdirSync(join(corpus, 'sub'), { recursive: true });
writeFileSync(join(corpus, 'sub', 'b.tml'), '<TimeML/>');
writeFileSync(join(corpus, 'a.TE3input'), '<TimeML/>');
writeFileSync(join(corpus, 'notes.txt'), 'not TimeML');
writeFileSync(join(corpus, 'train.txt'), 'EU NNP B-NP B-ORG\n');

/** The message of the InputError `run` throws (fails on any other outcome). */
function inputError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InputError, `not an InputError: ${error}`);
    return error.message;
  }
  assert.fail('no error');
}

describe('input errors', () => {
  it('a file the input folder should hold', () => {
    assert.equal(readInputFile(corpus, 'train.txt'), 'EU NNP B-NP B-ORG\n');
    assert.equal(inputError(() => readInputFile(corpus, 'dev.txt')), `${corpus} has no dev.txt`);
    assert.equal(inputError(() => readInputFile(corpus, 'geonames/countries.txt')), `${corpus} has no geonames/countries.txt`);
  });

  it('a JSON line, numbered from 1', () => {
    assert.deepEqual(parseJsonLine('a.jsonl', 0, '{"text":"x"}'), { text: 'x' });
    assert.match(inputError(() => parseJsonLine('a.jsonl', 6, '{"text": x}')), /^a\.jsonl:7: not JSON \(/);
  });

  it('TimeML: a folder without any, or a path that does not exist', () => {
    assert.deepEqual(timeMlFiles([corpus]), [join(corpus, 'a.TE3input'), join(corpus, 'sub', 'b.tml')]);
    assert.equal(inputError(() => timeMlFiles([corpus, empty])), `${empty} holds no TimeML files (.tml, .TE3input)`);
    assert.equal(inputError(() => timeMlFiles([join(root, 'gone')])), `${join(root, 'gone')}: no such file or folder`);
  });

  it('PolNeAR: a folder without text/ and attributions/', () => {
    assert.equal(inputError(() => readPolnear(empty)), `${empty} has no text/ and attributions/ folders`);
  });

  it('articles.jsonl: a folder without any', () => {
    assert.equal(inputError(() => findArticleFiles(empty)), `${empty} holds no articles.jsonl files`);
    writeFileSync(join(corpus, 'sub', 'articles.jsonl'), '');
    assert.deepEqual(findArticleFiles(corpus), [join(corpus, 'sub', 'articles.jsonl')]);
  });
});
