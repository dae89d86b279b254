import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The `articles.jsonl` files under a folder (Timeline17's layout), or the path itself when it is a file. */
export function findArticleFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const full = join(path, name);
    if (statSync(full).isDirectory()) return findArticleFiles(full);
    return name === 'articles.jsonl' || name.endsWith('.articles.jsonl') ? [full] : [];
  });
}
