/** Checks shared by the scripts' CLI fuzz and the secrets scan. */
import { strict as assert } from 'node:assert';
import type { CliRun } from '../../../scripts/test/helpers/cli-run';

/** Exit codes the scripts define (scripts/src/errors.ts): 0 ok, 1 tests, 2 usage, 3 config, 4 auth, 5 server, 6 network, 7 tool. 70 = unexpected. */
export const DEFINED_EXIT_CODES: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6, 7]);

const stackLine = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** A failed run prints exactly one `<command>: error: ...` line (details indented under it) and no stack trace. */
export function assertCleanFailure(run: CliRun, command: string, label: string): void {
  assert.ok(DEFINED_EXIT_CODES.has(run.code), `${label}: exit code ${run.code} is not a defined one\n${run.text}`);
  assert.ok(!stackLine.test(run.all), `${label}: a stack trace was printed\n${run.all}`);
  const errors = run.text.split('\n').filter((l) => l.includes(': error: '));
  if (run.code === 0) {
    assert.equal(errors.length, 0, `${label}: exit 0 with an error line\n${run.text}`);
    return;
  }
  assert.equal(errors.length, 1, `${label}: expected one error line, got ${errors.length}\n${run.text}`);
  assert.ok(errors[0]?.startsWith(`${command}: error: `), `${label}: error line does not name ${command}: ${errors[0] ?? ''}`);
  assert.ok((errors[0]?.length ?? 0) > `${command}: error: `.length + 10, `${label}: error line says nothing: ${errors[0] ?? ''}`);
}

/** Counts occurrences of any of the secrets in the text. */
export function secretHits(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => s.length > 0 && text.includes(s));
}
