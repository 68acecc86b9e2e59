import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { BcContainer, PRELUDE_PATH, PwshRunner } from '../src';
import { fakePwsh, type FakePwsh } from '../../test/helpers/fake-pwsh';

const PASSWORD = 'Container-Pa55word!';

describe('BcContainerHelper wrapper (fake pwsh on PATH)', () => {
  let fake: FakePwsh;
  beforeEach(() => {
    fake = fakePwsh();
  });
  afterEach(() => fake.cleanup());

  const bc = (env: NodeJS.ProcessEnv, lines: string[] = []): BcContainer =>
    new BcContainer(new PwshRunner({ env: { ...env, BC_USERNAME: 'admin', BC_PASSWORD: PASSWORD }, onLine: (l) => lines.push(l) }));

  it('runs New-BcContainer through the fixed prelude with the parameters as JSON data, never as code', async () => {
    const lines: string[] = [];
    const evil = "bc'; Remove-Item -Recurse C:\\ #";
    await bc(fake.env({}), lines).newContainer({ containerName: 'bcserver', artifact: { type: 'Sandbox', country: 'w1', version: '26' }, isolation: 'process', memoryLimit: '8G', licenseFile: evil });
    const [call] = fake.calls();
    assert.deepEqual(call?.argv, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', PRELUDE_PATH]);
    assert.ok(existsSync(PRELUDE_PATH));
    assert.equal(call?.request.cmdlet, 'New-BcContainer');
    assert.deepEqual(call?.request.parameters, { containerName: 'bcserver', auth: 'NavUserPassword', isolation: 'process', memoryLimit: '8G', licenseFile: evil });
    assert.deepEqual(call?.request.switches, ['accept_eula', 'includeTestToolkit']);
    assert.equal(call?.request.credential, true);
    assert.deepEqual(call?.request.artifact, { type: 'Sandbox', country: 'w1', version: '26', select: 'Latest' });
    // The password reaches pwsh only as an environment variable; the request file never holds it and is removed.
    assert.ok(call?.envNames.includes('BC_PASSWORD'));
    assert.ok(!JSON.stringify(call?.request).includes(PASSWORD));
    assert.equal(existsSync(call?.requestPath ?? ''), false);
    assert.ok(lines.includes('BcContainerHelper version 6.1.0 (fake)'), 'streams pwsh output');
  });

  it('the prelude only runs cmdlets from its allow-list and splats parameters from the request', () => {
    const prelude = readFileSync(PRELUDE_PATH, 'utf8');
    for (const cmdlet of ['New-BcContainer', 'Compile-AppInBcContainer', 'Publish-BcContainerApp', 'Run-TestsInBcContainer', 'Get-BcContainerAppInfo', 'Remove-BcContainer']) assert.ok(prelude.includes(`'${cmdlet}'`));
    assert.match(prelude, /\$allowed -notcontains \$cmdlet/);
    assert.match(prelude, /& \$cmdlet @parameters/);
    assert.doesNotMatch(prelude, /Invoke-Expression|iex /i);
  });

  it('rejects parameter names that are not plain identifiers before starting pwsh', async () => {
    const runner = new PwshRunner({ env: fake.env({}) });
    await assert.rejects(
      runner.run({ cmdlet: 'Remove-BcContainer', parameters: { 'containerName; rm': 'x' }, switches: [], credential: false, authContext: false, needsDocker: false }),
      /Invalid BcContainerHelper parameter name/,
    );
    assert.equal(fake.calls().length, 0);
  });

  it('compiles, publishes, reads app info, runs tests and removes the container with typed results', async () => {
    const c = bc(fake.env({}));
    const app = await c.compileApp({ containerName: 'bcserver', appProjectFolder: '/src/app', appOutputFolder: '/out', rulesetFile: '/src/bki.ruleset.json', codeCop: true, uiCop: true, perTenantExtensionCop: true, failOn: 'error' });
    assert.equal(app, '/out/compiled.app');
    await c.publishApp({ containerName: 'bcserver', appFile: '/out/compiled.app', syncMode: 'Add' });
    const info = await c.getAppInfo('bcserver');
    assert.deepEqual(info, [
      { name: 'Bookings Invoicing', publisher: 'Seed', version: '1.0.0.0', appId: '64d0bad8-e4fc-49a5-8607-8e161ca5e6b7', isInstalled: true },
      { name: 'Bookings Invoicing Test', publisher: 'Seed', version: '1.0.0.0', appId: 'd6159f70-84fd-445b-83c9-1ecfba9ee0e7', isInstalled: true },
    ]);
    await c.removeContainer('bcserver');
    const calls = fake.calls().map((x) => x.request);
    assert.deepEqual(calls.map((r) => r.cmdlet), ['Compile-AppInBcContainer', 'Publish-BcContainerApp', 'Get-BcContainerAppInfo', 'Remove-BcContainer']);
    assert.deepEqual(calls[0]?.switches, ['EnableCodeCop', 'EnableUICop', 'EnablePerTenantExtensionCop']);
    assert.equal(calls[0]?.parameters['rulesetFile'], '/src/bki.ruleset.json');
    assert.equal(calls[0]?.parameters['FailOn'], 'error');
    assert.deepEqual(calls[1]?.switches, ['sync', 'install', 'upgrade']);
    assert.deepEqual(calls[2]?.switches, ['tenantSpecificProperties']);
    assert.equal(calls[3]?.credential, false);
  });

  it('runs tests against an online sandbox with an auth context and no Docker', async () => {
    const passed = await bc(fake.env({ withDocker: false })).runTests({ environment: 'sandbox', compilerFolder: '/cf', extensionId: 'd6159f70-84fd-445b-83c9-1ecfba9ee0e7', junitResultFile: `${fake.dir}/r.xml` });
    assert.equal(passed, true);
    const [call] = fake.calls();
    assert.equal(call?.request.authContext, true);
    assert.equal(call?.request.credential, false);
    assert.equal(call?.request.parameters['environment'], 'sandbox');
    assert.deepEqual(call?.request.switches, ['detailed', 'returnTrueIfAllPassed']);
  });

  it('explains a missing pwsh', async () => {
    await assert.rejects(bc(fake.env({ withPwsh: false })).removeContainer('bcserver'), /PowerShell 7 \(pwsh\) is not on PATH.*Install-Module BcContainerHelper/);
  });

  it('explains a missing BcContainerHelper module', async () => {
    await assert.rejects(bc(fake.env({ mode: 'missing-module' })).removeContainer('bcserver'), (e: Error & { exitCode?: number }) => {
      assert.match(e.message, /BcContainerHelper is not installed for PowerShell 7/);
      assert.equal(e.exitCode, 3);
      return true;
    });
  });

  it('explains a missing Docker, a Linux-containers engine and a stopped engine, without starting pwsh', async () => {
    await assert.rejects(bc(fake.env({ withDocker: false })).removeContainer('bcserver'), /Docker is not on PATH.*Windows containers/);
    await assert.rejects(bc(fake.env({ dockerOs: 'linux' })).removeContainer('bcserver'), /runs linux containers, but Business Central containers are Windows-only/);
    await assert.rejects(bc(fake.env({ dockerOs: 'down' })).removeContainer('bcserver'), /engine does not answer \(error during connect/);
    assert.equal(fake.calls().length, 0);
  });

  it('maps a failing cmdlet to one message with its error', async () => {
    await assert.rejects(bc(fake.env({ mode: 'cmdlet-fails' })).removeContainer('bcserver'), /ScriptError: Remove-BcContainer failed: Container bcserver does not exist$/);
    await assert.rejects(bc(fake.env({ mode: 'no-result' })).removeContainer('bcserver'), /printed no result line/);
  });
});
