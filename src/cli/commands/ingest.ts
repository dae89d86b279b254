import { InlineAnnotator, WorkerAnnotator, type Annotator } from '../../annotate/annotator.js';
import { ingest, type IngestSummary } from '../../ingest/ingest-run.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/decode.js';
import type { RegisterCommand } from '../command-context.js';
import { EXIT_INPUT_FAILED } from '../exit-codes.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';
import { parseDateOption, parsePositiveInt, parseSizeOption } from '../options.js';
import { ingestProgressBar } from '../progress-bar.js';
import { readAll } from '../read-stdin.js';

interface IngestCliOptions { db?: string; date?: string; maxSize: number; workers?: number; json?: boolean; quiet?: boolean }

/** `dateline ingest PATH...`: read, annotate and store; exit 0 when all went in, 1 when some input failed. */
export const registerIngest: RegisterCommand = (program, ctx) => {
  program
    .command('ingest')
    .description('read articles from files, folders (recursively) or - (stdin), annotate them and store them')
    .argument('<paths...>', 'files, folders or - for standard input')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that carry none (plain .txt)', parseDateOption)
    .option('--max-size <size>', 'refuse input files larger than this (e.g. 50MB)', parseSizeOption, DEFAULT_MAX_BYTES)
    .option('--workers <n>', 'annotation worker threads (default: one per core; 0 not allowed)', parsePositiveInt)
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'print only failures')
    .addHelpText('after', `
Formats are detected by content: the dated-text format (" date 2024-08-13 Headline…"), JSON Lines
({"published", "text", "id"?, "url"?, "source"?, "title"?}), HTML pages, RSS 2.0 and Atom feeds, plain text
with --date, and gzip of any of these. Articles already stored (same id, or same text and day) are counted
as duplicates; re-running an interrupted ingest resumes it.

Examples:
  $ dateline ingest examples/
  $ dateline ingest --db news.db feeds/*.xml archive.jsonl.gz
  $ cat story.txt | dateline ingest - --date 2024-08-13`)
    .action(async (paths: string[], opts: IngestCliOptions) => {
      const { db, path } = openDbForCli(opts.db);
      const bar = opts.json || opts.quiet ? { update() {}, stop() {} } : ingestProgressBar(ctx.stderr);
      // Workers pay off only when there is enough to annotate; a handful of files goes in-process.
      const annotator: Annotator = opts.workers === 1 || (opts.workers === undefined && looksSmall(paths)) ? new InlineAnnotator() : new WorkerAnnotator(opts.workers);
      let summary: IngestSummary;
      try {
        summary = await ingest(db, paths, annotator, { date: opts.date, maxBytes: opts.maxSize, readStdin: () => readAll(ctx.stdin), onProgress: bar.update });
      } finally {
        bar.stop();
        await annotator.close();
        db.close();
      }
      if (opts.json) ctx.stdout.write(JSON.stringify({ db: path, ...summary }, null, 2) + '\n');
      else printSummary(ctx.stdout, ctx.stderr, path, summary, Boolean(opts.quiet));
      if (summary.failed > 0) ctx.setExitCode(EXIT_INPUT_FAILED);
    });
};

/** Text throughput in the unit that shows it: a handful of articles is kB/s, a corpus MB/s. */
function rate(bytes: number, seconds: number): string {
  const perSecond = seconds > 0 ? bytes / seconds : 0;
  return perSecond >= 1e6 || perSecond === 0 ? `${(perSecond / 1e6).toFixed(2)} MB/s` : `${(perSecond / 1e3).toFixed(1)} kB/s`;
}

function printSummary(out: NodeJS.WritableStream, err: NodeJS.WritableStream, db: string, s: IngestSummary, quiet: boolean): void {
  for (const e of s.errors) err.write(`failed: ${e.input}: ${e.reason}\n`);
  if (quiet) return;
  out.write(`${s.stored} new, ${s.duplicates} duplicate, ${s.failed} failed — ${s.filesTotal} file${s.filesTotal === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s (${rate(s.textBytes, s.seconds)} of text) into ${db}\n`);
}

/** A rough guess that avoids starting worker threads for a few files given by name. */
function looksSmall(paths: readonly string[]): boolean {
  return paths.length <= 4 && paths.every((p) => p === '-' || /\.(txt|html?|md)$/i.test(p));
}
