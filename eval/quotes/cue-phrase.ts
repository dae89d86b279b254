/**
 * Where gold cues end (or start) around every match of a regular expression in PolNeAR text: for each
 * match that a gold cue overlaps, the words of the match the cue covers, tallied.
 *   npx tsx eval/quotes/cue-phrase.ts ../shared/data/quotes/polnear/data/train 'did not immediately respond to' [--fold fit] [--all-annotators] [--show N]
 * A check of one boundary convention before a rule follows it (cue-boundaries.ts gives the broad picture).
 */
import { FOLD_OPTION, foldFilter, readPolnear } from './polnear.js';
import { scriptArgs } from '../../scripts/script-cli.js';

function main(argv: string[]): void {
  const { values, positionals: [dir, pattern], fail } = scriptArgs({
    command: 'npx tsx eval/quotes/cue-phrase.ts',
    description: 'Where gold cues end (or start) around every match of REGEX in PolNeAR text, tallied by the words they cover.',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }, { name: 'REGEX', help: "the phrase (case-insensitive), e.g. 'did not immediately respond to'" }],
    options: {
      fold: FOLD_OPTION,
      'all-annotators': { type: 'boolean', help: "read every annotator's file of an article, not only the first" },
      show: { type: 'integer', default: 0, help: 'print N examples of each tally' },
    },
  }, argv);
  const re = regExpOf(pattern);
  function regExpOf(source: string): RegExp {
    try {
      return new RegExp(source, 'gi');
    } catch (error) {
      return fail(`REGEX: ${(error as Error).message}`);
    }
  }
  const show = values.show;
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold), values['all-annotators']);
  const tally = new Map<string, number>();
  const examples = new Map<string, string[]>();
  let matches = 0;
  for (const a of articles) {
    for (const m of a.text.matchAll(re)) {
      matches++;
      const s = m.index!;
      const e = s + m[0].length;
      const cues = a.attributions.flatMap((g) => g.cue).filter(([cs, ce]) => cs < e && ce > s);
      const k = cues.length === 0 ? '(no cue)' : cues.map(([cs, ce]) => `${cs < s ? '…' : ''}[${a.text.slice(Math.max(cs, s), Math.min(ce, e))}]${ce > e ? '…' : ''}`).join(' ');
      tally.set(k, (tally.get(k) ?? 0) + 1);
      const ex = examples.get(k) ?? [];
      ex.push(`${a.name}/${a.annotator}: ${a.text.slice(Math.max(0, s - 60), e + 40).replace(/\s+/g, ' ')}`);
      examples.set(k, ex);
    }
  }
  console.log(`${matches} matches in ${articles.length} annotator files`);
  for (const [k, n] of [...tally].sort((x, y) => y[1] - x[1])) {
    console.log(`${String(n).padStart(5)}  ${k}`);
    for (const ex of (examples.get(k) ?? []).slice(0, show)) console.log(`         ${ex}`);
  }
}

main(process.argv.slice(2));
