import { strict as assert } from 'node:assert';
import { Worker } from 'node:worker_threads';
import { acquireTokenWithClientCredentials } from '../src/platform/nativeHooks';
import { defaultHttpEnvironment, type HttpEnvironment } from '../src/platform/http';
import { ALList } from '../src/values/collections';
import { SecretTextV } from '../src/values/secretText';
import { ALError } from '../src/errors';

/**
 * The OAuth2 native hook against a real token endpoint on 127.0.0.1 (a worker-thread server, because the HTTP
 * client blocks this thread). The server answers 200 with a token only for a well-formed client-credentials form;
 * otherwise 400 with the received form echoed in error_description, so a leak of the secret would show.
 */
const SERVER = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const f = new URLSearchParams(body);
    const okV2 = req.url === '/tenant-a/oauth2/v2.0/token' && f.get('scope') === 'api://x/.default a b';
    const okV1 = req.url === '/tenant-a/oauth2/token' && f.get('resource') === 'https://graph.example.com';
    const form = f.get('grant_type') === 'client_credentials' && f.get('client_id') === 'cid' && f.get('client_secret') === 's3cr3t'
      && String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded');
    res.setHeader('Content-Type', 'application/json');
    if ((okV2 || okV1) && form) { res.writeHead(200); res.end(JSON.stringify({ access_token: okV2 ? 'tok-v2' : 'tok-v1', token_type: 'Bearer' })); }
    else { res.writeHead(400); res.end(JSON.stringify({ error: 'invalid_request', error_description: 'got ' + req.url + ' ' + body })); }
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', () => server.close(() => parentPort.postMessage('closed')));
`;

function call(env: HttpEnvironment, authority: string, scopes: string[], resource = ''): unknown[] {
  const args: unknown[] = ['cid', new SecretTextV('s3cr3t'), authority, '', resource, new ALList(scopes), new SecretTextV('')];
  acquireTokenWithClientCredentials(args, env);
  return args;
}

function tokenOf(args: unknown[]): string {
  const t = args[6];
  assert.ok(t instanceof SecretTextV);
  return t.unwrap();
}

describe('OAuth2 AcquireTokenWithClientCredentials native hook', () => {
  let worker: Worker;
  let base = '';
  const env = defaultHttpEnvironment();
  before(async () => {
    worker = new Worker(SERVER, { eval: true });
    const port = await new Promise<number>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (m: { port: number }) => resolve(m.port));
    });
    base = `http://127.0.0.1:${port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
      worker.postMessage('close');
    });
    await worker.terminate();
  });

  it('posts the client-credentials form with scopes to {authority}/oauth2/v2.0/token', () => {
    assert.equal(tokenOf(call(env, `${base}/tenant-a`, ['api://x/.default', 'a', 'b'])), 'tok-v2');
  });

  it('takes the authority from a full token URL (MSAL rule: first path segment is the tenant)', () => {
    assert.equal(tokenOf(call(env, `${base}/tenant-a/oauth2/v2.0/token`, ['api://x/.default', 'a', 'b'])), 'tok-v2');
  });

  it('uses the v1 endpoint with resource when no scopes are given', () => {
    assert.equal(tokenOf(call(env, `${base}/tenant-a`, [], 'https://graph.example.com')), 'tok-v1');
  });

  it('fails with the endpoint reason and never shows the client secret', () => {
    assert.throws(
      () => call(env, `${base}/tenant-b`, ['api://x/.default']),
      (e: unknown) => e instanceof ALError && /invalid_request|got/.test(e.message) && !e.message.includes('s3cr3t') && e.message.includes('***'),
    );
  });

  it('refuses a non-loopback authority through the outbound policy, without the secret in the error', () => {
    assert.throws(
      () => call(defaultHttpEnvironment(), 'https://login.example.com/tenant-a', ['api://x/.default']),
      (e: unknown) => e instanceof ALError && e.message.includes('login.example.com') && !e.message.includes('s3cr3t'),
    );
  });
});
