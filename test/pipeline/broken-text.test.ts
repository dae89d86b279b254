import { test } from 'node:test';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { toRecord } from '../../src/record/annotation-record.js';
import { assertValidRecord } from '../helpers/record-check.js';

/*
 * Articles are untrusted and scraped text is often broken: runs of commas, marks, blank lines, bare numbers,
 * one endless sentence. Every stage must take such a text without throwing and keep every span exact. (A
 * sentence ending on its comma once crashed the quotes stage's postposed-attribution rule.)
 */
const UNITS = [', ', ' ,', ',', '“ \n', '" ', "'' ", '`` ', ' \n', 'x\n\n', '. ', '(a ', 'a) ', 'said , ', 'He said "', '— ', 'killed 5 ', '1 ', 'Mr. ', 'U.S. ', 'Monday, ', '\u00a0', '\t'];

test('the whole pipeline annotates broken texts without throwing, spans exact', () => {
  const pipeline = new Pipeline(DEFAULT_STAGES);
  for (const unit of UNITS) {
    for (const text of [unit.repeat(400), 'Start. ' + unit.repeat(400), unit.repeat(400) + ' the end']) {
      const record = toRecord(pipeline.annotate({ id: 'x', published: '2024-08-13', title: null, source: null, url: null, text }));
      assertValidRecord(record);
    }
  }
});
