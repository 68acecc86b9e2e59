import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../../common/src/diagnostic';
import { assertGolden } from '../../../common/src/golden';
import { checkTestApp, compareVersions, loadAppJson, validateAppJson, type AppManifest } from '../src';

const fixtures = join(__dirname, 'fixtures');
const repoRoot = join(__dirname, '..', '..', '..', '..');

describe('app.json validation', () => {
  describe('golden fixtures', () => {
    for (const name of readdirSync(fixtures)) {
      it(name, () => {
        const result = loadAppJson(join(fixtures, name, 'app.json'), `${name}/app.json`);
        const text = result.diagnostics.map(formatDiagnostic).join('\n') + '\n';
        assertGolden(join(fixtures, name, 'expected.txt'), text);
      });
    }
  });

  it('accepts the valid fixture with zero diagnostics and reads its fields', () => {
    const result = loadAppJson(join(fixtures, 'valid', 'app.json'));
    assert.deepEqual(result.diagnostics, []);
    const manifest = result.manifest;
    assert.ok(manifest);
    assert.equal(manifest.version, '1.2.3.4');
    assert.deepEqual(manifest.idRanges, [{ from: 50100, to: 50149 }, { from: 50200, to: 50210 }]);
    assert.deepEqual(manifest.preprocessorSymbols, ['CLEAN28']);
    assert.equal(manifest.dependencies[0]?.name, 'Library Assert');
  });

  it('reports a missing file as a diagnostic, not an exception', () => {
    const result = loadAppJson(join(fixtures, 'does-not-exist', 'app.json'), 'nowhere/app.json');
    assert.equal(result.manifest, undefined);
    assert.equal(result.diagnostics[0]?.code, 'BKI1000');
    assert.match(result.diagnostics[0]?.message ?? '', /does not exist/);
  });

  it('never throws on arbitrary input', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const base = '{"id":"11111111-2222-3333-4444-555555555555","name":"X","publisher":"P","version":"1.0.0.0","idRanges":[{"from":1,"to":9}]}';
    for (let i = 0; i < 2000; i++) {
      const chars = base.split('');
      for (let k = 0; k < 3; k++) chars[Math.floor(random() * chars.length)] = String.fromCharCode(Math.floor(random() * 128));
      const result = validateAppJson(chars.join(''), 'fuzz.json');
      for (const d of result.diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && d.message.length > 0);
    }
  });

  it('points at the exact line and column of the bad value', () => {
    const result = validateAppJson('{\n  "id": "nope",\n  "name": "X"\n}', 'a.json');
    const guid = result.diagnostics.find((d) => d.code === 'BKI1005');
    assert.deepEqual(guid && [guid.line, guid.column], [2, 9]);
  });

  it('compares versions numerically', () => {
    assert.ok(compareVersions('1.10.0.0', '1.9.0.0') > 0);
    assert.equal(compareVersions('26.0.0.0', '26.0.0.0'), 0);
    assert.ok(compareVersions('2.0.0.0', '10.0.0.0') < 0);
  });
});

describe('the repository apps', () => {
  const app = loadAppJson(join(repoRoot, 'app.json'), 'app.json');
  const testApp = loadAppJson(join(repoRoot, 'test-app', 'app.json'), 'test-app/app.json');

  it('app.json and test-app/app.json validate clean', () => {
    assert.deepEqual(app.diagnostics.map(formatDiagnostic), []);
    assert.deepEqual(testApp.diagnostics.map(formatDiagnostic), []);
  });

  it('have the identity, ranges and features the product needs', () => {
    assert.ok(app.manifest && testApp.manifest);
    assert.equal(app.manifest.name, 'Bookings Invoicing');
    assert.equal(app.manifest.publisher, 'Seed');
    assert.deepEqual(app.manifest.idRanges, [{ from: 70470000, to: 70470199 }]);
    assert.deepEqual(testApp.manifest.idRanges, [{ from: 70470200, to: 70470299 }]);
    assert.equal(app.manifest.runtime, '15.0');
    assert.equal(app.manifest.target, 'Cloud');
    assert.deepEqual([...app.manifest.features].sort(), ['NoImplicitWith', 'TranslationFile']);
  });

  it('the test app fits the app', () => {
    assert.ok(app.manifest && testApp.manifest);
    assert.deepEqual(checkTestApp(app.manifest, 'app.json', testApp.manifest, 'test-app/app.json'), []);
  });

  it('a test app that does not fit is reported', () => {
    assert.ok(app.manifest && testApp.manifest);
    const wrong: AppManifest = {
      ...testApp.manifest,
      idRanges: [{ from: 70470150, to: 70470250 }],
      dependencies: testApp.manifest.dependencies.map((d) => (d.id === app.manifest?.id ? { ...d, name: 'Other', version: '9.0.0.0' } : d)),
    };
    const codes = checkTestApp(app.manifest, 'app.json', wrong, 'test-app/app.json').map((d) => d.code).sort();
    assert.deepEqual(codes, ['BKI1031', 'BKI1032', 'BKI1033']);
    const missing: AppManifest = { ...testApp.manifest, dependencies: [] };
    assert.deepEqual(checkTestApp(app.manifest, 'app.json', missing, 'test-app/app.json').map((d) => d.code), ['BKI1030']);
  });
});
