// Valid command lines of real scripts parse to the same values on commander as they did on util.parseArgs:
// the specs are copied from the scripts (named beside each; paths point at temporary files so that the
// test needs no data), and the expected values are what the parseArgs front door returned for them
// (this file passed unchanged against it before the move to commander).
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FOLD_OPTION } from '../../eval/quotes/polnear.js';
import { parseScriptArgs, type ScriptSpec } from '../../scripts/script-cli.js';
import { tempDir } from '../helpers/cli.js';

const root = tempDir('dateline-script-values-');
const A = join(root, 'a');
const B = join(root, 'b');
const C = join(root, 'c');
for (const dir of [A, B, C]) mkdirSync(dir);
const FILE = join(root, 'weights.json');
writeFileSync(FILE, '{}');

/** eval/timex/main.ts */
const evalTimex = {
  command: 'npm run eval:timex --',
  description: 'd',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'h' }],
  options: {
    system: { type: 'string', value: 'DIR', path: true, help: 'h' },
    worst: { type: 'integer', default: 10, help: 'h' },
    errors: { type: 'integer', default: 0, help: 'h' },
    breakdown: { type: 'boolean', help: 'h' },
    json: { type: 'boolean', help: 'h' },
  },
} as const satisfies ScriptSpec;

/** scripts/train-timex-filter.ts */
const trainTimexFilter = {
  command: 'npm run train:timex-filter --',
  description: 'd',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'h' }],
  options: {
    folds: { type: 'integer', default: 10, help: 'h' },
    l2: { type: 'string', value: 'N|auto', default: '2', help: 'h' },
    repeats: { type: 'integer', default: 1, help: 'h' },
    features: { type: 'string', choices: ['all', 'shape', 'surface'], default: 'all', help: 'h' },
    pos: { type: 'boolean', help: 'h' },
    check: { type: 'string', value: 'DIR', variadic: true, path: true, help: 'h' },
    show: { type: 'boolean', help: 'h' },
    out: { type: 'string', value: 'FILE', help: 'h' },
  },
} as const satisfies ScriptSpec;

/** scripts/train-quotes.ts */
const trainQuotes = {
  command: 'npm run train:quotes --',
  description: 'd',
  args: [{ name: 'DIR', path: true, help: 'h' }],
  options: {
    epochs: { type: 'integer', default: 8, help: 'h' },
    'min-count': { type: 'integer', default: 2, help: 'h' },
    out: { type: 'string', value: 'FILE', help: 'h' },
    limit: { type: 'integer', help: 'h' },
    seed: { type: 'integer', default: 1, help: 'h' },
    'all-annotators': { type: 'boolean', help: 'h' },
    rows: { type: 'integer', default: 50000, help: 'h' },
    select: { type: 'string', choices: ['weight', 'used'], default: 'weight', help: 'h' },
    seeds: { type: 'string', value: '1,2,3', pattern: /^\d+(,\d+)*$/, help: 'h' },
    cost: { type: 'string', value: 'ROLE:C,…', help: 'h' },
    'update-weight': { type: 'string', value: 'ROLE:W,…', help: 'h' },
    'word-classes': { type: 'string', choices: ['shipped', 'none'], help: 'h' },
    'normalize-labels': { type: 'string', choices: ['cue', 'all'], help: 'h' },
    fold: FOLD_OPTION,
  },
} as const satisfies ScriptSpec;

/** eval/quotes/main.ts */
const evalQuotes = {
  command: 'npm run eval:quotes --',
  description: 'd',
  args: [{ name: 'DIR', path: true, help: 'h' }],
  options: {
    limit: { type: 'integer', help: 'h' },
    fold: FOLD_OPTION,
    scope: { type: 'string', choices: ['attribution', 'speech'], default: 'attribution', help: 'h' },
    model: { type: 'string', value: 'FILE', path: true, help: 'h' },
    json: { type: 'boolean', help: 'h' },
  },
} as const satisfies ScriptSpec;

