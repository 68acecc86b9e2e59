/**
 * `npm run check:al`: checks the project the way a partner's build would: both app.json files, that the test app
 * fits the app, and every AL file of the app and the test app with our AL checker (names, types and code-analysis
 * rules against the committed symbol model). It prints what it found and exits non-zero on errors; it never
 * reports a success it did not see. (Until the local sandbox landed this was `npm start`.)
 */
import { join, relative } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../tools/common/src/diagnostic';
import { checkTestApp, loadAppJson } from '../tools/al/project/src';
import { checkApp, defaultSymbolFiles } from '../tools/al/check/src';

const root = join(__dirname, '..');

function main(): number {
  const started = Date.now();
  const diagnostics: Diagnostic[] = [];
  const app = loadAppJson(join(root, 'app.json'), 'app.json');
  const testApp = loadAppJson(join(root, 'test-app', 'app.json'), 'test-app/app.json');
  diagnostics.push(...app.diagnostics, ...testApp.diagnostics);
  if (!app.manifest || !testApp.manifest) {
    for (const d of diagnostics) console.log(formatDiagnostic(d));
    console.log('Fix app.json first: the AL sources were not checked.');
    return 1;
  }
  diagnostics.push(...checkTestApp(app.manifest, 'app.json', testApp.manifest, 'test-app/app.json'));
  console.log(`App: ${app.manifest.name} ${app.manifest.version} by ${app.manifest.publisher} (runtime ${app.manifest.runtime ?? 'latest'}, target ${app.manifest.target})`);
  console.log(`Test app: ${testApp.manifest.name} ${testApp.manifest.version}, ${testApp.manifest.dependencies.length} dependencies`);

  const symbolFiles = defaultSymbolFiles(root);
  const options = { symbolFiles, cwd: process.cwd() };
  const appResult = checkApp(root, options);
  const testResult = checkApp(join(root, 'test-app'), { ...options, sourceDependencies: [root] });
  diagnostics.push(...appResult.diagnostics, ...testResult.diagnostics);
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  console.log(
    `Checked app.json, test-app/app.json and ${appResult.files + testResult.files} AL files (${appResult.objects} app objects, ` +
      `${testResult.objects} test objects) against ${symbolFiles.map((f) => relative(root, f)).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${errors} errors, ${diagnostics.length - errors} warnings.`,
  );
  return errors > 0 ? 1 : 0;
}

process.exitCode = main();
