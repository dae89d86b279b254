import { emptyDoc, type Doc, type LayerName } from '../model/doc.js';
import type { Article } from '../model/article.js';
import { Resources } from './resources.js';
import type { Stage, StageDefinition } from './stage.js';

export class PipelineError extends Error {}

/** Checks that every stage's requirements are produced by an earlier stage; throws a readable error if not. */
export function checkOrder(stages: readonly Pick<Stage, 'name' | 'requires' | 'produces'>[]): void {
  const available = new Set<LayerName>();
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice`);
    seen.add(stage.name);
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length) {
      throw new PipelineError(`stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage produces`);
    }
    for (const layer of stage.produces) available.add(layer);
  }
}

/** A checked, ready-to-run sequence of stages. */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(definitions: readonly StageDefinition[], resources: Resources = new Resources()) {
    checkOrder(definitions);
    this.stages = definitions.map((d) => ({ name: d.name, requires: d.requires, produces: d.produces, run: d.create(resources) }));
  }

  /** Runs every stage over the article; only declared layers are taken from each stage's result. */
  annotate(article: Article, timings?: Map<string, number>): Doc {
    const doc = emptyDoc(article);
    for (const stage of this.stages) {
      const started = timings ? performance.now() : 0;
      const result = stage.run(doc);
      for (const layer of stage.produces) {
        const value = result[layer];
        if (value === undefined) throw new PipelineError(`stage "${stage.name}" did not produce ${layer}`);
        (doc as unknown as Record<string, unknown>)[layer] = value;
      }
      if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - started);
    }
    return doc;
  }
}
