import type { Article } from '../model/article.js';
import type { InputError } from './input-error.js';

/** Options that apply to every reader. */
export interface ReadOptions {
  /** Supplies the date for inputs that have none, and overrides the input's own date when `overrideDate`. */
  date?: string;
  overrideDate?: boolean;
}

/** An article without its id yet (ids are assigned centrally from the content, see article-id.ts). */
export type DraftArticle = Omit<Article, 'id'> & { id?: string };

export type ReadItem = { article: DraftArticle } | { error: InputError };

/** One input format. `sniff` looks at the content (and the name only as a hint). */
export interface Reader {
  readonly format: string;
  sniff(content: string, path: string): boolean;
  read(content: string, path: string, options: ReadOptions): ReadItem[];
}
