import type { Command } from './command';
import { parseCommand } from './commands/parse';

/**
 * Every `al` subcommand. To add one, create `commands/<name>.ts` exporting a `Command` and add it here
 * (one line).
 */
export const commands: readonly Command[] = [
  parseCommand,
];
