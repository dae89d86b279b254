import { execFile, spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult { code: number; stdout: string; stderr: string }

/** Runs the real CLI in this process with captured output (fast; same code path as the binary). */
export async function runCli(args: string[], stdin = ''): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const code = await main(['node', 'dateline', ...args], { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(stdin)]) });
  return { code, stdout, stderr };
}

/** Runs the CLI as a separate process (for exit codes, signals and stdin as a real pipe). */
export function spawnCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, ...args], {
    input: options.input, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs a repository script (`scripts/…`, `eval/…`) as a child process from the repository root, as npm would. */
export function runScript(script: string, args: string[], timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

export const CLI_ENTRY = new URL('../../src/cli/main.ts', import.meta.url).pathname;

export { tempDir } from './temp-dir.js';
