import type { Doc, LayerName, Layers } from '../model/doc.js';
import type { Resources } from './resources.js';

/**
 * A pipeline stage: a named, pure function of the document (and the shipped resources it loaded when
 * created). It reads only the layers it `requires` and returns only the layers it `produces`; it does no
 * I/O, so the same pipeline runs in-process or in worker threads.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  run(doc: Readonly<Doc>): Partial<Layers>;
}

/** How a stage is registered: its declaration plus a factory that loads what it needs once. */
export interface StageDefinition {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  create(resources: Resources): Stage['run'];
}
