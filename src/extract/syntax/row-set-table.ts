/**
 * Pool offsets by the set of weight rows whose sum sits there, so that feature groups with the same known
 * features share one summed row. Many words' groups are alike once the features a model does not know are
 * dropped: rare words' neighbour groups hold only their suffix and shape rows, their chunk groups only
 * shape and suffix, a frequent word's lw−2 group one row. Sharing halves the rows the tagger sums and keeps,
 * and the shared rows stay in cache.
 *
 * A row list is given as numbers (the caller tells two models' rows apart, e.g. row · 2 + model); lists are
 * compared in order, as callers build a group's rows in a fixed order. Open addressing (linear probing);
 * each slot holds a list's hash and its entry, each entry its rows (in one array) and its offset.
 */
export class RowSetTable {
  /** Slot s: the hash at `slots[2s]`, the entry at `slots[2s + 1]` (-1 when empty). */
  private slots: Int32Array;
  private mask: number;
  private rows: Int32Array = new Int32Array(1 << 14);
  private rowsUsed = 0;
  /** Per entry: where its rows start in `rows`, how many there are, and the offset it maps to. */
  private starts: Int32Array = new Int32Array(1024);
  private counts: Int32Array = new Int32Array(1024);
  private offsets: Int32Array = new Int32Array(1024);
  private entries = 0;

  constructor() {
    this.slots = emptySlots(1024);
    this.mask = 1023;
  }

  /** The offset stored for rows `list[0 .. count)`, or -1. */
  get(list: Int32Array, count: number): number {
    const h = hashList(list, count);
    const slots = this.slots;
    let slot = h & this.mask;
    for (;;) {
      const entry = slots[2 * slot + 1];
      if (entry === -1) return -1;
      if (slots[2 * slot] === h && this.same(entry, list, count)) return this.offsets[entry];
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores `offset` for rows `list[0 .. count)`, which must not be stored yet. */
  set(list: Int32Array, count: number, offset: number): void {
    if ((this.entries + 1) * 2 > this.mask + 1) this.grow();
    const entry = this.entries;
    if (entry === this.starts.length) {
      this.starts = grow(this.starts, this.starts.length * 2);
      this.counts = grow(this.counts, this.counts.length * 2);
      this.offsets = grow(this.offsets, this.offsets.length * 2);
    }
    if (this.rowsUsed + count > this.rows.length) this.rows = grow(this.rows, Math.max(2 * this.rows.length, this.rowsUsed + count));
    for (let k = 0; k < count; k++) this.rows[this.rowsUsed + k] = list[k];
    this.starts[entry] = this.rowsUsed;
    this.counts[entry] = count;
    this.offsets[entry] = offset;
    this.rowsUsed += count;
    this.entries++;
    this.insert(hashList(list, count), entry);
  }

  clear(): void {
    this.slots = emptySlots(this.mask + 1);
    this.entries = 0;
    this.rowsUsed = 0;
  }

  private same(entry: number, list: Int32Array, count: number): boolean {
    if (this.counts[entry] !== count) return false;
    const at = this.starts[entry];
    for (let k = 0; k < count; k++) if (this.rows[at + k] !== list[k]) return false;
    return true;
  }

  private insert(h: number, entry: number): void {
    let slot = h & this.mask;
    while (this.slots[2 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = entry;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = emptySlots(2 * (this.mask + 1));
    this.mask = 2 * this.mask + 1;
    for (let slot = 0; 2 * slot < old.length; slot++) if (old[2 * slot + 1] !== -1) this.insert(old[2 * slot], old[2 * slot + 1]);
  }
}

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(2 * capacity);
  for (let slot = 0; slot < capacity; slot++) slots[2 * slot + 1] = -1;
  return slots;
}

function grow(a: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(a);
  return bigger;
}

/** A multiplicative hash of the list, mixed so that low bits index well. */
function hashList(list: Int32Array, count: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < count; k++) h = Math.imul(h ^ list[k], 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}
