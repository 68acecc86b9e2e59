/**
 * CLI: `npm run graph-emulator -- [--port N] [--seed demo|FILE] [--faults SPEC]`.
 * Line 1: `Graph emulator listening on http://127.0.0.1:PORT`; line 2: the demo app's credentials as JSON.
 * Stops cleanly on SIGINT/SIGTERM. Errors become one message and exit code 2 here, nowhere else.
 */
import { CliError, USAGE, parseCliArgs } from './cli-args';
import { FaultSpecError } from './faults/fault-spec';
import { SeedError } from './seed-source';
import { FixtureError } from './storage/fixture';
import { startEmulator } from './index';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const emulator = await startEmulator({
    port: args.port, seed: args.seed, latencyMs: args.latencyMs, pageSize: args.pageSize,
    ...(args.faults === undefined ? {} : { faults: args.faults }),
  });
  console.log(`Graph emulator listening on ${emulator.url}`);
  console.log(JSON.stringify(emulator.credentials));
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await emulator.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const known = e instanceof CliError || e instanceof SeedError || e instanceof FixtureError || e instanceof FaultSpecError;
    const message = e instanceof Error ? e.message : String(e);
    console.error(`graph-emulator: ${known ? message : `unexpected error: ${message}`}`);
    if (!known && process.env['DEBUG'] !== undefined && e instanceof Error) console.error(e.stack);
    if (e instanceof CliError === false && known === false) console.error(USAGE.split('\n')[0]);
    process.exit(2);
  },
);
