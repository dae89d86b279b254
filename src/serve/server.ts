import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { InlineAnnotator, type Annotator } from '../annotate/annotator.js';
import type { Db } from '../store/database.js';
import { VERSION } from '../paths.js';
import { installErrorHandler } from './errors.js';
import { articleRoutes } from './routes/articles.js';
import { entityRoutes } from './routes/entities.js';
import { layerRoutes } from './routes/layers.js';
import { writeRoutes } from './routes/write.js';
import { installHostCheck, installSecurityHeaders, writePolicy } from './security.js';
import { DEFAULT_WEB_ROOT, webRoutes } from './web.js';

export interface ServerOptions {
  db: Db;
  /** The address the server will listen on: decides whether writes need a token. */
  host: string;
  /** Bearer token for writes. */
  token?: string;
  /** Folder of the built UI (default dist/web). */
  webRoot?: string;
  /** Annotates articles posted to /api/articles (default: in-process). */
  annotator?: Annotator;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/** The HTTP API and the web UI over one store. Call `listen` on the result. */
export async function createServer(o: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = o.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit,
    // Article ids may contain characters that need escaping; keep URLs reasonable.
    routerOptions: { maxParamLength: 500 },
  });
  installErrorHandler(app, bodyLimit);
  installSecurityHeaders(app);
  installHostCheck(app, o.host);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Dateline API', version: VERSION, description: 'Articles, entities, timelines, events, quotes and claims. Every list answers `{items, next}` pages and also streams every row as CSV or JSON Lines (`format=csv|jsonl`). Every object carries `url`, its page in the web UI.' },
    },
    hideUntagged: true,
  });
  const annotator = o.annotator ?? new InlineAnnotator();
  app.addHook('onClose', async () => annotator.close());

  articleRoutes(app, o.db);
  entityRoutes(app, o.db);
  layerRoutes(app, o.db);
  writeRoutes(app, o.db, annotator, writePolicy(o.host, o.token));
  app.get('/api/openapi.json', async () => app.swagger());
  app.get('/api', async (_request, reply) => reply.redirect('/api/openapi.json'));
  await webRoutes(app, o.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
