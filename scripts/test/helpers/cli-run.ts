/** Runs a CLI entry's `main` in-process with captured output and a controlled environment. */
import type { CliIo } from '../../src/context';

export interface CliRun {
  readonly code: number;
  readonly text: string;
  readonly data: string[];
  /** Everything printed, human and machine output together, for secret checks. */
  readonly all: string;
}

export async function runCli(main: (argv: readonly string[], io: CliIo) => Promise<number>, argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Promise<CliRun> {
  let text = '';
  const data: string[] = [];
  const io: CliIo = { env: { BKI_HTTP_RETRY_DELAY_MS: '1', BKI_POLL_INTERVAL_MS: '1', ...env }, cwd, isTTY: false, sink: { text: (c) => (text += c), data: (l) => data.push(l) } };
  const code = await main(argv, io);
  return { code, text, data, all: `${text}\n${data.join('\n')}` };
}

/** Lines of human output that report an error (`<command>: error: ...`). */
export function errorLines(run: CliRun): string[] {
  return run.text.split('\n').filter((l) => /^[a-z:-]+: error: /.test(l));
}
