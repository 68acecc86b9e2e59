import { strict as assert } from 'node:assert';
import { HttpClient, serverMessageLines } from '../src/http';
import { Redactor } from '../src/redact';
import { FakeServer, sendJson } from './helpers/http-fake';

describe('HTTP client (retries and messages)', () => {
  let server: FakeServer;
  let answers: number[] = [];
  before(async () => {
    server = await new FakeServer((_req, res) => {
      const status = answers.shift() ?? 200;
      sendJson(res, status, status === 200 ? { ok: true } : { error: { code: 'Throttled', message: `status ${status}` } });
    }).start();
  });
  after(() => server.stop());
  beforeEach(() => {
    server.requests.length = 0;
  });

  const client = (retries: string[] = []): HttpClient => new HttpClient({ redactor: new Redactor(), retryDelayMs: 1, maxAttempts: 3, onRetry: (m) => retries.push(m) });

  it('retries a GET on 503 and 504 and then succeeds', async () => {
    answers = [503, 504];
    const retries: string[] = [];
    const res = await client(retries).send({ method: 'GET', url: `${server.url}/x`, purpose: 'Reading x' });
    assert.equal(res.status, 200);
    assert.equal(server.requests.length, 3);
    assert.deepEqual(retries, ['Reading x: HTTP 503, retrying', 'Reading x: HTTP 504, retrying']);
  });

  it('retries a POST only on 429/503 and returns the last answer when attempts run out', async () => {
    answers = [500];
    assert.equal((await client().send({ method: 'POST', url: `${server.url}/p`, purpose: 'p' })).status, 500);
    assert.equal(server.requests.length, 1);
    answers = [429, 429, 429, 429];
    assert.equal((await client().send({ method: 'POST', url: `${server.url}/p`, purpose: 'p' })).status, 429);
    assert.equal(server.requests.length, 4);
  });

  it('reads BC, OData and Entra error bodies', () => {
    assert.deepEqual(serverMessageLines(Buffer.from('{"Message":"a\\r\\nb"}')), ['a', 'b']);
    assert.deepEqual(serverMessageLines(Buffer.from('{"error":{"code":"C","message":"m"}}')), ['C: m']);
    assert.deepEqual(serverMessageLines(Buffer.from('{"error":"invalid_client","error_description":"AADSTS1"}')), ['AADSTS1']);
    assert.deepEqual(serverMessageLines(Buffer.from('plain text')), ['plain text']);
    assert.deepEqual(serverMessageLines(Buffer.from('')), []);
  });
});
