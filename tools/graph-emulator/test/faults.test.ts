import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Emulator } from '../src/index';
import { FaultSpecError, parseFaultSpec } from '../src/index';
import { Graph, PHYSIO, errorCode, requestToken, send, start } from './helpers';

describe('graph emulator: fault injection', () => {
  let emulator: Emulator;
  let graph: Graph;
  before(async () => {
    emulator = await start({ seed: 'demo' });
    graph = new Graph(emulator);
    await graph.bearer();
  });
  afterEach(() => emulator.faults.clear());
  after(async () => emulator.close());

  const services = () => graph.get(graph.business(PHYSIO, '/services'));
  const statuses = async (n: number): Promise<number[]> => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await services()).status);
    return out;
  };

  it('injects a 429 burst with Retry-After on a fixed schedule', async () => {
    emulator.faults.set('429@at=2:burst=3:retryAfter=7');
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await services());
    assert.deepEqual(replies.map((r) => r.status), [200, 429, 429, 429, 200, 200]);
    assert.equal(replies[1]?.headers.get('retry-after'), '7');
    assert.equal(errorCode(replies[1] ?? replies[0] ?? (await services())), 'activityLimitReached');
  });

  it('injects 500, 503 (with Retry-After) and 504', async () => {
    emulator.faults.set('500@at=1,503@at=2,504@at=3');
    const r500 = await services();
    const r503 = await services();
    const r504 = await services();
    assert.deepEqual([r500.status, r503.status, r504.status, (await services()).status], [500, 503, 504, 200]);
    assert.equal(errorCode(r500), 'UnknownError');
    assert.equal(r503.headers.get('retry-after'), '1');
    assert.equal(errorCode(r504), 'UnknownError');
  });

  it('honours every=, times=, method= and path= filters', async () => {
    emulator.faults.set('503@every=3');
    assert.deepEqual(await statuses(6), [200, 200, 503, 200, 200, 503]);
    emulator.faults.set('500@every=1:times=2');
    assert.deepEqual(await statuses(3), [500, 500, 200]);
    emulator.faults.set('500@every=1:method=POST');
    assert.equal((await services()).status, 200);
    assert.equal((await graph.post(graph.business(PHYSIO, '/customers'), { displayName: 'X' })).status, 500);
    emulator.faults.set('500@every=1:path=/customers');
    assert.equal((await services()).status, 200);
    assert.equal((await graph.get(graph.business(PHYSIO, '/customers'))).status, 500);
  });

  it('is deterministic under a seed for rate-based faults', async () => {
    emulator.faults.set('500@rate=0.3,503@rate=0.2,seed=9');
    const first = await statuses(40);
    emulator.faults.set('500@rate=0.3,503@rate=0.2,seed=9');
    const second = await statuses(40);
    assert.deepEqual(first, second);
    assert.ok(first.includes(200) && first.includes(500) && first.includes(503), first.join(','));
    emulator.faults.set('500@rate=0.3,503@rate=0.2,seed=10');
    assert.notDeepEqual(await statuses(40), first);
  });

  it('slows responses down (logged as slow) and still answers them', async () => {
    emulator.faults.set('slow@at=1:ms=200');
    const reply = await services();
    assert.equal(reply.status, 200);
    const last = emulator.requests().at(-1);
    assert.equal(last?.fault, 'slow');
  });

  it('sends truncated JSON and invalid JSON with status 200', async () => {
    emulator.faults.set('truncate@at=1,invalid-json@at=2');
    const truncated = await services();
    assert.equal(truncated.status, 200);
    assert.equal(truncated.json, undefined);
    assert.throws(() => JSON.parse(truncated.text) as unknown);
    assert.ok(truncated.text.startsWith('{"@odata.context"'));
    const invalid = await services();
    assert.equal(invalid.status, 200);
    assert.match(invalid.text, /^<html>/);
  });

  it('resets connections before handling, and after handling (the write happened)', async () => {
    emulator.faults.set('reset@at=1,reset@at=2:after');
    await assert.rejects(services());
    const before = emulator.store.business(PHYSIO)?.customers.size ?? 0;
    await assert.rejects(graph.post(graph.business(PHYSIO, '/customers'), { displayName: 'Lost reply' }));
    assert.equal(emulator.store.business(PHYSIO)?.customers.size, before + 1);
    assert.equal((await services()).status, 200);
  });

  it('expires tokens mid-run: 401 until a new token is fetched', async () => {
    emulator.faults.set('token-expiry@at=2');
    const token = await graph.bearer();
    assert.equal((await services()).status, 200);
    const expired = await services();
    assert.equal(expired.status, 401);
    assert.equal(errorCode(expired), 'InvalidAuthenticationToken');
    assert.equal((await send('GET', `${emulator.graphUrl}${graph.business(PHYSIO, '/services')}`, { token })).status, 401);
    const fresh = await requestToken(emulator);
    assert.equal((await send('GET', `${emulator.graphUrl}${graph.business(PHYSIO, '/services')}`, { token: fresh })).status, 200);
    graph = new Graph(emulator);
  });

  it('sets faults at run time through POST /_emulator/faults (text or JSON) and rejects bad specs', async () => {
    const text = await send('POST', `${emulator.url}/_emulator/faults`, { body: { spec: '504@at=1' } });
    assert.equal(text.status, 200, text.text);
    assert.equal((await services()).status, 504);
    const json = await send('POST', `${emulator.url}/_emulator/faults`, { body: { seed: 3, rules: [{ kind: '503', schedule: { type: 'at', requests: [2] } }] } });
    assert.equal(json.status, 200, json.text);
    assert.deepEqual(await statuses(2), [200, 503]);
    const state = await send('GET', `${emulator.url}/_emulator/faults`);
    assert.deepEqual(state.json?.['fired'], [1]);
    const bad = await send('POST', `${emulator.url}/_emulator/faults`, { body: { spec: 'boom@rate=1' } });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /unknown kind 'boom'/);
    assert.equal((await send('DELETE', `${emulator.url}/_emulator/faults`)).status, 204);
    assert.equal((await services()).status, 200);
  });

  it('injects faults on the token endpoint with target=token, numbered apart from Graph requests', async () => {
    emulator.faults.set('503@at=1:target=token:retryAfter=4,500@at=2:target=token,truncate@at=3:target=token,reset@at=4:target=token');
    const tokenPost = () => send('POST', emulator.tokenUrl, {
      body: new URLSearchParams({ client_id: emulator.credentials.clientId, client_secret: emulator.credentials.clientSecret, grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }),
    });
    assert.equal((await services()).status, 200, 'Graph requests are not affected');
    const unavailable = await tokenPost();
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.json?.['error'], 'temporarily_unavailable');
    assert.equal(unavailable.headers.get('retry-after'), '4');
    const failed = await tokenPost();
    assert.equal(failed.status, 500);
    assert.deepEqual(failed.json?.['error_codes'], [50000]);
    const truncated = await tokenPost();
    assert.equal(truncated.status, 200);
    assert.equal(truncated.json, undefined);
    await assert.rejects(tokenPost());
    assert.equal((await tokenPost()).status, 200);
    assert.equal(emulator.faults.current().tokenRequests, 5);
    assert.throws(() => parseFaultSpec('token-expiry@at=1:target=token'), FaultSpecError);
  });

  it('parses the text form and explains mistakes', () => {
    const spec = parseFaultSpec('429@rate=0.05:burst=3,slow@every=10:ms=1500,reset@at=3|7:after,seed=7');
    assert.equal(spec.seed, 7);
    assert.deepEqual(spec.rules[0], { kind: '429', schedule: { type: 'rate', rate: 0.05 }, burst: 3 });
    assert.deepEqual(spec.rules[2], { kind: 'reset', schedule: { type: 'at', requests: [3, 7] }, afterHandling: true });
    for (const bad of ['500', '500@rate=2', '500@every=0', '500@soon=1', 'slow@at=1:color=red']) {
      assert.throws(() => parseFaultSpec(bad), FaultSpecError, bad);
    }
  });

  it('loads a JSON fault spec file', () => {
    emulator.faults.set(join(__dirname, '..', 'fixtures', 'faults-flaky.json'));
    const { spec } = emulator.faults.current();
    assert.equal(spec.seed, 7);
    assert.deepEqual(spec.rules.map((r) => r.kind), ['429', '503', 'slow', 'truncate', 'reset', 'token-expiry', '503']);
    assert.equal(spec.rules[6]?.target, 'token');
  });

  it('starts with faults from the options', async () => {
    const other = await start({ seed: 'empty', faults: '503@at=1' });
    try {
      const token = await requestToken(other);
      const reply = await send('GET', `${other.graphUrl}/solutions/bookingBusinesses`, { token });
      assert.equal(reply.status, 503);
    } finally {
      await other.close();
    }
  });
});
