/**
 * The front door of every script (`eval/`, `bench/`, `scripts/`): each declares its arguments once, and
 * this turns the declaration into a `commander` command (the library the `dateline` CLI uses) and answers
 * the same way everywhere:
 *
 * - `--help` or `-h` prints commander's help (usage, description, arguments, options with their defaults)
 *   to stdout, and exits 0;
 * - an unknown option, a missing or invalid value, a missing or surplus argument, or an input path that
 *   does not exist prints one line `error: …` naming it and the usage line to stderr, and exits 2;
 * - an input that exists but is wrong, found once the script runs (an InputError from a reader: a folder
 *   without the files it should hold, a line that is not JSON), prints one line `error: …` and exits 1.
 *
 * All of it is checked before the script starts any work, so a typo costs nothing and never ends in a
 * stack trace minutes into a run. What commander does not know, this adds: numbers converted and checked,
 * values of a form (`pattern`), inputs that must exist, and options that may be repeated (`multiple`).
 */
import { existsSync } from 'node:fs';
import { inspect } from 'node:util';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from './input-error.js';

export interface OptionSpec {
  /** `number` and `integer` are given as text and converted (and refused when they are not numbers). */
  type: 'string' | 'boolean' | 'number' | 'integer';
  /** One line for `--help`; the default is appended to it. */
  help: string;
  /** The value's name in the usage (`N`, `DIR`, `FILE`, `cue|all`); from `choices` when those are given. */
  value?: string;
  /** Used when the option is absent, and shown in `--help`. */
  default?: string | number;
  /** The only values allowed. */
  choices?: readonly string[];
  /** A value must match this (its form is shown as `value`). */
  pattern?: RegExp;
  /** May be given more than once (`--x A --x B`): the values come as a list. */
  multiple?: boolean;
  /** Takes the plain arguments after it up to the next option too (`--check A B`), as a list. */
  variadic?: boolean;
  required?: boolean;
  /** An input that must exist (file or folder). */
  path?: boolean;
}

/** A plain (positional) argument; only the last may be `many`. */
export interface ArgSpec {
  name: string;
  help: string;
  /** One or more (zero or more when also `optional`). */
  many?: boolean;
  optional?: boolean;
  /** Used when an optional argument is absent. */
  default?: string;
  /** An input that must exist (file or folder). */
  path?: boolean;
}

export interface ScriptSpec {
  /** How the script is run, up to its arguments: `npm run eval:timex --`, `npx tsx eval/timex/reuters.ts`. */
  command: string;
  /** One line: what the script does. */
  description: string;
  args?: readonly ArgSpec[];
  options: Readonly<Record<string, OptionSpec>>;
}

type Scalar<O> = O extends { type: 'number' | 'integer' } ? number : O extends { choices: readonly (infer C extends string)[] } ? C : string;
type Value<O> = O extends { type: 'boolean' }
  ? boolean
  : O extends { multiple: true } | { variadic: true }
    ? Scalar<O>[]
    : O extends { default: string | number } | { required: true }
      ? Scalar<O>
      : Scalar<O> | undefined;

export type ScriptValues<S extends ScriptSpec> = { -readonly [K in keyof S['options']]: Value<S['options'][K]> };

export interface ParsedScriptArgs<S extends ScriptSpec> {
  values: ScriptValues<S>;
  /** The plain arguments, defaults filled in. */
  positionals: string[];
}

/** A bad command line; its message is the text after `error: `. */
export class ScriptUsageError extends Error {}

const valueName = (o: OptionSpec) => o.value ?? (o.choices ? o.choices.join('|') : o.type === 'number' || o.type === 'integer' ? 'N' : 'VALUE');

/** The checks commander leaves to its argParser: choices, form, existence, numbers; and lists collected. */
function parserOf(o: OptionSpec) {
  const check = (text: string): string | number => {
    // commander takes the next word as the value whatever it is: `--worst --json` forgot the value
    if (text === '' || text.startsWith('--')) throw new InvalidArgumentError('Expected a value.');
    if (o.choices && !o.choices.includes(text)) throw new InvalidArgumentError(`Allowed choices are ${o.choices.join(', ')}.`);
    if (o.pattern && !o.pattern.test(text)) throw new InvalidArgumentError(`Expected ${valueName(o)}.`);
    if (o.path && !existsSync(text)) throw new InvalidArgumentError('No such file or folder.');
    if (o.type !== 'number' && o.type !== 'integer') return text;
    const n = Number(text);
    const whole = o.type === 'integer';
    if (!Number.isFinite(n) || text.trim() === '' || (whole && !Number.isInteger(n))) throw new InvalidArgumentError(`Expected ${whole ? 'a whole number' : 'a number'}.`);
    return n;
  };
  return (text: string, previous: unknown) => (o.multiple || o.variadic ? [...((previous as unknown[] | undefined) ?? []), check(text)] : check(text));
}

