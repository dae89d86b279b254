/**
 * Numbers for distinct token texts, found by a hash and confirmed by the text itself: the quotes scorer
 * hashes the lower-case word (which the features need anyway; case variants share that hash and get
 * numbers of their own, as their shapes differ), `word-lookups.ts` the text as written. Cheaper than a
 * Map keyed by each document's fresh token strings.
 */
export class WordTable {
  private hashes = new Int32Array(1024);
  private numbers = new Int32Array(1024).fill(-1);
  private texts: (string | null)[] = [];
  private mask = 1023;
  private entries = 0;

  /** The number of `text`, whose lower-case form hashes to `hash`, or -1. */
  find(hash: number, text: string): number {
    const key = hash | 0;
    let slot = key & this.mask;
    for (;;) {
      const w = this.numbers[slot];
      if (w === -1) return -1;
      if (this.hashes[slot] === key && this.texts[w] === text) return w;
      slot = (slot + 1) & this.mask;
    }
  }

  /** A new number; `text` null for a number nothing finds (a stand-in). */
  add(hash: number, text: string | null): number {
    const w = this.texts.length;
    this.texts.push(text);
    if (text !== null) {
      if ((this.entries + 1) * 2 > this.numbers.length) this.rehash(this.numbers.length * 2);
      this.place(hash | 0, w);
      this.entries++;
    }
    return w;
  }

  clear(): void {
    this.numbers.fill(-1);
    this.texts = [];
    this.entries = 0;
  }

  private place(key: number, w: number): void {
    let slot = key & this.mask;
    while (this.numbers[slot] !== -1) slot = (slot + 1) & this.mask;
    this.hashes[slot] = key;
    this.numbers[slot] = w;
  }

  private rehash(capacity: number): void {
    const oldHashes = this.hashes;
    const oldNumbers = this.numbers;
    this.hashes = new Int32Array(capacity);
    this.numbers = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let s = 0; s < oldNumbers.length; s++) if (oldNumbers[s] !== -1) this.place(oldHashes[s], oldNumbers[s]);
  }
}
