/**
 * Name normalization shared by the KB builder and the matcher, so that a table alias and a run of text
 * words meet on the same key: diacritics folded, case folded, dots dropped, curly apostrophes made plain,
 * and hyphens treated as word breaks ("Guinea-Bissau" = "Guinea Bissau").
 */

const COMBINING = /[\u0300-\u036f]/g;

/** One word folded for lookup: "Erdoğan" → "erdogan", "U.S." → "us", "Kremlin’s" stays "kremlin’s" → "kremlin's". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\./g, '')
    .toLowerCase();
}

/** Splits a name into folded words (on white space, hyphens and underscores); empty words are dropped. */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.split(/[\s_\-\u2010-\u2014]+/)) {
    const w = foldWord(raw);
    if (w) out.push(w);
  }
  return out;
}

/** The lookup key of a whole name: its folded words joined by one space. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** True when the alias is written as an acronym (all capitals, maybe with dots), so text must match its case. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[.\s&-]/g, '');
  return letters.length >= 2 && letters.length <= 6 && /^[A-Z0-9]+$/.test(letters) && /[A-Z]/.test(letters);
}
