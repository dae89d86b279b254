import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../scripts/input-error.js';

/**
 * The `articles.jsonl` files under a folder (Timeline17's layout), or the path itself when it is a file.
 * A folder without any is an InputError: a benchmark of nothing would print zeros.
 */
export function findArticleFiles(path: string): string[] {
  const found = filesUnder(path);
  if (!found.length) throw new InputError(`${path} holds no articles.jsonl files`);
  return found;
}

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const full = join(path, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return name === 'articles.jsonl' || name.endsWith('.articles.jsonl') ? [full] : [];
  });
}
