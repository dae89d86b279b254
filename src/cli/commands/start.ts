import { join } from 'node:path';
import { InlineAnnotator } from '../../annotate/annotator.js';
import { ingest } from '../../ingest/ingest-run.js';
import { PACKAGE_ROOT } from '../../paths.js';
import type { RegisterCommand } from '../command-context.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';

/**
 * `npm start`: the first thing a newcomer runs. Ingests the example articles into an empty store and
 * says what is there and how to look at it.
 */
export const registerStart: RegisterCommand = (program, ctx) => {
  program
    .command('start')
    .description('ingest the example articles into an empty database and show how to explore them')
    .option('--db <file>', DB_OPTION_HELP)
    .action(async (opts: { db?: string }) => {
      const { db, path } = openDbForCli(opts.db);
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
        ctx.stdout.write(`Next:\n  npx dateline search Abbas        full-text search with highlighted snippets\n  npx dateline export > all.jsonl   every annotation record as JSON Lines\n  npx dateline stats                what is stored\n  npx dateline ingest PATH...       add your own articles\n`);
      } finally {
        db.close();
      }
    });
};
