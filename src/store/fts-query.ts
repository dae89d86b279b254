/**
 * Turns what a person types into a safe FTS5 query: each word becomes a quoted term (so punctuation and
 * FTS operators in user input cannot cause syntax errors), all terms must match, and a trailing `*` on a
 * word keeps prefix search. Returns null when nothing searchable remains.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*\*?/gu) ?? [];
  if (!terms.length) return null;
  return terms
    .map((term) => {
      const prefix = term.endsWith('*');
      const word = (prefix ? term.slice(0, -1) : term).replace(/"/g, '');
      return `"${word}"${prefix ? '*' : ''}`;
    })
    .join(' ');
}
