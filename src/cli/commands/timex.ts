import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RegisterCommand } from '../command-context.js';
import { CliError, EXIT_INPUT_FAILED } from '../exit-codes.js';
import { segment } from '../../text/segment.js';
import { tagTimexes } from '../../extract/timex/tag.js';
import { parseTimeMl, writeTimeMl } from '../../extract/timex/timeml.js';

/**
 * TempEval-3 system mode (contract): for each TimeML input, write the same file to DIR with the TEXT
 * unchanged except for our <TIMEX3 tid type value> tags. TIMEX3/EVENT/SIGNAL tags already inside TEXT are
 * dropped first so the output holds only ours; the DCT's TIMEX3 is kept as it is.
 */
export const registerTimex: RegisterCommand = (program, ctx) => {
  program
    .command('timex')
    .description('TempEval-3 system mode: write each TimeML input to DIR with <TIMEX3> tags inserted')
    .requiredOption('--timeml <files...>', 'TimeML inputs (.tml or .TE3input) with a DCT and a TEXT element')
    .requiredOption('--out <dir>', 'output folder')
    .action((options: { timeml: string[]; out: string }) => {
      try {
        mkdirSync(options.out, { recursive: true });
      } catch (e) {
        throw new CliError(`timex: cannot create ${options.out}: ${(e as Error).message}`);
      }
      let written = 0;
      let tagged = 0;
      for (const path of options.timeml) {
        try {
          const doc = parseTimeMl(readFileSync(path, 'utf8'));
          const { tokens, sentences } = segment(doc.plain);
          const timexes = tagTimexes(doc.plain, tokens, sentences, doc.dct);
          writeFileSync(join(options.out, basename(path)), writeTimeMl(doc, timexes));
          written++;
          tagged += timexes.length;
        } catch (e) {
          ctx.stderr.write(`${path}: ${(e as Error).message}\n`);
          ctx.setExitCode(EXIT_INPUT_FAILED);
        }
      }
      ctx.stderr.write(`timex: ${written} of ${options.timeml.length} files written to ${options.out} (${tagged} TIMEX3)\n`);
    });
};
