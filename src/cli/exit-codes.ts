/** Exit codes of every command, as ../shared/contract.md fixes them. */
export const EXIT_OK = 0;
/** Some input failed (the rest was stored or printed). */
export const EXIT_INPUT_FAILED = 1;
/** The command line itself was wrong, or the command could not start (e.g. not a Dateline database). */
export const EXIT_USAGE = 2;

/** An error that should end the command with a message and no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_USAGE) {
    super(message);
  }
}
