import { searchArticles } from '../../store/search-articles.js';
import type { RegisterCommand } from '../command-context.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';
import { parsePositiveInt } from '../options.js';

/** `dateline search WORDS...`: full-text search with highlighted snippets. */
export const registerSearch: RegisterCommand = (program, ctx) => {
  program
    .command('search')
    .description('full-text search over stored articles, with highlighted snippets')
    .argument('<words...>', 'words to find (all must match; end a word with * for a prefix)')
    .option('--db <file>', DB_OPTION_HELP)
    .option('-n, --limit <n>', 'at most this many results', parsePositiveInt, 20)
    .option('--json', 'print the hits as JSON')
    .addHelpText('after', '\nExamples:\n  $ dateline search Abbas Moscow\n  $ dateline search "death toll" --json')
    .action((words: string[], opts: { db?: string; limit: number; json?: boolean }) => {
      const { db } = openDbForCli(opts.db, true);
      try {
        const tty = Boolean((ctx.stdout as NodeJS.WriteStream).isTTY) && !opts.json;
        const hits = searchArticles(db, words.join(' '), { limit: opts.limit, mark: tty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'] });
        if (opts.json) {
          ctx.stdout.write(JSON.stringify(hits, null, 2) + '\n');
          return;
        }
        if (!hits.length) ctx.stdout.write('no matches\n');
        for (const hit of hits) {
          ctx.stdout.write(`${hit.id}  ${hit.published.slice(0, 10)}  ${hit.title ?? '(no title)'}${hit.source ? `  — ${hit.source}` : ''}\n    ${hit.snippet.replace(/\s+/g, ' ')}\n`);
        }
      } finally {
        db.close();
      }
    });
};
