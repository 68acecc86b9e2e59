import { strict as assert } from 'node:assert';
import { ALError } from '../../src/errors';
import { SecretTextV } from '../../src/values/secretText';
import {
  HttpClient,
  HTTP_MESSAGES,
  HttpContent,
  HttpEnvironment,
  HttpHeaders,
  HttpLogEntry,
  HttpRequestMessage,
  InterceptedRequest,
  SendResult,
  SyncTransport,
  WireRequest,
  WireResult,
  allowHosts,
  defaultTransport,
  WorkerTransport,
  loopbackOnly,
  testRequestParts,
} from '../../src/platform/http';
import { asObject, asText, asValue, readJson, selectOne } from '../../src/platform/json';
import { TestServer, closedPort, startTestServer } from './testServer';

const SECRET = 'eyJ-super-secret-token-4711';

/** Counts transport calls, so a test can prove that no connection was attempted. */
class CountingTransport implements SyncTransport {
  calls = 0;
  send(req: WireRequest): WireResult {
    this.calls++;
    return defaultTransport().send(req);
  }
}

interface Env {
  env: HttpEnvironment;
  transport: CountingTransport;
  log: HttpLogEntry[];
}
function makeEnv(): Env {
  const transport = new CountingTransport();
  const log: HttpLogEntry[] = [];
  return { env: { policy: loopbackOnly(), transport, interceptor: undefined, log: (e) => log.push(e) }, transport, log };
}

function okResponse(r: SendResult) {
  if (!r.ok) throw r.error;
  return r.response;
}

interface Echo {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}
function echoOf(r: SendResult): Echo {
  const res = okResponse(r);
  const parsed = readJson(res.content.readAsText());
  if (!parsed.ok) throw parsed.error;
  const o = asObject(parsed.node);
  const headers: Record<string, string> = {};
  const h = asObject(o.getOrError('headers'));
  for (const k of h.keys()) headers[k] = asText(asValue(h.getOrError(k)).scalar);
  return { method: asText(asValue(o.getOrError('method')).scalar), url: asText(asValue(o.getOrError('url')).scalar), headers, body: asText(asValue(o.getOrError('body')).scalar) };
}

function jsonContent(text: string): HttpContent {
  const c = new HttpContent();
  c.writeFromText(text);
  c.headers.remove('Content-Type');
  const added = c.headers.add('Content-Type', 'application/json');
  assert.equal(added.ok, true);
  return c;
}

