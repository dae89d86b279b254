/**
 * Throughput of the timex stage on news text, beside chrono-node on the same text.
 *
 *   npm run bench:timex -- <dir of TimeML (.tml/.TE3input) or text (.txt) files> [--seconds N]
 *
 * The stage is timed alone, on text the text stage has already tokenized (that is what the pipeline hands
 * it); tokenizing plus tagging is reported too, and chrono-node parses the raw text with the publication
 * date as reference. Each figure repeats passes over the whole corpus for at least N seconds (default 5)
 * after warm-up passes for W seconds (default 2), on one core. Each line also gives MB per CPU-second, which a
 * busy machine disturbs less than the wall clock.
 *
 * The warm-up is long because the JIT compiles the stage's grammar over its first passes: on one core the first
 * five passes over TimeBank and AQUAINT take up to five times a later one, and a figure that counted them would
 * measure compilation, which a stream of articles pays once, not the stage's throughput.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { segment } from '../src/text/segment.js';
import { tagTimexes } from '../src/extract/timex/tag.js';
import { parseTimeMl } from '../src/extract/timex/timeml.js';
import { scriptArgs } from '../scripts/script-cli.js';

const { values, positionals } = scriptArgs({
  command: 'npm run bench:timex --',
  description: 'Throughput of the timex stage on news text, beside chrono-node on the same text, on one core.',
  args: [{ name: 'PATH', many: true, path: true, help: 'folder (walked recursively) or file of TimeML (.tml, .TE3input) or text (.txt)' }],
  options: {
    seconds: { type: 'number', default: 5, help: 'time each figure for at least this long' },
    warmup: { type: 'number', default: 2, help: 'before timing, pass over the corpus for at least this long (at least once)' },
  },
});
const seconds = values.seconds;
const warmup = values.warmup;

interface Item {
  text: string;
  dct: string;
}
const items: Item[] = [];
const walk = (p: string) => {
  if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
  else if (p.endsWith('.tml') || p.endsWith('.TE3input')) {
    const doc = parseTimeMl(readFileSync(p, 'utf8'));
    items.push({ text: doc.plain, dct: doc.dct });
  } else if (p.endsWith('.txt') && !/README/i.test(p)) {
    const raw = readFileSync(p, 'utf8');
    const m = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(raw);
    items.push({ text: m ? raw.slice(m[0].length) : raw, dct: m ? m[1] : '2024-01-01' });
  }
};
for (const a of positionals) walk(a);
const bytes = items.reduce((n, it) => n + Buffer.byteLength(it.text, 'utf8'), 0);
const segmented = items.map((it) => ({ ...it, ...segment(it.text) }));

function measure(name: string, pass: () => number): void {
  const warming = process.hrtime.bigint();
  do pass();
  while (Number(process.hrtime.bigint() - warming) / 1e9 < warmup);
  let passes = 0;
  let found = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds) {
    found = pass();
    passes++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const mbps = (bytes * passes) / elapsed / 1e6;
  // on a shared machine the wall clock counts time the process waited for a core; CPU seconds do not
  const cpuMbps = (bytes * passes) / ((cpu.user + cpu.system) / 1e6) / 1e6;
  console.log(`${name.padEnd(34)} ${mbps.toFixed(2).padStart(7)} MB/s  ${(items.length * passes / elapsed).toFixed(0).padStart(6)} docs/s  ${cpuMbps.toFixed(2).padStart(7)} MB per CPU-s  ${found} expressions per pass`);
}

console.log(`corpus: ${items.length} documents, ${(bytes / 1e6).toFixed(2)} MB of text; ${seconds} s per figure after ${warmup} s of warm-up; node ${process.version}`);
measure('dateline timex stage (tokens given)', () => {
  let n = 0;
  for (const d of segmented) n += tagTimexes(d.text, d.tokens, d.sentences, d.dct).length;
  return n;
});
measure('dateline tokenize + timex', () => {
  let n = 0;
  for (const it of items) {
    const { tokens, sentences } = segment(it.text);
    n += tagTimexes(it.text, tokens, sentences, it.dct).length;
  }
  return n;
});
measure('chrono-node 2 (en, casual)', () => {
  let n = 0;
  for (const it of items) n += chrono.parse(it.text, new Date(`${it.dct}T12:00:00`)).length;
  return n;
});
