import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../publish';
import { fakeAutomationApi, type FakeAutomationApi } from './helpers/fake-automation-api';
import { COMPILER_MESSAGE, fakeDevEndpoint, type FakeDevEndpoint } from './helpers/fake-dev-endpoint';
import { FAKE_ACCESS_TOKEN, FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_TENANT, fakeTokenEndpoint } from './helpers/fake-token-endpoint';
import type { FakeServer } from './helpers/http-fake';
import { makeApp } from './helpers/make-app';
import { errorLines, runCli, type CliRun } from './helpers/cli-run';

const USER = 'admin';
const PASSWORD = 'P@ssw0rd-Not-For-Logs';
const basicHeader = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const secrets = [PASSWORD, Buffer.from(`${USER}:${PASSWORD}`).toString('base64'), FAKE_CLIENT_SECRET, FAKE_ACCESS_TOKEN];

function assertNoSecrets(run: CliRun): void {
  for (const s of secrets) assert.ok(!run.all.includes(s), `output leaks a secret: ${run.all}`);
}

function assertOneLineFailure(run: CliRun, code: number, pattern: RegExp): void {
  assert.equal(run.code, code, run.all);
  const lines = errorLines(run);
  assert.equal(lines.length, 1, run.text);
  assert.match(lines[0] ?? '', pattern);
  assertNoSecrets(run);
}