describe('platform/http: real HTTP to 127.0.0.1 (synchronous)', function () {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('GET with base address, default headers and request headers', () => {
    const { env } = makeEnv();
    const client = new HttpClient(env);
    assert.equal(client.setBaseAddress(server.base + '/'), true);
    assert.equal(client.defaultRequestHeaders.add('Accept', 'application/json').ok, true);
    assert.equal(client.defaultRequestHeaders.add('X-Default', 'd').ok, true);
    const req = new HttpRequestMessage();
    req.method = 'get';
    assert.equal(req.setRequestUri('echo?x=1'), true);
    assert.equal(req.headers.add('X-Default', 'from-request').ok, true);
    const echo = echoOf(client.send(req));
    assert.equal(echo.method, 'GET');
    assert.equal(echo.url, '/echo?x=1');
    assert.equal(echo.headers['accept'], 'application/json');
    assert.equal(echo.headers['x-default'], 'from-request');
    assert.equal(echo.body, '');
  });

  it('POST / PATCH / PUT with a JSON body and Content-Type; DELETE without body', () => {
    const client = new HttpClient(makeEnv().env);
    const post = echoOf(client.post(server.base + '/echo', jsonContent('{"amount":12.50,"name":"Zoë"}')));
    assert.equal(post.method, 'POST');
    assert.equal(post.body, '{"amount":12.50,"name":"Zoë"}');
    assert.equal(post.headers['content-type'], 'application/json');
    assert.equal(post.headers['content-length'], String(Buffer.byteLength('{"amount":12.50,"name":"Zoë"}')));
    const patch = echoOf(client.patch(server.base + '/echo', jsonContent('{"a":1}')));
    assert.equal(patch.method, 'PATCH');
    assert.equal(patch.body, '{"a":1}');
    const put = echoOf(client.put(server.base + '/echo', jsonContent('[]')));
    assert.equal(put.method, 'PUT');
    const del = echoOf(client.delete(server.base + '/echo'));
    assert.equal(del.method, 'DELETE');
    assert.equal(del.body, '');
  });

  it('WriteFrom(Text) defaults Content-Type to text/plain; charset=utf-8', () => {
    const c = new HttpContent();
    c.writeFromText('hello');
    assert.deepEqual(c.headers.getValues('Content-Type'), ['text/plain; charset=utf-8']);
    const echo = echoOf(new HttpClient(makeEnv().env).post(server.base + '/echo', c));
    assert.equal(echo.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(echo.body, 'hello');
  });

  it('HTTP error statuses are responses: Send is ok, IsSuccessStatusCode false, reason, headers, content', () => {
    const client = new HttpClient(makeEnv().env);
    for (const code of [201, 204, 400, 404, 429, 500]) {
      const res = okResponse(client.get(`${server.base}/status/${code}`));
      assert.equal(res.httpStatusCode, code);
      assert.equal(res.isSuccessStatusCode, code < 300);
      assert.equal(res.isBlockedByEnvironment, false);
      if (code !== 204) assert.equal(res.content.readAsText(), `status ${code}`);
    }
    const res = okResponse(client.get(`${server.base}/status/503`));
    assert.equal(res.reasonPhrase, 'Service Unavailable');
    assert.deepEqual(res.headers.getValues('X-Multi'), ['a', 'b']);
    assert.deepEqual(res.content.headers.getValues('Content-Type'), ['text/plain']);
    assert.equal(res.headers.contains('Content-Type'), false);
    const nf = okResponse(client.get(`${server.base}/nothing`));
    assert.equal(nf.reasonPhrase, 'Nothing Here');
  });

  it('follows redirects (302 keeps GET, 303 turns POST into GET) and applies the policy to every hop', () => {
    const { env } = makeEnv();
    const client = new HttpClient(env);
    const r = echoOf(client.get(`${server.base}/redirect?to=${encodeURIComponent('/echo?hop=1')}`));
    assert.equal(r.url, '/echo?hop=1');
    const p = echoOf(client.post(`${server.base}/see-other`, jsonContent('{"x":1}')));
    assert.equal(p.method, 'GET');
    assert.equal(p.body, '');
    const blocked = client.get(`${server.base}/redirect?to=${encodeURIComponent('http://example.com/x')}`);
    assert.equal(blocked.ok, false);
    assert.equal(blocked.response.isBlockedByEnvironment, true);
  });

  it('a timeout fails the call with a clear error and no response', () => {
    const client = new HttpClient(makeEnv().env);
    client.timeoutMs = 200;
    const r = client.get(`${server.base}/slow?ms=3000`);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /canceled due to the configured HttpClient\.Timeout of 0\.2 seconds/);
    // The worker still serves the next request.
    assert.equal(okResponse(client.get(`${server.base}/status/200`)).httpStatusCode, 200);
  });

  it('connection refused gives a clear error, not a hang', async () => {
    const port = await closedPort();
    const client = new HttpClient(makeEnv().env);
    const r = client.get(`http://127.0.0.1:${port}/x`);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.match(r.error.message, new RegExp(`actively refused it \\(127\\.0\\.0\\.1:${port}\\)`));
      assert.equal(r.response.httpStatusCode, 0);
      assert.equal(r.response.isBlockedByEnvironment, false);
      assert.throws(() => r.response.content, (e: unknown) => e instanceof ALError && /request failed, so the response has no content/.test(e.message));
    }
  });

  it('a secret Authorization header reaches the wire but never an error, a log entry or toString', async () => {
    const { env, log } = makeEnv();
    const client = new HttpClient(env);
    assert.equal(client.defaultRequestHeaders.add('Authorization', new SecretTextV(`Bearer ${SECRET}`)).ok, true);
    assert.equal(client.defaultRequestHeaders.containsSecret('Authorization'), true);
    const echo = echoOf(client.get(server.base + '/echo'));
    assert.equal(echo.headers['authorization'], `Bearer ${SECRET}`);
    // Errors: refused, timeout, blocked.
    const port = await closedPort();
    const errors: string[] = [];
    for (const url of [`http://127.0.0.1:${port}/x`, 'https://graph.microsoft.com/v1.0/me']) {
      const r = client.get(url);
      assert.equal(r.ok, false);
      if (!r.ok) errors.push(r.error.message, String(r.error.stack), JSON.stringify(r.error));
    }
    client.timeoutMs = 100;
    const t = client.get(`${server.base}/slow?ms=2000`);
    if (!t.ok) errors.push(t.error.message);
    const everything = [...errors, JSON.stringify(log), String(client.defaultRequestHeaders), JSON.stringify(client.defaultRequestHeaders)].join('\n');
    assert.ok(log.length >= 4);
    assert.ok(everything.includes('***'));
    assert.equal(everything.includes(SECRET), false);
    assert.throws(() => client.defaultRequestHeaders.getValues('Authorization'), (e: unknown) => e instanceof ALError && !e.message.includes(SECRET));
    assert.equal(client.defaultRequestHeaders.getSecretValues('Authorization')?.[0]?.unwrap(), `Bearer ${SECRET}`);
  });

  it('a secret URI and secret content are used on the wire and masked elsewhere', () => {
    const { env, log } = makeEnv();
    const client = new HttpClient(env);
    const req = new HttpRequestMessage();
    req.method = 'POST';
    assert.equal(req.setSecretRequestUri(new SecretTextV(`${server.base}/echo?key=${SECRET}`)), true);
    assert.equal(req.getRequestUri(), '');
    req.content.writeFromSecret(new SecretTextV(`client_secret=${SECRET}`));
    assert.throws(() => req.content.readAsText(), ALError);
    const echo = echoOf(client.send(req));
    assert.equal(echo.url, `/echo?key=${SECRET}`);
    assert.equal(echo.body, `client_secret=${SECRET}`);
    assert.equal(JSON.stringify(log).includes(SECRET), false);
    assert.equal(String(req).includes(SECRET), false);
  });

  it('a request message cannot be sent twice', () => {
    const client = new HttpClient(makeEnv().env);
    const req = new HttpRequestMessage();
    req.setRequestUri(server.base + '/echo');
    okResponse(client.send(req));
    assert.throws(() => client.send(req), (e: unknown) => e instanceof ALError && /already sent/.test(e.message));
  });

  it('a relative URI without base address, or a non-http URI, fails clearly', () => {
    const client = new HttpClient(makeEnv().env);
    const r = client.get('relative/path');
    assert.ok(!r.ok && /BaseAddress must be set/.test(r.error.message));
    const r2 = client.get('ftp://127.0.0.1/x');
    assert.ok(!r2.ok && /is not valid/.test(r2.error.message));
    assert.equal(client.setBaseAddress('not a uri'), false);
  });
});

