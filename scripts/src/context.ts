/**
 * What a command needs from the outside world, injected so tests run the real command code against fakes:
 * environment, working folder, output sink, HTTP client and timing knobs.
 */
import { HttpClient } from './http';
import { Progress, type OutputMode, type Sink } from './progress';
import { Redactor } from './redact';

export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly sink: Sink;
  readonly isTTY: boolean;
}

export interface CommandContext {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly progress: Progress;
  readonly redactor: Redactor;
  readonly http: HttpClient;
  /** Delay between Automation API status polls. */
  readonly pollIntervalMs: number;
}

export function processIo(): CliIo {
  return { env: process.env, cwd: process.cwd(), sink: Progress.processSink(), isTTY: process.stderr.isTTY === true };
}

export function createContext(io: CliIo, json: boolean): CommandContext {
  const redactor = Redactor.fromEnv(io.env);
  const mode: OutputMode = json ? 'json' : io.isTTY && io.env['CI'] === undefined ? 'tty' : 'plain';
  const progress = new Progress(mode, io.sink, redactor);
  const retryDelay = Number(io.env['BKI_HTTP_RETRY_DELAY_MS'] ?? '1000');
  const http = new HttpClient({
    redactor,
    retryDelayMs: Number.isFinite(retryDelay) && retryDelay >= 0 ? retryDelay : 1000,
    onRetry: (m) => progress.info(m),
  });
  const poll = Number(io.env['BKI_POLL_INTERVAL_MS'] ?? '5000');
  return { env: io.env, cwd: io.cwd, progress, redactor, http, pollIntervalMs: Number.isFinite(poll) && poll >= 0 ? poll : 5000 };
}
