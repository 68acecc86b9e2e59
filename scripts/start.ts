/**
 * `npm start`: the main job. Until the local sandbox lands it checks the project a partner would build:
 * both app.json files, that the test app fits the app, and (once the AL parser exists) every AL file.
 * It prints what it found and exits non-zero when something is wrong; it never reports a success it did not see.
 */
import { join, relative } from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../tools/common/src/diagnostic';
import { checkTestApp, loadAppJson } from '../tools/al/project/src';

const root = join(__dirname, '..');

function main(): number {
  const diagnostics: Diagnostic[] = [];
  const app = loadAppJson(join(root, 'app.json'), 'app.json');
  const testApp = loadAppJson(join(root, 'test-app', 'app.json'), 'test-app/app.json');
  diagnostics.push(...app.diagnostics, ...testApp.diagnostics);
  if (app.manifest && testApp.manifest) {
    diagnostics.push(...checkTestApp(app.manifest, 'app.json', testApp.manifest, 'test-app/app.json'));
    console.log(`App: ${app.manifest.name} ${app.manifest.version} by ${app.manifest.publisher} (runtime ${app.manifest.runtime ?? 'latest'}, target ${app.manifest.target})`);
    console.log(`Test app: ${testApp.manifest.name} ${testApp.manifest.version}, ${testApp.manifest.dependencies.length} dependencies`);
  }
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  console.log(`Checked ${relative(root, join(root, 'app.json'))} and test-app/app.json: ${errors} errors, ${diagnostics.length - errors} warnings.`);
  return hasErrors(diagnostics) ? 1 : 0;
}

process.exitCode = main();
