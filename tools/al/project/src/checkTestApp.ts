import type { Diagnostic } from '../../../common/src/diagnostic';
import { compareVersions, type AppManifest } from './manifest';
import { message } from './messages';

/**
 * Checks that a test app fits the app it tests: it depends on it (right name, publisher, a version the app
 * satisfies), their ID ranges are apart, and the app's internalsVisibleTo names the test app correctly.
 */
export function checkTestApp(app: AppManifest, appFile: string, testApp: AppManifest, testAppFile: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (file: string, code: Diagnostic['code'], text: string): void => {
    diagnostics.push({ file, line: 1, column: 1, code, severity: 'error', message: text });
  };
  const dependency = testApp.dependencies.find((d) => d.id === app.id);
  if (!dependency) {
    at(testAppFile, 'BKI1030', message('BKI1030', testApp.name, app.name, app.id));
  } else {
    if (dependency.name !== app.name || dependency.publisher !== app.publisher) {
      at(testAppFile, 'BKI1032', message('BKI1032', app.id, dependency.name, dependency.publisher, app.name, app.publisher));
    }
    if (compareVersions(dependency.version, app.version) > 0) {
      at(testAppFile, 'BKI1031', message('BKI1031', app.name, dependency.version, app.version));
    }
  }
  for (const a of app.idRanges) {
    for (const t of testApp.idRanges) {
      if (a.from <= t.to && t.from <= a.to) {
        at(testAppFile, 'BKI1033', message('BKI1033', app.name, testApp.name, a.from, a.to, t.from, t.to));
      }
    }
  }
  const visible = app.internalsVisibleTo.find((r) => r.name === testApp.name && r.publisher === testApp.publisher);
  if (visible && visible.id !== testApp.id) {
    at(appFile, 'BKI1034', message('BKI1034', app.name, testApp.name, visible.id, testApp.id));
  }
  return diagnostics;
}
