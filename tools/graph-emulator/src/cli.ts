/**
 * The CLI flow, apart from process handling so tests can run it in-process:
 * start the emulator, print the two lines, wait for a stop signal, close. Errors become one message and exit 2.
 */
import { CliError, USAGE, parseCliArgs } from './cli-args';
import { FaultSpecError } from './faults/fault-spec';
import { SeedError } from './seed-source';
import { FixtureError } from './storage/fixture';
import { startEmulator } from './index';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Resolves when the emulator should stop (SIGINT/SIGTERM in main). */
  readonly stopped: Promise<void>;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    const emulator = await startEmulator({
      port: args.port, seed: args.seed, latencyMs: args.latencyMs, pageSize: args.pageSize,
      ...(args.faults === undefined ? {} : { faults: args.faults }),
    });
    io.out(`Graph emulator listening on ${emulator.url}`);
    io.out(JSON.stringify(emulator.credentials));
    await io.stopped;
    await emulator.close();
    return 0;
  } catch (e) {
    const known = e instanceof CliError || e instanceof SeedError || e instanceof FixtureError || e instanceof FaultSpecError;
    const message = e instanceof Error ? e.message : String(e);
    io.err(`graph-emulator: ${known ? message : `unexpected error: ${message}`}`);
    if (!known && process.env['DEBUG'] !== undefined && e instanceof Error && e.stack !== undefined) io.err(e.stack);
    return 2;
  }
}
