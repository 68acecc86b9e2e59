/**
 * Runs one BcContainerHelper request through `pwsh` and the fixed prelude: writes the request as JSON to a private
 * temp file, starts `pwsh -NoLogo -NoProfile -NonInteractive -File prelude.ps1` with BKI_BCCH_REQUEST pointing at it,
 * streams the output lines, and maps the prelude's exit codes and markers to ScriptErrors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScriptError } from '../../src/errors';
import { findExecutable } from '../../src/find-executable';
import { runProcess } from '../../src/run-process';
import { assertWindowsContainers } from './docker-check';
import { assertParameterName, type BcchRequest, type JsonValue } from './request';

export const PRELUDE_PATH = join(__dirname, '..', 'prelude.ps1');

const RESULT = 'BKI-RESULT: ';
const ERROR = 'BKI-ERROR: ';
const MISSING = 'BKI-MISSING: ';

export interface PwshRunnerOptions {
  /** pwsh executable; default: `pwsh` found on PATH. */
  readonly pwsh?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Receives every output line except the protocol markers. */
  readonly onLine?: (line: string) => void;
  /** Skip the Docker check (a remote Docker host configured inside BcContainerHelper). */
  readonly skipDockerCheck?: boolean;
}

export class PwshRunner {
  constructor(private readonly options: PwshRunnerOptions = {}) {}

  private get env(): NodeJS.ProcessEnv {
    return this.options.env ?? process.env;
  }

  async run(request: BcchRequest): Promise<JsonValue> {
    for (const name of Object.keys(request.parameters)) assertParameterName(name);
    for (const name of request.switches) assertParameterName(name);
    const pwsh = this.options.pwsh ?? findExecutable('pwsh', this.env);
    if (pwsh === undefined) {
      throw new ScriptError(
        'config',
        'PowerShell 7 (pwsh) is not on PATH: install PowerShell 7, then BcContainerHelper with `pwsh -Command Install-Module BcContainerHelper -Scope CurrentUser`.',
      );
    }
    if (request.needsDocker && this.options.skipDockerCheck !== true) await assertWindowsContainers(this.env);

    const dir = mkdtempSync(join(tmpdir(), 'bki-bcch-'));
    const requestFile = join(dir, 'request.json');
    try {
      const { needsDocker: _unused, ...wire } = request;
      writeFileSync(requestFile, JSON.stringify(wire), { mode: 0o600 });
      let resultJson: string | undefined;
      let errorMessage: string | undefined;
      let missing: string | undefined;
      const result = await runProcess(pwsh, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', PRELUDE_PATH], {
        env: { ...this.env, BKI_BCCH_REQUEST: requestFile },
        onLine: (line) => {
          if (line.startsWith(RESULT)) resultJson = line.slice(RESULT.length);
          else if (line.startsWith(ERROR)) errorMessage = line.slice(ERROR.length).trim();
          else if (line.startsWith(MISSING)) missing = line.slice(MISSING.length).trim();
          else this.options.onLine?.(line);
        },
      });
      switch (result.exitCode) {
        case 0:
          return parseResult(request.cmdlet, resultJson);
        case 3:
          throw new ScriptError(
            'config',
            `${missing ?? 'BcContainerHelper'} is not installed for PowerShell 7: run \`pwsh -Command Install-Module BcContainerHelper -Scope CurrentUser\` and try again.`,
          );
        case 2:
          throw new ScriptError('tool', `The BcContainerHelper prelude rejected the request for ${request.cmdlet}: ${errorMessage ?? 'no reason given'}.`);
        default: {
          const last = errorMessage ?? result.stderr.filter((l) => l.trim() !== '').pop()?.trim() ?? `pwsh exited with code ${result.exitCode}`;
          throw new ScriptError('tool', `${request.cmdlet} failed: ${last}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function parseResult(cmdlet: string, text: string | undefined): JsonValue {
  if (text === undefined) throw new ScriptError('tool', `${cmdlet} finished but the prelude printed no result line; is scripts/bc-container/prelude.ps1 intact?`);
  if (text.trim() === '' || text.trim() === 'null') return null;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    throw new ScriptError('tool', `${cmdlet} finished but its result line is not JSON.`);
  }
}
