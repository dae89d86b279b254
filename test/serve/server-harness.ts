import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from '../../src/serve/server.js';
import { buildFixtureStore } from './fixture-store.js';

export interface RunningServer {
  app: FastifyInstance;
  base: string;
  ids: { feb: string; aug: string; wire: string };
  dbPath: string;
  close(): Promise<void>;
}

/** The fixture store behind a real server on a random loopback port. */
export async function startFixtureServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-serve-'));
  const { db, path, ids } = await buildFixtureStore(dir);
  const app = await createServer({ db, host: '127.0.0.1', ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app, ids, dbPath: path, base: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
