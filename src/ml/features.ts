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
  // Typed buffers that grow by doubling: no boxed numbers, no per-feature allocation.
  private hashes: Uint32Array = new Uint32Array(1024);
  private offsets: Uint32Array = new Uint32Array(64);
  private count = 0;
  private tokens = 0;

  /** Adds a feature given as a ready hash (e.g. `hashCombine(template, hashOfValue)`). */
  add(hash: number): this {
    if (this.count === this.hashes.length) this.hashes = grow(this.hashes);
    this.hashes[this.count++] = hash;
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
    if (this.tokens + 2 > this.offsets.length) this.offsets = grow(this.offsets);
    this.offsets[++this.tokens] = this.count;
    return this;
  }

  /** The sequence built so far (a copy: the builder can be reset and reused). */
  build(): FeatureSequence {
    return { length: this.tokens, hashes: this.hashes.slice(0, this.count), offsets: this.offsets.slice(0, this.tokens + 1) };
  }

  /**
   * The sequence built so far without copying: its arrays are views into the builder's buffers, valid
   * only until the next `reset()` or `add()`. For decoding one sentence at a time.
   */
  view(): FeatureSequence {
    return { length: this.tokens, hashes: this.hashes.subarray(0, this.count), offsets: this.offsets.subarray(0, this.tokens + 1) };
  }

  reset(): this {
    this.count = 0;
    this.tokens = 0;
    return this;
  }
}

function grow(a: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
