import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { helpText, parseScriptArgs, ScriptUsageError, usageLine, type ScriptSpec } from '../../scripts/script-cli.js';
import { tempDir } from '../helpers/cli.js';

const folder = tempDir('dateline-script-cli-');
const file = join(folder, 'gold.tml');
writeFileSync(file, '<TimeML/>');
const missing = join(folder, 'no-such-folder');

const spec = {
  command: 'npm run eval:demo --',
  description: 'Scores a demo.',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'gold folder' }],
  options: {
    worst: { type: 'integer', default: 10, help: 'documents to list' },
    seconds: { type: 'number', help: 'how long' },
    scope: { type: 'string', choices: ['attribution', 'speech'], default: 'attribution', help: 'what is scored' },
    fold: { type: 'string', value: 'tune|fit', pattern: /^(tune|fit)$/, help: 'which part' },
    system: { type: 'string', value: 'DIR', path: true, help: 'another system' },
    tag: { type: 'string', multiple: true, help: 'a tag' },
    check: { type: 'string', value: 'DIR', variadic: true, help: 'held-out folders' },
    json: { type: 'boolean', help: 'as JSON' },
  },
} as const satisfies ScriptSpec;

/** The message of the usage error `argv` raises (fails when it raises none). */
function usageError(argv: string[], of: ScriptSpec = spec): string {
  try {
    parseScriptArgs(of, argv);
  } catch (error) {
    assert.ok(error instanceof ScriptUsageError, `not a usage error: ${error}`);
    return error.message;
  }
  assert.fail(`no error for ${argv.join(' ')}`);
}

describe('script front door: values', () => {
  it('converts values, fills defaults, and leaves absent options undefined', () => {
    const parsed = parseScriptArgs(spec, [folder, '--worst', '3', '--seconds=0.5', '--json', file]);
    assert.notEqual(parsed, 'help');
    if (parsed === 'help') return;
    assert.deepEqual(parsed.positionals, [folder, file]);
    assert.equal(parsed.values.worst, 3);
    assert.equal(parsed.values.seconds, 0.5);
    assert.equal(parsed.values.json, true);
    assert.equal(parsed.values.scope, 'attribution');
    assert.equal(parsed.values.fold, undefined);
    assert.deepEqual(parsed.values.tag, []);
    assert.deepEqual(parsed.values.check, []);
  });

  it('absent booleans are false and defaults are typed values', () => {
    const parsed = parseScriptArgs(spec, [folder]);
    if (parsed === 'help') return assert.fail('help');
    assert.equal(parsed.values.json, false);
    assert.equal(parsed.values.worst, 10);
  });

  it('collects a repeatable option and a variadic run up to the next option or --', () => {
    const parsed = parseScriptArgs(spec, [folder, '--tag', 'a', '--check', file, folder, '--json', file, '--tag', 'b', '--check', 'x', '--', file]);
    if (parsed === 'help') return assert.fail('help');
    assert.deepEqual(parsed.values.tag, ['a', 'b']);
    assert.deepEqual(parsed.values.check, [file, folder, 'x']);
    assert.deepEqual(parsed.positionals, [folder, file, file]);
  });

  it('answers help for --help or -h anywhere before --, whatever else is wrong', () => {
    assert.equal(parseScriptArgs(spec, ['--help']), 'help');
    assert.equal(parseScriptArgs(spec, ['--bogus', '-h']), 'help');
    assert.equal(parseScriptArgs(spec, [missing, '--worst', 'x', '--help']), 'help');
    // after `--` it is a plain argument: here a gold folder that does not exist
    assert.equal(usageError([folder, '--', '--help']), '--help: no such file or folder');
  });

  it('fills an optional argument\'s default', () => {
    const optional = { command: 'x', description: 'y', args: [{ name: 'FILE', optional: true, default: file, path: true, help: 'f' }], options: {} } as const satisfies ScriptSpec;
    const parsed = parseScriptArgs(optional, []);
    if (parsed === 'help') return assert.fail('help');
    assert.deepEqual(parsed.positionals, [file]);
  });
});

