import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Browser tests need Debian's Chromium. On a developer machine without it they are skipped with a
 * message; in CI (CI set) its absence is a failure, so a missing install step cannot pass silently.
 */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install it (apt-get install -y chromium) before the browser tests`);
  return `${CHROMIUM} is not installed (apt-get install -y chromium): browser tests skipped`;
}

/** Builds the UI from the current source into a temporary folder (what `npm run build:web` does). */
export async function buildWeb(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'dateline-web-'));
  await build({ configFile: join(import.meta.dirname, '..', '..', 'src', 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
