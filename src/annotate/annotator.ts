import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import { createDefaultPipeline } from '../pipeline/default-pipeline.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { toRecord, type AnnotationRecord } from '../record/annotation-record.js';

/** Annotates articles, in worker threads or in this thread; `annotate` rejects only for that article. */
export interface Annotator {
  annotate(article: Article): Promise<AnnotationRecord>;
  close(): Promise<void>;
}

/** In-process annotation: for small batches, where starting workers costs more than it saves. */
export class InlineAnnotator implements Annotator {
  private pipeline: Pipeline | null = null;

  async annotate(article: Article): Promise<AnnotationRecord> {
    this.pipeline ??= createDefaultPipeline();
    return toRecord(this.pipeline.annotate(article));
  }

  async close(): Promise<void> {}
}

/** The annotator itself broke (not one article): the run must stop rather than fail every article. */
export class AnnotatorCrashed extends Error {}

interface Pending { resolve(record: AnnotationRecord): void; reject(error: Error): void }

/**
 * A pool of worker threads, one per core by default. Stages are pure, so each worker runs its own copy of
 * the pipeline while the main thread reads input and writes to the store.
 */
export class WorkerAnnotator implements Annotator {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending & { worker: number }>();
  private seq = 0;
  private failure: AnnotatorCrashed | null = null;

  constructor(size = availableParallelism()) {
    // Under tsx (tests, development) this file is .ts and so is the worker; compiled, both are .js.
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const url = new URL(`./annotate-worker${extension}`, import.meta.url);
    for (let i = 0; i < Math.max(1, size); i++) {
      // Under tsx the worker must register the TypeScript loader itself before importing the .ts entry.
      const worker = extension === '.ts'
        ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true })
        : new Worker(url);
      worker.unref();
      worker.on('message', (message: { seq?: number; record?: AnnotationRecord; error?: string }) => {
        if (message.seq === undefined) return;
        const job = this.pending.get(message.seq);
        if (!job) return;
        this.pending.delete(message.seq);
        this.workers[job.worker].busy--;
        if (message.error !== undefined) job.reject(new Error(message.error.split('\n')[0]));
        else job.resolve(message.record!);
      });
      worker.on('error', (error) => this.fail(error));
      this.workers.push({ worker, busy: 0 });
    }
  }

  annotate(article: Article): Promise<AnnotationRecord> {
    if (this.failure) return Promise.reject(this.failure);
    let chosen = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].busy < this.workers[chosen].busy) chosen = i;
    const seq = this.seq++;
    this.workers[chosen].busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: chosen });
      this.workers[chosen].worker.postMessage({ seq, article });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  /** A worker that crashes (not a stage error, which is per article) fails everything still pending. */
  private fail(error: Error): void {
    this.failure = new AnnotatorCrashed(`an annotation worker crashed: ${error.message}`);
    for (const job of this.pending.values()) job.reject(this.failure);
    this.pending.clear();
  }
}
