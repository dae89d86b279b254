import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import { parseTimeMl, type TimeMlDoc } from '../../src/extract/timex/timeml.js';
import type { Timex } from '../../src/model/layers.js';

/** Every `.tml` / `.TE3input` file under the given files or folders, sorted. */
export function timeMlFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) out.push(...timeMlFiles([join(p, name)]).filter(isTimeMl));
    } else if (isTimeMl(p)) out.push(p);
  }
  return out;
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
