/**
 * A trie over folded words: each path from the root spells a name ("gaza" → "strip"), and a node holds the
 * values of the names that end there. Matching walks the text's words from each start once, so finding
 * every known name costs a few map look-ups per word whatever the size of the table.
 */
export class NameTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: null };

  add(words: readonly string[], value: V): void {
    if (!words.length) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(w, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** Values of the name spelled exactly by `words`, or an empty list. */
  get(words: readonly string[]): readonly V[] {
    let node: TrieNode<V> | undefined = this.root;
    for (const w of words) {
      node = node.next.get(w);
      if (!node) return [];
    }
    return node.values ?? [];
  }

  /**
   * Every name starting at `words[start]`, longest first, as [length, values]. `wordAt(i)` gives the folded
   * word at i or null where a name may not continue (punctuation, sentence end).
   */
  matchesAt(start: number, end: number, wordAt: (i: number) => string | null): Array<[number, readonly V[]]> {
    const found: Array<[number, readonly V[]]> = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < end; i++) {
      const w = wordAt(i);
      if (w === null) break;
      node = node.next.get(w);
      if (!node) break;
      if (node.values) found.push([i - start + 1, node.values]);
    }
    return found.reverse();
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[] | null;
}
