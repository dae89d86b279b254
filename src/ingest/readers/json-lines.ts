import { parsePublished } from '../dates.js';
import { InputError } from '../input-error.js';
import type { DraftArticle, ReadItem, ReadOptions, Reader } from '../reader.js';

/**
 * JSON Lines, one article per line: `{"published", "text", "id"?, "url"?, "source"?, "title"?}`. Also a
 * single JSON array of such objects. `text` is kept verbatim so offsets into it stay valid. Each bad line
 * is its own error, named by line number; the good lines go in.
 */
export const jsonLinesReader: Reader = {
  format: 'jsonl',
  sniff: (content) => /^\s*[{[]/.test(content),
  read(content, path, options) {
    if (/^\s*\[/.test(content)) return readArray(content, path, options);
    const items: ReadItem[] = [];
    let lineNo = 0;
    let from = 0;
    while (from <= content.length) {
      let to = content.indexOf('\n', from);
      if (to === -1) to = content.length;
      lineNo++;
      const line = content.slice(from, to).trim();
      from = to + 1;
      if (!line) continue;
      const origin = { path, line: lineNo };
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        items.push({ error: new InputError(origin, `malformed JSON (${(e as Error).message})`) });
        continue;
      }
      items.push(toArticle(value, origin, options));
    }
    return items;
  },
};

function readArray(content: string, path: string, options: ReadOptions): ReadItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    return [{ error: new InputError({ path }, `malformed JSON (${(e as Error).message})`) }];
  }
  if (!Array.isArray(value)) return [{ error: new InputError({ path }, 'expected a JSON array of articles') }];
  return value.map((v, i) => toArticle(v, { path, item: i + 1 }, options));
}

function toArticle(value: unknown, origin: { path: string; line?: number; item?: number }, options: ReadOptions): ReadItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: new InputError(origin, 'expected a JSON object with "published" and "text"') };
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return { error: new InputError(origin, o.text === undefined ? 'no "text" field' : '"text" is not a string') };
  if (!o.text.trim()) return { error: new InputError(origin, '"text" is empty') };
  let published: string;
  let dateSource = 'json';
  if (options.overrideDate && options.date) {
    published = options.date;
    dateSource = 'option';
  } else if (o.published === undefined || o.published === null || o.published === '') {
    if (!options.date) return { error: new InputError(origin, 'no "published" date (and no --date given)') };
    published = options.date;
    dateSource = 'option';
  } else {
    const parsed = parsePublished(String(o.published));
    if ('error' in parsed) return { error: new InputError(origin, `"published": ${parsed.error}`) };
    published = parsed.value;
  }
  const str = (key: string) => (typeof o[key] === 'string' && (o[key] as string).trim() ? (o[key] as string).trim() : null);
  const id = o.id === undefined || o.id === null ? undefined : String(o.id);
  const article: DraftArticle = { id, published, text: o.text, title: str('title'), source: str('source'), url: str('url'), origin, dateSource };
  return { article };
}
