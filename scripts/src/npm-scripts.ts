/**
 * Runs the project's own npm scripts (the control add-in bundle, the AL toolchain CLI) from the build. Uses the npm
 * that started us (npm_execpath) when there is one, so it works the same on Windows, without a shell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScriptError } from './errors';
import { findExecutable } from './find-executable';
import { runProcess, type ProcessResult } from './run-process';

export function packageScripts(root: string): Readonly<Record<string, string>> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  } catch {
    throw new ScriptError('config', `Cannot read ${join(root, 'package.json')}; run the build from the repository root.`);
  }
  const scripts = json !== null && typeof json === 'object' ? (json as Record<string, unknown>)['scripts'] : undefined;
  if (scripts === null || typeof scripts !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(scripts as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}

function npmCommand(env: NodeJS.ProcessEnv): { command: string; prefix: string[] } {
  const execPath = env['npm_execpath'];
  if (execPath !== undefined && /\.c?js$/.test(execPath)) return { command: process.execPath, prefix: [execPath] };
  const npm = findExecutable('npm', env);
  if (npm === undefined) throw new ScriptError('config', 'npm is not on PATH; run the build through `npm run build`.');
  return { command: npm, prefix: [] };
}

export function runNpmScript(root: string, script: string, args: readonly string[], env: NodeJS.ProcessEnv, onLine: (line: string) => void): Promise<ProcessResult> {
  const { command, prefix } = npmCommand(env);
  const full = [...prefix, 'run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
  return runProcess(command, full, { cwd: root, env, onLine: (l) => onLine(l) });
}
