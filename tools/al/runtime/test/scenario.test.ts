import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { runTests, type TestResult } from '../src/runner/testRunner';
import { loadFolderTests } from './helpers/folderTests';
import { runtimeSettingVariable } from '../src/platform/nativeHooks';

/**
 * Issue #7 acceptance scenario (AL in test/scenario): OAuth2 client credentials, businesses and a calendarView page
 * into a temporary table, and a sales invoice with two lines through the base-app model. Once against the Graph
 * emulator over real HTTP, once with [HttpClientHandler] canned responses and no emulator.
 * The emulator runs in a child process: the runtime's HTTP client blocks this thread while it waits. Its URL and
 * the demo app's credentials reach the AL code as runtime settings (environment variables AL_RUNTIME_SETTING_*,
 * read by codeunit "Runtime Native Hooks".GetRuntimeSetting).
 */
const repoRoot = path.resolve(__dirname, '../../../..');
const scenarioDir = path.join(__dirname, 'scenario');

function run(codeunitName: string): TestResult[] {
  const { program, codeunits } = loadFolderTests(scenarioDir);
  const cus = codeunits.filter((c) => c.name === codeunitName);
  assert.equal(cus.length, 1, `test codeunit ${codeunitName}`);
  return runTests(program, cus);
}

interface StartedEmulator {
  readonly child: ChildProcess;
  readonly url: string;
  readonly credentials: { tenantId: string; clientId: string; clientSecret: string };
}

function startEmulatorProcess(): Promise<StartedEmulator> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'tools/graph-emulator/src/main.ts', '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => reject(new Error(`The Graph emulator exited with code ${String(code)} before it listened: ${stderr}`)));
    const rl = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    rl.on('line', (line) => {
      lines.push(line);
      if (lines.length < 2) return;
      rl.close();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(lines[0] ?? '');
      if (m?.[1] === undefined) return reject(new Error(`Unexpected emulator output: ${lines[0] ?? ''}`));
      resolve({ child, url: m[1], credentials: JSON.parse(lines[1] ?? '{}') as StartedEmulator['credentials'] });
    });
  });
}

function stopEmulatorProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const SETTINGS = ['GRAPH_EMULATOR_URL', 'TENANT_ID', 'CLIENT_ID', 'CLIENT_SECRET'] as const;

describe('issue #7 scenario (AL): token, businesses, calendarView, sales invoice', function () {
  this.timeout(120000);

  it('with [HttpClientHandler] canned responses and no emulator', () => {
    const results = run('Scenario Canned Test');
    assert.deepEqual(results.map((r) => [r.name, r.result, r.message]), [['TokenBusinessesCalendarViewAndInvoiceFromCannedResponses', 'pass', '']]);
  });

  describe('against the Graph emulator over real HTTP (child process on 127.0.0.1:0)', () => {
    let emulator: StartedEmulator | undefined;

    before(async () => {
      emulator = await startEmulatorProcess();
      const values: Record<(typeof SETTINGS)[number], string> = {
        GRAPH_EMULATOR_URL: emulator.url,
        TENANT_ID: emulator.credentials.tenantId,
        CLIENT_ID: emulator.credentials.clientId,
        CLIENT_SECRET: emulator.credentials.clientSecret,
      };
      for (const k of SETTINGS) process.env[runtimeSettingVariable(k)] = values[k];
    });

    after(async () => {
      for (const k of SETTINGS) delete process.env[runtimeSettingVariable(k)];
      if (emulator !== undefined) await stopEmulatorProcess(emulator.child);
    });

    it('acquires a token, reads businesses and a calendarView page, and creates an invoice with two lines', () => {
      const results = run('Scenario Emulator Test');
      assert.deepEqual(results.map((r) => [r.name, r.result, r.message]), [['TokenBusinessesCalendarViewAndInvoice', 'pass', '']]);
    });

    it('fails without the runtime setting, so the scenario cannot pass by accident', () => {
      const saved = process.env[runtimeSettingVariable('GRAPH_EMULATOR_URL')];
      delete process.env[runtimeSettingVariable('GRAPH_EMULATOR_URL')];
      try {
        const results = run('Scenario Emulator Test');
        assert.equal(results[0]?.result, 'fail');
        assert.match(results[0]?.message ?? '', /AL_RUNTIME_SETTING_GRAPH_EMULATOR_URL/);
      } finally {
        process.env[runtimeSettingVariable('GRAPH_EMULATOR_URL')] = saved;
      }
    });
  });
});