/** scripts/train-ner.ts (a flag named --no-…) */
const trainNer = {
  command: 'npm run train:ner --',
  description: 'd',
  args: [{ name: 'DIR', path: true, help: 'h' }],
  options: {
    epochs: { type: 'integer', default: 10, help: 'h' },
    'min-count': { type: 'integer', default: 1, help: 'h' },
    'no-gazetteer': { type: 'boolean', help: 'h' },
    'train-on-dev': { type: 'boolean', help: 'h' },
    out: { type: 'string', value: 'DIR', default: 'resources', help: 'h' },
  },
} as const satisfies ScriptSpec;

/** bench/api.ts (zero or more paths) */
const benchApi = {
  command: 'npm run bench:api --',
  description: 'd',
  args: [{ name: 'PATH', many: true, optional: true, path: true, help: 'h' }],
  options: {
    db: { type: 'string', value: 'FILE', help: 'h' },
    connections: { type: 'integer', default: 4, help: 'h' },
    seconds: { type: 'number', default: 10, help: 'h' },
  },
} as const satisfies ScriptSpec;

/** scripts/build-ner-gazetteer.ts (an optional argument with a default) */
const buildGazetteer = {
  command: 'npx tsx scripts/build-ner-gazetteer.ts',
  description: 'd',
  args: [
    { name: 'KB_DIR', path: true, help: 'h' },
    { name: 'OUT_DIR', optional: true, default: 'resources', help: 'h' },
  ],
  options: {},
} as const satisfies ScriptSpec;

/** eval/timex/chrono.ts (a required option) */
const chrono = {
  command: 'npx tsx eval/timex/chrono.ts',
  description: 'd',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'h' }],
  options: { out: { type: 'string', value: 'DIR', required: true, help: 'h' } },
} as const satisfies ScriptSpec;

/** bench/long-text.ts (plain text arguments) */
const longText = {
  command: 'npm run bench:long-text --',
  description: 'd',
  args: [{ name: 'UNIT', many: true, help: 'h' }],
  options: { sizes: { type: 'string', value: 'N,N,…', default: '50000,100000,200000', help: 'h' } },
} as const satisfies ScriptSpec;

/** scripts/build-word-clusters.ts (no plain arguments) */
const wordClusters = {
  command: 'npx tsx scripts/build-word-clusters.ts',
  description: 'd',
  options: {
    reuters: { type: 'string', value: 'DIR', path: true, help: 'h' },
    timeline: { type: 'string', value: 'DIR', path: true, help: 'h' },
    polnear: { type: 'string', value: 'DIR', path: true, help: 'h' },
    fine: { type: 'integer', default: 512, help: 'h' },
    coarse: { type: 'integer', default: 64, help: 'h' },
    'min-count': { type: 'integer', default: 3, help: 'h' },
    vocab: { type: 'integer', default: 50000, help: 'h' },
    passes: { type: 'integer', default: 6, help: 'h' },
    out: { type: 'string', value: 'FILE', help: 'h' },
    show: { type: 'boolean', help: 'h' },
  },
} as const satisfies ScriptSpec;

