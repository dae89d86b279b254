/**
 * The front door of every script (`eval/`, `bench/`, `scripts/`): each declares its arguments once, and
 * this parses them with node's `util.parseArgs` (strict) and answers the same way everywhere:
 *
 * - `--help` or `-h` prints the usage, a one-line description and every option with its default to
 *   stdout, and exits 0;
 * - an unknown option, a missing or invalid value, a missing or surplus argument, or an input path that
 *   does not exist prints one line `error: …` naming it and the usage line to stderr, and exits 2.
 *
 * All of it is checked before the script starts any work, so a typo costs nothing and never ends in a
 * stack trace minutes into a run.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

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

const flagOf = (name: string) => `--${name}`;
const valueName = (o: OptionSpec) => o.value ?? (o.choices ? o.choices.join('|') : o.type === 'number' || o.type === 'integer' ? 'N' : 'VALUE');
const argName = (a: ArgSpec) => (a.many ? `${a.name}...` : a.name);
const optionLabel = (name: string, o: OptionSpec) => (o.type === 'boolean' ? flagOf(name) : `${flagOf(name)} ${valueName(o)}${o.variadic ? '...' : ''}`);

/** The one-line usage: `usage: COMMAND ARGS [--option VALUE] …`. */
export function usageLine(spec: ScriptSpec): string {
  const args = (spec.args ?? []).map((a) => (a.optional ? `[${argName(a)}]` : argName(a)));
  const options = Object.entries(spec.options).map(([name, o]) => (o.required ? optionLabel(name, o) : `[${optionLabel(name, o)}]${o.multiple ? '...' : ''}`));
  return ['usage:', spec.command, ...args, ...options].join(' ');
}

/** What `--help` prints. */
export function helpText(spec: ScriptSpec): string {
  const withDefault = (help: string, value: string | number | undefined) => (value === undefined ? help : `${help} (default ${value})`);
  const args: [string, string][] = (spec.args ?? []).map((a) => [argName(a), withDefault(a.help, a.default)]);
  const options: [string, string][] = Object.entries(spec.options).map(([name, o]) => [optionLabel(name, o), withDefault(o.help, o.default)]);
  options.push(['-h, --help', 'print this help and exit']);
  const width = Math.max(...[...args, ...options].map(([left]) => left.length)) + 2;
  const block = (title: string, list: [string, string][]) =>
    list.length ? [`${title}:`, ...list.map(([left, right]) => `  ${left.padEnd(width)}${right}`)] : [];
  return [usageLine(spec), '', spec.description, '', ...block('arguments', args), ...block('options', options)].join('\n') + '\n';
}

/** Node's parseArgs message, said in one short line that names the option. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const name = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name) return `unknown option ${name}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
    // "argument missing", or "ambiguous": the next word is another option, so the value was forgotten
    return /does not take an argument/.test(message) ? `${name} takes no value` : `${name} needs a value`;
  }
  return message.split('\n')[0];
}

function convert(name: string, o: OptionSpec, text: string): string | number {
  const refuse = (what: string) => new ScriptUsageError(`${flagOf(name)} takes ${what}, not '${text}'`);
  if (text === '') throw new ScriptUsageError(`${flagOf(name)} needs a value`);
  if (o.choices && !o.choices.includes(text)) throw refuse(o.choices.join(' or '));
  if (o.pattern && !o.pattern.test(text)) throw refuse(valueName(o));
  if (o.path && !existsSync(text)) throw new ScriptUsageError(`${text}: no such file or folder`);
  if (o.type !== 'number' && o.type !== 'integer') return text;
  const n = Number(text);
  const whole = o.type === 'integer';
  if (!Number.isFinite(n) || text.trim() === '' || (whole && !Number.isInteger(n))) throw refuse(whole ? 'a whole number' : 'a number');
  return n;
}

/**
 * Parses `argv` against the spec: the values (converted, defaults filled in) and the plain arguments, or
 * 'help' when `--help`/`-h` is among them. Throws ScriptUsageError for a bad command line.
 */
export function parseScriptArgs<const S extends ScriptSpec>(spec: S, argv: readonly string[]): ParsedScriptArgs<S> | 'help' {
  const beforeEnd = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeEnd.some((a) => a === '--help' || a === '-h')) return 'help';
  const config = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [
    name, { type: o.type === 'boolean' ? ('boolean' as const) : ('string' as const), multiple: Boolean(o.multiple || o.variadic) },
  ]));
  let tokens;
  try {
    tokens = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: true, tokens: true }).tokens;
  } catch (error) {
    throw new ScriptUsageError(describeParseError(error));
  }
  // Walk the tokens in order: a variadic option also takes the plain arguments that follow it.
  const given = new Map<string, (string | true)[]>();
  const positionals: string[] = [];
  let run: (string | true)[] | undefined;
  for (const t of tokens) {
    if (t.kind === 'option') {
      const list = given.get(t.name) ?? [];
      given.set(t.name, list);
      list.push(t.value ?? true);
      run = spec.options[t.name].variadic ? list : undefined;
    } else if (t.kind === 'positional') (run ?? positionals).push(t.value);
    else run = undefined; // `--`: what follows is plain
  }

  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const list = given.get(name) ?? [];
    if (o.type === 'boolean') {
      values[name] = list.length > 0;
      continue;
    }
    if (o.required && list.length === 0) throw new ScriptUsageError(`missing ${flagOf(name)} ${valueName(o)}`);
    const converted = list.map((v) => convert(name, o, v as string));
    values[name] = o.multiple || o.variadic ? converted : converted.length ? converted[converted.length - 1] : o.default;
  }

  const args = spec.args ?? [];
  const required = args.filter((a) => !a.optional).length;
  const max = args.at(-1)?.many ? Infinity : args.length;
  if (positionals.length < required) throw new ScriptUsageError(`missing ${args[positionals.length].name}`);
  if (positionals.length > max) throw new ScriptUsageError(`unexpected argument '${positionals[max]}'`);
  args.forEach((a, i) => {
    if (positionals[i] === undefined && a.default !== undefined) positionals[i] = a.default;
  });
  positionals.forEach((p, i) => {
    if (args[Math.min(i, args.length - 1)].path && !existsSync(p)) throw new ScriptUsageError(`${p}: no such file or folder`);
  });
  return { values: values as ScriptValues<S>, positionals };
}

/** Prints `error: MESSAGE` and the usage line to stderr and exits 2. */
export function exitUsage(spec: ScriptSpec, message: string): never {
  process.stderr.write(`error: ${message}\n${usageLine(spec)}\n`);
  process.exit(2);
}

/**
 * The script's arguments (`process.argv` by default); prints the help and exits 0, or prints the error
 * and exits 2. `fail` reports a problem the spec cannot express (two options that go together) the same way.
 */
export function scriptArgs<const S extends ScriptSpec>(spec: S, argv: readonly string[] = process.argv.slice(2)): ParsedScriptArgs<S> & { fail(message: string): never } {
  const fail = (message: string): never => exitUsage(spec, message);
  try {
    const parsed = parseScriptArgs(spec, argv);
    if (parsed === 'help') {
      process.stdout.write(helpText(spec));
      process.exit(0);
    }
    return { ...parsed, fail };
  } catch (error) {
    if (error instanceof ScriptUsageError) fail(error.message);
    throw error;
  }
}
