/**
 * Learns the word classes of the attribution tagger (resources/quotes/word-classes.bin) from unlabelled
 * news by the exchange algorithm (`scripts/exchange-clustering.ts`), at two granularities: fine classes
 * over the words, then coarse classes over the fine ones (clustered the same way on the class bigrams,
 * so every fine class lies inside one coarse class).
 *
 *   npx tsx scripts/build-word-clusters.ts --reuters ../shared/data/corpus/reuters21578 \
 *     --timeline ../shared/data/tls/timeline17 --polnear ../shared/data/quotes/polnear/data/train \
 *     [--fine 512] [--coarse 64] [--min-count 3] [--vocab 50000] [--passes 6] [--out FILE]
 *
 * Words are read lower-case, as the tagger's features read them, through the project's tokenizer; each
 * sentence ends with a boundary word. Only hashed word keys and class numbers are written, never text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../eval/quotes/polnear.js';
import { hashString } from '../src/ml/index.js';
import { serializeWordClasses, WORD_CLASSES_PATH } from '../src/extract/quotes/word-classes.js';
import { Resources } from '../src/pipeline/resources.js';
import { segment } from '../src/text/segment.js';
import { bigramsOfMatrix, countBigrams, exchangeClasses } from './exchange-clustering.js';
import { scriptArgs } from './script-cli.js';
import { readReuters21578 } from './reuters21578.js';

/** Article bodies of the Reuters-21578 stories. */
function* reutersTexts(dir: string): Generator<string> {
  for (const story of readReuters21578(dir)) yield story.body;
}

/** The `text` of every line of each `<collection>/articles.jsonl` under the Timeline17 folder. */
function* timelineTexts(dir: string): Generator<string> {
  for (const collection of readdirSync(dir).sort()) {
    const path = join(dir, collection, 'articles.jsonl');
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) yield (JSON.parse(line) as { text: string }).text;
  }
}

function* polnearTexts(dir: string): Generator<string> {
  for (const a of readPolnear(dir)) yield a.text;
}

/** Sentences of lower-case words. */
function* sentencesOf(texts: Iterable<string>): Generator<string[]> {
  for (const text of texts) {
    const { tokens, sentences } = segment(text);
    for (const s of sentences) yield tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text.toLowerCase());
  }
}

