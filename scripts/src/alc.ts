/**
 * The AL compiler (alc): where to find it, the command line for one project, and reading its JSON error log.
 * Search order: `--alc PATH`, env AL_COMPILER, the AL Language VS Code extension
 * (~/.vscode/extensions/ms-dynamics-smb.al-<version>/bin/<platform>/alc), newest version first.
 * Switches follow BcContainerHelper's Compile-AppInBcContainer: /project /packagecachepath /out /analyzer
 * /ruleset /errorLog.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic, Severity } from '../../tools/common/src/diagnostic';
import { ScriptError } from './errors';
import { isExecutableFile } from './find-executable';

export type CompilerSource = 'option' | 'env' | 'vscode-extension';

export interface CompilerLocation {
  readonly path: string;
  readonly source: CompilerSource;
}

function platformFolder(): { folder: string; exe: string } {
  switch (process.platform) {
    case 'win32':
      return { folder: 'win32', exe: 'alc.exe' };
    case 'darwin':
      return { folder: 'darwin', exe: 'alc' };
    default:
      return { folder: 'linux', exe: 'alc' };
  }
}

function versionKey(dir: string): number[] {
  const m = /ms-dynamics-smb\.al-(\d+(?:\.\d+)*)/.exec(dir);
  return (m?.[1] ?? '0').split('.').map(Number);
}

function newerFirst(a: string, b: string): number {
  const va = versionKey(a);
  const vb = versionKey(b);
  for (let i = 0; i < Math.max(va.length, vb.length); i++) {
    const d = (vb[i] ?? 0) - (va[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function findCompiler(option: string | undefined, env: NodeJS.ProcessEnv, home: string = homedir()): CompilerLocation | undefined {
  if (option !== undefined) {
    if (!isExecutableFile(option)) throw new ScriptError('config', `--alc ${option} is not an executable file.`);
    return { path: option, source: 'option' };
  }
  const fromEnv = env['AL_COMPILER'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutableFile(fromEnv)) throw new ScriptError('config', `AL_COMPILER=${fromEnv} is not an executable file.`);
    return { path: fromEnv, source: 'env' };
  }
  const extensions = join(home, '.vscode', 'extensions');
  if (!existsSync(extensions)) return undefined;
  const { folder, exe } = platformFolder();
  const candidates = readdirSync(extensions).filter((d) => d.startsWith('ms-dynamics-smb.al-')).sort(newerFirst);
  for (const dir of candidates) {
    const path = join(extensions, dir, 'bin', folder, exe);
    if (isExecutableFile(path)) return { path, source: 'vscode-extension' };
  }
  return undefined;
}

export const ANALYZERS = ['CodeCop', 'UICop', 'PerTenantExtensionCop'] as const;

/** The analyzer DLLs next to alc (bin/Analyzers), Common first as alc needs; empty when the folder is absent. */
export function findAnalyzers(alcPath: string, names: readonly string[] = ANALYZERS): string[] {
  for (const dir of [join(dirname(dirname(alcPath)), 'Analyzers'), join(dirname(alcPath), 'Analyzers')]) {
    const common = join(dir, 'Microsoft.Dynamics.Nav.Analyzers.Common.dll');
    const cops = names.map((n) => join(dir, `Microsoft.Dynamics.Nav.${n}.dll`));
    if (cops.every((c) => existsSync(c))) return [...(existsSync(common) ? [common] : []), ...cops];
  }
  return [];
}

export interface AlcInvocation {
  readonly projectFolder: string;
  readonly packageCachePath: string;
  readonly outFile: string;
  readonly analyzers: readonly string[];
  readonly rulesetFile?: string;
  readonly errorLogFile: string;
}

export function alcArguments(i: AlcInvocation): string[] {
  const args = [`/project:${i.projectFolder}`, `/packagecachepath:${i.packageCachePath}`, `/out:${i.outFile}`];
  for (const a of i.analyzers) args.push(`/analyzer:${a}`);
  if (i.rulesetFile !== undefined) args.push(`/ruleset:${i.rulesetFile}`);
  args.push(`/errorLog:${i.errorLogFile}`);
  return args;
}

function toSeverity(s: unknown): Severity {
  const t = typeof s === 'string' ? s.toLowerCase() : '';
  if (t === 'error') return 'error';
  if (t === 'warning') return 'warning';
  return 'info';
}

/**
 * Reads alc's /errorLog JSON: `issues[]` with `ruleId`, `fullMessage`, `properties.severity` and
 * `locations[0].analysisTarget[0]` = `{uri, region: {startLine, startColumn}}`.
 */
export function readErrorLog(path: string, relativeTo: (file: string) => string): Diagnostic[] {
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return [];
  }
  const issues = json !== null && typeof json === 'object' ? (json as Record<string, unknown>)['issues'] : undefined;
  if (!Array.isArray(issues)) return [];
  const out: Diagnostic[] = [];
  for (const issue of issues as unknown[]) {
    if (issue === null || typeof issue !== 'object') continue;
    const o = issue as Record<string, unknown>;
    const props = o['properties'] !== null && typeof o['properties'] === 'object' ? (o['properties'] as Record<string, unknown>) : {};
    const locations = Array.isArray(o['locations']) ? (o['locations'] as unknown[]) : [];
    const first = locations[0] !== null && typeof locations[0] === 'object' ? (locations[0] as Record<string, unknown>) : {};
    const targets = Array.isArray(first['analysisTarget']) ? (first['analysisTarget'] as unknown[]) : [];
    const target = targets[0] !== null && typeof targets[0] === 'object' ? (targets[0] as Record<string, unknown>) : {};
    const region = target['region'] !== null && typeof target['region'] === 'object' ? (target['region'] as Record<string, unknown>) : {};
    const uri = typeof target['uri'] === 'string' ? target['uri'] : '';
    out.push({
      file: uri === '' ? '(project)' : relativeTo(uri),
      line: typeof region['startLine'] === 'number' ? region['startLine'] : 1,
      column: typeof region['startColumn'] === 'number' ? region['startColumn'] : 1,
      code: typeof o['ruleId'] === 'string' ? o['ruleId'] : 'AL',
      severity: toSeverity(props['severity']),
      message: typeof o['fullMessage'] === 'string' ? o['fullMessage'] : typeof o['shortMessage'] === 'string' ? o['shortMessage'] : '',
    });
  }
  return out;
}
