import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { PACKAGE_ROOT } from '../paths.js';
import { errorBody } from './errors.js';

/** Where `npm run build:web` (run by `npm install`) puts the UI bundle. */
export const DEFAULT_WEB_ROOT = join(PACKAGE_ROOT, 'dist', 'web');

/**
 * Serves the UI bundle and answers every other GET outside /api with index.html, so that UI addresses
 * such as /entities/12 load the app, which then reads /api/entities/12 (the page's JSON twin).
 */
export async function webRoutes(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot, prefix: '/', wildcard: false, index: false,
      // File names under assets/ carry a content hash: cache them for good; index.html never.
      setHeaders: (res, path) => res.setHeader('cache-control', path.includes(`${join(webRoot, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply.code(404).send(errorBody(404, `there is no ${request.method} ${path} here; the API is described at /api/openapi.json`));
    }
    if (/\.[a-z0-9]+$/i.test(path)) return reply.code(404).send(errorBody(404, `there is no file ${path}`));
    if (!built) {
      return reply.code(503).type('text/plain; charset=utf-8')
        .send(`The web UI is not built (${webRoot} has no index.html). Run "npm run build:web" (npm install does it), then reload. The JSON API works: /api/stats, /api/openapi.json.\n`);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