describe('script front door: bad command lines', () => {
  it('names an unknown option', () => {
    assert.equal(usageError([folder, '--bogus']), "unknown option '--bogus'");
    assert.equal(usageError([folder, '-x']), "unknown option '-x'");
    // commander's suggestion, kept on the same line
    assert.equal(usageError([folder, '--wrost', '3']), "unknown option '--wrost' (Did you mean --worst?)");
  });

  it('names an option whose value is missing, forgotten or superfluous', () => {
    assert.equal(usageError([folder, '--worst']), "option '--worst <N>' argument missing");
    assert.equal(usageError([folder, '--worst', '--json']), "option '--worst <N>' argument '--json' is invalid. Expected a value.");
    assert.equal(usageError([folder, '--system', '--json']), "option '--system <DIR>' argument '--json' is invalid. Expected a value.");
    assert.equal(usageError([folder, '--fold=']), "option '--fold <tune|fit>' argument '' is invalid. Expected a value.");
    assert.equal(usageError([folder, '--json=yes']), "option '--json' takes no value");
    assert.equal(usageError([folder, '--check']), "option '--check <DIR...>' argument missing");
  });

  it('refuses values that are not numbers, whole numbers, choices or of the form', () => {
    assert.equal(usageError([folder, '--worst', 'ten']), "option '--worst <N>' argument 'ten' is invalid. Expected a whole number.");
    assert.equal(usageError([folder, '--worst', '2.5']), "option '--worst <N>' argument '2.5' is invalid. Expected a whole number.");
    assert.equal(usageError([folder, '--seconds', '1s']), "option '--seconds <N>' argument '1s' is invalid. Expected a number.");
    assert.equal(usageError([folder, '--seconds', ' ']), "option '--seconds <N>' argument ' ' is invalid. Expected a number.");
    assert.equal(usageError([folder, '--scope', 'all']), "option '--scope <attribution|speech>' argument 'all' is invalid. Allowed choices are attribution, speech.");
    assert.equal(usageError([folder, '--fold', 'tun']), "option '--fold <tune|fit>' argument 'tun' is invalid. Expected tune|fit.");
    // in a list too
    assert.equal(usageError([folder, '--tag', 'a', '--tag', '']), "option '--tag <VALUE>' argument '' is invalid. Expected a value.");
  });

  it('says which input path does not exist, argument or option', () => {
    assert.equal(usageError([missing]), `${missing}: no such file or folder`);
    assert.equal(usageError([folder, missing]), `${missing}: no such file or folder`);
    assert.equal(usageError([folder, '--system', missing]), `option '--system <DIR>' argument '${missing}' is invalid. No such file or folder.`);
  });

  it('counts the plain arguments', () => {
    assert.equal(usageError([]), "missing required argument 'GOLD_DIR'");
    const one = { command: 'x', description: 'y', args: [{ name: 'DIR', help: 'd' }], options: {} } as const satisfies ScriptSpec;
    assert.equal(usageError(['a', 'b'], one), 'too many arguments. Expected 1 argument but got 2.');
    const none = { command: 'x', description: 'y', options: { out: { type: 'string', required: true, value: 'DIR', help: 'o' } } } as const satisfies ScriptSpec;
    assert.equal(usageError(['--out', 'o', 'stray'], none), 'too many arguments. Expected 0 arguments but got 1.');
    assert.equal(usageError([], none), "required option '--out <DIR>' not specified");
  });
});

describe('script front door: usage and help', () => {
  it('the usage line lists arguments and options with their values', () => {
    assert.equal(
      usageLine(spec),
      'Usage: npm run eval:demo -- <GOLD_DIR...> [--worst <N>] [--seconds <N>] [--scope <attribution|speech>] [--fold <tune|fit>] [--system <DIR>] [--tag <VALUE>]... [--check <DIR...>] [--json]',
    );
  });

  it('the help has the usage, the description, every option and its default', () => {
    const help = helpText(spec);
    const lines = help.split('\n');
    assert.equal(lines[0], usageLine(spec));
    assert.ok(help.includes('\nScores a demo.\n'));
    assert.match(help, /\n {2}--worst <N> +documents to list \(default: 10\)\n/);
    assert.match(help, /\n {2}--scope <attribution\|speech> +what is scored \(choices: "attribution",\s+"speech", default: "attribution"\)\n/);
    assert.match(help, /\n {2}GOLD_DIR +gold folder\n/);
    assert.match(help, /\n {2}-h, --help +print this help and exit\n$/);
  });
});
