import type { Command } from './command';
import { checkCommand } from './commands/check';
import { jobsCommand } from './commands/jobs';
import { parseCommand } from './commands/parse';
import { testCommand } from './commands/test';
import { xliffCommand } from './commands/xliff';

/**
 * Every `al` subcommand. To add one, create `commands/<name>.ts` exporting a `Command` and add it here
 * (one line).
 */
export const commands: readonly Command[] = [
  parseCommand,
  checkCommand,
  testCommand,
  jobsCommand,
  xliffCommand,
];
