import type { AnnotationRecord } from '../record/annotation-record.js';
import { AnnotatorCrashed, type Annotator } from '../annotate/annotator.js';
import type { Db } from '../store/database.js';
import { ArticleWriter } from '../store/write-article.js';
import { expandInputs, type InputFile } from './expand-inputs.js';
import { formatOrigin, InputError } from './input-error.js';
import { readFile, readInput, type ReadFileOptions, type ReadyArticle } from './read-file.js';

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  stored: number;
  duplicates: number;
  failed: number;
  textBytes: number;
}

export interface IngestSummary extends IngestProgress {
  errors: { input: string; reason: string }[];
  seconds: number;
}

export interface IngestOptions extends ReadFileOptions {
  /** Reads standard input for `-`. */
  readStdin?: () => Promise<Buffer>;
  onProgress?: (progress: IngestProgress) => void;
  /** Articles written per transaction. */
  batchSize?: number;
  /** Articles waiting for annotation at most (bounds memory on huge inputs). */
  maxInFlight?: number;
}

/**
 * The whole ingest: expand inputs, read each into articles, skip what is stored already, annotate the
 * rest (in the annotator's workers) and write them in transactions. Every failure is per input: it is
 * reported, written to `ingest_errors`, and the rest of the batch goes in.
 */
export async function ingest(db: Db, inputs: readonly string[], annotator: Annotator, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const writer = new ArticleWriter(db);
  const logError = db.prepare(`INSERT INTO ingest_errors (at, path, line, item, reason) VALUES (?, ?, ?, ?, ?)`);
  const batchSize = options.batchSize ?? 200;
  const maxInFlight = options.maxInFlight ?? 256;

  const { files, errors: expandErrors } = expandInputs(inputs);
  const progress: IngestProgress = { filesDone: 0, filesTotal: files.length, stored: 0, duplicates: 0, failed: 0, textBytes: 0 };
  const errors: IngestSummary['errors'] = [];
  const report = () => options.onProgress?.({ ...progress });

  const fail = (error: InputError) => {
    progress.failed++;
    errors.push({ input: formatOrigin(error.origin), reason: error.reason });
    logError.run(new Date().toISOString(), error.origin.path, error.origin.line ?? null, error.origin.item ?? null, error.reason);
  };
  expandErrors.forEach(fail);

  const seen = new Set<string>(); // ids and content hashes accepted in this run
  let buffer: { article: ReadyArticle; record: AnnotationRecord; format: string | null }[] = [];
  const inFlight = new Set<Promise<void>>();
  let crash: AnnotatorCrashed | null = null;

  const flush = () => {
    if (!buffer.length) return;
    const items = buffer;
    buffer = [];
    const outcomes = writer.writeBatch(items);
    outcomes.forEach((outcome, i) => {
      if (outcome === 'new') {
        progress.stored++;
        progress.textBytes += Buffer.byteLength(items[i].article.text);
      } else progress.duplicates++;
    });
    report();
  };

  const submit = (article: ReadyArticle, format: string | null) => {
    const job = annotator.annotate(article).then(
      (record) => {
        buffer.push({ article, record, format });
        if (buffer.length >= batchSize) flush();
      },
      (error: Error) => {
        if (error instanceof AnnotatorCrashed) crash = error;
        else fail(new InputError(article.origin ?? { path: article.id }, `annotation failed: ${error.message}`));
      },
    ).finally(() => inFlight.delete(job));
    inFlight.add(job);
  };

  for (const file of files) {
    const result = await readOne(file, options);
    result.errors.forEach(fail);
    for (const article of result.articles) {
      if (seen.has(article.id) || seen.has(article.contentHash) || writer.isStored(article)) {
        progress.duplicates++;
        continue;
      }
      seen.add(article.id);
      seen.add(article.contentHash);
      submit(article, result.format);
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      if (crash) break;
    }
    if (crash) break;
    progress.filesDone++;
    report();
  }
  await Promise.all(inFlight);
  flush(); // what was annotated before a crash is still stored whole
  if (crash) throw crash;
  return { ...progress, errors, seconds: (performance.now() - started) / 1000 };
}

async function readOne(file: InputFile, options: IngestOptions) {
  if (file.path !== '-') return readFile(file.path, options);
  const bytes = options.readStdin ? await options.readStdin() : Buffer.alloc(0);
  return readInput('<stdin>', bytes, options);
}