/** The spec as a commander command that parses without printing or exiting (it throws CommanderError). */
function commandOf(spec: ScriptSpec): Command {
  const cmd = new Command(spec.command)
    .description(spec.description)
    .helpOption('-h, --help', 'print this help and exit')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  const usage: string[] = [];
  for (const a of spec.args ?? []) {
    const name = `${a.name}${a.many ? '...' : ''}`;
    usage.push(a.optional ? `[${name}]` : `<${name}>`);
    cmd.argument(usage.at(-1)!, a.help, a.default);
  }
  for (const [name, o] of Object.entries(spec.options)) {
    const option = new Option(o.type === 'boolean' ? `--${name}` : `--${name} <${valueName(o)}${o.variadic ? '...' : ''}>`, o.help);
    if (o.choices) option.choices(o.choices); // listed in the help; checked (with lists) by parserOf
    if (o.type !== 'boolean') option.argParser(parserOf(o));
    if (o.default !== undefined) option.default(o.default);
    if (o.required) option.makeOptionMandatory();
    cmd.addOption(option);
    usage.push(o.required ? option.flags : `[${option.flags}]${o.multiple ? '...' : ''}`);
  }
  return cmd.usage(usage.join(' '));
}

/** The one-line usage: `Usage: COMMAND ARGS [--option <VALUE>] …`. */
export function usageLine(spec: ScriptSpec): string {
  const cmd = commandOf(spec);
  return `Usage: ${cmd.name()} ${cmd.usage()}`;
}

/** What `--help` prints. */
export function helpText(spec: ScriptSpec): string {
  return commandOf(spec).helpInformation();
}

/**
 * Parses `argv` against the spec: the values (converted, defaults filled in) and the plain arguments, or
 * 'help' when `--help`/`-h` is among them. Throws ScriptUsageError for a bad command line.
 */
export function parseScriptArgs<const S extends ScriptSpec>(spec: S, argv: readonly string[]): ParsedScriptArgs<S> | 'help' {
  // Help wins over anything else wrong (commander would report a bad value seen before it first).
  const beforeEnd = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeEnd.some((a) => a === '--help' || a === '-h')) return 'help';
  const cmd = commandOf(spec);
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // commander's message, on one line (an unknown option's suggestion comes on a second one)
    const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
    // commander calls `--json=yes` an unknown option when --json is a known flag that takes no value
    const flag = /^unknown option '(--[^=']+)=/.exec(message)?.[1];
    throw new ScriptUsageError(flag && cmd.options.some((o) => o.long === flag) ? `option '${flag}' takes no value` : message);
  }
  const positionals = cmd.processedArgs.flat().filter((p): p is string => p !== undefined);
  // Checked here rather than by commander so that a default (bench:ner's dev.txt) is checked too.
  positionals.forEach((p, i) => {
    const a = spec.args![Math.min(i, spec.args!.length - 1)];
    if (a.path && !existsSync(p)) throw new ScriptUsageError(`${p}: no such file or folder`);
  });
  const opts = cmd.opts();
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const key = cmd.options.find((option) => option.long === `--${name}`)!.attributeName();
    // booleans by where the value came from: commander stores `--no-x` as x = false
    if (o.type === 'boolean') values[name] = cmd.getOptionValueSource(key) === 'cli';
    else values[name] = opts[key] ?? (o.multiple || o.variadic ? [] : undefined);
  }
  return { values: values as ScriptValues<S>, positionals };
}

/** Prints `error: MESSAGE` and the usage line to stderr and exits 2. */
export function exitUsage(spec: ScriptSpec, message: string): never {
  process.stderr.write(`error: ${message}\n${usageLine(spec)}\n`);
  process.exit(2);
}

/**
 * An uncaught InputError (thrown, or a rejected promise) as one line and exit 1; anything else is a bug and
 * is reported as node would, with its stack (once this listener exists, node no longer reports it itself).
 */
function reportUncaught(error: unknown): void {
  if (error instanceof InputError) process.stderr.write(`error: ${error.message}\n`);
  else process.stderr.write(`${inspect(error)}\n`);
  process.exit(1);
}

/**
 * The script's arguments (`process.argv` by default); prints the help and exits 0, or prints the error
 * and exits 2. `fail` reports a problem the spec cannot express (two options that go together) the same way.
 * From here on an InputError the script throws ends it with one line `error: …` and exit 1.
 */
export function scriptArgs<const S extends ScriptSpec>(spec: S, argv: readonly string[] = process.argv.slice(2)): ParsedScriptArgs<S> & { fail(message: string): never } {
  const fail = (message: string): never => exitUsage(spec, message);
  try {
    const parsed = parseScriptArgs(spec, argv);
    if (parsed === 'help') {
      process.stdout.write(helpText(spec));
      process.exit(0);
    }
    if (!process.listeners('uncaughtException').includes(reportUncaught)) process.on('uncaughtException', reportUncaught);
    return { ...parsed, fail };
  } catch (error) {
    if (error instanceof ScriptUsageError) fail(error.message);
    throw error;
  }
}
