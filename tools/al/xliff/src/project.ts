/**
 * Loads an app the way `al check` does (app.json, every .al file below the app folder except nested apps, with
 * the app's preprocessor symbols) and produces its generated XLIFF file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../../common/src/diagnostic';
import { loadAppJson, type AppManifest } from '../../project/src';
import { listAlFiles } from '../../symbols/src/generate';
import { parseAl, type ObjectDeclaration } from '../../syntax/src';
import { collectUnits } from './collect';
import { writeXliff } from './xml';

export const TRANSLATION_FEATURE = 'TranslationFile';
export const LOCKED_FEATURE = 'GenerateLockedTranslations';

export interface XliffResult {
  readonly manifest: AppManifest;
  /** The file text (with its byte order mark). */
  readonly text: string;
  /** Trans-units written. */
  readonly units: number;
  readonly files: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** The folder with app.json at or above `folder`, or undefined. */
export function findAppFolder(folder: string): string | undefined {
  let dir = resolve(folder);
  for (;;) {
    if (existsSync(join(dir, 'app.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `<folder>/Translations/<app name>.g.xlf`: where alc writes the file when `folder` is the project folder. */
export function translationFilePath(folder: string, manifest: AppManifest): string {
  return join(folder, 'Translations', `${manifest.name}.g.xlf`);
}

export function hasFeature(manifest: AppManifest, feature: string): boolean {
  return manifest.features.some((f) => f.toLowerCase() === feature.toLowerCase());
}

/** The generated XLIFF text for the given objects of an app. */
export function xliffForObjects(objects: readonly ObjectDeclaration[], manifest: AppManifest): { text: string; units: number } {
  const units = collectUnits(objects);
  const generateLocked = hasFeature(manifest, LOCKED_FEATURE);
  const written = units.filter((u) => generateLocked || !u.locked).length;
  return { text: writeXliff(units, { appName: manifest.name, generateLocked }), units: written };
}

/** Parses the app in `appDir` (extra `defines` as `al check --define`) and returns its generated XLIFF file. */
export function generateXliff(appDir: string, options: { readonly defines?: readonly string[]; readonly cwd?: string } = {}): XliffResult {
  const cwd = options.cwd ?? process.cwd();
  const appJson = loadAppJson(join(appDir, 'app.json'), relative(cwd, join(appDir, 'app.json')) || 'app.json');
  const manifest = appJson.manifest;
  if (manifest === undefined) throw new Error(`${join(appDir, 'app.json')} is not a valid app.json: ${appJson.diagnostics.map((d) => d.message).join('; ')}`);
  const diagnostics: Diagnostic[] = [...appJson.diagnostics];
  const objects: ObjectDeclaration[] = [];
  const files = listAlFiles(appDir, { skipNestedApps: true });
  for (const path of files) {
    const parsed = parseAl(readFileSync(path, 'utf8'), { fileName: relative(cwd, path) || path, defines: [...manifest.preprocessorSymbols, ...(options.defines ?? [])] });
    diagnostics.push(...parsed.diagnostics);
    objects.push(...parsed.file.objects);
  }
  const { text, units } = xliffForObjects(objects, manifest);
  return { manifest, text, units, files: files.length, diagnostics };
}
