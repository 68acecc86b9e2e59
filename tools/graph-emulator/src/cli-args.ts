/** Parses `graph-emulator [--port N] [--seed demo|empty|scale:N|FILE] [--faults SPEC] [--latency MS] [--page-size N]`. */
export interface CliOptions {
  readonly port: number;
  readonly seed: string;
  readonly faults: string | undefined;
  readonly latencyMs: number;
  readonly pageSize: number;
  readonly help: boolean;
}

export const USAGE = [
  'Usage: npm run graph-emulator -- [--port N] [--seed demo|empty|scale:N|FILE] [--faults SPEC] [--latency MS] [--page-size N]',
  '  --port N        port on 127.0.0.1 (0 = any free port; default 0)',
  '  --seed S        demo (default), empty, scale:N (N appointments), or a fixture JSON file',
  "  --faults SPEC   e.g. '429@rate=0.05:burst=3,503@every=50,slow@rate=0.1:ms=1500,seed=7' or a JSON file",
  '  --latency MS    delay added to every Graph response (default 0)',
  '  --page-size N   items per page for paged lists (default 100)',
].join('\n');

export class CliError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let port = 0;
  let seed = 'demo';
  let faults: string | undefined;
  let latencyMs = 0;
  let pageSize = 100;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CliError(`${flag} needs a value.\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--port': port = integer(flag, value(), 0, 65535); break;
      case '--seed': seed = value(); break;
      case '--faults': faults = value(); break;
      case '--latency': latencyMs = integer(flag, value(), 0, 600000); break;
      case '--page-size': pageSize = integer(flag, value(), 1, 1000); break;
      case '--help': case '-h': help = true; break;
      default: throw new CliError(`Unknown argument '${arg}'.\n${USAGE}`);
    }
  }
  return { port, seed, faults, latencyMs, pageSize, help };
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new CliError(`${flag} must be an integer from ${min} to ${max}, got '${text}'.`);
  return n;
}
