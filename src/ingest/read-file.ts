import { readFileSync, statSync } from 'node:fs';
import type { Article } from '../model/article.js';
import { contentHash, derivedId } from './article-id.js';
import { decodeInput, DEFAULT_MAX_BYTES, formatSize } from './decode.js';
import { detectReader } from './formats.js';
import { InputError } from './input-error.js';
import type { DraftArticle, ReadOptions } from './reader.js';

export interface ReadFileOptions extends ReadOptions {
  maxBytes?: number;
}

/** An article ready to store: with its id and the hash that detects duplicates. */
export interface ReadyArticle extends Article {
  contentHash: string;
}

export interface ReadResult {
  articles: ReadyArticle[];
  errors: InputError[];
  format: string | null;
}

/** Reads one input (a file path, or `-` with the bytes of stdin) into articles and per-item errors. */
export function readInput(path: string, bytes: Buffer, options: ReadFileOptions = {}): ReadResult {
  const decoded = decodeInput(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if ('error' in decoded) return { articles: [], errors: [new InputError({ path }, decoded.error)], format: null };
  const reader = detectReader(decoded.text, path.replace(/\.gz$/i, ''));
  const result: ReadResult = { articles: [], errors: [], format: reader.format };
  for (const item of reader.read(decoded.text, path, options)) {
    if ('error' in item) result.errors.push(item.error);
    else result.articles.push(finalize(item.article));
  }
  return result;
}

/** Reads a file from disk, refusing oversized files before loading them. */
export function readFile(path: string, options: ReadFileOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    return { articles: [], errors: [new InputError({ path }, describeFsError(e))], format: null };
  }
  if (size > maxBytes) return { articles: [], errors: [new InputError({ path }, `the file is ${formatSize(size)}, over the limit of ${formatSize(maxBytes)} (--max-size)`)], format: null };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { articles: [], errors: [new InputError({ path }, describeFsError(e))], format: null };
  }
  return readInput(path, bytes, options);
}

export function finalize(draft: DraftArticle): ReadyArticle {
  const hash = contentHash(draft.text, draft.published);
  return { ...draft, id: draft.id ?? derivedId(hash), contentHash: hash };
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error).message;
}
