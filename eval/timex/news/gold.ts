/**
 * The hand-annotated news sample's gold file (`gold.jsonl`): one line per article with its source, key,
 * publication date, the SHA-1 of its text and its TIMEX3 annotations as `[start, end)` offsets with the
 * surface string. The text itself stays in `../shared/data`; reading the gold joins the two and refuses a
 * text whose fingerprint or surfaces no longer match, naming the line.
 */
import { readFileSync } from 'node:fs';
import type { Timex } from '../../../src/model/layers.js';
import { InputError } from '../../../scripts/input-error.js';
import { newsArticles, textSha1, type NewsArticle, type NewsSource } from './articles.js';

export interface GoldLine {
  source: NewsSource;
  key: string;
  /** Which round of annotation it came from (1–15 so far); each was scored before anything was fixed from it (docs/timex.md). */
  batch: number;
  published: string;
  sha1: string;
  timexes: Timex[];
}

export interface GoldArticle {
  article: NewsArticle;
  batch: number;
  gold: Timex[];
}

export const GOLD_FILE = new URL('./gold.jsonl', import.meta.url).pathname;

/** The gold file's lines, each with its line number (blank lines skipped), for messages that name it. */
export function readGoldLines(path = GOLD_FILE): (GoldLine & { lineNumber: number })[] {
  return readFileSync(path, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [{ ...(JSON.parse(line) as GoldLine), lineNumber: i + 1 }];
    } catch (e) {
      throw new InputError(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
    }
  });
}

/** The gold joined to its texts in the data folder; every surface is checked against the text it names. */
export function readNewsGold(dataRoot: string, path = GOLD_FILE): GoldArticle[] {
  const lines = readGoldLines(path);
  const sources = [...new Set(lines.map((l) => l.source))];
  const byKey = new Map(newsArticles(dataRoot, sources).map((a) => [`${a.source}\t${a.key}`, a]));
  return lines.map((line) => {
    const where = `${path}:${line.lineNumber}`;
    const article = byKey.get(`${line.source}\t${line.key}`);
    if (!article) throw new InputError(`${where}: no ${line.source} article ${line.key} in ${dataRoot}`);
    if (textSha1(article.text) !== line.sha1) throw new InputError(`${where}: the text of ${line.source} ${line.key} differs from the one annotated`);
    for (const t of line.timexes) {
      if (article.text.slice(t.start, t.end) !== t.text) throw new InputError(`${where}: [${t.start}, ${t.end}) is not ${JSON.stringify(t.text)}`);
    }
    return { article, batch: line.batch, gold: line.timexes };
  });
}
