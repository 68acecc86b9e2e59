import { strict as assert } from 'node:assert';
import type { Emulator } from '../src/index';
import { FIXED_NOW, Graph, PHYSIO, errorCode, requestToken, send, start } from './helpers';

describe('graph emulator: authorization of Graph calls', () => {
  let emulator: Emulator;
  let clock = FIXED_NOW.getTime();
  before(async () => {
    emulator = await start({ seed: 'demo', now: () => new Date(clock), tokenLifetimeSeconds: 600 });
  });
  after(async () => emulator.close());
  afterEach(() => {
    clock = FIXED_NOW.getTime();
  });

  const list = (authorization?: string) =>
    send('GET', `${emulator.graphUrl}/solutions/bookingBusinesses`, authorization === undefined ? {} : { headers: { Authorization: authorization } });

  it('answers a missing token with 401 InvalidAuthenticationToken in Graph error shape', async () => {
    const reply = await list();
    assert.equal(reply.status, 401);
    assert.equal(errorCode(reply), 'InvalidAuthenticationToken');
    const error = reply.json?.['error'] as Record<string, unknown>;
    assert.equal(error['message'], 'Access token is empty.');
    const inner = error['innerError'] as Record<string, unknown>;
    assert.equal(typeof inner['request-id'], 'string');
    assert.equal(inner['date'], '2026-11-25T10:00:00');
    assert.equal(reply.headers.get('request-id'), inner['request-id']);
  });

  it('answers malformed and forged tokens with 401', async () => {
    const malformed = await list('Bearer not-a-jwt');
    assert.equal(malformed.status, 401);
    assert.match(String((malformed.json?.['error'] as Record<string, unknown>)['message']), /CompactToken parsing failed/);
    const token = await requestToken(emulator);
    const [h, p] = token.split('.');
    const forged = await list(`Bearer ${h}.${p}.AAAA`);
    assert.equal(forged.status, 401);
    assert.equal((forged.json?.['error'] as Record<string, unknown>)['message'], 'Access token validation failure.');
    assert.equal((await list(`Basic ${token}`)).status, 401);
  });

  it('answers an expired token with 401 and accepts a new one', async () => {
    const token = await requestToken(emulator);
    assert.equal((await list(`Bearer ${token}`)).status, 200);
    clock += 601_000;
    const expired = await list(`Bearer ${token}`);
    assert.equal(expired.status, 401);
    assert.equal((expired.json?.['error'] as Record<string, unknown>)['message'], 'Lifetime validation failed, the token is expired.');
    assert.equal((await list(`Bearer ${await requestToken(emulator)}`)).status, 200);
  });

  it('answers writes by a read-only app with 403 and allows its reads', async () => {
    const reader = new Graph(emulator, emulator.apps.reader);
    assert.equal((await reader.get(reader.business(PHYSIO, '/appointments'))).status, 200);
    const write = await reader.post(reader.business(PHYSIO, '/customers'), { displayName: 'Blocked' });
    assert.equal(write.status, 403);
    assert.equal(errorCode(write), 'ErrorAccessDenied');
  });

  it('needs Bookings.ReadWrite.All or higher for service writes', async () => {
    const demo = new Graph(emulator);
    const denied = await demo.post(demo.business(PHYSIO, '/services'), { displayName: 'Massage' });
    assert.equal(denied.status, 403);
    const manager = new Graph(emulator, emulator.apps.manager);
    const created = await manager.post(manager.business(PHYSIO, '/services'), { displayName: 'Massage', defaultDuration: 'PT45M' });
    assert.equal(created.status, 201, created.text);
  });
});
