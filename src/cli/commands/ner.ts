import { readFileSync, writeFileSync } from 'node:fs';
import type { RegisterCommand } from '../command-context.js';
import { CliError, EXIT_USAGE } from '../exit-codes.js';
import { tagConllFile } from '../../extract/ner/conll-tagging.js';
import { parseConll } from '../../extract/ner/conll-format.js';
import { NerRecognizer } from '../../extract/ner/recognizer.js';
import { RESOURCES_DIR } from '../../paths.js';

/** CoNLL mode (contract): append the predicted IOB2 tag of every token as one more last column. */
export const registerNer: RegisterCommand = (program, ctx) => {
  program
    .command('ner')
    .description('CoNLL mode: append the predicted IOB2 entity tag as a last column')
    .requiredOption('--conll <file>', 'CoNLL-2003 input (token in the first column)')
    .requiredOption('--out <file>', 'output file')
    .action((options: { conll: string; out: string }) => {
      let text: string;
      try {
        text = readFileSync(options.conll, 'utf8');
      } catch (error) {
        throw new CliError(`ner: cannot read ${options.conll}: ${(error as Error).message}`, EXIT_USAGE);
      }
      const file = parseConll(text);
      const recognizer = NerRecognizer.load(RESOURCES_DIR);
      writeFileSync(options.out, tagConllFile(file, recognizer));
      const tokens = file.documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.rows.length, 0), 0);
      ctx.stderr.write(`ner: tagged ${tokens} tokens in ${file.documents.length} documents → ${options.out}\n`);
    });
};
