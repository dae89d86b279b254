/**
 * The peer: chrono-node's English parser as a TIMEX3 tagger, so it runs through the same scorer and
 * benchmark. chrono finds dates and times (not durations or sets); each result becomes a DATE (or a TIME
 * when it states an hour) valued at the finest component chrono says was stated or implied by a weekday.
 *
 *   npx tsx eval/timex/chrono.ts --out DIR GOLD_DIR...   writes chrono's TimeML output for the scorer
 *   npm run eval:timex -- GOLD_DIR... --system DIR       scores it
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as chrono from 'chrono-node';
import type { Timex } from '../../src/model/layers.js';
import { writeTimeMl } from '../../src/extract/timex/timeml.js';
import { readTimeMl, timeMlFiles } from './corpus.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** chrono's results on a text, referenced to the publication date (noon, to stay clear of time zones). */
export function chronoTimexes(text: string, dct: string): Timex[] {
  const ref = new Date(`${dct}T12:00:00`);
  const out: Timex[] = [];
  for (const r of chrono.parse(text, ref)) {
    const c = r.start;
    const y = c.get('year')!;
    const m = c.get('month')!;
    const d = c.get('day')!;
    let value: string;
    let type: Timex['type'] = 'DATE';
    if (c.isCertain('day') || c.isCertain('weekday') || (!c.isCertain('month') && !c.isCertain('year'))) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    else if (c.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
    else value = pad(y, 4);
    if (c.isCertain('hour')) {
      type = 'TIME';
      value = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    }
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, type, value });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals: args } = scriptArgs({
    command: 'npx tsx eval/timex/chrono.ts',
    description: "Writes chrono-node's dates and times as TimeML beside the gold's file names, for `eval:timex --system DIR`.",
    args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'folder of TimeML gold files (their text and publication dates)' }],
    options: { out: { type: 'string', value: 'DIR', required: true, help: "where chrono's TimeML files go" } },
  });
  const outDir = values.out;
  mkdirSync(outDir, { recursive: true });
  let n = 0;
  for (const file of timeMlFiles(args)) {
    const doc = readTimeMl(file);
    writeFileSync(join(outDir, basename(file)), writeTimeMl(doc, chronoTimexes(doc.plain, doc.dct)));
    n++;
  }
  console.error(`chrono: ${n} files written to ${outDir}`);
}
