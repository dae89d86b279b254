import { InvalidArgumentError } from 'commander';
import { parsePublished } from '../ingest/dates.js';

/** commander parser for `--date YYYY-MM-DD`: refuses impossible dates at the command line. */
export function parseDateOption(value: string): string {
  const parsed = parsePublished(value);
  if ('error' in parsed) throw new InvalidArgumentError(parsed.error);
  return parsed.value.slice(0, 10);
}

/** commander parser for sizes such as `50MB`, `512k`, `1000000`. */
export function parseSizeOption(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size (e.g. 50MB, 512KB, 1000000)`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}
