import { storeStats } from '../../store/stats.js';
import type { RegisterCommand } from '../command-context.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';

/** `dateline stats`: what the store holds. */
export const registerStats: RegisterCommand = (program, ctx) => {
  program
    .command('stats')
    .description('show what the database holds: articles, date range, entities, events, quotes, claims')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--json', 'print as JSON')
    .action((opts: { db?: string; json?: boolean }) => {
      const { db, path } = openDbForCli(opts.db, true);
      try {
        const s = storeStats(db);
        if (opts.json) {
          ctx.stdout.write(JSON.stringify(s, null, 2) + '\n');
          return;
        }
        const w = (line: string) => ctx.stdout.write(line + '\n');
        w(`${path}`);
        w(`  articles   ${s.articles}${s.firstDay ? ` (${s.firstDay} … ${s.lastDay}, ${s.sources} source${s.sources === 1 ? '' : 's'})` : ''}`);
        w(`  entities   ${s.entities} (${s.mentions} mentions)`);
        w(`  timexes    ${s.timexes}`);
        w(`  events     ${s.events}${s.eventTypes.length ? ` (${s.eventTypes.map((e) => `${e.event} ${e.count}`).join(', ')})` : ''}`);
        w(`  quotes     ${s.quotes}`);
        w(`  claims     ${s.claims}`);
        w(`  failed inputs logged  ${s.ingestErrors}`);
        if (s.topEntities.length) w(`  most mentioned: ${s.topEntities.map((e) => `${e.name} (${e.mentions})`).join(', ')}`);
      } finally {
        db.close();
      }
    });
};
