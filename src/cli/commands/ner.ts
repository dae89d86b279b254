import type { RegisterCommand } from '../command-context.js';
import { CliError } from '../exit-codes.js';

/** CoNLL mode (contract): append a predicted IOB2 tag column. Implemented with issue 4. */
export const registerNer: RegisterCommand = (program) => {
  program
    .command('ner')
    .description('CoNLL mode: append the predicted IOB2 entity tag as a last column')
    .requiredOption('--conll <file>', 'CoNLL-2003 input (token in the first column)')
    .requiredOption('--out <file>', 'output file')
    .action(() => {
      throw new CliError('ner: not implemented yet');
    });
};
