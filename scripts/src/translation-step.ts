/**
 * The build's translation step: alc writes `Translations/<app name>.g.xlf` on every build of an app whose app.json
 * has the TranslationFile feature. We have no alc here, so the build writes it with our generator
 * (tools/al/xliff, the same code as `npm run al -- xliff`): the app's file goes to src-al/Translations (where the
 * project keeps it), the test app's to test-app/Translations. An app without the feature gets no file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatDiagnostic } from '../../tools/common/src/diagnostic';
import { loadAppJson } from '../../tools/al/project/src';
import { generateXliff, hasFeature, TRANSLATION_FEATURE, translationFilePath } from '../../tools/al/xliff/src';
import type { StepStatus } from './progress';

/** Each app folder (with app.json) and the folder whose Translations subfolder gets its file. */
export const TRANSLATION_TARGETS: readonly { readonly appDir: string; readonly folder: string }[] = [
  { appDir: '.', folder: 'src-al' },
  { appDir: 'test-app', folder: 'test-app' },
];

export interface TranslationOutcome {
  readonly status: StepStatus;
  readonly summary: string;
  /** Files written or found current, relative to the root. */
  readonly files: readonly string[];
}

export function runTranslationStep(root: string, log: (line: string) => void): TranslationOutcome {
  const parts: string[] = [];
  const files: string[] = [];
  let failed = false;
  for (const target of TRANSLATION_TARGETS) {
    const appDir = join(root, target.appDir);
    const manifest = loadAppJson(join(appDir, 'app.json')).manifest;
    if (manifest === undefined || !hasFeature(manifest, TRANSLATION_FEATURE)) continue;
    const result = generateXliff(appDir, { cwd: root });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const file = translationFilePath(join(root, target.folder), manifest);
    const shown = relative(root, file).split('\\').join('/');
    if (errors.length > 0) {
      for (const d of errors) log(formatDiagnostic(d));
      parts.push(`${shown}: not written, ${errors.length} syntax error(s)`);
      failed = true;
      continue;
    }
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current !== result.text) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, result.text, 'utf8');
    }
    files.push(shown);
    parts.push(`${shown}: ${result.units} trans-units (${current === result.text ? 'unchanged' : current === undefined ? 'created' : 'updated'})`);
  }
  if (parts.length === 0) return { status: 'skipped', summary: `no app.json has the ${TRANSLATION_FEATURE} feature, so there is no translation file to write`, files };
  return { status: failed ? 'failed' : 'ok', summary: parts.join('; '), files };
}
