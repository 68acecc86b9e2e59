import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Runs the AL conformance suite (tools/al/runtime/conformance/*.al) through `al test --json` and turns every AL
 * [Test] procedure into one mocha test, so a behaviour that drifts from BC shows up by name.
 */
interface JsonResult {
  passed: number;
  failed: number;
  tests: { codeunit: string; name: string; result: string; message: string; callStack: string[] }[];
}

function runConformance(): { code: number; result: JsonResult } {
  // A child process running `al test --json` keeps this synchronous, so every AL test becomes its own mocha test.
  const root = path.resolve(__dirname, '../../../..');
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'tools/al/cli/src/main.ts', 'test', '--json', 'tools/al/runtime/conformance'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.stdout === '') throw new Error(`al test printed nothing (exit ${String(r.status)}). stderr: ${r.stderr}`);
  return { code: r.status ?? -1, result: JSON.parse(r.stdout) as JsonResult };
}

describe('AL runtime conformance suite (al test --json tools/al/runtime/conformance)', () => {
  const { code, result } = runConformance();

  it('exits with code 0 when every conformance test passes', () => {
    assert.equal(code, result.failed === 0 ? 0 : 1);
  });

  it('has at least 300 [Test] procedures', () => {
    assert.ok(result.tests.length >= 300, `only ${result.tests.length} tests`);
  });

  for (const t of result.tests) {
    it(`${t.codeunit} :: ${t.name}`, () => {
      assert.equal(t.result, 'pass', `${t.message}\n${t.callStack.join('\n')}`);
    });
  }
});
