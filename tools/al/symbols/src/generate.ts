import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../../common/src/diagnostic';
import { loadAppJson } from '../../project/src';
import { parseAl } from '../../syntax/src';
import { extractSymbols, type ExtensionSymbol } from './extract';
import { SymbolFormatVersion, type AppSymbols, type ObjectSymbol, type SymbolFile } from './model';

/** The apps, relative to a microsoft/BCApps checkout, whose symbols our app and test app may use. */
export const BcAppsSymbolSources: readonly string[] = [
  'src/System Application/App',
  'src/Business Foundation/App',
  'src/Layers/W1/BaseApp',
  'src/Tools/Test Framework/Test Libraries/Assert',
  'src/Tools/Test Framework/Test Libraries/Any',
  'src/Tools/Test Framework/Test Libraries/Variable Storage',
  'src/Tools/Test Framework/Test Libraries/Permissions Mock',
  'src/Tools/Test Framework/Test Runner',
  'src/Layers/W1/Tests/TestLibraries',
  'src/Layers/W1/Tests/ApplicationTestLibrary',
];

export interface GenerateResult {
  readonly symbols: SymbolFile;
  readonly diagnostics: Diagnostic[];
  readonly filesParsed: number;
}

/**
 * The .al files below `dir`, skipping dot-folders and node_modules. With `skipNestedApps` (an app's own sources),
 * folders that hold an app of their own (a nested app.json, e.g. test-app/) and a top-level tools/ folder (our
 * toolchain's AL fixtures) are skipped too. BCApps apps such as the System Application nest module app.json files
 * inside one app, so symbol generation reads everything.
 */
export function listAlFiles(dir: string, options: { skipNestedApps?: boolean } = {}): string[] {
  const found: string[] = [];
  const visit = (folder: string, isRoot: boolean): void => {
    if (!isRoot && options.skipNestedApps === true && existsSync(join(folder, 'app.json'))) return;
    for (const name of readdirSync(folder)) {
      if (name.startsWith('.') || name === 'node_modules' || (isRoot && options.skipNestedApps === true && name === 'tools')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path, false);
      else if (name.toLowerCase().endsWith('.al')) found.push(path);
    }
  };
  visit(dir, true);
  return found.sort();
}

/** Reads one app folder (app.json + its .al files) into its visible symbols; extensions merge into targets. */
export function readAppSymbols(appDir: string, diagnostics: Diagnostic[]): { app: AppSymbols; files: number } | undefined {
  const appJson = loadAppJson(join(appDir, 'app.json'));
  const manifest = appJson.manifest;
  if (!manifest) {
    diagnostics.push(...appJson.diagnostics);
    return undefined;
  }
  const objects: ObjectSymbol[] = [];
  const extensions: ExtensionSymbol[] = [];
  const files = listAlFiles(appDir);
  for (const file of files) {
    const parsed = parseAl(readFileSync(file, 'utf8'), { fileName: file, defines: manifest.preprocessorSymbols });
    diagnostics.push(...parsed.diagnostics.filter((d) => d.severity === 'error'));
    const extracted = extractSymbols(parsed.file, { includeInternal: manifest.internalsVisibleTo.length > 0 });
    objects.push(...extracted.objects);
    extensions.push(...extracted.extensions);
  }
  const foreign = mergeExtensions(objects, extensions);
  objects.sort((a, b) => a.type.localeCompare(b.type) || (('id' in a ? a.id ?? 0 : 0) - ('id' in b ? b.id ?? 0 : 0)) || a.name.localeCompare(b.name));
  return {
    app: {
      id: manifest.id, name: manifest.name, publisher: manifest.publisher, version: manifest.version,
      ...(manifest.internalsVisibleTo.length > 0 ? { internalsVisibleTo: manifest.internalsVisibleTo.map((r) => ({ id: r.id, name: r.name })) } : {}),
      objects,
      ...(foreign.length > 0 ? { extensions: foreign } : {}),
    },
    files: files.length,
  };
}

/** Merges extensions into their targets in the same app; returns those whose target is in another app. */
function mergeExtensions(objects: ObjectSymbol[], extensions: readonly ExtensionSymbol[]): ExtensionSymbol[] {
  const foreign: ExtensionSymbol[] = [];
  const byName = new Map<string, ObjectSymbol>();
  for (const o of objects) byName.set(`${o.type}:${o.name.toLowerCase()}`, o);
  for (const ext of extensions) {
    const targetType = ext.type === 'tableextension' ? 'table' : ext.type === 'enumextension' ? 'enum' : 'page';
    const target = byName.get(`${targetType}:${ext.target.toLowerCase()}`);
    // A target moved to another app (ObsoleteState = Moved) lives on there: the extension goes with it.
    if (!target || target.obsolete?.state.toLowerCase() === 'moved') {
      foreign.push(ext);
      continue;
    }
    if (target.type === 'table') {
      target.fields.push(...ext.fields);
      target.keys.push(...ext.keys);
      target.procedures.push(...ext.procedures);
    } else if (target.type === 'enum') {
      target.values.push(...ext.values);
    } else if (target.type === 'page') {
      target.controls.push(...ext.controls);
      target.procedures.push(...ext.procedures);
    }
  }
  return foreign;
}

/** Generates the symbol file for the BCApps apps above. */
export function generateFromBcApps(bcAppsDir: string, source: string, extraAppDirs: readonly string[] = []): GenerateResult {
  const diagnostics: Diagnostic[] = [];
  const apps: AppSymbols[] = [];
  let filesParsed = 0;
  for (const appDir of [...BcAppsSymbolSources.map((r) => join(bcAppsDir, r)), ...extraAppDirs]) {
    const read = readAppSymbols(appDir, diagnostics);
    if (!read) continue;
    apps.push(read.app);
    filesParsed += read.files;
  }
  return { symbols: { formatVersion: SymbolFormatVersion, source, apps }, diagnostics, filesParsed };
}
