import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './input-error.js';
import { describeFsError } from './read-file.js';

export interface InputFile {
  path: string;
  size: number;
}

/**
 * Expands command-line inputs into files: folders recursively (hidden entries skipped, sorted so runs are
 * repeatable), `-` kept as stdin. A path that does not exist is an error for that input only.
 */
export function expandInputs(inputs: readonly string[]): { files: InputFile[]; errors: InputError[] } {
  const files: InputFile[] = [];
  const errors: InputError[] = [];
  const walk = (path: string, top: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      errors.push(new InputError({ path }, describeFsError(e)));
      return;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        errors.push(new InputError({ path }, describeFsError(e)));
        return;
      }
      for (const name of names) if (!name.startsWith('.')) walk(join(path, name), false);
    } else if (stat.isFile()) {
      files.push({ path, size: stat.size });
    } else if (top) {
      errors.push(new InputError({ path }, 'not a regular file or folder'));
    }
  };
  for (const input of inputs) {
    if (input === '-') files.push({ path: '-', size: 0 });
    else walk(input, true);
  }
  return { files, errors };
}
