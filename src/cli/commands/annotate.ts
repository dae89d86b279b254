import { formatOrigin } from '../../ingest/input-error.js';
import { readFile, readInput } from '../../ingest/read-file.js';
import { createDefaultPipeline } from '../../pipeline/default-pipeline.js';
import { toRecord } from '../../record/annotation-record.js';
import type { RegisterCommand } from '../command-context.js';
import { CliError, EXIT_INPUT_FAILED } from '../exit-codes.js';
import { parseDateOption } from '../options.js';
import { readAll } from '../read-stdin.js';

/** `dateline annotate FILE|-`: the whole extraction on one article, no database, one JSON record out. */
export const registerAnnotate: RegisterCommand = (program, ctx) => {
  program
    .command('annotate')
    .description('run the whole extraction on one article and print its annotation record as JSON')
    .argument('<file>', 'an article file in any supported format, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'supply or override the publication date', parseDateOption)
    .option('--compact', 'print the record on one line')
    .addHelpText('after', '\nExample:\n  $ dateline annotate examples/000_caa8fa700a5f6095.txt\n  $ echo "Putin met Abbas on Tuesday." | dateline annotate - --date 2024-08-13')
    .action(async (file: string, opts: { date?: string; compact?: boolean }) => {
      const options = { date: opts.date, overrideDate: Boolean(opts.date) };
      const result = file === '-' ? readInput('<stdin>', await readAll(ctx.stdin), options) : readFile(file, options);
      for (const error of result.errors) ctx.stderr.write(`dateline annotate: ${error.message}\n`);
      if (result.articles.length === 0) throw new CliError(`dateline annotate: no article could be read from ${file}`, EXIT_INPUT_FAILED);
      if (result.articles.length > 1) {
        ctx.stderr.write(`dateline annotate: ${file} holds ${result.articles.length} articles; annotating the first (${formatOrigin(result.articles[0].origin ?? { path: file })})\n`);
      }
      const pipeline = createDefaultPipeline();
      const record = toRecord(pipeline.annotate(result.articles[0]));
      ctx.stdout.write(JSON.stringify(record, null, opts.compact ? undefined : 2) + '\n');
      if (result.errors.length) ctx.setExitCode(EXIT_INPUT_FAILED);
    });
};
