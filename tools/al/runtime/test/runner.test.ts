import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../cli/src/main';

const root = path.resolve(__dirname, '../../../..');
const fixture = 'tools/al/runtime/test/fixtures/runner';

async function al(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd: root });
  return { code, out, err };
}

type Parsed = { passed: number; failed: number; tests: { codeunit: string; name: string; result: string; message: string }[] };

describe('al test (runner)', () => {
  let text = { code: -1, out: '', err: '' };
  let json = { code: -1, out: '', err: '' };
  let parsed: Parsed = { passed: 0, failed: 0, tests: [] };
  let byName = new Map<string, Parsed['tests'][number]>();
  before(async () => {
    text = await al(['test', fixture]);
    json = await al(['test', '--json', fixture]);
    parsed = JSON.parse(json.out) as Parsed;
    byName = new Map(parsed.tests.map((t) => [t.name, t]));
  });

  it('prints one line per test and a final summary line', () => {
    const lines = text.out.trim().split('\n');
    assert.equal(lines.length, parsed.tests.length + 1);
    assert.equal(lines[lines.length - 1], `${parsed.passed} passed, ${parsed.failed} failed`);
    assert.match(text.out, /^PASS {2}Fixture Tests :: Passes$/m);
  });

  it('exits with code 1 when a test fails', () => {
    assert.equal(text.code, 1);
    assert.equal(json.code, 1);
  });

  it('prints the JSON shape {passed, failed, tests[{codeunit,name,result,message}]}', () => {
    assert.equal(parsed.passed + parsed.failed, parsed.tests.length);
    const t = byName.get('FailsDeep');
    assert.ok(t);
    assert.equal(t.codeunit, 'Fixture Tests');
    assert.equal(t.result, 'fail');
    assert.equal(t.message, 'Deep failure 7');
  });

  it('reports the AL call stack with file and line', () => {
    const line = text.out.split('\n').find((l) => l.includes('FailsDeep'));
    assert.ok(line);
    assert.match(line, /Level1 line 30 - tools\/al\/runtime\/test\/fixtures\/runner\/RunnerFixture\.Codeunit\.al/);
    assert.match(line, /FailsDeep line 25 - /);
  });

  it('fails a test whose listed handler never ran', () => {
    assert.equal(byName.get('LeavesHandlerUnused')?.result, 'fail');
    assert.match(byName.get('LeavesHandlerUnused')?.message ?? '', /UI handlers were not executed: UnusedMessageHandler/);
  });

  it('fails a test that raises UI without a handler', () => {
    assert.equal(byName.get('ConfirmWithoutHandler')?.result, 'fail');
    assert.match(byName.get('ConfirmWithoutHandler')?.message ?? '', /Unhandled UI: Confirm 'Sure\?'/);
  });

  it('names an unsupported construct and its position instead of ignoring it', () => {
    assert.match(byName.get('UsesWithStatement')?.message ?? '', /does not support the with statement .*RunnerFixture\.Codeunit\.al:\d+/);
  });

  it('fails a test whose [HttpClientHandler] was listed but never called', () => {
    const t = byName.get('UnusedHttpHandlerFails');
    assert.equal(t?.result, 'fail');
    assert.match(t?.message ?? '', /UnusedHttpHandler/);
  });

  it('rolls back a failed test, and rolls back each test codeunit (Test Runner - Isol. Codeunit)', () => {
    assert.equal(byName.get('SeesNoRowFromFailedTest')?.result, 'pass');
    assert.equal(byName.get('NoRowsFromOtherCodeunits')?.result, 'pass');
    assert.equal(byName.get('CommittedRowsAreRolledBackAfterCodeunit')?.result, 'pass');
  });

  it('writes JUnit XML with --junit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-junit-'));
    const file = path.join(dir, 'out.xml');
    try {
      const r = await al(['test', '--junit', file, fixture]);
      assert.equal(r.code, 1);
      const xml = fs.readFileSync(file, 'utf8');
      assert.match(xml, /<testsuite name="Fixture Tests" tests="7" failures="5">/);
      assert.match(xml, /<failure message="Deep failure 7">/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to run files with syntax errors (exit 1, file position)', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'tmp-al-syntax-'));
    try {
      fs.writeFileSync(path.join(dir, 'Bad.Codeunit.al'), 'codeunit 50199 Bad { Subtype = Test; procedure X() begin if then end; }');
      const r = await al(['test', path.relative(root, dir)]);
      assert.equal(r.code, 1);
      assert.match(r.err, /Bad\.Codeunit\.al\(1,\d+\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints usage for missing inputs', async () => {
    const r = await al(['test']);
    assert.equal(r.code, 2);
    assert.match(r.err, /Usage: npm run al -- test/);
  });
});
