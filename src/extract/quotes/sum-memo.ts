/**
 * Offsets of cached sums by integer key (≥ 0): an open-addressing table. The quotes scorer keeps one
 * per feature group, so a group whose few small fields repeat from token to token is looked up in the
 * model once per distinct value, not once per token.
 */
export class SumMemo {
  private keys = new Int32Array(256).fill(-1);
  private offsets = new Int32Array(256);
  private mask = 255;
  private count = 0;

  /** The offset kept for `key`, or -1. */
  find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = spread(key) & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.offsets[slot];
      if (k === -1) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Keeps `offset` for a key not kept yet. */
  insert(key: number, offset: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    this.place(key, offset);
    this.count++;
  }

  clear(): void {
    this.keys.fill(-1);
    this.count = 0;
  }

  private place(key: number, offset: number): void {
    let slot = spread(key) & this.mask;
    while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.offsets[slot] = offset;
  }

  private rehash(capacity: number): void {
    const oldKeys = this.keys;
    const oldOffsets = this.offsets;
    this.keys = new Int32Array(capacity).fill(-1);
    this.offsets = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < oldKeys.length; s++) if (oldKeys[s] !== -1) this.place(oldKeys[s], oldOffsets[s]);
  }
}

/** Mixes a key's bits so that nearby keys (mixed-radix numbers) land in different slots. */
function spread(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
