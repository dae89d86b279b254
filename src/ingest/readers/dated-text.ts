import { InputError } from '../input-error.js';
import { parsePublished } from '../dates.js';
import type { Reader } from '../reader.js';

// The seed format: optional leading white space, the word "date", an ISO date, one space, then the text.
const HEADER = /^\s*date[ \t]+(\S+)[ \t]/;

/** The dated-text format of ../shared/seeds: ` date 2024-08-13 Headline\n\nParagraph…`. */
export const datedTextReader: Reader = {
  format: 'dated-text',
  sniff: (content) => /^\s*date[ \t]+\d{4}-/.test(content),
  read(content, path, options) {
    const origin = { path };
    const m = HEADER.exec(content);
    if (!m) return [{ error: new InputError(origin, 'expected a header "date YYYY-MM-DD" before the text') }];
    const parsed = parsePublished(m[1]);
    const text = content.slice(m[0].length);
    if ('error' in parsed && !options.date) return [{ error: new InputError({ path, line: 1 }, parsed.error) }];
    const published = options.overrideDate && options.date ? options.date : 'value' in parsed ? parsed.value : options.date!;
    if (!text.trim()) return [{ error: new InputError(origin, 'the article has a date but no text') }];
    const firstLine = text.split('\n', 1)[0].trim();
    return [{
      article: {
        published, text, title: firstLine.slice(0, 300) || null, source: null, url: null, origin,
        dateSource: options.overrideDate && options.date ? 'option' : 'header',
      },
    }];
  },
};
