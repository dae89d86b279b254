import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../paths.js';

/**
 * Read-only access to the shipped knowledge under `resources/`. Files are parsed once per process (each
 * worker thread has its own cache) so stages stay pure functions of (doc, resources).
 */
export class Resources {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly dir: string = RESOURCES_DIR) {}

  has(relPath: string): boolean {
    return existsSync(join(this.dir, relPath));
  }

  text(relPath: string): string {
    const path = join(this.dir, relPath);
    const raw = readFileSync(path);
    return (relPath.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  }

  /** Parses a JSON (or .json.gz) resource once and caches the result. */
  json<T>(relPath: string): T {
    return this.load(relPath, (text) => JSON.parse(text) as T);
  }

  /** Parses a binary resource once and caches the result. */
  bytes<T>(relPath: string, parse: (bytes: Uint8Array) => T): T {
    const key = `bytes:${relPath}`;
    if (!this.cache.has(key)) this.cache.set(key, parse(readFileSync(join(this.dir, relPath))));
    return this.cache.get(key) as T;
  }

  /** Loads and caches any resource with a parser of the caller's choosing. */
  load<T>(relPath: string, parse: (text: string) => T): T {
    const key = relPath;
    if (!this.cache.has(key)) this.cache.set(key, parse(this.text(relPath)));
    return this.cache.get(key) as T;
  }
}
