/** CLI entry: `npm run test:bc` (see scripts/src/test-bc-command.ts). */
import { testBcCommand, TEST_BC_OPTIONS, TEST_BC_USAGE } from './src/test-bc-command';
import { booleanOption, parseCliArgs } from './src/cli-args';
import { reportFailure } from './src/cli-failure';
import { createContext, processIo, type CliIo, type CommandContext } from './src/context';
import { Redactor } from './src/redact';

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let ctx: CommandContext | undefined;
  try {
    const args = parseCliArgs(argv, TEST_BC_OPTIONS, 'test:bc');
    if (booleanOption(args, 'help')) {
      io.sink.data(TEST_BC_USAGE); // usage on stdout
      return 0;
    }
    ctx = createContext(io, booleanOption(args, 'json'));
    await testBcCommand(args, ctx);
    return 0;
  } catch (e) {
    return reportFailure('test:bc', e, io.sink, ctx?.redactor ?? Redactor.fromEnv(io.env), ctx?.progress);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