function main(argv: string[]): void {
  const { values, fail } = scriptArgs({
    command: 'npx tsx scripts/build-word-clusters.ts',
    description: "Learns the attribution tagger's word classes (fine and coarse) from unlabelled news by the exchange algorithm.",
    options: {
      reuters: { type: 'string', value: 'DIR', path: true, help: 'Reuters-21578 SGML folder' },
      timeline: { type: 'string', value: 'DIR', path: true, help: 'Timeline17 folder (<collection>/articles.jsonl)' },
      polnear: { type: 'string', value: 'DIR', path: true, help: 'PolNeAR compartment' },
      fine: { type: 'integer', default: 512, help: 'fine classes over the words' },
      coarse: { type: 'integer', default: 64, help: 'coarse classes over the fine ones' },
      'min-count': { type: 'integer', default: 3, help: 'keep words seen at least N times' },
      vocab: { type: 'integer', default: 50000, help: 'keep at most N words, most frequent first' },
      passes: { type: 'integer', default: 6, help: 'exchange passes over the fine classes at most' },
      out: { type: 'string', value: 'FILE', help: `where the classes go (default resources/${WORD_CLASSES_PATH})` },
      show: { type: 'boolean', help: 'print some words of each class' },
    },
  }, argv);
  const sources: [string, (dir: string) => Iterable<string>, string | undefined][] = [
    ['--reuters', reutersTexts, values.reuters], ['--timeline', timelineTexts, values.timeline], ['--polnear', polnearTexts, values.polnear],
  ];
  const fineClasses = values.fine;
  const coarseClasses = values.coarse;
  const minCount = values['min-count'];
  const maxVocab = values.vocab;
  const passes = values.passes;
  const out = values.out ?? join(new Resources().dir, WORD_CLASSES_PATH);
  if (!sources.some(([, , dir]) => dir)) fail('give at least one of --reuters, --timeline, --polnear');
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  // Sentences as arrays of word numbers in order of first sight, then renumbered by frequency.
  const numberOf = new Map<string, number>();
  const words: string[] = [];
  const seen: number[] = [];
  const sentences: Int32Array[] = [];
  for (const [flag, read, dir] of sources) {
    if (!dir) continue;
    let count = 0;
    for (const sentence of sentencesOf(read(dir))) {
      sentences.push(Int32Array.from(sentence, (w) => {
        let k = numberOf.get(w);
        if (k === undefined) {
          numberOf.set(w, (k = words.length));
          words.push(w);
          seen.push(0);
        }
        seen[k]++;
        return k;
      }));
      count += sentence.length;
    }
    console.log(`${flag} ${dir}: ${count} tokens (${elapsed()})`);
  }
  const byCount = words.map((_, k) => k).sort((a, b) => seen[b] - seen[a] || (words[a] < words[b] ? -1 : 1));
  const kept = byCount.filter((k) => seen[k] >= minCount).slice(0, maxVocab);
  // Ids: the kept words by frequency, then one word for all the others and one for a sentence boundary.
  const id = new Int32Array(words.length).fill(kept.length);
  kept.forEach((k, i) => (id[k] = i));
  const BOUNDARY = kept.length + 1;
  let length = 1;
  for (const s of sentences) length += s.length + 1;
  const corpus = new Int32Array(length);
  let at = 0;
  corpus[at++] = BOUNDARY;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) corpus[at++] = id[s[i]];
    corpus[at++] = BOUNDARY;
  }
  console.log(`${corpus.length} tokens, ${words.length} distinct words, ${kept.length} kept (seen ≥ ${minCount} times) (${elapsed()})`);
  const bigrams = countBigrams(corpus, kept.length + 2);
  const fine = exchangeClasses(bigrams, {
    classes: fineClasses,
    maxPasses: passes,
    onPass: (p, moved, s) => console.log(`fine pass ${p}: ${moved} words moved, ${s.toFixed(1)} s`),
  });
  const coarse = exchangeClasses(bigramsOfMatrix(fine.matrix, fineClasses, fine.classCounts), {
    classes: coarseClasses,
    maxPasses: 20,
    onPass: (p, moved, s) => console.log(`coarse pass ${p}: ${moved} classes moved, ${s.toFixed(2)} s`),
  });
  // The shipped keys are word hashes; of two words with one hash the more frequent keeps it.
  const keys: number[] = [];
  const classes: number[] = [];
  const taken = new Set<number>();
  let collisions = 0;
  kept.forEach((k, i) => {
    const key = hashString(words[k]);
    if (taken.has(key)) { collisions++; return; }
    taken.add(key);
    keys.push(key);
    classes.push(fine.classOf[i]);
  });
  const bytes = serializeWordClasses(keys, classes, coarse.classOf, coarseClasses);
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${keys.length} words (${collisions} hash collisions left out), ${fineClasses} fine and ${coarseClasses} coarse classes, ${(bytes.length / 1024).toFixed(0)} KiB (${elapsed()})`);
  // A look at the classes for the person running the script (not written anywhere).
  if (values.show) {
    const members = new Map<number, string[]>();
    kept.forEach((k, i) => {
      const c = fine.classOf[i];
      const list = members.get(c) ?? [];
      if (list.length < 12) list.push(words[k]);
      members.set(c, list);
    });
    for (const [c, list] of [...members].sort((a, b) => a[0] - b[0])) console.log(`${coarse.classOf[c]}/${c}: ${list.join(' ')}`);
  }
}

main(process.argv.slice(2));