describe('publish (against fake BC endpoints)', () => {
  let dir: string;
  let appPath: string;
  let dev: FakeDevEndpoint;
  let devAuth = basicHeader;
  let token: FakeServer;
  let automation: FakeAutomationApi;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bki-publish-'));
    appPath = join(dir, 'Seed_Bookings Invoicing_1.0.0.0.app');
    writeFileSync(appPath, makeApp({ name: 'Bookings Invoicing', version: '1.0.0.0', deflate: true }));
    dev = fakeDevEndpoint(() => devAuth);
    await dev.server.start();
    token = await fakeTokenEndpoint().start();
    automation = fakeAutomationApi('sandbox');
    await automation.server.start();
  });
  after(async () => {
    await dev.server.stop();
    await token.stop();
    await automation.server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    dev.behaviour = 'ok';
    dev.uploads.length = 0;
    devAuth = basicHeader;
    automation.deployments.length = 0;
    automation.uploads.length = 0;
    automation.finalStatus = 'Completed';
    automation.acceptToken = FAKE_ACCESS_TOKEN;
    automation.inProgressPolls = 2;
  });

  const basicEnv = { BC_USERNAME: USER, BC_PASSWORD: PASSWORD };
  const s2sEnv = (): NodeJS.ProcessEnv => ({
    BC_TENANT_ID: FAKE_TENANT,
    BC_CLIENT_ID: FAKE_CLIENT_ID,
    BC_CLIENT_SECRET: FAKE_CLIENT_SECRET,
    BC_AUTHORITY_HOST: token.url,
  });
  const port = (): string => new URL(dev.server.url).port;

  it('uploads the app to a container dev endpoint as multipart with Basic auth and the schema mode', async () => {
    const run = await runCli(main, ['--target', 'container', '--server', 'http://127.0.0.1', '--port', port(), '--instance', 'BC', '--tenant', 'default', '--dependency-publishing', 'strict', '--app', appPath], basicEnv);
    assert.equal(run.code, 0, run.all);
    assert.equal(dev.uploads.length, 1);
    const upload = dev.uploads[0];
    assert.equal(upload?.path, '/BC/dev/apps');
    assert.equal(upload?.query.get('SchemaUpdateMode'), 'synchronize');
    assert.equal(upload?.query.get('DependencyPublishingOption'), 'strict');
    assert.equal(upload?.query.get('tenant'), 'default');
    const file = upload?.parts.find((p) => p.filename !== undefined);
    assert.equal(file?.filename, 'Seed_Bookings Invoicing_1.0.0.0.app');
    assert.equal(file?.data.length, makeApp({ name: 'Bookings Invoicing', version: '1.0.0.0', deflate: true }).length);
    assert.match(run.text, /ok: Publish Bookings Invoicing 1\.0\.0\.0/);
    assertNoSecrets(run);
  });

  it('prints the 422 compiler messages and exits non-zero', async () => {
    dev.behaviour = 'compile-error';
    const run = await runCli(main, ['--target', 'onprem', '--dev-url', `${dev.server.url}/BC/dev/`, '--schema-update-mode', 'forcesync', '--app', appPath], basicEnv);
    assertOneLineFailure(run, 5, /HTTP 422 .*Extension compilation failed/);
    assert.equal(dev.uploads[0]?.query.get('SchemaUpdateMode'), 'forcesync');
    for (const line of COMPILER_MESSAGE.split('\r\n').slice(1)) assert.ok(run.text.includes(line), `missing compiler line ${line}`);
  });

  it('reports a refused password as an auth failure without echoing it', async () => {
    devAuth = 'Basic something-else';
    const run = await runCli(main, ['--target', 'container', '--dev-url', `${dev.server.url}/BC/dev/`, '--app', appPath], basicEnv);
    assertOneLineFailure(run, 4, /HTTP 401 .*BC_USERNAME and BC_PASSWORD/);
  });

  it('reports a server error (500) with its message', async () => {
    dev.behaviour = 'server-error';
    const run = await runCli(main, ['--target', 'container', '--dev-url', `${dev.server.url}/BC/dev/`, '--app', appPath], basicEnv);
    assertOneLineFailure(run, 5, /HTTP 500 .*unexpected error occurred/);
  });

  it('publishes to a SaaS sandbox dev endpoint with a client-credentials bearer token', async () => {
    devAuth = `Bearer ${FAKE_ACCESS_TOKEN}`;
    const run = await runCli(main, ['--target', 'sandbox', '--environment', 'sandbox', '--schema-update-mode', 'recreate', '--app', appPath, '--json'], { ...s2sEnv(), BC_API_BASE_URL: dev.server.url });
    assert.equal(run.code, 0, run.all);
    assert.equal(dev.uploads[0]?.path, '/v2.0/sandbox/dev/apps');
    assert.equal(dev.uploads[0]?.query.get('SchemaUpdateMode'), 'recreate');
    const result = run.data.map((l) => JSON.parse(l) as Record<string, unknown>).find((o) => o['type'] === 'result');
    assert.equal(result?.['via'], 'dev-endpoint');
    assertNoSecrets(run);
  });

  it('fails in one line when the client secret is refused by the token endpoint', async () => {
    const run = await runCli(main, ['--target', 'sandbox', '--environment', 'sandbox', '--app', appPath], { ...s2sEnv(), BC_CLIENT_SECRET: 'wrong-secret-value', BC_API_BASE_URL: dev.server.url });
    assert.equal(run.code, 4, run.all);
    assert.match(errorLines(run)[0] ?? '', /AADSTS7000215/);
    assert.ok(!run.all.includes('wrong-secret-value'));
    assertNoSecrets(run);
  });

  it('reports an unknown tenant from the token endpoint as an auth failure', async () => {
    const run = await runCli(main, ['--target', 'sandbox', '--environment', 'sandbox', '--app', appPath], { ...s2sEnv(), BC_TENANT_ID: 'contoso.onmicrosoft.com', BC_API_BASE_URL: dev.server.url });
    assertOneLineFailure(run, 4, /Getting an Entra ID token for tenant contoso\.onmicrosoft\.com failed: HTTP 400 .*AADSTS90002/);
  });

  it('installs through the Automation API upload flow and polls the deployment status', async () => {
    const run = await runCli(main, ['--target', 'sandbox', '--automation', '--environment', 'sandbox', '--schema-sync-mode', 'Force Sync', '--app', appPath, '--json'], { ...s2sEnv(), BC_API_BASE_URL: automation.server.url });
    assert.equal(run.code, 0, run.all);
    assert.equal(automation.uploads.length, 1);
    assert.equal(automation.uploads[0]?.schedule, 'Current version');
    assert.equal(automation.uploads[0]?.schemaSyncMode, 'Force Sync');
    assert.equal(automation.deployments[0]?.status, 'Completed');
    const paths = automation.server.requests.map((r) => `${r.method} ${r.path.replace(/^\/v2\.0\/sandbox\/api\/microsoft\/automation\/v2\.0/, '')}`);
    const systemId = automation.uploads[0]?.systemId ?? '';
    const company = 'companies(9a8b7c6d-0000-4000-8000-000000000001)';
    assert.deepEqual(paths.slice(0, 4), [
      'GET /companies',
      `POST /${company}/extensionUpload`,
      `PATCH /${company}/extensionUpload(${systemId})/extensionContent`,
      `POST /${company}/extensionUpload(${systemId})/Microsoft.NAV.upload`,
    ]);
    assert.ok(paths.filter((p) => p.endsWith('extensionDeploymentStatus')).length >= 3, 'polled until Completed');
    const logs = run.data.map((l) => JSON.parse(l) as Record<string, unknown>).filter((o) => o['type'] === 'log').map((o) => o['message']);
    assert.ok(logs.includes('deployment status: InProgress') && logs.includes('deployment status: Completed'));
    assertNoSecrets(run);
  });

  it('fails when the deployment status ends Failed', async () => {
    automation.finalStatus = 'Failed';
    const run = await runCli(main, ['--target', 'sandbox', '--automation', '--environment', 'sandbox', '--app', appPath], { ...s2sEnv(), BC_API_BASE_URL: automation.server.url });
    assertOneLineFailure(run, 5, /ended with status "Failed".*Extension Deployment Status/);
  });

  it('reports an Automation API 401 with the permissions the Entra app needs', async () => {
    automation.acceptToken = 'a-token-for-another-audience';
    const run = await runCli(main, ['--target', 'sandbox', '--automation', '--environment', 'sandbox', '--app', appPath], { ...s2sEnv(), BC_API_BASE_URL: automation.server.url });
    assertOneLineFailure(run, 4, /Listing companies .* failed: HTTP 401 .*Authentication_InvalidCredentials.*Automation\.ReadWrite\.All/);
  });

  it('gives up when the deployment stays in progress past --timeout', async () => {
    automation.inProgressPolls = Number.MAX_SAFE_INTEGER;
    const run = await runCli(main, ['--target', 'sandbox', '--automation', '--environment', 'sandbox', '--timeout', '1', '--app', appPath], { ...s2sEnv(), BC_API_BASE_URL: automation.server.url, BKI_POLL_INTERVAL_MS: '50' });
    assertOneLineFailure(run, 5, /was not installed within 1s \(last status: InProgress\)/);
  });

  it('fails when the named company does not exist', async () => {
    const run = await runCli(main, ['--target', 'sandbox', '--automation', '--environment', 'sandbox', '--company', 'Nope', '--app', appPath], { ...s2sEnv(), BC_API_BASE_URL: automation.server.url });
    assertOneLineFailure(run, 3, /Company "Nope" not found.*CRONUS USA, Inc\./);
  });

  it('needs the credentials in the environment and says which', async () => {
    const run = await runCli(main, ['--target', 'container', '--container', 'bcserver', '--app', appPath], {});
    assertOneLineFailure(run, 3, /BC_USERNAME, BC_PASSWORD/);
  });

  it('refuses credentials on the command line without printing them', async () => {
    const run = await runCli(main, ['--target', 'container', '--app', appPath, '--password', 'argv-secret-123'], basicEnv);
    assertOneLineFailure(run, 2, /--password is not accepted.*BC_PASSWORD/);
    assert.ok(!run.all.includes('argv-secret-123'));
  });

  it('refuses a file that is not an .app', async () => {
    const bad = join(dir, 'not-an-app.app');
    writeFileSync(bad, 'PK\u0003\u0004 just a zip');
    const run = await runCli(main, ['--target', 'container', '--dev-url', `${dev.server.url}/BC/dev/`, '--app', bad], basicEnv);
    assertOneLineFailure(run, 3, /not a Business Central \.app file/);
    assert.equal(dev.uploads.length, 0);
  });

  it('reports an unreachable server as a network failure', async () => {
    const closed = fakeTokenEndpoint();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    const run = await runCli(main, ['--target', 'container', '--dev-url', `${url}/BC/dev/`, '--app', appPath], basicEnv);
    assertOneLineFailure(run, 6, /could not reach .*ECONNREFUSED/);
  });

  it('rejects --automation outside SaaS and unknown options', async () => {
    assertOneLineFailure(await runCli(main, ['--target', 'container', '--automation', '--app', appPath], basicEnv), 2, /--automation works only with --target sandbox/);
    assertOneLineFailure(await runCli(main, ['--target', 'mars', '--app', appPath], basicEnv), 2, /--target must be one of container, onprem, sandbox/);
    assertOneLineFailure(await runCli(main, ['--frobnicate'], basicEnv), 2, /Unknown option '--frobnicate'/);
  });
});
