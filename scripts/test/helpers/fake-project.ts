/**
 * A throw-away repository for build tests: package.json with fake `build:addin` and `al` scripts (small node
 * programs that record how they were called), the real app.json files, one AL file each, and a fake `alc`
 * (with an Analyzers folder beside its bin folder, like the AL Language extension) that records its arguments
 * and writes the /out file from a prepared .app and an /errorLog.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeApp } from './make-app';

export interface FakeProject {
  readonly root: string;
  readonly home: string;
  readonly alcPath: string;
  readonly calls: string;
}

export interface FakeProjectOptions {
  readonly addinScript?: boolean;
  readonly alCommands?: readonly string[];
  /** alc behaviour: 'ok' writes the app, 'errors' writes an error log and exits 1. */
  readonly alc?: 'ok' | 'errors';
}

const common = {
  publisher: 'Seed',
  version: '1.0.0.0',
  brief: 'b',
  description: 'd',
  privacyStatement: 'https://example.com/privacy',
  EULA: 'https://example.com/eula',
  help: 'https://example.com/help',
  url: 'https://example.com',
  application: '26.0.0.0',
  platform: '26.0.0.0',
  runtime: '15.0',
  target: 'Cloud',
  features: ['NoImplicitWith'],
};
const APP_ID = '64d0bad8-e4fc-49a5-8607-8e161ca5e6b7';
const TEST_APP_ID = 'd6159f70-84fd-445b-83c9-1ecfba9ee0e7';
/** Fixed copies of the shape of our app.json files, so these tests do not move when the real ones change. */
const APP_JSON = {
  ...common,
  id: APP_ID,
  name: 'Bookings Invoicing',
  dependencies: [],
  idRanges: [{ from: 70470000, to: 70470199 }],
  internalsVisibleTo: [{ id: TEST_APP_ID, name: 'Bookings Invoicing Test', publisher: 'Seed' }],
};
const TEST_APP_JSON = {
  ...common,
  id: TEST_APP_ID,
  name: 'Bookings Invoicing Test',
  dependencies: [
    { id: APP_ID, name: 'Bookings Invoicing', publisher: 'Seed', version: '1.0.0.0' },
    { id: 'dd0be2ea-f733-4d65-bb34-a28f4624fb14', name: 'Library Assert', publisher: 'Microsoft', version: '26.0.0.0' },
    { id: 'e7320ebb-08b3-4406-b1ec-b4927d3e280b', name: 'Any', publisher: 'Microsoft', version: '26.0.0.0' },
    { id: '5095f467-0a01-4b99-99d1-9ff1237d286f', name: 'Library Variable Storage', publisher: 'Microsoft', version: '26.0.0.0' },
    { id: '5d86850b-0d76-4eca-bd7b-951ad998e997', name: 'Tests-TestLibraries', publisher: 'Microsoft', version: '26.0.0.0' },
  ],
  idRanges: [{ from: 70470200, to: 70470299 }],
};

