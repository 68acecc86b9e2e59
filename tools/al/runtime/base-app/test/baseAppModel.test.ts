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

interface AlFileFacts {
  readonly file: string;
  readonly namespace: string;
  readonly usings: ReadonlySet<string>;
  readonly code: string;
}

/** Namespace, using directives and comment-free text of an AL file (enough for the import check below). */
function factsOf(file: string): AlFileFacts {
  const text = fs.readFileSync(file, 'utf8');
  const namespace = /^namespace\s+([\w.]+);/m.exec(text)?.[1] ?? '';
  const usings = new Set<string>([namespace]);
  for (const m of text.matchAll(/^using\s+([\w.]+);/gm)) if (m[1] !== undefined) usings.add(m[1]);
  return { file, namespace, usings, code: text.replace(/\/\/.*$/gm, '') };
}

const declarationPattern = /^(table|page|codeunit|enum|permissionset)\s+\d+\s+(?:"([^"]+)"|(\w+))/gim;
const referencePatterns: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bRecord\s+(?:"([^"]+)"|(\w+))/g, 'table'],
  [/\bDatabase::(?:"([^"]+)"|(\w+))/g, 'table'],
  [/SourceTable\s*=\s*(?:"([^"]+)"|(\w+))/g, 'table'],
  [/TableRelation\s*=\s*(?:if\s*\([^)]*\)\s*)?(?:"([^"]+)"|(\w+))/g, 'table'],
  [/\bCodeunit\s+(?:"([^"]+)"|(\w+))/g, 'codeunit'],
  [/\bCodeunit::(?:"([^"]+)"|(\w+))/g, 'codeunit'],
  [/\bPage::(?:"([^"]+)"|(\w+))/g, 'page'],
  [/(?:LookupPageId|DrillDownPageId|CardPageId)\s*=\s*(?:"([^"]+)"|(\w+))/g, 'page'],
  [/\bpart\(\w+;\s*(?:"([^"]+)"|(\w+))/g, 'page'],
  [/\bEnum\s+(?:"([^"]+)"|(\w+))/g, 'enum'],
  [/\bEnum::(?:"([^"]+)"|(\w+))/g, 'enum'],
];

/** References to objects of another namespace that the file does not import (the AL compiler rejects them). */
function missingImports(files: readonly string[]): string[] {
  const facts = files.map(factsOf);
  const objectNamespace = new Map<string, string>();
  for (const f of facts) {
    for (const m of f.code.matchAll(declarationPattern)) {
      const name = m[2] ?? m[3];
      if (m[1] !== undefined && name !== undefined) objectNamespace.set(`${m[1].toLowerCase()}:${name.toLowerCase()}`, f.namespace);
    }
  }
  const problems: string[] = [];
  for (const f of facts) {
    for (const [pattern, kind] of referencePatterns) {
      for (const m of f.code.matchAll(pattern)) {
        const name = m[1] ?? m[2];
        if (name === undefined) continue;
        const target = objectNamespace.get(`${kind}:${name.toLowerCase()}`);
        if (target === undefined || target === '' || f.usings.has(target)) continue;
        problems.push(`${path.relative(runtimeDir, f.file)}: ${kind} "${name}" (namespace ${target}) is not imported`);
      }
    }
  }
  return problems;
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

  it('imports the namespace of every object it references from another namespace', () => {
    assert.deepEqual(missingImports([...alFiles(baseAppDir), ...alFiles(testLibrariesDir)]), []);
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
