/**
 * Event-coding scorer.
 *   npm run eval:events -- ../shared/data/events/gold/plover_gsr_cameo [--oracle-actors] [--errors] [--breakdown] [--limit N]
 *   npm run eval:events -- ../shared/data/events/gold/petrarch2_unit_tests [--errors]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runGsr } from './gsr-eval.js';
import { runPetrarchCases } from './petrarch-cases.js';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
if (!path) {
  console.error('usage: npm run eval:events -- <gold folder> [--oracle-actors] [--errors] [--limit N]');
  process.exit(2);
}
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
const errors = args.includes('--errors');
if (existsSync(join(path, 'PETR.UnitTest.records.jsonl'))) runPetrarchCases(path, { errors, limit });
else runGsr(path, { oracleActors: args.includes('--oracle-actors'), errors, limit, breakdown: args.includes('--breakdown') });
