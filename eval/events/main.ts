/**
 * Event-coding scorer.
 *   npm run eval:events -- ../shared/data/events/gold/plover_gsr_cameo [--oracle-actors] [--errors] [--breakdown] [--limit N]
 *   npm run eval:events -- ../shared/data/events/gold/petrarch2_unit_tests [--errors]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runGsr } from './gsr-eval.js';
import { runPetrarchCases } from './petrarch-cases.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: [path] } = scriptArgs({
  command: 'npm run eval:events --',
  description: 'Scores event coding against a gold folder: the PLOVER GSR records, or the PETRARCH-2 unit tests.',
  args: [{ name: 'GOLD_DIR', path: true, help: 'gold folder (plover_gsr_cameo or petrarch2_unit_tests)' }],
  options: {
    'oracle-actors': { type: 'boolean', help: 'give the coder the gold actors (a diagnostic; GSR only)' },
    errors: { type: 'boolean', help: 'print the errors' },
    breakdown: { type: 'boolean', help: 'count the errors by cause (GSR only)' },
    limit: { type: 'integer', help: 'score only the first N records (default all)' },
  },
});
const { limit, errors } = values;
if (existsSync(join(path, 'PETR.UnitTest.records.jsonl'))) runPetrarchCases(path, { errors, limit });
else runGsr(path, { oracleActors: values['oracle-actors'], errors, limit, breakdown: values.breakdown });
