/**
 * CLI entry: `npm run graph-emulator -- [--port N] [--seed demo|FILE] [--faults SPEC]`.
 * Line 1: `Graph emulator listening on http://127.0.0.1:PORT`; line 2: the demo app's credentials as JSON.
 * Stops cleanly on SIGINT/SIGTERM; exit code 2 with one message on errors.
 */
import { runCli } from './cli';

const stopped = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

void runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  stopped,
}).then((code) => process.exit(code));
