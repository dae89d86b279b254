/*
 * Surface forms of a token for features. News text mixes typographic and ASCII punctuation (’s, “ ”, —),
 * training data is mostly ASCII: features see one normalized form. These functions never feed offsets.
 */

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '``': '"', "''": '"',
  '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u2026': '...', '\u00a0': ' ',
};
const TYPOGRAPHIC_RE = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u00ab\u00bb\u2013\u2014\u2015\u2212\u2010\u2011\u2026\u00a0]/g;

/*
 * British and Commonwealth news writes honorifics without a stop ("Mr Abbas"); the training corpora are
 * mostly American ("Mr. Abbas"), where the undotted form is so rare that models read "Mr Putin" as an
 * organisation. Models see the dotted form.
 */
const UNDOTTED_TITLES = new Map<string, string>([['Mr', 'Mr.'], ['Mrs', 'Mrs.'], ['Ms', 'Ms.'], ['Dr', 'Dr.'], ['Messrs', 'Messrs.'], ['Prof', 'Prof.']]);

/** The token with typographic quotes, apostrophes, dashes and ellipses made ASCII, honorifics dotted. */
export function normalizeToken(text: string): string {
  if (text === '``' || text === "''") return '"';
  // A Map, not an object: "constructor" or "toString" must not find Object.prototype's functions, and a
  // Map hashes the token without internalizing it as a property name would.
  const titled = UNDOTTED_TITLES.get(text);
  if (titled) return titled;
  return text.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
}

function charClass(code: number, ch: string): string {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return ch;
  const upper = ch.toUpperCase();
  const lower = ch.toLowerCase();
  if (upper !== lower) return ch === upper ? 'X' : 'x';
  return /\p{N}/u.test(ch) ? 'd' : ch;
}

/**
 * Word shape: letters become X/x, digits d, other characters stay; runs longer than three are cut to
 * three ("Washington" → "Xxxx", "1996-08-22" → "ddd-dd-dd").
 */
export function wordShape(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text) {
    const c = charClass(ch.codePointAt(0) ?? 0, ch);
    if (c === last) {
      if (++run > 3) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** The shape with every run collapsed to one symbol ("Washington" → "Xx", "U.S." → "X.X."). */
export function shortShape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = charClass(ch.codePointAt(0) ?? 0, ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** True when the first character is an upper-case letter. */
export function isCapitalized(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the token has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}
