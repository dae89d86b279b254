/**
 * The draw behind `draw:timex-news`: a fixed-seed random pick of articles per source, none of an earlier batch
 * and one copy of each text, so a batch can be drawn again from its number and checked.
 */
import { InputError } from '../../../scripts/input-error.js';
import type { NewsArticle, NewsSource } from './articles.js';

export const NEWS_SOURCES: readonly NewsSource[] = ['guardian', 'polnear', 'timeline17'];
/** Article length in characters drawn when no range is given: long enough to hold several times, short enough to annotate. */
export const DEFAULT_RANGE: readonly [number, number] = [1200, 3500];

/** mulberry32: a small seeded generator, so the same batch number always draws the same articles. */
export function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DrawOptions {
  batch: number;
  perSource: number;
  /** `source\tkey` of every article an earlier batch holds. */
  earlier: ReadonlySet<string>;
  ranges?: ReadonlyMap<NewsSource, readonly [number, number]>;
  /** Articles to draw from one source instead of `perSource` (a source that has run out gives fewer). */
  counts?: ReadonlyMap<NewsSource, number>;
}

/** Draws `perSource` articles (or the source's own count) from each source in turn, the batch number seeding the pick. */
export function drawBatch(articlesOf: (source: NewsSource) => NewsArticle[], options: DrawOptions): NewsArticle[] {
  const random = seeded(0x5eed0000 + options.batch);
  const picks: NewsArticle[] = [];
  for (const source of NEWS_SOURCES) {
    const [min, max] = options.ranges?.get(source) ?? DEFAULT_RANGE;
    const seen = new Set<string>();
    // one copy of each text (feeds repeat articles), none from an earlier batch
    const pool = articlesOf(source).filter((a) => a.text.length >= min && a.text.length <= max
      && !options.earlier.has(`${a.source}\t${a.key}`) && !seen.has(a.text) && seen.add(a.text));
    const count = options.counts?.get(source) ?? options.perSource;
    if (pool.length < count) throw new InputError(`${source}: only ${pool.length} articles of ${min}-${max} characters left; widen --range ${source}=MIN-MAX or lower --count ${source}=N`);
    for (let k = 0; k < count; k++) picks.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  }
  return picks;
}

/**
 * The articles an exclusion file names, one `SOURCE:KEY` a line (keys may hold colons and slashes:
 * `timeline17:bpoil_bbc/1398`), as the draw's `source\tkey`; blank lines are skipped and a line that names no source
 * is refused with its number.
 */
export function excludedKeys(text: string, file = 'exclusion file'): string[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const at = line.indexOf(':');
    const source = line.slice(0, at);
    if (at <= 0 || !(NEWS_SOURCES as readonly string[]).includes(source)) throw new InputError(`${file}:${i + 1}: not SOURCE:KEY with a source of ${NEWS_SOURCES.join(', ')}: ${JSON.stringify(line)}`);
    return [`${source}\t${line.slice(at + 1).trim()}`];
  });
}
