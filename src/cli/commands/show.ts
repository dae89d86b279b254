import { RecordReader } from '../../store/read-record.js';
import type { AnnotationRecord } from '../../record/annotation-record.js';
import type { RegisterCommand } from '../command-context.js';
import { CliError, EXIT_INPUT_FAILED } from '../exit-codes.js';
import { DB_OPTION_HELP, openDbForCli } from '../open-db.js';

/** `dateline show ID`: one stored article and what was found in it. */
export const registerShow: RegisterCommand = (program, ctx) => {
  program
    .command('show')
    .description('show one stored article with its entities, dates, events, quotes and claims')
    .argument('<id>', 'the article id (as printed by ingest, search or export)')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--json', 'print the annotation record as JSON')
    .action((id: string, opts: { db?: string; json?: boolean }) => {
      const { db } = openDbForCli(opts.db, true);
      let record: AnnotationRecord | null;
      try {
        record = new RecordReader(db).byId(id);
      } finally {
        db.close();
      }
      if (!record) throw new CliError(`dateline show: no article with id "${id}"`, EXIT_INPUT_FAILED);
      ctx.stdout.write(opts.json ? JSON.stringify(record, null, 2) + '\n' : describe(record));
    });
};

function describe(r: AnnotationRecord): string {
  const span = (s: [number, number] | null) => (s ? r.text.slice(s[0], s[1]) : '');
  const name = (id: string | null) => (id === null ? '?' : r.entities.find((e) => e.id === id)?.name ?? id);
  const lines = [
    `${r.article.title ?? '(no title)'}`,
    `  id ${r.article.id} · published ${r.article.published}${r.article.source ? ` · ${r.article.source}` : ''}${r.article.url ? ` · ${r.article.url}` : ''}`,
    `  ${r.sentences.length} sentences, ${r.text.length} characters`,
    '',
    `Entities (${r.entities.length})`,
    ...r.entities.map((e) => `  ${e.id} ${e.type.padEnd(4)} ${e.name}${e.kb ? ` [${e.kb.source}:${e.kb.id}]` : ''}${e.country ? ` ${e.country}` : ''}${e.sector ? `/${e.sector}` : ''} ×${e.mentions.length}`),
    `Dates (${r.timexes.length})`,
    ...r.timexes.map((t) => `  "${t.text}" ${t.type} ${t.value}`),
    `Events (${r.events.length})`,
    ...r.events.map((e) => `  ${e.date ?? '????'} ${e.event}${e.mode ? `/${e.mode}` : ''} ${e.actors.map(name).join('+') || '?'} → ${e.recipients.map(name).join('+') || '?'} (${e.modality}) "${span(e.trigger)}"`),
    `Quotes (${r.quotes.length})`,
    ...r.quotes.map((q) => `  ${name(q.speaker)}: ${q.direct ? '“' : ''}${span(q.content).slice(0, 100)}${q.direct ? '”' : ''}`),
    `Claims (${r.claims.length})`,
    ...r.claims.map((c) => `  ${c.kind} ${c.qualifier} ${c.value}${c.about ? ` in ${name(c.about)}` : ''}${c.source ? `, says ${name(c.source)}` : ''}${c.asOf ? `, as of ${c.asOf}` : ''}`),
  ];
  return lines.join('\n') + '\n';
}
