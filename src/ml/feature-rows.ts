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

  constructor(keys: Uint32Array) {
    this.table = FeatureTable.fromKeys(keys);
    this.filter = new KeyFilter(keys);
  }

  /** The row of `hash`, or -1 when it is not a key. */
  rowOf(hash: number): number {
    return this.filter.mayHave(hash) ? this.table.get(hash) : -1;
  }
}
