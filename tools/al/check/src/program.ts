import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../../../common/src/diagnostic';
import { loadAppJson, type AppManifest } from '../../project/src';
import { parseAl, type ObjectDeclaration, type SourceFileNode } from '../../syntax/src';
import { extractSymbols, type ExtensionSymbol } from '../../symbols/src/extract';
import { listAlFiles } from '../../symbols/src/generate';
import type { ObjectSymbol, SymbolFile } from '../../symbols/src/model';
import { ObjectIndex } from './objectIndex';
import { Suppressions } from './suppressions';

export interface SourceUnit {
  /** Path as shown in diagnostics (relative to the working directory). */
  readonly display: string;
  readonly file: SourceFileNode;
  readonly suppressions: Suppressions;
}

export interface OwnObject {
  readonly decl: ObjectDeclaration;
  readonly unit: SourceUnit;
}

/** One app loaded for checking: its manifest, parsed sources, own objects and everything it can see. */
export interface Program {
  readonly appDir: string;
  readonly manifest: AppManifest;
  readonly units: SourceUnit[];
  readonly own: OwnObject[];
  readonly index: ObjectIndex;
  readonly diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Symbol files of the dependencies (e.g. symbols/bcapps.symbols.json). */
  readonly symbolFiles: readonly string[];
  /** Other app folders whose sources provide symbols (e.g. the app, for its test app). */
  readonly sourceDependencies?: readonly string[];
  /** Extra preprocessor symbols (besides app.json's). */
  readonly defines?: readonly string[];
  readonly cwd?: string;
}

function parseApp(appDir: string, manifest: AppManifest, defines: readonly string[], cwd: string, diagnostics: Diagnostic[]): SourceUnit[] {
  const units: SourceUnit[] = [];
  for (const path of listAlFiles(appDir, { skipNestedApps: true })) {
    const display = relative(cwd, path) || path;
    const parsed = parseAl(readFileSync(path, 'utf8'), { fileName: display, defines: [...manifest.preprocessorSymbols, ...defines] });
    diagnostics.push(...parsed.diagnostics);
    units.push({ display, file: parsed.file, suppressions: new Suppressions(parsed.file) });
  }
  return units;
}

function symbolsOfUnits(units: readonly SourceUnit[], includeNonPublic: boolean): { objects: ObjectSymbol[]; extensions: ExtensionSymbol[] } {
  const objects: ObjectSymbol[] = [];
  const extensions: ExtensionSymbol[] = [];
  for (const unit of units) {
    const extracted = extractSymbols(unit.file, { includeNonPublic });
    objects.push(...extracted.objects);
    extensions.push(...extracted.extensions);
  }
  return { objects, extensions };
}

/** Parsed symbol files by path, reused while the file is unchanged (checking many apps parses the 3 MB file once). */
const symbolFileCache = new Map<string, { readonly mtimeMs: number; readonly size: number; readonly data: SymbolFile }>();

function readSymbolFile(path: string): SymbolFile {
  const { mtimeMs, size } = statSync(path);
  const cached = symbolFileCache.get(path);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.data;
  const data = JSON.parse(readFileSync(path, 'utf8')) as SymbolFile;
  symbolFileCache.set(path, { mtimeMs, size, data });
  return data;
}

export function loadProgram(appDir: string, options: LoadOptions): Program {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const appJson = loadAppJson(join(appDir, 'app.json'), relative(cwd, join(appDir, 'app.json')));
  diagnostics.push(...appJson.diagnostics);
  const manifest = appJson.manifest;
  if (!manifest) throw new Error(`Cannot check ${appDir}: its app.json is not valid (see the diagnostics above).`);
  const defines = options.defines ?? [];
  const units = parseApp(appDir, manifest, defines, cwd, diagnostics);
  const index = new ObjectIndex();

  for (const symbolFile of options.symbolFiles) {
    if (!existsSync(symbolFile)) throw new Error(`Symbol file ${symbolFile} does not exist. Generate it with: npm run symbols -- <path to a microsoft/BCApps checkout>`);
    const data = readSymbolFile(symbolFile);
    for (const app of data.apps) {
      // An app's internal objects and procedures are for the apps its app.json lists in internalsVisibleTo.
      const friend = app.id.toLowerCase() === manifest.id.toLowerCase() || app.internalsVisibleTo?.some((r) => r.id.toLowerCase() === manifest.id.toLowerCase()) === true;
      for (const object of app.objects) {
        if (!friend && object.access === 'Internal') continue;
        if (!friend && 'procedures' in object && object.procedures.some((p) => p.access === 'internal' || p.event === 'InternalEvent')) {
          const procedures = object.procedures.filter((p) => p.event !== 'InternalEvent');
          for (const p of procedures) if (p.access === 'internal') index.hideInternal(p);
          index.add({ ...object, procedures } as ObjectSymbol, app.name);
          continue;
        }
        index.add(object, app.name);
      }
    }
    for (const app of data.apps) {
      const friend = app.id.toLowerCase() === manifest.id.toLowerCase() || app.internalsVisibleTo?.some((r) => r.id.toLowerCase() === manifest.id.toLowerCase()) === true;
      for (const extension of app.extensions ?? []) {
        if (!friend) for (const p of extension.procedures) if (p.access === 'internal') index.hideInternal(p);
        index.extend(extension);
      }
    }
  }
  for (const dependencyDir of options.sourceDependencies ?? []) {
    const dependency = loadAppJson(join(dependencyDir, 'app.json')).manifest;
    if (!dependency) continue;
    const visible = dependency.internalsVisibleTo.some((r) => r.id === manifest.id);
    const depUnits = parseApp(dependencyDir, dependency, defines, cwd, []);
    const extracted = symbolsOfUnits(depUnits, visible);
    for (const object of extracted.objects) index.add(object, dependency.name);
    for (const extension of extracted.extensions) index.extend(extension);
  }
  const ownSymbols = symbolsOfUnits(units, true);
  for (const object of ownSymbols.objects) index.add(object, manifest.name);
  for (const extension of ownSymbols.extensions) index.extend(extension);

  const own: OwnObject[] = [];
  for (const unit of units) for (const decl of unit.file.objects) own.push({ decl, unit });
  return { appDir, manifest, units, own, index, diagnostics };
}
