/**
 * Secrets scan. Runs the token and Graph flows against the emulator (its generated client secrets, every issued
 * bearer token, faults including token expiry and token endpoint failures, a wrong secret, HTTP Basic client auth,
 * a token in a query string, a write whose body holds secret-named properties) and the scripts' failure paths with
 * planted secrets in their environment, both in-process and as child processes. Then it scans everything
 * observable — the emulator's request log (in-process and over HTTP), its admin answers, the token endpoint's error
 * bodies, the harness's failure messages and stacks, the scripts' stdout/stderr — for every secret and token: zero
 * hits. Finally it scans the git-tracked files for those runtime secrets and for credential-shaped text.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as publishMain } from '../../scripts/publish';
import { runCli } from '../../scripts/test/helpers/cli-run';
import { makeApp } from '../../scripts/test/helpers/make-app';
import { startEmulator, type Emulator } from '../../tools/graph-emulator/src/index';
import { assertCleanFailure, secretHits } from './lib/cliChecks';
import { printFigures } from './lib/figures';
import { GraphFailure, GraphReferenceClient } from './lib/graphReferenceClient';
import { KNOWN_SECRETS, plantedSecrets } from './lib/knownSecrets';
import { syncRun, type LocalData } from './lib/referenceSync';
import { FULL } from './lib/scale';
import { scanText, type PatternHit } from './lib/secretPatterns';

const repoRoot = join(__dirname, '..', '..');
const NOW = new Date('2026-03-04T12:00:00Z');
const WINDOW = { start: '2026-01-20T00:00:00Z', end: '2026-04-15T00:00:00Z' };

/**
 * Credential-shaped text that is in the repository on purpose, each with the reason it is not a secret. Every entry
 * must still match (a stale entry fails the test), so the list cannot silently grow wider than the tree.
 */
const ALLOWED: ReadonlyArray<{ file: string; rule: string; reason: string }> = [
  { file: 'scripts/test/helpers/fake-token-endpoint.ts', rule: 'high-entropy value of a secret-named key', reason: 'readable test fakes (FAKE_CLIENT_SECRET, FAKE_ACCESS_TOKEN) of the scripts tests' },
  { file: 'test-app/.resources/Setup/token-success.json', rule: 'high-entropy value of a secret-named key', reason: 'unsigned ("alg":"none", empty signature) token in a Graph test response' },
];

