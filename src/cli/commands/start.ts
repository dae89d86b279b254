import { join } from 'node:path';
import { InlineAnnotator } from '../../annotate/annotator.js';
import { ingest } from '../../ingest/ingest-run.js';
import { PACKAGE_ROOT } from '../../paths.js';
import type { RegisterCommand } from '../command-context.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';
import { parsePort, serveStore } from './serve.js';

/**
 * `npm start`: the first thing a newcomer runs. Ingests the example articles into an empty store, says
 * what is there, and serves the web UI on it (`--no-serve` only prints).
 */
export const registerStart: RegisterCommand = (program, ctx) => {
  program
    .command('start')
    .description('ingest the example articles into an empty database, then serve the web UI on it')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--port <n>', 'port to listen on (default: $PORT or 8080)', parsePort)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--no-serve', 'only ingest and print what is stored')
    .action(async (opts: { db?: string; port?: number; host: string; serve: boolean }) => {
      const { db, path } = openDbForCli(opts.db);
      let serving = false;
      try {
        const count = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
        if (count === 0) {
          const summary = await ingest(db, [join(PACKAGE_ROOT, 'examples')], new InlineAnnotator());
          ctx.stdout.write(`Stored ${summary.stored} example articles in ${path}.\n`);
        } else {
          ctx.stdout.write(`${path} already holds ${count} article${count === 1 ? '' : 's'}.\n`);
        }
        const stats = db.prepare(`SELECT (SELECT count(*) FROM articles) articles, (SELECT count(*) FROM entities) entities,
          (SELECT count(*) FROM events) events, (SELECT count(*) FROM quotes) quotes, (SELECT count(*) FROM claims) claims`).get() as Record<string, number>;
        ctx.stdout.write(`Articles ${stats.articles}, entities ${stats.entities}, events ${stats.events}, quotes ${stats.quotes}, claims ${stats.claims}.\n\n`);
        if (!opts.serve) {
          ctx.stdout.write(`Next:\n  npx dateline serve                the web UI and the JSON API\n  npx dateline ingest PATH...       add your own articles\n`);
          return;
        }
        serving = true;
      } finally {
        if (!serving) db.close();
      }
      await serveStore(db, path, { port: opts.port, host: opts.host }, ctx);
    });
};
