import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../test-bc';
import { fakeDevEndpoint, type FakeDevEndpoint } from './helpers/fake-dev-endpoint';
import { fakePwsh, type FakePwsh } from './helpers/fake-pwsh';
import { FAKE_ACCESS_TOKEN, FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_TENANT, fakeTokenEndpoint } from './helpers/fake-token-endpoint';
import type { FakeServer } from './helpers/http-fake';
import { makeApp } from './helpers/make-app';
import { errorLines, runCli, type CliRun } from './helpers/cli-run';
import { parseJUnit } from '../src/junit';

const PASSWORD = 'Test-Runner-Pw-77';
const REFRESH = '0.AXYA-refresh-token-secret-value';
const TEST_APP_ID = 'd6159f70-84fd-445b-83c9-1ecfba9ee0e7';

describe('test:bc (fake pwsh, fake dev endpoint and token endpoint)', function () {
  this.timeout(60_000);
  let dir: string;
  let app: string;
  let testApp: string;
  let fake: FakePwsh;
  let dev: FakeDevEndpoint;
  let token: FakeServer;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bki-testbc-'));
    app = join(dir, 'app.app');
    testApp = join(dir, 'test.app');
    writeFileSync(app, makeApp({ name: 'Bookings Invoicing' }));
    writeFileSync(testApp, makeApp({ name: 'Bookings Invoicing Test', id: TEST_APP_ID }));
    dev = fakeDevEndpoint(() => `Bearer ${FAKE_ACCESS_TOKEN}`);
    await dev.server.start();
    token = await fakeTokenEndpoint().start();
  });
  after(async () => {
    await dev.server.stop();
    await token.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    fake = fakePwsh();
    dev.uploads.length = 0;
  });
  afterEach(() => fake.cleanup());

  const secrets = [PASSWORD, REFRESH, FAKE_CLIENT_SECRET, FAKE_ACCESS_TOKEN];
  const noSecrets = (run: CliRun): void => {
    for (const s of secrets) assert.ok(!run.all.includes(s), `leaks ${s}`);
  };
  const containerArgs = (junit: string): string[] => ['--target', 'container', '--container', 'bcserver', '--app', app, '--test-app', testApp, '--junit', junit];

  it('publishes both apps into the container, runs the tests and writes JUnit', async () => {
    const junit = join(dir, 'pass', 'results.xml');
    const run = await runCli(main, containerArgs(junit), { ...fake.env({ tests: 'pass' }), BC_USERNAME: 'admin', BC_PASSWORD: PASSWORD }, dir);
    assert.equal(run.code, 0, run.all);
    const requests = fake.calls().map((c) => c.request);
    assert.deepEqual(requests.map((r) => r.cmdlet), ['Publish-BcContainerApp', 'Publish-BcContainerApp', 'Get-BcContainerAppInfo', 'Run-TestsInBcContainer']);
    assert.deepEqual(requests.slice(0, 2).map((r) => r.parameters['appFile']), [app, testApp]);
    assert.equal(requests[3]?.parameters['extensionId'], TEST_APP_ID);
    assert.equal(requests[3]?.parameters['JUnitResultFileName'], junit);
    assert.equal(requests[3]?.parameters['containerName'], 'bcserver');
    const suites = parseJUnit(readFileSync(junit, 'utf8'));
    assert.equal(suites?.[0]?.cases.length, 2);
    assert.match(readFileSync(junit, 'utf8'), /<testsuites name="Bookings Invoicing Test 1\.0\.0\.0" tests="2" failures="0"/);
    assert.match(run.text, /2 BC tests passed/);
    noSecrets(run);
  });

  it('fails with one line and lists the failing test when a BC test fails', async () => {
    const junit = join(dir, 'fail', 'results.xml');
    const run = await runCli(main, containerArgs(junit), { ...fake.env({ tests: 'fail' }), BC_USERNAME: 'admin', BC_PASSWORD: PASSWORD }, dir);
    assert.equal(run.code, 1, run.all);
    assert.deepEqual(errorLines(run), [`test:bc: error: 1 of 2 BC tests failed (JUnit: fail/results.xml).`]);
    assert.match(run.text, /BKI Invoicing Test\.TestInvoiceOncePerAppointment: Assert\.AreEqual failed\. Expected:<1> Actual:<2>/);
    assert.match(readFileSync(junit, 'utf8'), /<failure message="Assert\.AreEqual failed\. Expected:&lt;1&gt; Actual:&lt;2&gt;">/);
    noSecrets(run);
  });

  it('creates the container from an artifact first and removes it afterwards, also when a test fails', async () => {
    const run = await runCli(main, [...containerArgs(join(dir, 'lifecycle.xml')), '--new-container', '--artifact-country', 'US', '--artifact-version', '26.1', '--remove-container'], { ...fake.env({ tests: 'fail' }), BC_USERNAME: 'admin', BC_PASSWORD: PASSWORD }, dir);
    assert.equal(run.code, 1, run.all);
    const requests = fake.calls().map((c) => c.request);
    assert.deepEqual(requests.map((r) => r.cmdlet), ['New-BcContainer', 'Publish-BcContainerApp', 'Publish-BcContainerApp', 'Get-BcContainerAppInfo', 'Run-TestsInBcContainer', 'Remove-BcContainer']);
    assert.deepEqual(requests[0]?.artifact, { type: 'Sandbox', country: 'us', version: '26.1', select: 'Latest' });
    assert.ok(requests[0]?.switches.includes('includeTestToolkit'));
    assert.match(errorLines(run)[0] ?? '', /1 of 2 BC tests failed/);
  });

  it('fails when a published app is not installed in the container', async () => {
    const run = await runCli(main, containerArgs(join(dir, 'notinstalled.xml')), { ...fake.env({}), FAKE_APPINFO: 'missing-test', BC_USERNAME: 'admin', BC_PASSWORD: PASSWORD }, dir);
    assert.equal(run.code, 5, run.all);
    assert.match(errorLines(run)[0] ?? '', /Bookings Invoicing Test 1\.0\.0\.0 is not installed in container bcserver/);
    assert.ok(!fake.calls().some((c) => c.request.cmdlet === 'Run-TestsInBcContainer'));
  });

  it('fails when no test ran', async () => {
    const run = await runCli(main, containerArgs(join(dir, 'none.xml')), { ...fake.env({ tests: 'none' }), BC_USERNAME: 'admin', BC_PASSWORD: PASSWORD }, dir);
    assert.equal(run.code, 1, run.all);
    assert.match(errorLines(run)[0] ?? '', /No BC tests ran for Bookings Invoicing Test/);
  });

  it('publishes to a sandbox through the dev endpoint, then runs the tests online with a delegated token', async () => {
    const env = {
      ...fake.env({ withDocker: false }),
      BC_TENANT_ID: FAKE_TENANT,
      BC_CLIENT_ID: FAKE_CLIENT_ID,
      BC_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      BC_REFRESH_TOKEN: REFRESH,
      BC_AUTHORITY_HOST: token.url,
      BC_API_BASE_URL: dev.server.url,
      BC_ENVIRONMENT: 'ci-sandbox',
    };
    const run = await runCli(main, ['--target', 'sandbox', '--compiler-folder', 'cf', '--app', app, '--test-app', testApp, '--junit', join(dir, 'sandbox.xml'), '--json'], env, dir);
    assert.equal(run.code, 0, run.all);
    assert.deepEqual(dev.uploads.map((u) => u.path), ['/v2.0/ci-sandbox/dev/apps', '/v2.0/ci-sandbox/dev/apps']);
    const [call] = fake.calls();
    assert.equal(call?.request.cmdlet, 'Run-TestsInBcContainer');
    assert.equal(call?.request.authContext, true);
    assert.equal(call?.request.parameters['environment'], 'ci-sandbox');
    assert.equal(call?.request.parameters['compilerFolder'], join(dir, 'cf'));
    assert.ok(call?.envNames.includes('BC_REFRESH_TOKEN'));
    assert.ok(!JSON.stringify(call?.request).includes(REFRESH));
    const result = run.data.map((l) => JSON.parse(l) as Record<string, unknown>).find((o) => o['type'] === 'result');
    assert.equal(result?.['tests'], 2);
    assert.equal(result?.['allPassed'], true);
    noSecrets(run);
  });

  it('each missing prerequisite is one line and a non-zero exit', async () => {
    const base = { BC_USERNAME: 'admin', BC_PASSWORD: PASSWORD };
    const cases: [string[], NodeJS.ProcessEnv, number, RegExp][] = [
      [['--target', 'container', '--app', app, '--test-app', testApp], { ...fake.env({}), ...base }, 2, /--container NAME is required/],
      [['--target', 'sandbox', '--environment', 'sb', '--app', app, '--test-app', testApp], { ...fake.env({}), ...base }, 2, /needs a host for BcContainerHelper's test client/],
      [['--target', 'sandbox', '--environment', 'sb', '--container', 'bc', '--app', app, '--test-app', testApp], { ...fake.env({}), BC_TENANT_ID: FAKE_TENANT }, 3, /needs BC_REFRESH_TOKEN/],
      [['--target', 'onprem', '--app', app, '--test-app', testApp], base, 2, /--target must be one of container, sandbox/],
      [containerArgs(join(dir, 'x.xml')), { ...fake.env({ withPwsh: false }), ...base }, 3, /PowerShell 7 \(pwsh\) is not on PATH/],
      [containerArgs(join(dir, 'x.xml')), { ...fake.env({ mode: 'missing-module' }), ...base }, 3, /BcContainerHelper is not installed/],
      [containerArgs(join(dir, 'x.xml')), { ...fake.env({ dockerOs: 'linux' }), ...base }, 3, /Windows-only/],
      [containerArgs(join(dir, 'x.xml')), { ...fake.env({ mode: 'cmdlet-fails' }), ...base }, 7, /Publish-BcContainerApp failed: Container bcserver does not exist/],
      [['--target', 'container', '--container', 'bc', '--app', join(dir, 'missing.app'), '--test-app', testApp], base, 3, /Cannot read .*missing\.app \(ENOENT\)/],
    ];
    for (const [argv, env, code, pattern] of cases) {
      const run = await runCli(main, argv, env, dir);
      assert.equal(run.code, code, `${argv.join(' ')}: ${run.all}`);
      const lines = errorLines(run);
      assert.equal(lines.length, 1, run.text);
      assert.match(lines[0] ?? '', pattern);
      noSecrets(run);
    }
  });
});
