import { FeatureTable } from './feature-table.js';
import { KeyFilter } from './key-filter.js';

/**
 * The fixed feature rows of a trained model: a feature hash's weight row, or -1 when the model does not
 * know it. A small bit filter in front of the table answers most lookups of unknown features (word pairs,
 * say) without touching the much bigger table. Both model readers use it, so the two stay one lookup.
 */
export class FeatureRows {
  private readonly table: FeatureTable;
  private readonly filter: KeyFilter;
  /** The filter's words and the table's slots (fixed once built), read directly by `rowOf`. */
  private readonly words: Int32Array;
  private readonly shift: number;
  private readonly wordMask: number;
  private readonly slots: Int32Array;
  private readonly slotMask: number;

  constructor(keys: Uint32Array) {
    this.table = FeatureTable.fromKeys(keys);
    this.filter = new KeyFilter(keys);
    ({ words: this.words, shift: this.shift, mask: this.wordMask } = this.filter);
    ({ slots: this.slots, mask: this.slotMask } = this.table.layout);
  }

  /**
   * The row of `hash` (read as its low 32 bits: the unsigned hash or the same bits signed), or -1 when it
   * is not a key: `filter.mayHave(hash) ? table.get(hash) : -1` written
   * out in one function. The hot loops that call it (the quotes scorer's word pairs and anchors) run out of
   * V8's inlining budget before they reach the filter's and the table's own functions, and then every hash
   * above 2³¹ passed to them is boxed as a heap number (~20 MB a pass over H1N1_bbc). `mayHave` and `get`
   * stay the reference (test/ml/feature-rows.test.ts checks that the two agree).
   */
  rowOf(hash: number): number {
    const bits = (1 << (hash & 31)) | (1 << ((hash >>> 5) & 31));
    if ((this.words[(hash >>> this.shift) & this.wordMask] & bits) !== bits) return -1;
    const key = hash | 0;
    const slots = this.slots;
    const mask = this.slotMask;
    let slot = key & mask;
    for (;;) {
      const row = slots[2 * slot + 1];
      if (row === -1) return -1;
      if (slots[2 * slot] === key) return row;
      slot = (slot + 1) & mask;
    }
  }

  /** The same answer by the filter's and the table's own look-ups (what `rowOf` writes out). */
  rowOfByParts(hash: number): number {
    return this.filter.mayHave(hash) ? this.table.get(hash) : -1;
  }
}
