/**
 * `npm start [-- --port N] [--data DIR] [--faults SPEC]`: the local sandbox. One process runs the Graph emulator
 * (child process) with demo data, the extension in the AL runtime with the demo company and its setup pointed at
 * the emulator, and the web client on 127.0.0.1; it prints the address and runs until Ctrl+C.
 * The AL/app.json check that `npm start` ran before is `npm run check:al` (scripts/check-al.ts).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startSandbox } from '../tools/sandbox/src/host/startSandbox';

const root = join(__dirname, '..');
const DEFAULT_PORT = 8470;
const USAGE = `Usage: npm start [-- --port N] [--data DIR] [--faults SPEC]
  --port N       port on 127.0.0.1 (default ${DEFAULT_PORT} if free, else any free port; 0 = any free port)
  --data DIR     keep the sandbox database in DIR, so a restart loses nothing (default: memory only)
  --faults SPEC  Graph emulator faults from the start, e.g. '429@rate=0.05:burst=3' (see npm run graph-emulator)`;

class UsageError extends Error {}

interface Args {
  readonly port: number | undefined;
  readonly dataDir: string | undefined;
  readonly faults: string | undefined;
  readonly help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let port: number | undefined;
  let dataDir: string | undefined;
  let faults: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port ${v} is not a port number (0..65535).`);
        port = n;
        break;
      }
      case '--data': dataDir = value(); break;
      case '--faults': faults = value(); break;
      case '--help': case '-h': help = true; break;
      default: throw new UsageError(`Unknown argument ${a}.`);
    }
  }
  return { port, dataDir, faults, help };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const bundle = join(root, 'src-al/ControlAddIn/Resources/BookingSelectionGrid.js');
  if (!existsSync(bundle)) {
    console.log('Building the booking grid add-in (first start only; npm run build:addin does the same)...');
    // Loaded only here: webpack is heavy and a warm start does not need it.
    const { buildAddinOnce } = require('../controladdin/harness/src/build') as typeof import('../controladdin/harness/src/build');
    const built = await buildAddinOnce();
    if (!built.ok) {
      console.error(`The add-in build failed:\n${built.errors.join('\n')}`);
      return 1;
    }
  }
  const started = Date.now();
  const port = args.port ?? ((await portFree(DEFAULT_PORT)) ? DEFAULT_PORT : 0);
  const sandbox = await startSandbox({ port, ...(args.dataDir === undefined ? {} : { dataDir: args.dataDir }), ...(args.faults === undefined ? {} : { faults: args.faults }) });
  console.log(`Bookings Invoicing sandbox: ${sandbox.url}`);
  console.log(`Graph emulator: ${sandbox.emulatorUrl}${args.faults === undefined ? '' : ` (faults: ${args.faults})`}`);
  console.log(args.dataDir === undefined ? 'Data: in memory (use --data DIR to keep it).' : `Data: ${args.dataDir} (${sandbox.restoredRows > 0 ? `restored ${sandbox.restoredRows} rows` : 'new demo company'}).`);
  if (!sandbox.addinTriggers) console.log('Note: this runtime does not run control add-in triggers yet; the grid shows without rows, use the list above it.');
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s (product host ${(sandbox.hostMs / 1000).toFixed(1)} s: Graph emulator, app in the AL runtime, demo company, setup). Press Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
