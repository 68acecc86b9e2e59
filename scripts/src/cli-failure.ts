/**
 * Turns a failure into output and an exit code. Only the CLI entries' `main` call this: one line with the cause
 * (plus the server's or tool's message lines, indented), everything through the Redactor, and in --json mode a
 * final `{"type":"error"}` object.
 */
import { errorText, isScriptError } from './errors';
import type { Progress } from './progress';
import type { Redactor } from './redact';
import type { Sink } from './progress';

export function reportFailure(command: string, e: unknown, sink: Sink, redactor: Redactor, progress: Progress | undefined): number {
  const known = isScriptError(e);
  const message = redactor.redact((known ? e.message : `unexpected error: ${errorText(e)}`).replace(/\s*\r?\n\s*/g, ' '));
  const details = known ? e.details.map((d) => redactor.redact(d)) : [];
  const exitCode = known ? e.exitCode : 70;
  if (progress?.mode === 'json') {
    sink.data(JSON.stringify({ type: 'error', command, message, details, exitCode }));
  }
  sink.text(`${command}: error: ${message}\n`);
  for (const d of details) sink.text(`  ${d}\n`);
  if (!known && process.env['BKI_DEBUG'] === '1' && e instanceof Error && e.stack !== undefined) sink.text(`${redactor.redact(e.stack)}\n`);
  return exitCode;
}
