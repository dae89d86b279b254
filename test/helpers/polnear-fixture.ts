// A small PolNeAR-shaped folder (text/NAME.txt, attributions/NAME_ANNOTATOR.ann) for the evaluation scripts'
// tests: two articles, one attribution each, with offsets checked against their surface strings.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

export const ARTICLES = [
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

/** Writes ARTICLES as a PolNeAR compartment in a fresh temporary folder and returns its path. */
export function writePolnearFixture(prefix: string): string {
  const dir = tempDir(prefix);
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
  return dir;
}