const cases: [string, ScriptSpec, string[], Record<string, unknown>, string[]][] = [
  ['eval:timex, defaults', evalTimex, [A], { worst: 10, errors: 0, breakdown: false, json: false, system: undefined }, [A]],
  ['eval:timex, everything', evalTimex, [A, '--system', B, '--worst', '5', '--errors=3', '--breakdown', B, '--json'],
    { system: B, worst: 5, errors: 3, breakdown: true, json: true }, [A, B]],
  ['eval:timex, options first', evalTimex, ['--worst', '0', '--json', A], { worst: 0, errors: 0, breakdown: false, json: true, system: undefined }, [A]],
  ['train:timex-filter, --check run then options', trainTimexFilter,
    [A, '--check', B, C, '--folds', '3', '--l2', 'auto', '--features', 'shape', '--pos', '--out', 'x.json'],
    { folds: 3, l2: 'auto', repeats: 1, features: 'shape', pos: true, check: [B, C], show: false, out: 'x.json' }, [A]],
  ['train:timex-filter, -- ends the --check run', trainTimexFilter, [A, '--check', B, '--', C],
    { folds: 10, l2: '2', repeats: 1, features: 'all', pos: false, check: [B], show: false, out: undefined }, [A, C]],
  ['train:timex-filter, --check given twice', trainTimexFilter, ['--check', B, '--show', '--check', C, A, '--folds=5', '--repeats', '2', '--', B],
    { folds: 5, l2: '2', repeats: 2, features: 'all', pos: false, check: [B, C, A], show: true, out: undefined }, [B]],
  ['train:quotes, defaults', trainQuotes, [A],
    { epochs: 8, 'min-count': 2, out: undefined, limit: undefined, seed: 1, 'all-annotators': false, rows: 50000, select: 'weight', seeds: undefined, cost: undefined,
      'update-weight': undefined, 'word-classes': undefined, 'normalize-labels': undefined, fold: undefined }, [A]],
  ['train:quotes, everything', trainQuotes,
    [A, '--epochs', '3', '--min-count=4', '--out', 'w.json', '--limit', '100', '--seed', '7', '--all-annotators', '--rows', '10', '--select', 'used', '--seeds', '1,2,3',
      '--cost', 'CUE:2,SRC:1', '--update-weight=O:0.5', '--word-classes', 'none', '--normalize-labels', 'cue', '--fold', 'fit:3'],
    { epochs: 3, 'min-count': 4, out: 'w.json', limit: 100, seed: 7, 'all-annotators': true, rows: 10, select: 'used', seeds: '1,2,3', cost: 'CUE:2,SRC:1',
      'update-weight': 'O:0.5', 'word-classes': 'none', 'normalize-labels': 'cue', fold: 'fit:3' }, [A]],
  ['train:quotes, the last of a repeated option', trainQuotes, [A, '--epochs', '3', '--epochs', '5'],
    { epochs: 5, 'min-count': 2, out: undefined, limit: undefined, seed: 1, 'all-annotators': false, rows: 50000, select: 'weight', seeds: undefined, cost: undefined,
      'update-weight': undefined, 'word-classes': undefined, 'normalize-labels': undefined, fold: undefined }, [A]],
  ['eval:quotes', evalQuotes, [A, '--scope', 'speech', '--fold', 'tune', '--model', FILE, '--json', '--limit', '7'],
    { limit: 7, fold: 'tune', scope: 'speech', model: FILE, json: true }, [A]],
  ['train:ner, --no-gazetteer', trainNer, [A, '--no-gazetteer', '--epochs', '2', '--out', 'o'],
    { epochs: 2, 'min-count': 1, 'no-gazetteer': true, 'train-on-dev': false, out: 'o' }, [A]],
  ['train:ner, defaults', trainNer, [A, '--train-on-dev', '--min-count=2'],
    { epochs: 10, 'min-count': 2, 'no-gazetteer': false, 'train-on-dev': true, out: 'resources' }, [A]],
  ['bench:api, no paths', benchApi, ['--db', 'x.db', '--seconds', '2.5'], { db: 'x.db', connections: 4, seconds: 2.5 }, []],
  ['bench:api, paths', benchApi, [A, FILE, '--connections', '8'], { db: undefined, connections: 8, seconds: 10 }, [A, FILE]],
  ['build-ner-gazetteer, default OUT_DIR', buildGazetteer, [A], {}, [A, 'resources']],
  ['build-ner-gazetteer, OUT_DIR given', buildGazetteer, [A, 'out'], {}, [A, 'out']],
  ['chrono', chrono, [A, '--out', 'o', B], { out: 'o' }, [A, B]],
  ['bench:long-text, units with spaces and dashes', longText, ['killed 5 ', '--sizes', '100,200', '--', '-5 dead', '--json'],
    { sizes: '100,200' }, ['killed 5 ', '-5 dead', '--json']],
  ['build-word-clusters', wordClusters, ['--reuters', A, '--polnear', B, '--fine', '256', '--show'],
    { reuters: A, timeline: undefined, polnear: B, fine: 256, coarse: 64, 'min-count': 3, vocab: 50000, passes: 6, out: undefined, show: true }, []],
];

describe('script front door: real specs parse to the same values', () => {
  for (const [name, spec, argv, values, positionals] of cases) {
    it(name, () => {
      const parsed = parseScriptArgs(spec, argv);
      if (parsed === 'help') return assert.fail('help');
      assert.deepEqual({ ...parsed.values }, values);
      assert.deepEqual(parsed.positionals, positionals);
    });
  }
});
