import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import type { Timex } from '../../src/model/layers.js';

/** Tags a text as the pipeline would, anchored at `date`. */
export function tag(text: string, date: string): Timex[] {
  const { tokens, sentences } = segment(text);
  return tagTimexes(text, tokens, sentences, date);
}

/** Reads an example article in the dated-text format: `date YYYY-MM-DD text…`. */
export function readExample(name: string): { date: string; text: string } {
  const raw = readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(raw);
  if (!m) throw new Error(`not a dated text: ${name}`);
  return { date: m[1], text: raw.slice(m[0].length) };
}

/** The timex covering the n-th occurrence (0-based) of `phrase` in the text. */
export function timexAt(text: string, timexes: Timex[], phrase: string, occurrence = 0): Timex | undefined {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) return undefined;
  }
  return timexes.find((t) => t.start < at + phrase.length && at < t.end);
}

/** The timexes of a text as [text, value] pairs, checking that each one's offsets give back its text. */
export function textsAndValues(text: string, date: string): [string, string][] {
  return tag(text, date).map((t) => {
    assert.equal(text.slice(t.start, t.end), t.text);
    return [t.text, t.value];
  });
}
