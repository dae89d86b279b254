/**
 * Input that exists but is not what a script reads: a folder without the files it should hold, a line that
 * is not JSON. Readers throw InputError with a message naming the path; a script's front door
 * (`script-cli.ts`) prints it as one line `error: …` and exits 1, without a stack trace, because the fix is
 * in the input, not in the code. Any other uncaught error is a bug and keeps its stack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export class InputError extends Error {
  override name = 'InputError';
}

/** The text of `name` inside the input folder `dir`; a missing file is an InputError (`DIR has no NAME`). */
export function readInputFile(dir: string, name: string, encoding: BufferEncoding = 'utf8'): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new InputError(`${dir} has no ${name}`);
  return readFileSync(path, encoding);
}

/** One line of a JSON-lines file (`index` from 0); a line that is not JSON is an InputError naming it. */
export function parseJsonLine(file: string, index: number, line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new InputError(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
  }
}
