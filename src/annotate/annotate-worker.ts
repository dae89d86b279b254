import { parentPort } from 'node:worker_threads';
import { createDefaultPipeline } from '../pipeline/default-pipeline.js';
import { toRecord } from '../record/annotation-record.js';
import type { Article } from '../model/article.js';

/*
 * One annotation worker: builds the pipeline once (loading models and tables), then annotates articles as
 * they arrive. Errors are sent back per article so one bad article never stops the others.
 */
const pipeline = createDefaultPipeline();

parentPort!.on('message', (message: { seq: number; article: Article }) => {
  try {
    parentPort!.postMessage({ seq: message.seq, record: toRecord(pipeline.annotate(message.article)) });
  } catch (error) {
    parentPort!.postMessage({ seq: message.seq, error: (error as Error).stack ?? String(error) });
  }
});
parentPort!.postMessage({ ready: true });
