import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../../common/src/diagnostic';
import { assertGolden } from '../../../common/src/golden';
import { runCli } from '../../cli/src/main';
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

  /** Fixture -> the codes reported once its #pragma lines are removed (with them, only the last AA0137 stays). */
  const unsuppressed: Record<string, string[]> = {
    'aa0137-pragma-restore': ['AA0137', 'AA0137', 'AA0137'],
    'aa0137-pragma-forms': ['AA0137', 'AA0074', 'AA0137', 'AA0137', 'AA0137'],
  };
  for (const [fixture, codes] of Object.entries(unsuppressed)) {
    it(`${fixture}: the pragmas hide exactly what is reported without them`, () => {
      const source = join(fixturesDir, fixture);
      const copy = mkdtempSync(join(tmpdir(), 'bki-check-pragma-'));
      try {
        cpSync(source, copy, { recursive: true });
        for (const file of readdirSync(copy).filter((f) => f.endsWith('.al'))) {
          const text = readFileSync(join(copy, file), 'utf8');
          writeFileSync(join(copy, file), text.replace(/^\s*#pragma warning (disable|restore)[^\n]*\n/gm, ''));
        }
        assert.deepEqual(checkFixture(copy).map((d) => d.code), codes);
        assert.equal(checkFixture(source).length, 1);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });
  }
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
  const fixture = (name: string) => join('tools', 'al', 'check', 'test', 'fixtures', name);

  it('prints {"diagnostics": [...]} in the AL compiler\'s shape and exits 1 when there are errors (spawned CLI)', () => {
    const cli = join(repoRoot, 'tools', 'al', 'cli', 'src', 'main.ts');
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', cli, 'check', '--json', fixture('al0118-unknown-name'), fixture('aa0137-pragma-restore')],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    assert.equal(result.status, 1, result.stderr);
    const parsed = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(parsed), ['diagnostics']);
    for (const d of parsed.diagnostics) assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'file', 'line', 'message', 'severity']);
    assert.deepEqual(
      parsed.diagnostics.map((d) => [d['file'], d['line'], d['column'], d['severity'], d['code']]),
      [
        [join(fixture('al0118-unknown-name'), 'FxUnknownName.Codeunit.al'), 5, 14, 'error', 'AL0118'],
        [join(fixture('aa0137-pragma-restore'), 'FxCounter.Codeunit.al'), 15, 9, 'warning', 'AA0137'],
      ],
    );
  });

  it('exits 0 when there are only warnings, and prints text in the AL compiler format without --json', async () => {
    let out = '';
    const io = { out: (t: string) => { out += t; }, err: (t: string) => { out += t; }, cwd: repoRoot };
    assert.equal(await runCli(['check', '--json', fixture('aa0137-pragma-restore')], io), 0);
    const parsed = JSON.parse(out) as { diagnostics: Diagnostic[] };
    assert.deepEqual(parsed.diagnostics.map((d) => `${d.severity} ${d.code}`), ['warning AA0137']);
    out = '';
    assert.equal(await runCli(['check', fixture('al0118-unknown-name')], io), 1);
    const expected = readFileSync(join(repoRoot, fixture('al0118-unknown-name'), 'expected.txt'), 'utf8');
    assert.equal(out, `${fixture('al0118-unknown-name')}/${expected}Checked 1 app(s), 1 file(s): 1 error(s), 0 warning(s).\n`);
  });
});
