/**
 * Runs an external program without a shell (arguments are passed as an array, never parsed by a shell),
 * streams its stdout and stderr line by line to a callback, and resolves with the exit code and captured lines.
 */
import { spawn } from 'node:child_process';
import { ScriptError } from './errors';

export interface ProcessResult {
  readonly exitCode: number;
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    const captured: Record<'stdout' | 'stderr', string[]> = { stdout: [], stderr: [] };
    const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
    const onData = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = pending[stream] + chunk.toString('utf8');
      const lines = text.split(/\r?\n/);
      pending[stream] = lines.pop() ?? '';
      for (const line of lines) {
        captured[stream].push(line);
        options.onLine?.(line, stream);
      }
    };
    child.stdout.on('data', onData('stdout'));
    child.stderr.on('data', onData('stderr'));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(new ScriptError('tool', `Could not start ${command}: ${e.code ?? e.message}.`));
    });
    child.on('close', (code, signal) => {
      for (const stream of ['stdout', 'stderr'] as const) {
        if (pending[stream] !== '') {
          captured[stream].push(pending[stream]);
          options.onLine?.(pending[stream], stream);
        }
      }
      resolve({ exitCode: code ?? (signal === null ? 1 : 128), stdout: captured.stdout, stderr: captured.stderr });
    });
  });
}
