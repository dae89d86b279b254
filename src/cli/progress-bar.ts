import cliProgress from 'cli-progress';
import type { IngestProgress } from '../ingest/ingest-run.js';

/** A progress bar on a terminal; nothing at all when stderr is a pipe or a file (scripts, CI). */
export function ingestProgressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }): { update(p: IngestProgress): void; stop(): void } {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar({
    stream: stream as NodeJS.WriteStream,
    format: 'ingest [{bar}] {value}/{total} files | {stored} new, {duplicates} duplicate, {failed} failed | {rate}',
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  const started = performance.now();
  bar.start(1, 0, { stored: 0, duplicates: 0, failed: 0, rate: '' });
  return {
    update(p) {
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0.5 ? `${(p.textBytes / 1e6 / seconds).toFixed(2)} MB/s` : '';
      bar.setTotal(Math.max(1, p.filesTotal));
      bar.update(p.filesDone, { stored: p.stored, duplicates: p.duplicates, failed: p.failed, rate });
    },
    stop: () => bar.stop(),
  };
}
