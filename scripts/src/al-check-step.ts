/**
 * The build's AL check: validates both app.json files in-process, then runs our AL toolchain CLI on the app and
 * test app — `npm run al -- check . test-app` when that command exists, else `npm run al -- parse src-al test-app`
 * — and says exactly which of these ran.
 */
import { join } from 'node:path';
import { formatDiagnostic, hasErrors } from '../../tools/common/src/diagnostic';
import { checkTestApp, loadAppJson, type AppManifest } from '../../tools/al/project/src';
import type { StepStatus } from './progress';
import { packageScripts, runNpmScript } from './npm-scripts';

/** `al parse` takes source folders; `al check` takes app folders (a folder with app.json; nested apps skipped). */
export const AL_SOURCE_FOLDERS = ['src-al', 'test-app'] as const;
export const AL_APP_FOLDERS = ['.', 'test-app'] as const;

export interface AlCheckOutcome {
  readonly status: StepStatus;
  readonly summary: string;
  /** What was checked, in words, for the no-compiler line. */
  readonly checked: string;
  readonly app: AppManifest | undefined;
  readonly testApp: AppManifest | undefined;
}

/** The `al` CLI's commands, read from `npm run al -- help` ("  <name>  <summary>" lines). */
export async function alCommands(root: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const lines: string[] = [];
  const result = await runNpmScript(root, 'al', ['help'], env, (l) => lines.push(l));
  if (result.exitCode !== 0) return [];
  return lines.map((l) => /^\s{2}([a-z][a-z0-9-]*)\s/.exec(l)?.[1]).filter((n): n is string => n !== undefined);
}

export async function runAlCheck(root: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<AlCheckOutcome> {
  const app = loadAppJson(join(root, 'app.json'), 'app.json');
  const testApp = loadAppJson(join(root, 'test-app', 'app.json'), 'test-app/app.json');
  const manifestDiagnostics = [...app.diagnostics, ...testApp.diagnostics];
  if (app.manifest !== undefined && testApp.manifest !== undefined) {
    manifestDiagnostics.push(...checkTestApp(app.manifest, 'app.json', testApp.manifest, 'test-app/app.json'));
  }
  for (const d of manifestDiagnostics) log(formatDiagnostic(d));
  const manifestsOk = !hasErrors(manifestDiagnostics);
  const base = { app: app.manifest, testApp: testApp.manifest };
  const manifestText = `app.json and test-app/app.json ${manifestsOk ? 'valid' : 'have errors'}`;

  if (packageScripts(root)['al'] === undefined) {
    return { ...base, status: 'missing', summary: `${manifestText}; no "al" npm script, so the AL sources were not checked`, checked: 'app.json files only' };
  }
  const commands = await alCommands(root, env);
  const command = commands.includes('check') ? 'check' : commands.includes('parse') ? 'parse' : undefined;
  if (command === undefined) {
    return { ...base, status: 'missing', summary: `${manifestText}; \`npm run al\` has neither a check nor a parse command, so the AL sources were not checked`, checked: 'app.json files only' };
  }
  const folders = command === 'check' ? AL_APP_FOLDERS : AL_SOURCE_FOLDERS;
  const lines: string[] = [];
  const result = await runNpmScript(root, 'al', [command, ...folders], env, (l) => {
    lines.push(l);
    log(l);
  });
  const last = [...lines].reverse().find((l) => l.trim() !== '')?.trim() ?? 'no output';
  const what = `npm run al -- ${command} ${folders.join(' ')}`;
  const checked =
    command === 'check'
      ? 'checked the app and the test app (names, types, code-analysis rules) with our AL toolchain, validated both app.json files'
      : `parsed (syntax only) ${AL_SOURCE_FOLDERS.join(' and ')} with our AL toolchain, validated both app.json files`;
  const ok = result.exitCode === 0 && manifestsOk;
  return { ...base, status: ok ? 'ok' : 'failed', summary: `${manifestText}; ${what}: exit ${result.exitCode} (${last})`, checked };
}