describe('platform/http: worker transport failure', () => {
  it('a worker that dies while the caller waits gives an error, not a wait until the timeout', () => {
    const crashing = new WorkerTransport("require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });");
    const r = crashing.send({ method: 'GET', url: 'http://127.0.0.1:1/', headers: [], body: undefined, timeoutMs: 20_000 });
    assert.equal(r.kind, 'error');
    if (r.kind === 'error') assert.match(r.message, /HTTP worker of the AL runtime stopped unexpectedly/);
    crashing.stop();
  });
});

describe('platform/http: outbound policy', () => {
  it('blocks any host but loopback without touching the network: IsBlockedByEnvironment, Send false', () => {
    const { env, transport, log } = makeEnv();
    const client = new HttpClient(env);
    for (const url of ['https://graph.microsoft.com/v1.0/solutions/bookingBusinesses', 'http://10.0.0.1/', 'http://127.0.0.2:1/', 'http://localhost.evil.example/']) {
      const r = client.get(url);
      assert.equal(r.ok, false, url);
      assert.equal(r.response.isBlockedByEnvironment, true);
      assert.equal(r.response.httpStatusCode, 0);
      if (!r.ok) assert.match(r.error.message, /^The request was blocked by the runtime to prevent accidental use of production services\. .*no connection was made/);
    }
    assert.equal(transport.calls, 0);
    assert.deepEqual(
      log.map((e) => e.outcome),
      ['blocked', 'blocked', 'blocked', 'blocked'],
    );
  });

  it('allows loopback names and extra hosts when configured', () => {
    const p = loopbackOnly();
    for (const u of ['http://127.0.0.1:5/', 'http://localhost/', 'http://[::1]:8080/x', 'https://LOCALHOST/']) assert.equal(p.allows(new URL(u)), true, u);
    assert.equal(p.allows(new URL('http://example.com/')), false);
    assert.equal(allowHosts(['login.example']).allows(new URL('https://login.example/t')), true);
  });
});

