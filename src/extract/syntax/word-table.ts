/**
 * Word numbers by spelling, for the tagger's per-token lookup: an open-addressing table (linear probing)
 * whose slots hold a word's hash, number, length and where its characters start side by side (one cache
 * line per probe), and whose words' characters sit in one UTF-16 array. A lookup hashes the token's characters and, on a hash match, compares them with the
 * stored ones: no pointer chasing to string objects scattered over the heap, as a `Map<string, number>`
 * does for every token (the token strings are fresh slices, never the very keys it holds).
 * Numbers are given in order from `first` on; `clear` starts over.
 */
export class WordTable {
  /** Slot s: the word's hash at `slots[4s]`, its number at `slots[4s + 1]` (-1 when empty), its length and start in `chars` at 4s + 2 and 4s + 3. */
  private slots: Int32Array;
  private mask: number;
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;
  private count = 0;

  constructor(readonly first: number) {
    this.slots = WordTable.emptySlots(1024);
    this.mask = 1023;
  }

  get size(): number {
    return this.count;
  }

  /** The number of `word`, or -1 when it has none yet. */
  get(word: string): number {
    const n = word.length;
    const h = hashChars(word);
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const id = slots[4 * slot + 1];
      if (id === -1) return -1;
      if (slots[4 * slot] === h && slots[4 * slot + 2] === n && this.sameChars(word, slots[4 * slot + 3])) return id;
      slot = (slot + 1) & mask;
    }
  }

  /** Gives `word` (which must have no number yet) the next number, and returns it. */
  add(word: string): number {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const n = word.length;
    if (this.charsUsed + n > this.chars.length) {
      const bigger = new Uint16Array(Math.max(2 * this.chars.length, this.charsUsed + n));
      bigger.set(this.chars.subarray(0, this.charsUsed));
      this.chars = bigger;
    }
    const at = this.charsUsed;
    for (let i = 0; i < n; i++) this.chars[at + i] = word.charCodeAt(i);
    this.charsUsed += n;
    const id = this.first + this.count;
    this.insert(hashChars(word), id, n, at);
    this.count++;
    return id;
  }

  clear(): void {
    this.slots.fill(0);
    for (let slot = 0; slot <= this.mask; slot++) this.slots[4 * slot + 1] = -1;
    this.count = 0;
    this.charsUsed = 0;
  }

  private sameChars(word: string, at: number): boolean {
    const chars = this.chars;
    for (let i = 0; i < word.length; i++) if (chars[at + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  private insert(h: number, id: number, length: number, start: number): void {
    let slot = h & this.mask;
    while (this.slots[4 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
    this.slots[4 * slot] = h;
    this.slots[4 * slot + 1] = id;
    this.slots[4 * slot + 2] = length;
    this.slots[4 * slot + 3] = start;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = WordTable.emptySlots(2 * (this.mask + 1));
    this.mask = 2 * this.mask + 1;
    for (let slot = 0; 4 * slot < old.length; slot++) if (old[4 * slot + 1] !== -1) this.insert(old[4 * slot], old[4 * slot + 1], old[4 * slot + 2], old[4 * slot + 3]);
  }

  private static emptySlots(capacity: number): Int32Array {
    const slots = new Int32Array(4 * capacity);
    for (let slot = 0; slot < capacity; slot++) slots[4 * slot + 1] = -1;
    return slots;
  }
}

/** A fast multiplicative hash of the UTF-16 code units (a signed 32-bit integer), mixed so low bits index well. */
function hashChars(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}
