/**
 * An open-addressing map from 32-bit feature hashes to dense row numbers (linear probing, power-of-two
 * capacity). Faster and far smaller than a `Map<number, number>` for the millions of lookups decoding does.
 */
export class FeatureTable {
  // Slot s holds its key at `slots[2s]` and its row at `slots[2s + 1]` (-1 when empty): one cache line per
  // probe, not two. Keys are signed 32-bit integers so that V8 compares them as small integers, not doubles.
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = FeatureTable.emptySlots(capacity);
    this.mask = capacity - 1;
  }

  /** The slots and mask as they are now (a table that grows replaces them), for `FeatureRows.rowOf`, which writes `get` out. */
  get layout(): { slots: Int32Array; mask: number } {
    return { slots: this.slots, mask: this.mask };
  }

  get size(): number {
    return this.count;
  }

  /** The row of `key`, or -1 when the feature is unknown. */
  get(hash: number): number {
    const key = hash | 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const row = slots[2 * slot + 1];
      if (row === -1) return -1;
      if (slots[2 * slot] === key) return row;
      slot = (slot + 1) & mask;
    }
  }

  /** Returns the row of `key`, giving it the next free row number when it is new. */
  intern(key: number): number {
    const found = this.get(key);
    if (found !== -1) return found;
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.insert(key, this.count);
    return this.count++;
  }

  /** Every key ordered by its row number. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.count);
    for (let slot = 0; slot <= this.mask; slot++) {
      const row = this.slots[2 * slot + 1];
      if (row !== -1) out[row] = this.slots[2 * slot] >>> 0;
    }
    return out;
  }

  /** Builds a table in which `keys[i]` maps to row `i`. */
  static fromKeys(keys: Uint32Array): FeatureTable {
    const table = new FeatureTable(keys.length);
    for (let i = 0; i < keys.length; i++) table.insert(keys[i], i);
    table.count = keys.length;
    return table;
  }

  private insert(hash: number, row: number): void {
    const key = hash | 0;
    let slot = key & this.mask;
    while (this.slots[2 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = row;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = 2 * (this.mask + 1);
    this.slots = FeatureTable.emptySlots(capacity);
    this.mask = capacity - 1;
    for (let slot = 0; 2 * slot < old.length; slot++) if (old[2 * slot + 1] !== -1) this.insert(old[2 * slot], old[2 * slot + 1]);
  }

  private static emptySlots(capacity: number): Int32Array {
    const slots = new Int32Array(2 * capacity);
    for (let slot = 0; slot < capacity; slot++) slots[2 * slot + 1] = -1;
    return slots;
  }
}