describe('platform/http: interceptor ([HttpClientHandler] seam)', () => {
  it('returns canned responses without a connection and shows the request with secrets masked', () => {
    const { env, transport, log } = makeEnv();
    const seen: InterceptedRequest[] = [];
    env.interceptor = (req) => {
      seen.push(req);
      if (req.url.endsWith('/bookingBusinesses'))
        return { kind: 'respond', response: { status: 200, headers: [['Content-Type', 'application/json']], body: '{"value":[{"id":"b1","amount":100.10}]}' } };
      return { kind: 'respond', response: { status: 404 } };
    };
    const client = new HttpClient(env);
    client.defaultRequestHeaders.add('Authorization', new SecretTextV(`Bearer ${SECRET}`));
    const res = okResponse(client.get('https://graph.microsoft.com/v1.0/solutions/bookingBusinesses'));
    assert.equal(res.httpStatusCode, 200);
    assert.equal(res.reasonPhrase, 'OK');
    assert.deepEqual(res.content.headers.getValues('Content-Type'), ['application/json']);
    const doc = readJson(res.content.readAsText());
    assert.ok(doc.ok);
    if (doc.ok) assert.equal(asText(asValue(selectOne(doc.node, '$.value[0].amount') ?? doc.node).scalar), '100.10');
    const nf = okResponse(client.post('https://graph.microsoft.com/v1.0/other', jsonContent('{"q":1}')));
    assert.equal(nf.httpStatusCode, 404);
    assert.equal(transport.calls, 0);
    const first = seen[0];
    assert.ok(first !== undefined);
    assert.equal(first.method, 'GET');
    assert.deepEqual(first.headers.find((h) => h.name === 'Authorization'), { name: 'Authorization', value: '***', secret: true });
    assert.equal(first.unwrapSecretHeader('Authorization')?.[0]?.unwrap(), `Bearer ${SECRET}`);
    assert.equal(seen[1]?.body, '{"q":1}');
    assert.equal(JSON.stringify(seen).includes(SECRET), false);
    assert.deepEqual(
      log.map((e) => e.outcome),
      ['intercepted', 'intercepted'],
    );
  });

  it('gives TestHttpRequestMessage Path (URL without query) and decoded QueryParameters', () => {
    const { env } = makeEnv();
    const parts: { path: string; query: [string, string][] }[] = [];
    env.interceptor = (req) => {
      parts.push(testRequestParts(req));
      return { kind: 'respond', response: { status: 200 } };
    };
    const client = new HttpClient(env);
    okResponse(client.get("https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/b%40x.com/calendarView?start=2024-03-01T00:00:00Z&end=2024-03-31&$filter=a%20eq%20'b'"));
    const req = new HttpRequestMessage();
    req.setSecretRequestUri(new SecretTextV('https://login.example/t?secret=1'));
    okResponse(client.send(req));
    assert.deepEqual(parts, [
      {
        path: 'https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/b%40x.com/calendarView',
        query: [
          ['start', '2024-03-01T00:00:00Z'],
          ['end', '2024-03-31'],
          ['$filter', "a eq 'b'"],
        ],
      },
      { path: '', query: [] },
    ]);
  });

  it('fail (BlockOutboundRequests without handler), failRequest and blocked canned responses make Send false', () => {
    const { env, transport } = makeEnv();
    let mode = 0;
    env.interceptor = () => {
      if (mode === 0) return { kind: 'fail', error: new ALError('blocked by the test framework') };
      if (mode === 1) return { kind: 'respond', response: { status: 200, failRequest: true } };
      return { kind: 'respond', response: { status: 0, isBlockedByEnvironment: true } };
    };
    const client = new HttpClient(env);
    const a = client.get('http://127.0.0.1:1/');
    assert.ok(!a.ok && /test framework/.test(a.error.message) && a.response.isBlockedByEnvironment);
    mode = 1;
    const b = client.get('http://127.0.0.1:1/');
    assert.ok(!b.ok && /reported an unsuccessful request/.test(b.error.message) && !b.response.isBlockedByEnvironment);
    mode = 2;
    const c = client.get('http://127.0.0.1:1/');
    assert.ok(!c.ok && c.response.isBlockedByEnvironment);
    env.interceptor = (req) => ({ kind: 'throw', error: new ALError(HTTP_MESSAGES.blockedByTest(req.method, req.url)) });
    assert.throws(() => client.get('http://127.0.0.1:1/x'), (e: unknown) => e instanceof ALError && /GET http:\/\/127\.0\.0\.1:1\/x was blocked by the test framework/.test(e.message));
    assert.equal(transport.calls, 0);
  });

  it('passThrough goes to the network, still under the outbound policy', async () => {
    const server = await startTestServer();
    try {
      const { env, transport } = makeEnv();
      env.interceptor = () => ({ kind: 'passThrough' });
      const client = new HttpClient(env);
      assert.equal(echoOf(client.get(server.base + '/echo')).method, 'GET');
      assert.equal(transport.calls, 1);
      const blocked = client.get('https://graph.microsoft.com/');
      assert.ok(!blocked.ok && blocked.response.isBlockedByEnvironment);
      assert.equal(transport.calls, 1);
    } finally {
      await server.close();
    }
  });
});

