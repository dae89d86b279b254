/**
 * An open-addressing map from 32-bit feature hashes to dense row numbers (linear probing, power-of-two
 * capacity). Faster and far smaller than a `Map<number, number>` for the millions of lookups decoding does.
 */
export class FeatureTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The row of `key`, or -1 when the feature is unknown. */
  get(key: number): number {
    const keys = this.keys;
    const rows = this.rows;
    let slot = key & this.mask;
    for (;;) {
      const row = rows[slot];
      if (row === -1) return -1;
      if (keys[slot] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Returns the row of `key`, giving it the next free row number when it is new. */
  intern(key: number): number {
    const found = this.get(key);
    if (found !== -1) return found;
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.insert(key >>> 0, this.count);
    return this.count++;
  }

  /** Every key ordered by its row number. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.count);
    for (let slot = 0; slot < this.keys.length; slot++) if (this.rows[slot] !== -1) out[this.rows[slot]] = this.keys[slot];
    return out;
  }

  /** Builds a table in which `keys[i]` maps to row `i`. */
  static fromKeys(keys: Uint32Array): FeatureTable {
    const table = new FeatureTable(keys.length);
    for (let i = 0; i < keys.length; i++) table.insert(keys[i], i);
    table.count = keys.length;
    return table;
  }

  private insert(key: number, row: number): void {
    let slot = key & this.mask;
    while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldRows.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) if (oldRows[slot] !== -1) this.insert(oldKeys[slot], oldRows[slot]);
  }
}
