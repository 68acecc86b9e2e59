/** CLI entry: `npm run build` (see scripts/src/build-pipeline.ts). */
import { buildCommand, BUILD_OPTIONS, BUILD_USAGE } from './src/build-pipeline';
import { booleanOption, parseCliArgs } from './src/cli-args';
import { reportFailure } from './src/cli-failure';
import { createContext, processIo, type CliIo, type CommandContext } from './src/context';
import { Redactor } from './src/redact';

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let ctx: CommandContext | undefined;
  try {
    const args = parseCliArgs(argv, BUILD_OPTIONS, 'build');
    if (booleanOption(args, 'help')) {
      io.sink.data(BUILD_USAGE); // usage on stdout
      return 0;
    }
    ctx = createContext(io, booleanOption(args, 'json'));
    await buildCommand(args, ctx);
    return 0;
  } catch (e) {
    return reportFailure('build', e, io.sink, ctx?.redactor ?? Redactor.fromEnv(io.env), ctx?.progress);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
