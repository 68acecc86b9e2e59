import { strict as assert } from 'node:assert';
import type { Emulator } from '../src/index';
import { BERLIN, Graph, PHYSIO, errorCode, start, values } from './helpers';

describe('graph emulator: bookingBusinesses', () => {
  let emulator: Emulator;
  let graph: Graph;
  before(async () => {
    emulator = await start({ seed: 'demo' });
    graph = new Graph(emulator);
  });
  after(async () => emulator.close());

  it('lists businesses with only id and displayName, no paging, and $count', async () => {
    const reply = await graph.get('/solutions/bookingBusinesses?$count=true');
    assert.equal(reply.status, 200);
    assert.equal(reply.json?.['@odata.context'], `${emulator.url}/v1.0/$metadata#solutions/bookingBusinesses`);
    assert.equal(reply.json?.['@odata.count'], 2);
    assert.equal(reply.json?.['@odata.nextLink'], undefined);
    assert.deepEqual(values(reply).map((b) => Object.keys(b).sort()), [['displayName', 'id'], ['displayName', 'id']]);
    assert.deepEqual(values(reply).map((b) => b['id']), [PHYSIO, BERLIN]);
  });

  it('filters the list with the query parameter', async () => {
    const reply = await graph.get('/solutions/bookingBusinesses?query=fabrikam');
    assert.deepEqual(values(reply).map((b) => b['id']), [BERLIN]);
  });

  it('gets one business by its SMTP address with Graph property names', async () => {
    const reply = await graph.get(graph.business(PHYSIO));
    assert.equal(reply.status, 200);
    assert.match(String(reply.json?.['@odata.context']), /\/\$entity$/);
    assert.equal(reply.json?.['defaultCurrencyIso'], 'USD');
    assert.equal(reply.json?.['businessTimeZone'], undefined, 'businessTimeZone is not a bookingBusiness property');
    assert.deepEqual(reply.json?.['bookingPageSettings'], { businessTimeZone: 'Pacific Standard Time', isTimeSlotTimeZoneSetToBusinessTimeZone: true });
    assert.equal(typeof reply.json?.['isPublished'], 'boolean');
  });

  it('supports $select and $expand on a business and rejects unknown properties', async () => {
    const selected = await graph.get(graph.business(BERLIN, '?$select=displayName,defaultCurrencyIso'));
    assert.deepEqual(Object.keys(selected.json ?? {}).filter((k) => !k.startsWith('@')).sort(), ['defaultCurrencyIso', 'displayName', 'id']);
    const expanded = await graph.get(graph.business(BERLIN, '?$expand=services'));
    assert.equal((expanded.json?.['services'] as unknown[]).length, 9);
    const bad = await graph.get(graph.business(BERLIN, '?$select=timeZone'));
    assert.equal(bad.status, 400);
    assert.match(String((bad.json?.['error'] as Record<string, unknown>)['message']), /Could not find a property named 'timeZone' on type 'microsoft.graph.bookingBusiness'/);
  });

  it('expands collections on the business list and caps $top', async () => {
    const reply = await graph.get('/solutions/bookingBusinesses?$expand=staffMembers&$top=1');
    const list = values(reply);
    assert.equal(list.length, 1);
    assert.equal((list[0]?.['staffMembers'] as unknown[]).length, 4);
    assert.equal((await graph.get('/solutions/bookingBusinesses?$expand=invoices')).status, 400);
  });

  it('answers an unknown business with 404 and unknown segments with 400', async () => {
    const missing = await graph.get(graph.business('Nobody@contoso.onmicrosoft.com', '/appointments'));
    assert.equal(missing.status, 404);
    assert.equal(errorCode(missing), 'ErrorItemNotFound');
    const segment = await graph.get(graph.business(PHYSIO, '/invoices'));
    assert.equal(segment.status, 400);
    assert.match(segment.text, /Resource not found for the segment 'invoices'/);
    const version = await graph.get(`${emulator.url}/beta/bookingBusinesses`);
    assert.equal(version.status, 400);
  });

  it('answers unsupported methods with 405', async () => {
    const reply = await graph.delete(graph.business(PHYSIO));
    assert.equal(reply.status, 405);
  });
});
