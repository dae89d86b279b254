import type { RegisterCommand } from '../command-context.js';
import { CliError } from '../exit-codes.js';

/** TempEval-3 system mode (contract): tag TIMEX3 in TimeML files. Implemented with issue 3. */
export const registerTimex: RegisterCommand = (program) => {
  program
    .command('timex')
    .description('TempEval-3 system mode: write each TimeML input to DIR with <TIMEX3> tags inserted')
    .requiredOption('--timeml <files...>', 'TimeML inputs (.tml or .TE3input) with a DCT and a TEXT element')
    .requiredOption('--out <dir>', 'output folder')
    .action(() => {
      throw new CliError('timex: not implemented yet');
    });
};
