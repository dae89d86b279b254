import { hashString } from '../../ml/index.js';

/**
 * Name lists (countries, demonyms, cities, given names …) matched against lower-cased token sequences.
 * Each entry is a token sequence with a list name; a token inside a match gets the feature
 * `list:position` (B, I, L or U), longest match first.
 */
export interface GazetteerData {
  /** List name → entries, each entry its tokens joined by single spaces, lower case. */
  lists: Record<string, string[]>;
}

export class Gazetteer {
  /** First token → list of [entry tokens, feature hashes by position]. */
  private readonly byFirst = new Map<string, { tokens: string[]; list: string }[]>();
  private readonly hashes = new Map<string, number>();
  private readonly maxLength: number;

  constructor(data: GazetteerData) {
    let max = 1;
    for (const [list, entries] of Object.entries(data.lists)) {
      for (const entry of entries) {
        const tokens = entry.split(' ');
        if (!tokens[0]) continue;
        max = Math.max(max, tokens.length);
        const bucket = this.byFirst.get(tokens[0]) ?? [];
        bucket.push({ tokens, list });
        this.byFirst.set(tokens[0], bucket);
      }
    }
    for (const bucket of this.byFirst.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);
    this.maxLength = max;
  }

  private featureHash(list: string, position: string): number {
    const key = `${list}:${position}`;
    let h = this.hashes.get(key);
    if (h === undefined) this.hashes.set(key, (h = hashString(key)));
    return h;
  }

  /** For each token, the hashes of the list positions it takes part in (longest match per list). */
  match(lowerWords: readonly string[]): number[][] {
    const out: number[][] = lowerWords.map(() => []);
    for (let i = 0; i < lowerWords.length; i++) {
      const bucket = this.byFirst.get(lowerWords[i]);
      if (!bucket) continue;
      const seenLists = new Set<string>();
      for (const { tokens, list } of bucket) {
        if (seenLists.has(list) || i + tokens.length > lowerWords.length || tokens.length > this.maxLength) continue;
        let ok = true;
        for (let k = 1; k < tokens.length; k++) {
          if (lowerWords[i + k] !== tokens[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        seenLists.add(list);
        const n = tokens.length;
        for (let k = 0; k < n; k++) {
          const position = n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I';
          out[i + k].push(this.featureHash(list, position));
        }
      }
    }
    return out;
  }
}
