/**
 * A fake `pwsh` (and `docker`) on PATH: small node programs written to a temp folder. The fake pwsh records its
 * argv, the JSON request file the wrapper wrote (read through BKI_BCCH_REQUEST), and which credential variables it
 * could see (names only), then answers with the prelude's protocol (BKI-RESULT / BKI-ERROR / BKI-MISSING and exit
 * codes). For Run-TestsInBcContainer it writes a JUnit file where the request says.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export type PwshMode = 'ok' | 'missing-module' | 'cmdlet-fails' | 'no-result';
export type TestsOutcome = 'pass' | 'fail' | 'none';

export interface PwshCall {
  readonly argv: string[];
  readonly request: { cmdlet: string; parameters: Record<string, unknown>; switches: string[]; credential: boolean; authContext: boolean; artifact?: Record<string, unknown> };
  readonly requestFileExistsAfterRun?: boolean;
  readonly envNames: string[];
  readonly requestPath: string;
}

export interface FakePwsh {
  readonly dir: string;
  readonly log: string;
  env(options: { mode?: PwshMode; tests?: TestsOutcome; dockerOs?: 'windows' | 'linux' | 'down'; withPwsh?: boolean; withDocker?: boolean }): NodeJS.ProcessEnv;
  calls(): PwshCall[];
  cleanup(): void;
}

const PWSH = `#!/usr/bin/env node
const fs = require('fs');
const requestPath = process.env.BKI_BCCH_REQUEST;
const request = JSON.parse(fs.readFileSync(requestPath, 'utf8'));
const envNames = ['BC_USERNAME', 'BC_PASSWORD', 'BC_TENANT_ID', 'BC_CLIENT_ID', 'BC_CLIENT_SECRET', 'BC_REFRESH_TOKEN'].filter((n) => process.env[n]);
fs.appendFileSync(process.env.FAKE_PWSH_LOG, JSON.stringify({ argv: process.argv.slice(2), request, envNames, requestPath }) + '\\n');
const mode = process.env.FAKE_PWSH_MODE || 'ok';
console.log('BcContainerHelper version 6.1.0 (fake)');
if (mode === 'missing-module') { console.error('BKI-MISSING: BcContainerHelper'); process.exit(3); }
if (mode === 'cmdlet-fails') { console.log('Creating container...'); console.error('BKI-ERROR: Container bcserver does not exist'); process.exit(1); }
if (mode === 'no-result') process.exit(0);
let result = null;
const p = request.parameters;
switch (request.cmdlet) {
  case 'Get-BcContainerAppInfo':
    result = [{ Name: 'Bookings Invoicing', Publisher: 'Seed', Version: { Major: 1, Minor: 0, Build: 0, Revision: 0 }, AppId: '64d0bad8-e4fc-49a5-8607-8e161ca5e6b7', IsInstalled: true }];
    if (process.env.FAKE_APPINFO !== 'missing-test') {
      result.push({ Name: 'Bookings Invoicing Test', Publisher: 'Seed', Version: '1.0.0.0', AppId: 'd6159f70-84fd-445b-83c9-1ecfba9ee0e7', IsInstalled: true });
    }
    break;
  case 'Compile-AppInBcContainer': {
    const path = require('path');
    const appJson = path.join(p.appProjectFolder, 'app.json');
    const name = fs.existsSync(appJson) ? JSON.parse(fs.readFileSync(appJson, 'utf8')).name : '';
    const source = path.join(process.env.FAKE_APPS_DIR || '', name + '.app');
    if (process.env.FAKE_APPS_DIR && name !== '' && fs.existsSync(source)) {
      result = path.join(p.appOutputFolder, 'Seed_' + name + '_1.0.0.0.app');
      fs.copyFileSync(source, result);
    } else result = p.appOutputFolder + '/compiled.app';
    break;
  }
  case 'Run-TestsInBcContainer': {
    const outcome = process.env.FAKE_TESTS || 'pass';
    const cases = outcome === 'none' ? '' :
      '<testcase classname="BKI Setup Test" name="TestSetupDefaults" time="0.12"/>' +
      (outcome === 'fail'
        ? '<testcase classname="BKI Invoicing Test" name="TestInvoiceOncePerAppointment" time="0.50"><failure message="Assert.AreEqual failed. Expected:&lt;1&gt; Actual:&lt;2&gt;">Stack: BKI Invoicing Test(CodeUnit 70470210).TestInvoiceOncePerAppointment line 14</failure></testcase>'
        : '<testcase classname="BKI Invoicing Test" name="TestInvoiceOncePerAppointment" time="0.50"/>');
    fs.writeFileSync(p.JUnitResultFileName, '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="BKI Tests" tests="2" failures="0" errors="0" skipped="0" time="0.62">' + cases + '</testsuite></testsuites>');
    result = outcome === 'pass';
    break;
  }
}
console.log('BKI-RESULT: ' + JSON.stringify(result));
process.exit(0);
`;

const DOCKER = `#!/usr/bin/env node
const os = process.env.FAKE_DOCKER_OS || 'windows';
if (os === 'down') { console.error('error during connect: open //./pipe/docker_engine: The system cannot find the file specified.'); process.exit(1); }
console.log(os);
`;

export function fakePwsh(): FakePwsh {
  const dir = mkdtempSync(join(tmpdir(), 'bki-pwsh-'));
  const withPwshDir = join(dir, 'with-pwsh');
  const withDockerDir = join(dir, 'with-docker');
  const emptyDir = join(dir, 'empty');
  for (const [d, name, text] of [[withPwshDir, 'pwsh', PWSH], [withDockerDir, 'docker', DOCKER]] as const) {
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, name), text);
    chmodSync(join(d, name), 0o755);
  }
  mkdirSync(emptyDir, { recursive: true });
  const log = join(dir, 'calls.log');
  // node itself must stay reachable for the #! line.
  const nodeDir = dirname(process.execPath);
  return {
    dir,
    log,
    env: (o) => {
      const path = [o.withPwsh === false ? emptyDir : withPwshDir, o.withDocker === false ? emptyDir : withDockerDir, nodeDir].join(delimiter);
      return { PATH: path, FAKE_PWSH_LOG: log, FAKE_PWSH_MODE: o.mode ?? 'ok', FAKE_TESTS: o.tests ?? 'pass', FAKE_DOCKER_OS: o.dockerOs ?? 'windows' };
    },
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as PwshCall) : []),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
