import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../../common/src/diagnostic';
import { assertGolden } from '../../../common/src/golden';
import { checkApp, CheckRules } from '../src';

const repoRoot = join(__dirname, '..', '..', '..', '..');
const symbolFiles = [join(repoRoot, 'symbols', 'bcapps.symbols.json')];
const fixturesDir = join(__dirname, 'fixtures');
const fixtures = readdirSync(fixturesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** Checks a fixture with paths shown relative to its folder, so the output is the same on every machine. */
function checkFixture(dir: string): Diagnostic[] {
  return checkApp(dir, { symbolFiles, cwd: dir }).diagnostics;
}

function render(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => formatDiagnostic(d) + '\n').join('');
}

/** `al0132-unknown-field` is about AL0132; `_clean_...` fixtures are about nothing. */
function intendedCode(fixture: string): string | undefined {
  if (fixture.startsWith('_clean_')) return undefined;
  const code = fixture.split('-')[0]?.toUpperCase() ?? '';
  assert.ok(code in CheckRules, `Fixture ${fixture} must be named <rule code>-<what> or _clean_<what>`);
  return code;
}

describe('AL checker golden fixtures', () => {
  for (const fixture of fixtures) {
    it(fixture, () => {
      const dir = join(fixturesDir, fixture);
      const diagnostics = checkFixture(dir);
      assertGolden(join(dir, 'expected.txt'), render(diagnostics));
      const code = intendedCode(fixture);
      if (code === undefined) {
        assert.deepEqual(diagnostics.map(formatDiagnostic), [], `${fixture} must check clean`);
      } else {
        assert.ok(diagnostics.length > 0, `${fixture} must report ${code}`);
        const others = diagnostics.filter((d) => d.code !== code).map(formatDiagnostic);
        assert.deepEqual(others, [], `${fixture} must report only ${code}`);
      }
    });
  }

  it('has a broken fixture for every rule in messages.ts and at least one clean fixture', () => {
    const missing = Object.keys(CheckRules).filter((code) => !fixtures.some((f) => f.startsWith(`${code.toLowerCase()}-`)));
    assert.deepEqual(missing, []);
    assert.ok(fixtures.some((f) => f.startsWith('_clean_')));
  });

  it('reports the diagnostics that #pragma warning disable ... restore hides once the pragmas are gone', () => {
    const source = join(fixturesDir, 'aa0137-pragma-restore');
    const withPragmas = checkFixture(source);
    const copy = mkdtempSync(join(tmpdir(), 'bki-check-pragma-'));
    try {
      cpSync(source, copy, { recursive: true });
      for (const file of readdirSync(copy).filter((f) => f.endsWith('.al'))) {
        const text = readFileSync(join(copy, file), 'utf8');
        writeFileSync(join(copy, file), text.replace(/^\s*#pragma warning (disable|restore)[^\n]*\n/gm, ''));
      }
      const withoutPragmas = checkFixture(copy);
      assert.equal(withPragmas.length, 1);
      assert.equal(withoutPragmas.length, 3);
      assert.ok(withoutPragmas.every((d) => d.code === 'AA0137'));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('AL checker on the real apps', () => {
  it('checks the app with zero errors', () => {
    const errors = checkApp(repoRoot, { symbolFiles, sourceDependencies: [], cwd: repoRoot }).diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map(formatDiagnostic), []);
  });

  it('checks the test app (with the app as source dependency) with zero errors', () => {
    const testApp = join(repoRoot, 'test-app');
    const errors = checkApp(testApp, { symbolFiles, sourceDependencies: [repoRoot], cwd: repoRoot }).diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map(formatDiagnostic), []);
  });
});

describe('npm run al -- check --json', () => {
  const cli = join(repoRoot, 'tools', 'al', 'cli', 'src', 'main.ts');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', cli, 'check', '--json', ...args], { cwd: repoRoot, encoding: 'utf8' });

  it('prints {"diagnostics": [...]} and exits 1 when there are errors', () => {
    const result = run(join('tools', 'al', 'check', 'test', 'fixtures', 'al0118-unknown-name'));
    assert.equal(result.status, 1, result.stderr);
    const parsed = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(parsed), ['diagnostics']);
    assert.equal(parsed.diagnostics.length, 1);
    const [diagnostic] = parsed.diagnostics;
    assert.deepEqual(Object.keys(diagnostic ?? {}).sort(), ['code', 'column', 'file', 'line', 'message', 'severity']);
    assert.equal(diagnostic?.['code'], 'AL0118');
    assert.equal(diagnostic?.['severity'], 'error');
    assert.equal(diagnostic?.['file'], join('tools', 'al', 'check', 'test', 'fixtures', 'al0118-unknown-name', 'FxUnknownName.Codeunit.al'));
    assert.equal(typeof diagnostic?.['line'], 'number');
    assert.equal(typeof diagnostic?.['column'], 'number');
  });

  it('exits 0 with warnings only', () => {
    const result = run(join('tools', 'al', 'check', 'test', 'fixtures', 'aa0137-pragma-restore'));
    assert.equal(result.status, 0, result.stderr);
    const parsed = JSON.parse(result.stdout) as { diagnostics: { code: string; severity: string }[] };
    assert.deepEqual(parsed.diagnostics.map((d) => `${d.severity} ${d.code}`), ['warning AA0137']);
  });
});
