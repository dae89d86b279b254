import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const madeDirs: string[] = [];

/** A fresh folder under the system's temporary folder, removed when the test file's process exits. */
export function tempDir(prefix = 'dateline-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (madeDirs.push(dir) === 1) process.on('exit', () => madeDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return dir;
}
