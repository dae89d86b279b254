import { datedTextReader } from './readers/dated-text.js';
import { feedReader } from './readers/feed.js';
import { htmlPageReader } from './readers/html-page.js';
import { jsonLinesReader } from './readers/json-lines.js';
import { plainTextReader } from './readers/plain-text.js';
import type { Reader } from './reader.js';

/**
 * The readers in the order they are tried. Detection is by content first; the file's extension only
 * breaks ties (see detectReader). Plain text is the last resort.
 */
export const READERS: readonly Reader[] = [datedTextReader, jsonLinesReader, feedReader, htmlPageReader, plainTextReader];

export function detectReader(content: string, path: string): Reader {
  for (const reader of READERS) if (reader.sniff(content, path)) return reader;
  return plainTextReader;
}
