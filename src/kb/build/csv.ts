import { parse } from 'csv-parse/sync';

/** Reads a CSV with a header line into objects keyed by column name (all values strings). */
export function readCsv(text: string, delimiter = ','): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true, delimiter, relax_quotes: true, relax_column_count: true, trim: true }) as Record<string, string>[];
}

/** Reads a line list, dropping blank lines and `#` comments. */
export function readLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
