import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Emulator } from '../src/index';
import { Graph, PHYSIO, form, requestToken, send, start, values } from './helpers';

const FIXTURE = join(__dirname, '..', 'fixtures', 'small-business.json');
const STUDIO = 'Studio@northwind.onmicrosoft.com';

describe('graph emulator: admin endpoints, fixtures and the request log', () => {
  let emulator: Emulator;
  before(async () => {
    emulator = await start({ seed: 'demo' });
  });
  after(async () => emulator.close());

  it('seeds from a fixture file: appointments with 0, 1 and several customers, a cancelled one, fixture apps', async () => {
    const other = await start({ seed: FIXTURE });
    try {
      const graph = new Graph(other);
      const list = values(await graph.get(graph.business(STUDIO, '/appointments')));
      assert.deepEqual(list.map((a) => [a['id'], (a['customers'] as unknown[]).length]), [['AAMkADportrait1=', 1], ['AAMkADgroup1=', 2], ['AAMkADnocustomer1=', 0]]);
      assert.deepEqual(list[0]?.['startDateTime'], { dateTime: '2026-03-02T09:00:00.0000000Z', timeZone: 'UTC' });
      assert.equal(list[0]?.['price'], 95, 'price from the service');
      assert.equal(list[1]?.['price'], 180);
      assert.equal(list[2]?.['priceType'], 'free');
      assert.equal(other.store.cancelledAppointments(STUDIO)[0]?.id, 'AAMkADcancelled1=');
      // The fixture's app exists in its tenant (secret generated at start, so the wrong one is refused).
      const reply = await send('POST', `${other.url}/northwind.onmicrosoft.com/oauth2/v2.0/token`, {
        body: form({ client_id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', client_secret: 'guess', grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }),
      });
      assert.deepEqual(reply.json?.['error_codes'], [7000215]);
    } finally {
      await other.close();
    }
  });

  it('replaces data with POST /_emulator/seed and rejects bad fixtures with the path of the problem', async () => {
    const seeded = await send('POST', `${emulator.url}/_emulator/seed`, { body: { businesses: [{ id: 'Tiny@contoso.onmicrosoft.com', displayName: 'Tiny' }] } });
    assert.equal(seeded.status, 200, seeded.text);
    assert.equal(seeded.json?.['businesses'], 1);
    const bad = await send('POST', `${emulator.url}/_emulator/seed`, {
      body: { businesses: [{ id: 'Bad@contoso.onmicrosoft.com', appointments: [{ startDateTime: { dateTime: '2026-01-01T10:00:00', timeZone: 'Nowhere/Land' }, endDateTime: { dateTime: '2026-01-01T11:00:00', timeZone: 'UTC' } }] }] },
    });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /businesses\[0\]\.appointments\[0\].*Nowhere\/Land/);
    assert.equal((await send('GET', `${emulator.url}/_emulator/health`)).json?.['businesses'], 1, 'a rejected fixture changes nothing');
    const preset = await send('POST', `${emulator.url}/_emulator/seed`, { body: { preset: 'empty' } });
    assert.equal(preset.json?.['businesses'], 0);
  });

  it('resets to the start-up data with POST /_emulator/reset, with the same ids', async () => {
    await send('POST', `${emulator.url}/_emulator/reset`);
    const graph = new Graph(emulator);
    const first = values(await graph.get(graph.business(PHYSIO, '/appointments?$top=5'))).map((a) => a['id']);
    await send('POST', `${emulator.url}/_emulator/seed`, { body: { preset: 'empty' } });
    assert.equal((await send('POST', `${emulator.url}/_emulator/reset`)).status, 204);
    const again = values(await graph.get(graph.business(PHYSIO, '/appointments?$top=5'))).map((a) => a['id']);
    assert.deepEqual(again, first);
  });

  it('logs requests without client secrets or bearer tokens', async () => {
    await send('DELETE', `${emulator.url}/_emulator/requests`);
    const token = await requestToken(emulator);
    await send('GET', `${emulator.graphUrl}/solutions/bookingBusinesses?access_token=${token}&client_secret=${emulator.credentials.clientSecret}`, { token });
    await send('POST', `${emulator.graphUrl}/solutions/bookingBusinesses/${encodeURIComponent(PHYSIO)}/customers`, { token, body: { displayName: 'Logged', password: 'hunter2' } }); // 400: unknown property, body still logged
    await send('POST', `${emulator.url}/${emulator.credentials.tenantId}/oauth2/v2.0/token`, { body: form({ client_id: emulator.credentials.clientId, client_secret: 'wrong-secret-value', grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }) });
    const log = await send('GET', `${emulator.url}/_emulator/requests`);
    const entries = values(log);
    assert.deepEqual(entries.map((e) => [e['kind'], e['method'], e['status']]), [['token', 'POST', 200], ['graph', 'GET', 200], ['graph', 'POST', 400], ['token', 'POST', 401]]);
    for (const secret of [emulator.credentials.clientSecret, token, token.split('.')[2] ?? token, 'hunter2', 'wrong-secret-value']) {
      assert.ok(!log.text.includes(secret), 'log leaks a secret');
    }
    assert.match(String(entries[1]?.['url']), /access_token=REDACTED&client_secret=REDACTED/);
    assert.deepEqual(entries[2]?.['body'], { displayName: 'Logged', password: 'REDACTED' });
    assert.equal(entries[3]?.['error'], 'invalid_client AADSTS7000215');
    const since = values(await send('GET', `${emulator.url}/_emulator/requests?since=${String(entries[2]?.['seq'])}`));
    assert.equal(since.length, 1);
  });

  it('answers unknown admin paths with 404', async () => {
    assert.equal((await send('GET', `${emulator.url}/_emulator/nothing`)).status, 404);
  });
});
