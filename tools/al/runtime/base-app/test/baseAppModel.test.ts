/**
 * Runs the AL tests of the base-application model and the test-library stand-ins (test/al, test codeunits
 * 130910..130917) through the AL runtime, and checks that every built-in AL file parses cleanly and every
 * app.json of the stand-ins validates.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAppJson } from '../../../project/src/loadAppJson';
import { parseAl } from '../../../syntax/src/index';
import { loadProgram, runTests, testCodeunits, type TestResult } from '../../src/index';

const runtimeDir = path.resolve(__dirname, '../..');
const baseAppDir = path.join(runtimeDir, 'base-app');
const testLibrariesDir = path.join(runtimeDir, 'test-libraries');
const alTestsDir = path.join(baseAppDir, 'test', 'al');

function alFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...alFiles(full));
    else if (entry.name.endsWith('.al')) out.push(full);
  }
  return out.sort();
}

function describeFailure(r: TestResult): string {
  return `${r.codeunit} :: ${r.name}: ${r.message}`;
}

describe('base-application model and test libraries (AL)', function () {
  this.timeout(120_000);

  it('parses every AL file of the stand-ins without diagnostics', () => {
    const files = [...alFiles(baseAppDir), ...alFiles(testLibrariesDir)];
    assert.ok(files.length > 80, `expected the full model, found ${files.length} files`);
    const problems: string[] = [];
    for (const file of files) {
      const result = parseAl(fs.readFileSync(file, 'utf8'), { fileName: path.relative(runtimeDir, file) });
      for (const d of result.diagnostics) problems.push(`${path.relative(runtimeDir, file)}(${d.line},${d.column}): ${d.message}`);
    }
    assert.deepEqual(problems, []);
  });

  it('has valid app.json files with Microsoft app IDs', () => {
    const expected: ReadonlyArray<readonly [string, string, string]> = [
      ['base-app', '437dbf0e-84ff-417a-965d-ed2bb9650972', 'Base Application'],
      ['test-libraries/Assert', 'dd0be2ea-f733-4d65-bb34-a28f4624fb14', 'Library Assert'],
      ['test-libraries/Any', 'e7320ebb-08b3-4406-b1ec-b4927d3e280b', 'Any'],
      ['test-libraries/VariableStorage', '5095f467-0a01-4b99-99d1-9ff1237d286f', 'Library Variable Storage'],
      ['test-libraries/TestLibraries', '5d86850b-0d76-4eca-bd7b-951ad998e997', 'Tests-TestLibraries'],
    ];
    for (const [folder, id, name] of expected) {
      const result = loadAppJson(path.join(runtimeDir, folder, 'app.json'));
      assert.deepEqual(result.diagnostics, [], folder);
      assert.equal(result.manifest?.id, id, folder);
      assert.equal(result.manifest?.name, name, folder);
      assert.equal(result.manifest?.publisher, 'Microsoft', folder);
    }
  });

  it('passes the AL tests of the model on the runtime', () => {
    const loaded = loadProgram([alTestsDir], { cwd: runtimeDir });
    assert.deepEqual(loaded.errors, []);
    const mine = new Set(loaded.program.files.map((f) => f.path).filter((p) => path.resolve(runtimeDir, p).startsWith(alTestsDir + path.sep)));
    const codeunits = testCodeunits(loaded.program, mine);
    assert.ok(codeunits.length >= 5, `expected the model's test codeunits, found ${codeunits.length}`);
    const results = runTests(loaded.program, codeunits);
    assert.ok(results.length >= 38, `expected at least 38 tests, ran ${results.length}`);
    assert.deepEqual(results.filter((r) => r.result === 'fail').map(describeFailure), []);
  });
});
