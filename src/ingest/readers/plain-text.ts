import { InputError } from '../input-error.js';
import type { Reader } from '../reader.js';

/** Plain text with the date given on the command line (`--date`); the first line is taken as the title. */
export const plainTextReader: Reader = {
  format: 'text',
  sniff: () => true, // the fallback: anything that is text and no other format claimed
  read(content, path, options) {
    if (!options.date) {
      return [{ error: new InputError({ path }, 'no publication date: the file has no "date YYYY-MM-DD" header and no --date was given') }];
    }
    const firstLine = content.trimStart().split('\n', 1)[0].trim();
    return [{ article: { published: options.date, text: content, title: firstLine.slice(0, 300) || null, source: null, url: null, origin: { path }, dateSource: 'option' } }];
  },
};
