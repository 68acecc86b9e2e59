import { strict as assert } from 'node:assert';
import type { Emulator } from '../src/index';
import { BERLIN, Graph, PHYSIO, errorCode, send, start, values } from './helpers';

describe('graph emulator: customers, services, staffMembers', () => {
  let emulator: Emulator;
  let graph: Graph;
  let manager: Graph;
  before(async () => {
    emulator = await start({ seed: 'demo', pageSize: 10 });
    graph = new Graph(emulator);
    manager = new Graph(emulator, emulator.apps.manager);
  });
  after(async () => emulator.close());

  it('lists customers with paging, @odata.type and Graph properties', async () => {
    const first = await graph.get(graph.business(PHYSIO, '/customers?$count=true'));
    assert.equal(first.status, 200);
    const total = Number(first.json?.['@odata.count']);
    assert.ok(total >= 15);
    assert.equal(values(first).length, 10);
    const customer = values(first)[0] ?? {};
    assert.equal(customer['@odata.type'], '#microsoft.graph.bookingCustomer');
    assert.deepEqual(Object.keys(customer).filter((k) => !k.startsWith('@')).sort(), ['addresses', 'createdDateTime', 'displayName', 'emailAddress', 'id', 'lastUpdatedDateTime', 'phones']);
    const all = await graph.all(graph.business(PHYSIO, '/customers'));
    assert.equal(all.items.length, total);
  });

  it('creates, gets, patches and deletes a customer', async () => {
    const created = await graph.post(graph.business(PHYSIO, '/customers'), {
      '@odata.type': '#microsoft.graph.bookingCustomer', displayName: 'Joni Sherman', emailAddress: 'joni@example.com',
      phones: [{ number: '206 555 0100', type: 'mobile' }],
    });
    assert.equal(created.status, 201, created.text);
    const id = String(created.json?.['id']);
    assert.match(id, /^[0-9a-f-]{36}$/);
    assert.equal((await graph.patch(graph.business(PHYSIO, `/customers/${id}`), { emailAddress: 'joni.s@example.com' })).status, 204);
    const read = await graph.get(graph.business(PHYSIO, `/customers/${id}`));
    assert.equal(read.json?.['emailAddress'], 'joni.s@example.com');
    assert.equal(read.json?.['displayName'], 'Joni Sherman');
    assert.equal((await graph.delete(graph.business(PHYSIO, `/customers/${id}`))).status, 204);
    const gone = await graph.get(graph.business(PHYSIO, `/customers/${id}`));
    assert.equal(gone.status, 404);
    assert.equal(errorCode(gone), 'ErrorItemNotFound');
    assert.equal((await graph.post(graph.business(PHYSIO, '/customers'), { emailAddress: 'x@example.com' })).status, 400, 'displayName required');
  });

  it('lists services with every price type and manages them with a write role', async () => {
    const list = await graph.all(graph.business(BERLIN, '/services'));
    const types = new Set(list.items.map((s) => s['defaultPriceType']));
    for (const t of ['undefined', 'fixedPrice', 'startingAt', 'hourly', 'free', 'priceVaries', 'callUs', 'notSet', 'unknownFutureValue']) assert.ok(types.has(t), t);
    assert.match(String(list.items[0]?.['defaultDuration']), /^PT/);
    const created = await manager.post(manager.business(BERLIN, '/services'), { displayName: 'Beratung', defaultDuration: 'PT1H', defaultPrice: 120, defaultPriceType: 'fixedPrice' });
    assert.equal(created.status, 201, created.text);
    const id = String(created.json?.['id']);
    assert.equal((await manager.patch(manager.business(BERLIN, `/services/${id}`), { defaultPrice: 130 })).status, 204);
    assert.equal((await graph.get(graph.business(BERLIN, `/services/${id}`))).json?.['defaultPrice'], 130);
    assert.equal((await manager.patch(manager.business(BERLIN, `/services/${id}`), { defaultPriceType: 'expensive' })).status, 400);
    assert.equal((await manager.delete(manager.business(BERLIN, `/services/${id}`))).status, 204);
    assert.equal((await graph.get(graph.business(BERLIN, `/services/${id}`))).status, 404);
  });

  it('lists and gets staff members; they are read-only here', async () => {
    const list = await graph.get(graph.business(PHYSIO, '/staffMembers'));
    const staff = values(list);
    assert.equal(staff.length, 4);
    assert.equal(staff[0]?.['@odata.type'], '#microsoft.graph.bookingStaffMember');
    const zones = staff.map((s) => String(s['timeZone']));
    assert.ok(zones.includes('Pacific Standard Time') && zones.includes('America/Los_Angeles'), 'Windows and IANA names');
    const one = await graph.get(graph.business(PHYSIO, `/staffMembers/${String(staff[0]?.['id'])}`));
    assert.equal(one.json?.['role'], 'administrator');
    assert.equal((await manager.post(manager.business(PHYSIO, '/staffMembers'), { displayName: 'X' })).status, 405);
  });

  it('shows teamMember/scheduler roles only with Prefer: include-unknown-enum-members', async () => {
    const plain = values(await graph.get(graph.business(PHYSIO, '/staffMembers'))).map((s) => s['role']);
    assert.deepEqual(plain, ['administrator', 'unknownFutureValue', 'unknownFutureValue', 'viewer']);
    const reply = await send('GET', `${emulator.graphUrl}${graph.business(PHYSIO, '/staffMembers')}`, { token: await graph.bearer(), headers: { Prefer: 'include-unknown-enum-members' } });
    assert.deepEqual(values(reply).map((s) => s['role']), ['administrator', 'teamMember', 'scheduler', 'viewer']);
    assert.equal(reply.headers.get('preference-applied'), 'include-unknown-enum-members');
  });
});
