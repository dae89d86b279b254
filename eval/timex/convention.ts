/**
 * Counts a split convention over the whole gold, not just the errors: every gold timex and every system
 * timex whose surface matches a pattern, with the gold's value, ours, and the context. A rule that follows
 * "the majority" is only worth making when both sides are counted, including the instances already right.
 *
 *   npx tsx eval/timex/convention.ts GOLD_DIR... --match 'morning|night'   (regex, case-insensitive)
 *
 * Each line: G/S marks (gold timex / system timex over these characters), gold type value, system type value,
 * "=" when they agree, the DCT and the context. The last lines count the gold values by shape (a year, a
 * quarter, a day, a week, a part of day, a duration, …) and how many of each we match: the two sides of the split.
 */
import { docKey, readTimeMl, tagTimeMl, timeMlFiles } from './corpus.js';
import type { Timex } from '../../src/model/layers.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: args, fail } = scriptArgs({
  command: 'npx tsx eval/timex/convention.ts',
  description: 'Every gold and system timex whose surface matches REGEX, with both values: a split convention counted whole.',
  args: [{ name: 'GOLD_DIR', many: true, path: true, help: 'folder of TimeML gold files' }],
  options: { match: { type: 'string', value: 'REGEX', required: true, help: 'surface pattern (case-insensitive)' } },
});
const pattern = regExpOf(values.match);
function regExpOf(source: string): RegExp {
  try {
    return new RegExp(source, 'i');
  } catch (error) {
    return fail(`--match: ${(error as Error).message}`);
  }
}
const overlap = (a: Timex, b: Timex) => a.start < b.end && b.start < a.end;
const show = (t: Timex | undefined) => (t ? `${t.type} ${t.value} [${t.text}]` : '-');
const tally = new Map<string, number>();
const shapes = new Map<string, { gold: number; right: number }>();
/** The shape of a TIMEX3 value, digits folded: "1988-Q3" → "year-quarter", "P2Y" → "duration". */
function shape(value: string): string {
  if (/_REF$/.test(value)) return value; // before durations: "PAST_REF" starts with a P too
  if (/^P/.test(value)) return 'duration';
  if (/X/.test(value)) return 'underspecified';
  if (/T(MO|AF|EV|NI|DT)$/.test(value)) return 'part of day';
  if (/T\d/.test(value)) return 'clock time';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^\d{4}-W\d+$/.test(value)) return 'week';
  if (/-WE$/.test(value)) return 'weekend';
  if (/^\d{4}-\d\d$/.test(value)) return 'month';
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return 'day';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  return 'other';
}

for (const file of timeMlFiles(args)) {
  const doc = readTimeMl(file);
  const system = tagTimeMl(doc);
  const name = docKey(file);
  const context = (t: Timex) =>
    `${doc.plain.slice(Math.max(0, t.start - 70), t.start)}⟦${doc.plain.slice(t.start, t.end)}⟧${doc.plain.slice(t.end, t.end + 50)}`.replace(/\s+/g, ' ');
  const seen = new Set<Timex>();
  for (const g of doc.gold) {
    if (!pattern.test(g.text)) continue;
    const s = system.find((x) => overlap(x, g));
    if (s) seen.add(s);
    const mark = s ? (s.value === g.value ? '=' : '≠') : 'missed';
    tally.set(mark, (tally.get(mark) ?? 0) + 1);
    const sh = shapes.get(shape(g.value)) ?? { gold: 0, right: 0 };
    sh.gold++;
    if (mark === '=') sh.right++;
    shapes.set(shape(g.value), sh);
    console.log(`G ${mark}\t${name}\t${doc.dct}\tgold ${show(g)}\tsys ${show(s)}\t${context(g)}`);
  }
  for (const s of system) {
    if (seen.has(s) || !pattern.test(s.text)) continue;
    const g = doc.gold.find((x) => overlap(x, s));
    const mark = g ? (s.value === g.value ? '=' : '≠') : 'spurious';
    tally.set(mark, (tally.get(mark) ?? 0) + 1);
    console.log(`S ${mark}\t${name}\t${doc.dct}\tgold ${show(g)}\tsys ${show(s)}\t${context(s)}`);
  }
}
console.log([...tally].map(([m, n]) => `${m} ${n}`).join('  '));
console.log('gold values by shape (gold / we match):');
for (const [k, v] of [...shapes].sort((a, b) => b[1].gold - a[1].gold)) console.log(`  ${k.padEnd(16)} ${String(v.gold).padStart(4)} ${String(v.right).padStart(4)}`);
