import { InvalidArgumentError } from 'commander';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../serve/server.js';
import { isLoopback } from '../../serve/security.js';
import type { Db } from '../../store/database.js';
import type { CommandContext, RegisterCommand } from '../command-context.js';
import { CliError, EXIT_USAGE } from '../exit-codes.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';

export interface ServeOptions { db?: string; port?: number; host: string; token?: string }

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0-65535)`);
  return n;
}

/** The port: --port, else $PORT, else 8080. */
export function resolvePort(option: number | undefined): number {
  if (option !== undefined) return option;
  if (process.env.PORT) {
    try {
      return parsePort(process.env.PORT);
    } catch {
      throw new CliError(`dateline: PORT="${process.env.PORT}" is not a port number`, EXIT_USAGE);
    }
  }
  return 8080;
}

/**
 * Starts the server on an open store, prints its address, and resolves when the process is told to stop
 * (SIGINT / SIGTERM), after closing the server and the database.
 */
export async function serveStore(db: Db, path: string, opts: ServeOptions, ctx: CommandContext): Promise<void> {
  if (!isLoopback(opts.host) && !opts.token) ctx.stderr.write(`dateline: serving on ${opts.host} without --token: the API is read-only to everyone.\n`);
  let app: FastifyInstance;
  try {
    app = await createServer({ db, host: opts.host, token: opts.token });
    await app.listen({ host: opts.host, port: resolvePort(opts.port) });
  } catch (e) {
    db.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`dateline: port ${resolvePort(opts.port)} is in use; choose another with --port or PORT`, EXIT_USAGE);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`dateline: cannot listen on host "${opts.host}"`, EXIT_USAGE);
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : resolvePort(opts.port);
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host;
  ctx.stdout.write(`Dateline is serving ${path} at http://${shown}:${port}/  (API: http://${shown}:${port}/api/openapi.json; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().finally(() => {
        db.close();
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `dateline serve`: the HTTP API and the web UI. */
export const registerServe: RegisterCommand = (program, ctx) => {
  program
    .command('serve')
    .description('serve the HTTP JSON API and the web UI over the database')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--port <n>', 'port to listen on (default: $PORT or 8080; 0 picks a free one)', parsePort)
    .option('--host <address>', 'address to listen on; beyond 127.0.0.1 writes need --token', '127.0.0.1')
    .option('--token <secret>', 'bearer token that every write (POST) must carry')
    .addHelpText('after', `
Every page of the UI has a JSON twin under /api (e.g. /entities/12 and /api/entities/12); every list also
streams as CSV or JSON Lines with ?format=csv or ?format=jsonl.

Examples:
  $ dateline serve
  $ dateline serve --db news.db --port 3000
  $ dateline serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"`)
    .action(async (opts: ServeOptions) => {
      const { db, path } = openDbForCli(opts.db);
      await serveStore(db, path, opts, ctx);
    });
};