describe('platform/http: HttpHeaders validation (as .NET)', () => {
  it('refuses misused headers, a second single value, bad formats, bad names and line breaks', () => {
    const req = new HttpHeaders('request');
    const r1 = req.add('Content-Type', 'application/json');
    assert.ok(!r1.ok && /Misused header name, 'Content-Type'/.test(r1.error.message));
    assert.equal(req.tryAddWithoutValidation('Content-Type', 'application/json'), false);
    assert.equal(req.add('Authorization', 'Bearer a').ok, true);
    const r2 = req.add('Authorization', 'Bearer b');
    assert.ok(!r2.ok && /does not support multiple values/.test(r2.error.message));
    assert.equal(req.tryAddWithoutValidation('Authorization', 'Bearer b'), true);
    assert.deepEqual(req.getValues('authorization'), ['Bearer a', 'Bearer b']);
    assert.equal(req.add('Bad Name', 'x').ok, false);
    assert.equal(req.add('X-A', 'a\r\nInjected: 1').ok, false);
    const content = new HttpHeaders('content');
    const r3 = content.add('Content-Type', 'json');
    assert.ok(!r3.ok && /format of the value of header 'Content-Type' is invalid/.test(r3.error.message));
    assert.equal(content.add('Content-Type', 'application/json; charset=utf-8').ok, true);
    assert.equal(content.add('Authorization', 'x').ok, false);
    assert.equal(req.contains('AUTHORIZATION'), true);
    assert.equal(req.remove('authorization'), true);
    assert.equal(req.remove('authorization'), false);
    assert.equal(req.getValues('authorization'), undefined);
    const res = new HttpHeaders('response');
    assert.equal(res.add('Authorization', 'x').ok, false);
    assert.equal(res.add('Location', 'http://127.0.0.1/').ok, true);
  });
});
