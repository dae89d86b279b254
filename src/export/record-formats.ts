import type { AnnotationRecord } from '../record/annotation-record.js';
import { csvRow } from './csv.js';
import { gdeltEventsFormat } from './gdelt-events.js';
import { ploverFormat } from './plover.js';

/**
 * An export format: an optional header, then lines for each record. Formats are pure functions of the
 * annotation record, so the CLI, the API and tests share them.
 */
export interface RecordFormat {
  readonly name: string;
  readonly description: string;
  header?(): string;
  lines(record: AnnotationRecord): string;
}

const jsonl: RecordFormat = {
  name: 'jsonl',
  description: 'one annotation record per line (the contract)',
  lines: (record) => JSON.stringify(record) + '\n',
};

const ARTICLE_COLUMNS = ['id', 'published', 'title', 'source', 'url', 'sentences', 'entities', 'timexes', 'events', 'quotes', 'claims', 'characters'];
const articlesCsv: RecordFormat = {
  name: 'csv',
  description: 'one row per article with its metadata and layer counts',
  header: () => csvRow(ARTICLE_COLUMNS),
  lines: (r) => csvRow([r.article.id, r.article.published, r.article.title, r.article.source, r.article.url, r.sentences.length,
    r.entities.length, r.timexes.length, r.events.length, r.quotes.length, r.claims.length, r.text.length]),
};

const sentenceOf = (r: AnnotationRecord, offset: number) => {
  const s = r.sentences.find(([start, end]) => offset >= start && offset < end);
  return s ? r.text.slice(s[0], s[1]) : '';
};
const entityName = (r: AnnotationRecord, id: string | null) => (id === null ? '' : r.entities.find((e) => e.id === id)?.name ?? id);

const EVENT_COLUMNS = ['article', 'published', 'event', 'mode', 'cameo', 'actors', 'recipients', 'place', 'date', 'dateFrom', 'modality', 'score', 'trigger', 'sentence'];
const eventsCsv: RecordFormat = {
  name: 'events-csv',
  description: 'one row per event: type, actors and recipients by name, date, modality, trigger and sentence',
  header: () => csvRow(EVENT_COLUMNS),
  lines: (r) => r.events.map((e) => csvRow([r.article.id, r.article.published, e.event, e.mode, e.cameo,
    e.actors.map((a) => entityName(r, a)).join('; '), e.recipients.map((a) => entityName(r, a)).join('; '), entityName(r, e.place),
    e.date, e.dateFrom, e.modality, e.score, r.text.slice(e.trigger[0], e.trigger[1]), sentenceOf(r, e.trigger[0])])).join(''),
};

const QUOTE_COLUMNS = ['article', 'published', 'speaker', 'direct', 'cue', 'content', 'addressee'];
const quotesCsv: RecordFormat = {
  name: 'quotes-csv',
  description: 'one row per quote: speaker, cue, content, addressee',
  header: () => csvRow(QUOTE_COLUMNS),
  lines: (r) => r.quotes.map((q) => csvRow([r.article.id, r.article.published, entityName(r, q.speaker), q.direct,
    q.cue ? r.text.slice(q.cue[0], q.cue[1]) : '', r.text.slice(q.content[0], q.content[1]), entityName(r, q.addressee)])).join(''),
};

const CLAIM_COLUMNS = ['article', 'published', 'kind', 'value', 'qualifier', 'about', 'source', 'asOf', 'span'];
const claimsCsv: RecordFormat = {
  name: 'claims-csv',
  description: 'one row per claimed number: kind, value, qualifier, about, source, as-of date',
  header: () => csvRow(CLAIM_COLUMNS),
  lines: (r) => r.claims.map((c) => csvRow([r.article.id, r.article.published, c.kind, c.value, c.qualifier, entityName(r, c.about),
    entityName(r, c.source), c.asOf, r.text.slice(c.span[0], c.span[1])])).join(''),
};

export const RECORD_FORMATS: readonly RecordFormat[] = [jsonl, articlesCsv, eventsCsv, quotesCsv, claimsCsv, ploverFormat, gdeltEventsFormat];

export function findFormat(name: string): RecordFormat | undefined {
  return RECORD_FORMATS.find((f) => f.name === name);
}