function runChild(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('reliability: secrets never leave their place', function () {
  this.timeout(600_000);
  let emulator: Emulator;
  let dir = '';
  /** Everything observable, by source. */
  const observed: { source: string; text: string }[] = [];
  const secrets: string[] = [];
  const figures = { flows: 0, artefacts: 0, bytesScanned: 0, secrets: 0, hits: 0, repoFiles: 0, repoBytes: 0, repoHits: 0, allowlisted: 0 };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bki-rel-secrets-'));
    writeFileSync(join(dir, 'good.app'), makeApp({ name: 'Bookings Invoicing', version: '1.0.0.0', deflate: true }));
    emulator = await startEmulator({ seed: 'demo', now: () => NOW, pageSize: 10, tokenLifetimeSeconds: 3599 });
    for (const app of Object.values(emulator.apps)) secrets.push(app.clientSecret);
    secrets.push(...plantedSecrets());
  });
  after(async () => {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
    printFigures('secrets scan', figures);
  });

  function observe(source: string, text: string): void {
    observed.push({ source, text });
  }

  async function fetchText(url: string, init?: RequestInit): Promise<string> {
    const response = await fetch(url, init);
    return `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`;
  }

  it('runs the token and Graph flows under faults and keeps tokens and secrets out of every log and message', async () => {
    const client = new GraphReferenceClient({
      tokenUrl: emulator.tokenUrl, graphUrl: emulator.graphUrl, clientId: emulator.credentials.clientId,
      clientSecret: emulator.credentials.clientSecret, sleep: async () => undefined, timeoutMs: 5000,
    });
    const local: LocalData = new Map();
    const schedules = [
      'token-expiry@every=5,429@rate=0.1:burst=2,seed=1',
      '500@at=1:target=token,503@at=2:target=token,truncate@at=3:target=token,invalid-json@at=4:target=token,reset@at=5:target=token',
      '500@every=7,invalid-json@at=3,truncate@at=9,reset@at=12,token-expiry@at=2|15',
      '',
    ];
    for (const spec of schedules) {
      emulator.faults.set(spec);
      for (let r = 0; r < 3; r++) {
        const run = await syncRun(client, local, WINDOW);
        figures.flows++;
        for (const f of run.failures) observe(`failure ${f.failureClass}`, `${f.message} ${JSON.stringify(f)}`);
      }
    }
    emulator.faults.clear();
    const tokens = client.stats.tokens;
    assert.ok(tokens.length >= 3, `token expiry and refresh must have issued several tokens (got ${tokens.length})`);
    secrets.push(...tokens);
    const token = tokens.at(-1) ?? '';

    // A thrown failure, with its stack, as a caller would log it.
    try {
      await client.getJson('https://elsewhere.example/v1.0/solutions/bookingBusinesses');
    } catch (e) {
      assert.ok(e instanceof GraphFailure);
      observe('thrown GraphFailure', `${e.message}\n${e.stack ?? ''}`);
    }
    // Wrong secret (a planted one), secret in HTTP Basic, token in a query string, secret-named body properties.
    const form = (secret: string): URLSearchParams => new URLSearchParams({ grant_type: 'client_credentials', client_id: emulator.credentials.clientId, client_secret: secret, scope: 'https://graph.microsoft.com/.default' });
    observe('token endpoint, wrong secret', await fetchText(emulator.tokenUrl, { method: 'POST', body: form(KNOWN_SECRETS.clientSecret) }));
    observe('token endpoint, wrong scope', await fetchText(emulator.tokenUrl, { method: 'POST', body: new URLSearchParams({ ...Object.fromEntries(form(emulator.credentials.clientSecret)), scope: 'https://api.businesscentral.dynamics.com/.default' }) }));
    const basic = Buffer.from(`${emulator.credentials.clientId}:${emulator.credentials.clientSecret}`).toString('base64');
    secrets.push(basic);
    // A successful token answer is the one place a token belongs: keep the token as a secret, observe the rest.
    const basicAnswer = await fetch(emulator.tokenUrl, { method: 'POST', headers: { Authorization: `Basic ${basic}` }, body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }) });
    const basicToken: unknown = ((await basicAnswer.json()) as Record<string, unknown>)['access_token'];
    assert.equal(basicAnswer.status, 200);
    assert.ok(typeof basicToken === 'string' && basicToken.length > 20);
    secrets.push(basicToken);
    observe('token endpoint, Basic (headers)', `${basicAnswer.status} ${JSON.stringify([...basicAnswer.headers])}`);
    const businesses = `${emulator.graphUrl}/solutions/bookingBusinesses`;
    observe('graph, token in query', await fetchText(`${businesses}?access_token=${encodeURIComponent(token)}&client_secret=${encodeURIComponent(KNOWN_SECRETS.clientSecret)}`));
    observe('graph, forged token', await fetchText(businesses, { headers: { Authorization: `Bearer ${KNOWN_SECRETS.accessToken}` } }));
    const businessId = emulator.store.listBusinesses()[0]?.id ?? '';
    observe('graph, write with secret-named properties', await fetchText(`${businesses}/${encodeURIComponent(businessId)}/customers`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ displayName: 'Leak Test', emailAddress: 'leak@example.com', password: KNOWN_SECRETS.password, notes: { client_secret: KNOWN_SECRETS.clientSecret } }),
    }));
    figures.flows += 7;

    // Everything the emulator shows about itself.
    observe('request log (in-process)', JSON.stringify(emulator.requests()));
    for (const path of ['requests', 'faults', 'health']) observe(`admin ${path}`, await fetchText(`${emulator.url}/_emulator/${path}`));

    // The scripts' failure paths, with the real emulator secret and planted ones in their environment.
    const env = {
      BC_TENANT_ID: emulator.credentials.tenantId, BC_CLIENT_ID: emulator.credentials.clientId, BC_CLIENT_SECRET: emulator.credentials.clientSecret,
      BC_AUTHORITY_HOST: emulator.url, BC_API_BASE_URL: 'http://127.0.0.1:9', BC_USERNAME: 'admin', BC_PASSWORD: KNOWN_SECRETS.password,
      BC_ACCESS_TOKEN: KNOWN_SECRETS.accessToken, BC_REFRESH_TOKEN: KNOWN_SECRETS.refreshToken, PATH: process.env['PATH'] ?? '', CI: '1',
    };
    const runs: Array<[string, string[]]> = [
      ['sandbox token refused', ['--target', 'sandbox', '--environment', 'sandbox', '--app', 'good.app']],
      ['automation token refused', ['--target', 'sandbox', '--environment', 'sandbox', '--automation', '--app', 'good.app', '--json']],
      ['container unreachable', ['--target', 'container', '--server', 'http://127.0.0.1', '--port', '9', '--app', 'good.app']],
      ['secret in argv', [`--client-secret=${KNOWN_SECRETS.clientSecret}`, '--target', 'sandbox']],
    ];
    for (const [name, argv] of runs) {
      const run = await runCli(publishMain, argv, env, dir);
      assertCleanFailure(run, 'publish', name);
      observe(`publish in-process: ${name}`, run.all);
      figures.flows++;
    }
    // As a child process: real stdout and stderr. One run keeps the quick suite fast (ts-node start-up is slow).
    for (const [name, argv] of runs.slice(0, FULL ? runs.length : 1)) {
      // Asynchronous: the emulator answering the child lives in this process's event loop.
      const child = await runChild(['-r', 'ts-node/register/transpile-only', join(repoRoot, 'scripts', 'publish.ts'), ...argv], dir, {
        ...env, BKI_HTTP_RETRY_DELAY_MS: '1', TS_NODE_PROJECT: join(repoRoot, 'tsconfig.json'), NODE_PATH: join(repoRoot, 'node_modules'),
      });
      assert.ok(child.status !== null && child.status !== 0 && child.status !== 70, `publish child (${name}) exit ${String(child.status)}: ${child.stderr}`);
      assert.ok(!/^\s+at /m.test(child.stderr), `publish child (${name}) printed a stack trace: ${child.stderr}`);
      observe(`publish child stdout: ${name}`, child.stdout);
      observe(`publish child stderr: ${name}`, child.stderr);
      figures.flows++;
    }
    observe('request log after the scripts', JSON.stringify(emulator.requests()));

    // The scan.
    figures.secrets = new Set(secrets).size;
    const leaks: string[] = [];
    for (const { source, text } of observed) {
      figures.artefacts++;
      figures.bytesScanned += Buffer.byteLength(text);
      for (const hit of secretHits(text, secrets)) leaks.push(`${source}: ${hit.slice(0, 6)}…`);
      for (const hit of scanText(source, text)) if (hit.rule !== 'high-entropy value of a secret-named key') leaks.push(`${source}: ${hit.rule}`);
    }
    figures.hits = leaks.length;
    assert.deepEqual(leaks, []);
    // The scan must have looked at something real: the log holds token requests and the write.
    assert.ok(observed.some((o) => o.source.startsWith('request log') && o.text.includes('"kind":"token"') && o.text.includes('Leak Test')));
  });

  it('finds none of those secrets, and no credential-shaped text, in the git-tracked files', function () {
    assert.ok(secrets.length > 0, 'runs after the flows test, which collects the secrets');
    let listing: string;
    try {
      listing = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
    } catch {
      this.skip(); // not a git checkout (e.g. an unpacked archive): nothing is tracked
    }
    const files = listing.split('\0').filter((f) => f !== '');
    const hits: PatternHit[] = [];
    const leaks: string[] = [];
    for (const file of files) {
      let bytes: Buffer;
      try {
        if (statSync(join(repoRoot, file)).size > 16_000_000) continue;
        bytes = readFileSync(join(repoRoot, file));
      } catch {
        continue; // tracked but deleted in the work tree by another helper
      }
      if (bytes.includes(0)) continue; // binary
      const text = bytes.toString('utf8');
      figures.repoFiles++;
      figures.repoBytes += bytes.length;
      for (const s of secretHits(text, secrets)) leaks.push(`${file}: ${s.slice(0, 6)}…`);
      hits.push(...scanText(file, text));
    }
    const unexplained = hits.filter((h) => !ALLOWED.some((a) => a.file === h.file && a.rule === h.rule));
    figures.allowlisted = hits.length - unexplained.length;
    figures.repoHits = leaks.length + unexplained.length;
    assert.deepEqual(leaks, [], 'a secret of this run was written into the repository');
    assert.deepEqual(unexplained.map((h) => `${h.file}:${h.line} ${h.rule} (${h.excerpt}…)`), []);
    const stale = ALLOWED.filter((a) => !hits.some((h) => h.file === a.file && h.rule === a.rule));
    assert.deepEqual(stale, [], 'allow-list entries that no longer match: remove them');
    assert.ok(figures.repoFiles > 100, `scanned only ${figures.repoFiles} files`);
  });
});
