/**
 * Finds the articles of the hand-annotated news sample in `../shared/data`, so the sample's gold file holds
 * only keys, offsets and values, never the publishers' text (the data's licences forbid copying it). Three
 * sources, each with its own publication dates and none of them timex gold:
 *
 * - `guardian`: the Guardian sample of the NGEC set (2019), keyed by the CSV's first column;
 * - `polnear`: PolNeAR's development articles (US political news, 2016), keyed by file name, dated by
 *   `metadata.tsv`;
 * - `timeline17`: Timeline17's articles (2005–2011; tokens split by spaces), keyed by their `id`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../../scripts/input-error.js';

export type NewsSource = 'guardian' | 'polnear' | 'timeline17';

export interface NewsArticle {
  source: NewsSource;
  key: string;
  published: string;
  text: string;
}

/** The text's fingerprint: the gold file records it, so a changed copy of the data is refused, not misread. */
export function textSha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

function mustExist(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: not found (is the data folder ../shared/data?)`);
  return path;
}

function guardian(dataRoot: string): NewsArticle[] {
  const path = mustExist(join(dataRoot, 'events/gold/ngec_synthetic_events/Guardian_SDF_sample.csv'));
  const rows: string[][] = parse(readFileSync(path, 'utf8'), { relax_quotes: true });
  return rows.slice(1).map(([key, date, text]) => ({ source: 'guardian', key, published: date, text }));
}

function polnear(dataRoot: string): NewsArticle[] {
  const root = join(dataRoot, 'quotes/polnear/data');
  const metadata = readFileSync(mustExist(join(root, 'metadata.tsv')), 'utf8').split('\n');
  const header = metadata[0].split('\t');
  const [compartment, filename, date] = ['compartment', 'filename', 'publication_date'].map((c) => header.indexOf(c));
  const articles: NewsArticle[] = [];
  for (const line of metadata.slice(1)) {
    const cells = line.split('\t');
    if (cells[compartment] !== 'dev') continue;
    const textPath = join(root, 'dev/text', `${cells[filename]}.txt`);
    if (!existsSync(textPath)) continue;
    articles.push({ source: 'polnear', key: cells[filename], published: cells[date], text: readFileSync(textPath, 'utf8') });
  }
  return articles;
}

function timeline17(dataRoot: string): NewsArticle[] {
  const root = mustExist(join(dataRoot, 'tls/timeline17'));
  // every collection folder, in name order, so the keys are the same on every machine
  const names = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const articles: NewsArticle[] = [];
  for (const name of names) {
    const lines = readFileSync(mustExist(join(root, name, 'articles.jsonl')), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const a = JSON.parse(line) as { id: string; published: string; text: string };
      articles.push({ source: 'timeline17', key: a.id, published: a.published, text: a.text });
    }
  }
  return articles;
}

/** Every article of the three sources, each source read only when asked for. */
export function newsArticles(dataRoot: string, sources: readonly NewsSource[]): NewsArticle[] {
  const readers: Record<NewsSource, (root: string) => NewsArticle[]> = { guardian, polnear, timeline17 };
  return sources.flatMap((s) => readers[s](dataRoot));
}
