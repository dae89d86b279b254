/**
 * Offsets of cached sums by integer key (≥ 0): an open-addressing table. The quotes scorer keeps one
 * per feature group, so a group whose few small fields repeat from token to token is looked up in the
 * model once per distinct value, not once per token. A slot holds its key and offset side by side, so a
 * look-up reads one cache line, not two.
 */
export class SumMemo {
  /** Slot s: key at `slots[2s]` (-1 when empty), offset at `slots[2s + 1]`. */
  private slots = SumMemo.emptySlots(256);
  private mask = 255;
  private count = 0;

  /** The offset kept for `key`, or -1. */
  find(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = spread(key) & mask;
    for (;;) {
      const k = slots[2 * slot];
      if (k === key) return slots[2 * slot + 1];
      if (k === -1) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Keeps `offset` for a key not kept yet. */
  insert(key: number, offset: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.rehash(2 * (this.mask + 1));
    this.place(key, offset);
    this.count++;
  }

  clear(): void {
    this.slots.fill(-1);
    this.count = 0;
  }

  private place(key: number, offset: number): void {
    let slot = spread(key) & this.mask;
    while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = offset;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = SumMemo.emptySlots(capacity);
    this.mask = capacity - 1;
    for (let s = 0; 2 * s < old.length; s++) if (old[2 * s] !== -1) this.place(old[2 * s], old[2 * s + 1]);
  }

  private static emptySlots(capacity: number): Int32Array {
    return new Int32Array(2 * capacity).fill(-1);
  }
}

/** Mixes a key's bits so that nearby keys (mixed-radix numbers) land in different slots. */
function spread(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
