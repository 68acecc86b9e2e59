import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { runCli } from '../../cli/src/main';

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
  let out = '';
  let err = '';
  const root = path.resolve(__dirname, '../../../..');
  let code = -1;
  // runCli is async only by signature; the test command runs synchronously.
  void runCli(['test', '--json', 'tools/al/runtime/conformance'], { out: (t) => (out += t), err: (t) => (err += t), cwd: root }).then((c) => (code = c));
  if (out === '') throw new Error(`al test printed nothing. stderr: ${err}`);
  return { code, result: JSON.parse(out) as JsonResult };
}

describe('AL runtime conformance suite (al test --json tools/al/runtime/conformance)', () => {
  const { result } = runConformance();

  it('has at least 300 [Test] procedures', () => {
    assert.ok(result.tests.length >= 300, `only ${result.tests.length} tests`);
  });

  for (const t of result.tests) {
    it(`${t.codeunit} :: ${t.name}`, () => {
      assert.equal(t.result, 'pass', `${t.message}\n${t.callStack.join('\n')}`);
    });
  }
});
