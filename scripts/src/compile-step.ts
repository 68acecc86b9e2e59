/**
 * Compiling the app and the test app into .app files, with alc on this machine or inside a BC container through
 * the BcContainerHelper wrapper. Only alc or Compile-AppInBcContainer ever writes an .app; this code checks the
 * result is a real app package and never makes one up.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../../tools/common/src/diagnostic';
import type { AppManifest } from '../../tools/al/project/src';
import type { BcContainer } from '../bc-container/src';
import { alcArguments, findAnalyzers, readErrorLog, type CompilerLocation } from './alc';
import { readAppFile } from './app-file';
import { ScriptError } from './errors';
import { runProcess } from './run-process';

export const RULESET_FILE = 'bki.ruleset.json';
export const PACKAGE_CACHE = '.alpackages';
export const OUTPUT_FOLDER = join('build', 'apps');

export type Compiler = { readonly kind: 'alc'; readonly location: CompilerLocation } | { readonly kind: 'container'; readonly containerName: string; readonly bc: BcContainer };

export interface ProjectToCompile {
  readonly label: 'app' | 'test app';
  /** Folder alc compiles (every .al below it is part of the app). */
  readonly projectFolder: string;
  readonly manifest: AppManifest;
}

export function appFileName(m: AppManifest): string {
  return `${m.publisher}_${m.name}_${m.version}.app`.replace(/[\\/:*?"<>|]/g, '_');
}

/**
 * The app's sources live in src-al/ next to test-app/ and tools/ (whose fixtures hold .al files too), and alc
 * compiles every .al under /project, so the app is staged into build/alc/app: app.json, src-al/, and the
 * Translations folder when there is one.
 */
export function stageAppProject(root: string): string {
  const staged = join(root, 'build', 'alc', 'app');
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(staged, { recursive: true });
  copyFileSync(join(root, 'app.json'), join(staged, 'app.json'));
  for (const folder of ['src-al', 'Translations']) {
    if (existsSync(join(root, folder))) cpSync(join(root, folder), join(staged, folder), { recursive: true });
  }
  // alc writes the generated .g.xlf into <project>/Translations and packs the .xlf files it finds there; ours live in
  // src-al/Translations, so they go to the staged project's Translations folder.
  const translations = join(root, 'src-al', 'Translations');
  if (existsSync(translations)) cpSync(translations, join(staged, 'Translations'), { recursive: true });
  return staged;
}

export interface CompileResult {
  readonly appFile: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly analyzers: number;
}

export async function compileProject(root: string, project: ProjectToCompile, compiler: Compiler, log: (line: string) => void, env: NodeJS.ProcessEnv): Promise<CompileResult> {
  const outFolder = join(root, OUTPUT_FOLDER);
  mkdirSync(outFolder, { recursive: true });
  const outFile = join(outFolder, appFileName(project.manifest));
  rmSync(outFile, { force: true });
  const ruleset = existsSync(join(root, RULESET_FILE)) ? join(root, RULESET_FILE) : undefined;
  switch (compiler.kind) {
    case 'alc': {
      const analyzers = findAnalyzers(compiler.location.path);
      if (analyzers.length === 0) log(`code analyzers not found next to ${compiler.location.path}; compiling without CodeCop, UICop and PerTenantExtensionCop`);
      const errorLog = join(root, 'build', 'alc', `${project.label === 'app' ? 'app' : 'test-app'}.errorLog.json`);
      rmSync(errorLog, { force: true });
      const args = alcArguments({
        projectFolder: resolve(project.projectFolder),
        packageCachePath: join(root, PACKAGE_CACHE),
        outFile,
        analyzers,
        ...(ruleset === undefined ? {} : { rulesetFile: ruleset }),
        errorLogFile: errorLog,
      });
      const result = await runProcess(compiler.location.path, args, { cwd: root, env, onLine: (l) => log(l) });
      const diagnostics = sortDiagnostics(readErrorLog(errorLog, (uri) => toRelative(root, project.projectFolder, uri)));
      for (const d of diagnostics) log(formatDiagnostic(d));
      if (result.exitCode !== 0) {
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        throw new ScriptError('tool', `alc failed for the ${project.label} (exit ${result.exitCode}, ${errors} errors); see the messages above.`);
      }
      return { appFile: verifyApp(outFile, project), diagnostics, analyzers: analyzers.length };
    }
    case 'container': {
      const produced = await compiler.bc.compileApp({
        containerName: compiler.containerName,
        appProjectFolder: resolve(project.projectFolder),
        appOutputFolder: outFolder,
        appSymbolsFolder: join(root, PACKAGE_CACHE),
        ...(ruleset === undefined ? {} : { rulesetFile: ruleset }),
        codeCop: true,
        uiCop: true,
        perTenantExtensionCop: true,
        failOn: 'error',
      });
      return { appFile: verifyApp(produced, project), diagnostics: [], analyzers: 3 };
    }
  }
}

function toRelative(root: string, projectFolder: string, uri: string): string {
  const path = uri.startsWith('file://') ? decodeURIComponent(new URL(uri).pathname) : uri;
  const staged = join(root, 'build', 'alc', 'app');
  const rel = relative(root, path.startsWith(staged) ? join(root, relative(staged, path)) : resolve(projectFolder, path));
  return rel.split('\\').join('/');
}

function verifyApp(file: string, project: ProjectToCompile): string {
  if (!existsSync(file)) throw new ScriptError('tool', `The compiler reported success but ${file} does not exist.`);
  const info = readAppFile(readFileSync(file), file);
  if (info.id !== project.manifest.id) throw new ScriptError('tool', `${file} has app id ${info.id}, expected ${project.manifest.id} from the ${project.label}'s app.json.`);
  return file;
}
