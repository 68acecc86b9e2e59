/**
 * Progress output for long steps. Three modes:
 * - `tty`: a spinner line with the step name and elapsed time, redrawn in place, then a final status line;
 * - `plain`: one line when a step starts and one when it ends (CI logs, pipes);
 * - `json`: one JSON object per line on stdout (`--json`), for machines.
 * Every line passes through the Redactor first.
 */
import { Redactor } from './redact';

export type StepStatus = 'ok' | 'failed' | 'skipped' | 'missing';
export type OutputMode = 'tty' | 'plain' | 'json';

export interface Sink {
  /** Human-readable text (stderr in the CLIs, so stdout stays clean for --json). */
  text(chunk: string): void;
  /** Machine-readable lines (stdout). */
  data(line: string): void;
}

export interface StepHandle {
  /** A line of output that belongs to this step (tool output, server messages). */
  log(line: string): void;
  end(status: StepStatus, summary?: string): void;
}

const frames = ['|', '/', '-', '\\'];
const statusMark: Readonly<Record<StepStatus, string>> = { ok: 'ok', failed: 'FAILED', skipped: 'skipped', missing: 'MISSING' };

export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

export class Progress {
  private readonly now: () => number;

  constructor(
    readonly mode: OutputMode,
    private readonly sink: Sink,
    private readonly redactor: Redactor,
    now?: () => number,
  ) {
    this.now = now ?? (() => Date.now());
  }

  static processSink(): Sink {
    return { text: (c) => process.stderr.write(c), data: (l) => process.stdout.write(`${l}\n`) };
  }

  /** A free-standing message (not part of a step). */
  info(line: string): void {
    const safe = this.redactor.redact(line);
    if (this.mode === 'json') this.sink.data(JSON.stringify({ type: 'info', message: safe }));
    else this.sink.text(`${this.mode === 'tty' ? '\r\x1b[2K' : ''}${safe}\n`);
  }

  /** The final machine-readable result (json mode), or nothing (the steps already said it). */
  result(data: Readonly<Record<string, unknown>>): void {
    if (this.mode === 'json') this.sink.data(this.redactor.redact(JSON.stringify({ type: 'result', ...data })));
  }

  start(name: string): StepHandle {
    const started = this.now();
    let ended = false;
    let timer: NodeJS.Timeout | undefined;
    let frame = 0;
    const elapsed = (): string => formatElapsed(this.now() - started);
    const clearLine = (): void => {
      if (this.mode === 'tty') this.sink.text('\r\x1b[2K');
    };
    if (this.mode === 'json') this.sink.data(JSON.stringify({ type: 'step', name, status: 'started' }));
    else if (this.mode === 'plain') this.sink.text(`> ${name}\n`);
    else {
      const draw = (): void => {
        clearLine();
        this.sink.text(`${frames[frame++ % frames.length] ?? '-'} ${name} ${elapsed()}`);
      };
      draw();
      timer = setInterval(draw, 120);
      timer.unref();
    }
    return {
      log: (line: string) => {
        const safe = this.redactor.redact(line);
        if (this.mode === 'json') this.sink.data(JSON.stringify({ type: 'log', step: name, message: safe }));
        else {
          clearLine();
          this.sink.text(`  ${safe}\n`);
        }
      },
      end: (status: StepStatus, summary?: string) => {
        if (ended) return;
        ended = true;
        if (timer !== undefined) clearInterval(timer);
        const ms = this.now() - started;
        const safeSummary = summary === undefined ? undefined : this.redactor.redact(summary);
        if (this.mode === 'json') {
          this.sink.data(JSON.stringify({ type: 'step', name, status, elapsedMs: ms, ...(safeSummary === undefined ? {} : { summary: safeSummary }) }));
        } else {
          clearLine();
          this.sink.text(`${statusMark[status]}: ${name} (${formatElapsed(ms)})${safeSummary === undefined ? '' : ` - ${safeSummary}`}\n`);
        }
      },
    };
  }

  /** Runs `run` as a step: ok when it resolves, failed (and rethrown) when it rejects. */
  async step<T>(name: string, run: (step: StepHandle) => Promise<T>, summarize?: (value: T) => string): Promise<T> {
    const handle = this.start(name);
    try {
      const value = await run(handle);
      handle.end('ok', summarize === undefined ? undefined : summarize(value));
      return value;
    } catch (e) {
      handle.end('failed');
      throw e;
    }
  }
}
