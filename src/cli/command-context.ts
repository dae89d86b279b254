import type { Command } from 'commander';

/** What a command registration needs: where to write, and how to report the exit code. */
export interface CommandContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  setExitCode(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