export function fakeProject(options: FakeProjectOptions = {}): FakeProject {
  const root = mkdtempSync(join(tmpdir(), 'bki-build-'));
  const home = join(root, 'home');
  const calls = join(root, 'calls.log');
  mkdirSync(join(root, 'src-al', 'Setup'), { recursive: true });
  mkdirSync(join(root, 'test-app', 'src'), { recursive: true });
  mkdirSync(join(root, 'tools-fake'), { recursive: true });
  writeFileSync(join(root, 'app.json'), JSON.stringify(APP_JSON, null, 2));
  writeFileSync(join(root, 'test-app', 'app.json'), JSON.stringify(TEST_APP_JSON, null, 2));
  writeFileSync(join(root, 'src-al', 'Setup', 'BKISetup.Table.al'), 'table 70470000 "BKI Setup" { fields { field(1; "Primary Key"; Code[10]) { } } }\n');
  writeFileSync(join(root, 'test-app', 'src', 'BKISetupTest.Codeunit.al'), 'codeunit 70470200 "BKI Setup Test" { Subtype = Test; }\n');
  const record = `require('fs').appendFileSync(${JSON.stringify(calls)}, JSON.stringify({ tool: TOOL, argv: process.argv.slice(2) }) + '\\n');`;
  writeFileSync(join(root, 'tools-fake', 'addin.js'), `const TOOL = 'addin'; ${record} console.log('bundled grid.js');\n`);
  const commands = options.alCommands ?? ['parse'];
  writeFileSync(
    join(root, 'tools-fake', 'al.js'),
    `const TOOL = 'al'; ${record}
const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'help') { console.log('Usage: npm run al -- <command>\\n\\nCommands:'); for (const c of ${JSON.stringify(commands)}) console.log('  ' + c.padEnd(10) + ' does ' + c); process.exit(0); }
if (!${JSON.stringify(commands)}.includes(cmd)) { console.error("Unknown command '" + cmd + "'"); process.exit(2); }
console.log(cmd + ' ' + rest.join(' ') + ': 2 file(s) ok, 0 diagnostic(s).');
`,
  );
  const scripts: Record<string, string> = { al: 'node tools-fake/al.js' };
  if (options.addinScript === true) scripts['build:addin'] = 'node tools-fake/addin.js';
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'fake', private: true, scripts }, null, 2));
  writeFileSync(join(root, 'bki.ruleset.json'), JSON.stringify({ name: 'fake', rules: [] }));

  // The AL Language extension layout: bin/linux/alc and bin/Analyzers/*.dll.
  const bin = join(root, 'alext', 'bin');
  mkdirSync(join(bin, 'linux'), { recursive: true });
  mkdirSync(join(bin, 'Analyzers'), { recursive: true });
  for (const cop of ['Analyzers.Common', 'CodeCop', 'UICop', 'PerTenantExtensionCop', 'AppSourceCop']) writeFileSync(join(bin, 'Analyzers', `Microsoft.Dynamics.Nav.${cop}.dll`), '');
  writeFileSync(join(root, 'alext', 'app.app.bin'), makeApp({ name: 'Bookings Invoicing', id: '64d0bad8-e4fc-49a5-8607-8e161ca5e6b7' }));
  writeFileSync(join(root, 'alext', 'test.app.bin'), makeApp({ name: 'Bookings Invoicing Test', id: 'd6159f70-84fd-445b-83c9-1ecfba9ee0e7' }));
  const alcPath = join(bin, 'linux', 'alc');
  writeFileSync(
    alcPath,
    `#!/usr/bin/env node
const TOOL = 'alc'; ${record}
const fs = require('fs'); const path = require('path');
const arg = (n) => (process.argv.slice(2).find((a) => a.startsWith('/' + n + ':')) || '').slice(n.length + 2);
const project = arg('project'); const isTest = JSON.parse(fs.readFileSync(path.join(project, 'app.json'), 'utf8')).name === 'Bookings Invoicing Test';
console.log('Microsoft (R) AL Compiler version 16.0 (fake)');
if (${JSON.stringify(options.alc ?? 'ok')} === 'errors' && !isTest) {
  const file = path.join(project, 'src-al', 'Setup', 'BKISetup.Table.al');
  fs.writeFileSync(arg('errorLog'), JSON.stringify({ issues: [
    { ruleId: 'AL0118', fullMessage: "The name 'Foo' does not exist in the current context.", properties: { severity: 'Error' }, locations: [{ analysisTarget: [{ uri: file, region: { startLine: 12, startColumn: 5 } }] }] },
    { ruleId: 'AA0021', fullMessage: 'Variable declarations should be ordered by type.', properties: { severity: 'Warning' }, locations: [{ analysisTarget: [{ uri: file, region: { startLine: 3, startColumn: 9 } }] }] },
  ] }));
  console.log(file + '(12,5): error AL0118: The name Foo does not exist in the current context.');
  process.exit(1);
}
fs.writeFileSync(arg('errorLog'), JSON.stringify({ issues: [] }));
fs.copyFileSync(path.join(${JSON.stringify(join(root, 'alext'))}, isTest ? 'test.app.bin' : 'app.app.bin'), arg('out'));
console.log('Compilation ended successfully.');
`,
  );
  chmodSync(alcPath, 0o755);
  return { root, home, alcPath, calls };
}
