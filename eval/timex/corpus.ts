import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../../scripts/input-error.js';
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import { parseTimeMl, type TimeMlDoc } from '../../src/extract/timex/timeml.js';
import type { Timex } from '../../src/model/layers.js';

/**
 * Every `.tml` / `.TE3input` file under the given files or folders, sorted. A path that does not exist or
 * holds no TimeML is an InputError: scored or trained on, it would only give zeros.
 */
export function timeMlFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p)) throw new InputError(`${p}: no such file or folder`);
    const found = filesUnder(p);
    if (!found.length) throw new InputError(`${p} holds no TimeML files (.tml, .TE3input)`);
    return found;
  });
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return isTimeMl(path) ? [path] : [];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

function isTimeMl(path: string): boolean {
  return path.endsWith('.tml') || path.endsWith('.TE3input');
}

export function readTimeMl(path: string): TimeMlDoc {
  return parseTimeMl(readFileSync(path, 'utf8'));
}

/** Runs our tagger on a TimeML document's plain text, anchored at its DCT. */
export function tagTimeMl(doc: TimeMlDoc): Timex[] {
  const { tokens, sentences } = segment(doc.plain);
  return tagTimexes(doc.plain, tokens, sentences, doc.dct);
}

/** Name a system output is matched by: the file name without the TimeML extensions. */
export function docKey(path: string): string {
  return basename(path).replace(/\.(tml|TE3input)$/, '').replace(/\.tml$/, '');
}
