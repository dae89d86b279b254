import { hashCombine, hashString } from './hash.js';

/**
 * The features of one sequence (a sentence): for token `i`, the hashes `hashes[offsets[i] .. offsets[i+1])`.
 * Flat typed arrays so that a corpus of sequences stays compact in memory during training.
 */
export interface FeatureSequence {
  readonly length: number;
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
}

/** A feature template: a named family of features (`word`, `suffix3`, `shape-1` …). */
export type Template = number;

/** The id of a template; its features are `hashCombine(template, valueHash)`. */
export function template(name: string): Template {
  return hashString(name);
}

/**
 * Collects features token by token. Callers write a featurizer that, for each token, calls `add*` and then
 * `next()`; `build()` returns the sequence. One builder can be reused with `reset()`.
 */
export class FeatureSequenceBuilder {
  private hashes: number[] = [];
  private offsets: number[] = [0];

  /** Adds a feature given as a ready hash (e.g. `hashCombine(template, hashOfValue)`). */
  add(hash: number): this {
    this.hashes.push(hash >>> 0);
    return this;
  }

  /** Adds the feature `template=value`. */
  addValue(t: Template, value: string): this {
    return this.add(hashCombine(t, hashString(value)));
  }

  /** Adds a feature from a template and an already hashed value (cheaper when the value hash is cached). */
  addHashed(t: Template, valueHash: number): this {
    return this.add(hashCombine(t, valueHash));
  }

  /** Ends the current token. */
  next(): this {
    this.offsets.push(this.hashes.length);
    return this;
  }

  build(): FeatureSequence {
    return { length: this.offsets.length - 1, hashes: Uint32Array.from(this.hashes), offsets: Uint32Array.from(this.offsets) };
  }

  reset(): this {
    this.hashes = [];
    this.offsets = [0];
    return this;
  }
}
