/** CLI entry: `npm run publish -- ...` (see scripts/src/publish-command.ts). */
import { parseCliArgs, booleanOption } from './src/cli-args';
import { reportFailure } from './src/cli-failure';
import { createContext, processIo, type CliIo, type CommandContext } from './src/context';
import { Redactor } from './src/redact';
import { PUBLISH_OPTIONS, PUBLISH_USAGE, publishCommand } from './src/publish-command';

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let ctx: CommandContext | undefined;
  try {
    const args = parseCliArgs(argv, PUBLISH_OPTIONS, 'publish');
    if (booleanOption(args, 'help')) {
      io.sink.data(PUBLISH_USAGE); // usage on stdout
      return 0;
    }
    ctx = createContext(io, booleanOption(args, 'json'));
    await publishCommand(args, ctx);
    return 0;
  } catch (e) {
    return reportFailure('publish', e, io.sink, ctx?.redactor ?? Redactor.fromEnv(io.env), ctx?.progress);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
