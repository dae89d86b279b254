import { hashString } from '../../ml/index.js';

/**
 * Name lists (countries, demonyms, cities, given names …) matched against lower-cased token sequences.
 * Each entry is a token sequence with a list name; a token inside a match gets the feature
 * `list:position` (B, I, L or U), the longest match per list and start token.
 */
export interface GazetteerData {
  /** List name → entries, each entry its tokens joined by single spaces, lower case. */
  lists: Record<string, string[]>;
}

/** A trie node: children by token, and the lists an entry ending here belongs to. */
export interface GazetteerNode {
  children: Map<string, GazetteerNode> | null;
  lists: number[] | null;
}

const POSITIONS = ['B', 'I', 'L', 'U'] as const;

export class Gazetteer {
  private readonly root: GazetteerNode = { children: new Map(), lists: null };
  /** Feature hash of list l at position p: `featureHashes[l * 4 + p]`. */
  private readonly featureHashes: number[] = [];
  readonly listNames: string[];

  constructor(data: GazetteerData) {
    this.listNames = Object.keys(data.lists);
    this.listNames.forEach((list, l) => {
      for (const p of POSITIONS) this.featureHashes.push(hashString(`${list}:${p}`));
      for (const entry of data.lists[list]) {
        let node = this.root;
        for (const token of entry.split(' ')) {
          if (!token) continue;
          node.children ??= new Map();
          let next = node.children.get(token);
          if (!next) node.children.set(token, (next = { children: null, lists: null }));
          node = next;
        }
        if (node === this.root) continue;
        node.lists ??= [];
        if (!node.lists.includes(l)) node.lists.push(l);
      }
    });
  }

  /** The trie node of the entries that start with this token, or null: callers may cache it per word. */
  start(lowerWord: string): GazetteerNode | null {
    return this.root.children!.get(lowerWord) ?? null;
  }

  /**
   * For each token, the hashes of the list positions it takes part in, or null when no token of the
   * sentence starts an entry. Walks the trie from every token, keeping per list the longest entry.
   * `starts[i]`, when given, is `start(lowerWords[i])` (looked up once per distinct word by the caller).
   */
  match(lowerWords: readonly string[], starts?: readonly (GazetteerNode | null)[]): number[][] | null {
    let out: number[][] | null = null;
    const n = lowerWords.length;
    for (let i = 0; i < n; i++) {
      let node: GazetteerNode | undefined | null = starts ? starts[i] : this.root.children!.get(lowerWords[i]);
      if (!node) continue;
      // Longest end per list, found by walking as deep as the trie allows.
      let longest: Map<number, number> | null = null;
      for (let j = i; node; ) {
        if (node.lists) for (const l of node.lists) (longest ??= new Map()).set(l, j + 1);
        j++;
        if (j >= n || !node.children) break;
        node = node.children.get(lowerWords[j]);
      }
      if (!longest) continue;
      out ??= lowerWords.map(() => []);
      for (const [l, end] of longest) {
        const len = end - i;
        for (let k = i; k < end; k++) {
          const p = len === 1 ? 3 : k === i ? 0 : k === end - 1 ? 2 : 1;
          out[k].push(this.featureHashes[l * 4 + p]);
        }
      }
    }
    return out;
  }
}
