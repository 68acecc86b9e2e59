/** A CLI subcommand: gets its arguments (after the command name), writes to `io`, returns the exit code. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line for `al help`. */
  readonly summary: string;
  /** Usage line(s) shown by `al help <name>` and on usage errors. */
  readonly usage: string;
  run(args: readonly string[], io: CommandIo): Promise<number> | number;
}

/** Thrown by a command for wrong arguments; main prints the message and the usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
