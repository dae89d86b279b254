import { Command, CommanderError } from 'commander';
import { VERSION } from '../paths.js';
import type { CommandContext, RegisterCommand } from './command-context.js';
import { registerAnnotate } from './commands/annotate.js';
import { registerIngest } from './commands/ingest.js';
import { registerStart } from './commands/start.js';
import { registerExport } from './commands/export.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerStats } from './commands/stats.js';
import { registerServe } from './commands/serve.js';
import { registerNer } from './commands/ner.js';
import { registerTimex } from './commands/timex.js';
import { CliError, EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.js';

/** Every command, one file each under src/cli/commands/. */
const COMMANDS: RegisterCommand[] = [registerIngest, registerAnnotate, registerExport, registerSearch, registerShow, registerStats, registerStart, registerServe, registerTimex, registerNer];

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command();
  program
    .name('dateline')
    .description('Turn dated news articles into time-resolved events, quotes, claims and timelines.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) })
    .exitOverride();
  for (const register of COMMANDS) register(program, ctx);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
  return program;
}

/** Runs the CLI and returns the exit code: 0 all went in, 1 some input failed, 2 usage error. */
export async function main(argv: string[], ctx?: Partial<CommandContext>): Promise<number> {
  let exitCode = EXIT_OK;
  const context: CommandContext = {
    stdout: ctx?.stdout ?? process.stdout,
    stderr: ctx?.stderr ?? process.stderr,
    stdin: ctx?.stdin ?? process.stdin,
    setExitCode: (code) => {
      exitCode = Math.max(exitCode, code);
    },
  };
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      context.stderr.write(error.message.endsWith('\n') ? error.message : error.message + '\n');
      return error.exitCode;
    }
    // The reader closed the pipe (`dateline export | head`): what it wanted has been written.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return exitCode;
    // Anything else is a bug or an environment failure: say it plainly; the stack only on request.
    context.stderr.write(`dateline: ${(error as Error).message}\n`);
    if (process.env.DATELINE_DEBUG) context.stderr.write(`${(error as Error).stack}\n`);
    else context.stderr.write('(set DATELINE_DEBUG=1 for details)\n');
    return EXIT_INPUT_FAILED;
  }
  return exitCode;
}

// Run directly (e.g. `tsx src/cli/main.ts …` in tests), not only through bin/dateline.js.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv);
}
