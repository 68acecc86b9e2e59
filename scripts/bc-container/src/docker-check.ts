/** Checks for a Docker engine that runs Windows containers, which Business Central containers need. */
import { ScriptError } from '../../src/errors';
import { findExecutable } from '../../src/find-executable';
import { runProcess } from '../../src/run-process';

export async function assertWindowsContainers(env: NodeJS.ProcessEnv): Promise<void> {
  const docker = findExecutable('docker', env);
  if (docker === undefined) {
    throw new ScriptError(
      'config',
      'Docker is not on PATH: Business Central containers need Docker with Windows containers (Docker Desktop on Windows switched to Windows containers, or Docker Engine on Windows Server).',
    );
  }
  const result = await runProcess(docker, ['version', '--format', '{{.Server.Os}}'], { env });
  const os = result.stdout.join('').trim().toLowerCase();
  if (result.exitCode !== 0 || os === '') {
    const why = result.stderr.find((l) => l.trim() !== '')?.trim() ?? `exit code ${result.exitCode}`;
    throw new ScriptError('config', `Docker is installed but its engine does not answer (${why}); start Docker and run again.`);
  }
  if (os !== 'windows') {
    throw new ScriptError(
      'config',
      `Docker's engine runs ${os} containers, but Business Central containers are Windows-only: switch Docker Desktop to Windows containers or use a Windows host.`,
    );
  }
}
