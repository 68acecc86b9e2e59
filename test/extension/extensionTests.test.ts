import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Runs the extension's AL test app (test-app/) against the app (src-al/) in the AL runtime through
 * `al test --json src-al test-app`, and turns every AL [Test] procedure into one mocha test.
 */
interface JsonResult {
  passed: number;
  failed: number;
  tests: { codeunit: string; name: string; result: string; message: string; callStack?: string[] }[];
}

function runTestApp(): { code: number; result: JsonResult } {
  const root = path.resolve(__dirname, '../..');
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'tools/al/cli/src/main.ts', 'test', '--json', 'src-al', 'test-app'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.stdout === '') throw new Error(`al test printed nothing (exit ${String(r.status)}). stderr: ${r.stderr}`);
  return { code: r.status ?? -1, result: JSON.parse(r.stdout) as JsonResult };
}

describe('Extension AL tests (al test --json src-al test-app)', () => {
  const { code, result } = runTestApp();

  it('exits with code 0 exactly when every test passes', () => {
    assert.equal(code, result.failed === 0 ? 0 : 1);
  });

  it('finds the test app\'s test codeunits', () => {
    assert.ok(result.tests.length >= 100, `only ${result.tests.length} tests`);
  });

  for (const t of result.tests) {
    it(`${t.codeunit} :: ${t.name}`, () => {
      assert.equal(t.result, 'pass', `${t.message}\n${(t.callStack ?? []).join('\n')}`);
    });
  }
});
