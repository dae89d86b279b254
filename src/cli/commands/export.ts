import { once } from 'node:events';
import { InvalidArgumentError } from 'commander';
import { findFormat, RECORD_FORMATS } from '../../export/record-formats.js';
import { articleRowids } from '../../store/article-rows.js';
import { RecordReader } from '../../store/read-record.js';
import type { RegisterCommand } from '../command-context.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';
import { parseDateOption } from '../options.js';

/** `dateline export`: every stored article's record, streamed, in publication order. */
export const registerExport: RegisterCommand = (program, ctx) => {
  program
    .command('export')
    .description('write every stored article\'s annotation record to stdout (JSON Lines by default)')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--since <YYYY-MM-DD>', 'only articles published on or after this day', parseDateOption)
    .option('--until <YYYY-MM-DD>', 'only articles published on or before this day', parseDateOption)
    .option('--format <name>', `one of: ${RECORD_FORMATS.map((f) => f.name).join(', ')}`, (value: string) => {
      if (!findFormat(value)) throw new InvalidArgumentError(`unknown format; choose one of ${RECORD_FORMATS.map((f) => f.name).join(', ')}`);
      return value;
    }, 'jsonl')
    .addHelpText('after', `\nFormats:\n${RECORD_FORMATS.map((f) => `  ${f.name.padEnd(15)} ${f.description}`).join('\n')}\n\nExamples:\n  $ dateline export > records.jsonl\n  $ dateline export --format events-csv --since 2024-08-01 > events.csv`)
    .action(async (opts: { db?: string; since?: string; until?: string; format: string }) => {
      const { db } = openDbForCli(opts.db, true);
      const format = findFormat(opts.format)!;
      const reader = new RecordReader(db);
      try {
        if (format.header) ctx.stdout.write(format.header());
        for (const rowid of articleRowids(db, opts)) {
          const record = reader.byRowid(rowid);
          if (!record) continue;
          // Respect back-pressure so exporting a large store to a slow pipe does not buffer it all.
          if (!ctx.stdout.write(format.lines(record))) await once(ctx.stdout, 'drain');
        }
      } finally {
        db.close();
      }
    });
};
