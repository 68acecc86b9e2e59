import { strict as assert } from 'node:assert';
import type { Emulator } from '../src/index';
import { PRICE_TYPES } from '../src/storage/schema';
import { Graph, PHYSIO, errorCode, start, values } from './helpers';

describe('graph emulator: appointments', () => {
  let emulator: Emulator;
  let graph: Graph;
  const path = (rest = '') => graph.business(PHYSIO, `/appointments${rest}`);
  const serviceId = (): string => {
    const business = emulator.store.business(PHYSIO);
    const first = business === undefined ? undefined : [...business.services.keys()][1];
    if (first === undefined) throw new Error('demo business has no services');
    return first;
  };

  before(async () => {
    emulator = await start({ seed: 'scale:250', pageSize: 100 });
    graph = new Graph(emulator);
  });
  after(async () => emulator.close());

  it('pages the list with @odata.nextLink in start order and $count', async () => {
    const first = await graph.get(path('?$count=true'));
    assert.equal(first.status, 200);
    const visible = emulator.store.business(PHYSIO)?.appointments.size ?? 0;
    assert.equal(first.json?.['@odata.count'], visible);
    assert.equal(values(first).length, 100);
    assert.match(String(first.json?.['@odata.nextLink']), /^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/solutions\/bookingBusinesses\/.+\/appointments\?\$count=true&\$skiptoken=/);
    const all = await graph.all(path());
    assert.equal(all.items.length, visible);
    assert.equal(all.pages, Math.ceil(visible / 100));
    assert.equal(new Set(all.items.map((a) => a['id'])).size, visible, 'no duplicates across pages');
    const starts = all.items.map((a) => String((a['startDateTime'] as Record<string, unknown>)['dateTime']));
    assert.deepEqual(starts, [...starts].sort());
  });

  it('pages calendarView over the whole year consistently with the list and $count', async () => {
    const window = '?start=2025-12-01T00:00:00Z&end=2027-01-01T00:00:00Z';
    const counted = await graph.get(graph.business(PHYSIO, `/calendarView${window}&$count=true`));
    const view = await graph.all(graph.business(PHYSIO, `/calendarView${window}`));
    const list = await graph.all(path());
    assert.equal(counted.json?.['@odata.count'], list.items.length);
    assert.deepEqual(view.items.map((a) => a['id']), list.items.map((a) => a['id']));
    const topped = await graph.all(graph.business(PHYSIO, `/calendarView${window}&$top=150`));
    assert.equal(topped.items.length, 150);
    assert.equal(topped.pages, 2);
  });

  it('stops at $top without nextLink once $top items are returned, and limits $top', async () => {
    const top = await graph.get(path('?$top=100'));
    assert.equal(values(top).length, 100);
    assert.equal(top.json?.['@odata.nextLink'], undefined);
    const small = await graph.get(path('?$top=3'));
    assert.equal(values(small).length, 3);
    assert.equal((await graph.get(path('?$top=1001'))).status, 400);
    assert.equal((await graph.get(path('?$top=-1'))).status, 400);
  });

  it('rejects $filter (pointing to calendarView), $orderby, $skip and unknown options', async () => {
    const filter = await graph.get(path("?$filter=start/dateTime ge '2026-01-01'"));
    assert.equal(filter.status, 400);
    assert.equal(errorCode(filter), 'BadRequest');
    assert.match(filter.text, /Query option 'Filter' is not allowed.*calendarView/);
    assert.match((await graph.get(path('?$orderby=start'))).text, /Query option 'OrderBy' is not allowed/);
    assert.match((await graph.get(path('?$skip=10'))).text, /Query option 'Skip' is not allowed/);
    assert.equal((await graph.get(path('?$bogus=1'))).status, 400);
    assert.equal((await graph.get(path('?$skiptoken=garbage'))).status, 400);
  });

  it('returns Graph property names and types, UTC start/end, and leaves by-id-only properties out of lists', async () => {
    const list = values(await graph.get(path('?$top=50')));
    const withNotes = list.find((a) => a['serviceNotes'] !== null);
    assert.equal(withNotes, undefined, 'serviceNotes only by id');
    const item = list[0];
    assert.ok(item);
    const start = item['startDateTime'] as Record<string, unknown>;
    assert.match(String(start['dateTime']), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.0000000Z$/);
    assert.equal(start['timeZone'], 'UTC');
    assert.match(String(item['duration']), /^PT(\d+H)?(\d+M)?$/);
    assert.ok((PRICE_TYPES as readonly string[]).includes(String(item['priceType'])));
    assert.equal(typeof item['price'], 'number');
    assert.ok(Array.isArray(item['staffMemberIds']));
    const byId = await graph.get(path(`/${encodeURIComponent(String(item['id']))}`));
    assert.equal(byId.status, 200);
    assert.ok(Array.isArray(byId.json?.['reminders']), 'reminders by id');
  });

  it('supports $select on lists', async () => {
    const reply = await graph.get(path('?$top=2&$select=startDateTime,endDateTime,price'));
    assert.match(String(reply.json?.['@odata.context']), /appointments\(startDateTime,endDateTime,price\)$/);
    assert.deepEqual(Object.keys(values(reply)[0] ?? {}).sort(), ['endDateTime', 'id', 'price', 'startDateTime']);
  });

  it('creates an appointment from Windows-zone local times, storing UTC, with price from the service and a new customer', async () => {
    const customersBefore = emulator.store.business(PHYSIO)?.customers.size ?? 0;
    const created = await graph.post(path(), {
      '@odata.type': '#microsoft.graph.bookingAppointment',
      serviceId: serviceId(),
      startDateTime: { '@odata.type': '#microsoft.graph.dateTimeTimeZone', dateTime: '2026-07-01T09:00:00.0000000', timeZone: 'Pacific Standard Time' },
      endDateTime: { dateTime: '2026-07-01T09:45:00', timeZone: 'America/Los_Angeles' },
      customers: [{ '@odata.type': '#microsoft.graph.bookingCustomerInformation', name: 'New Person', emailAddress: 'new.person@example.com', timeZone: 'America/Los_Angeles' }],
    });
    assert.equal(created.status, 201, created.text);
    const body = created.json ?? {};
    assert.deepEqual(body['startDateTime'], { dateTime: '2026-07-01T16:00:00.0000000Z', timeZone: 'UTC' });
    assert.deepEqual(body['endDateTime'], { dateTime: '2026-07-01T16:45:00.0000000Z', timeZone: 'UTC' });
    assert.equal(body['duration'], 'PT45M');
    assert.equal(body['serviceName'], emulator.store.business(PHYSIO)?.services.get(serviceId())?.['displayName']);
    assert.equal(body['customerName'], 'New Person');
    const customers = body['customers'] as Record<string, unknown>[];
    assert.equal(customers.length, 1);
    assert.equal(emulator.store.business(PHYSIO)?.customers.size, customersBefore + 1);
    assert.ok(emulator.store.business(PHYSIO)?.customers.has(String(customers[0]?.['customerId'])));
    assert.ok(created.headers.get('location')?.endsWith(encodeURIComponent(String(body['id']))));
  });

  it('rejects invalid bodies with Graph errors', async () => {
    const start = { dateTime: '2026-07-02T10:00:00', timeZone: 'UTC' };
    const end = { dateTime: '2026-07-02T11:00:00', timeZone: 'UTC' };
    const unknown = await graph.post(path(), { startDateTime: start, endDateTime: end, invoiceId: 'X' });
    assert.equal(unknown.status, 400);
    assert.match(unknown.text, /The property 'invoiceId' does not exist on type 'microsoft.graph.bookingAppointment'/);
    assert.equal((await graph.post(path(), { startDateTime: start, endDateTime: end, price: 'ten' })).status, 400);
    assert.equal((await graph.post(path(), { startDateTime: start, endDateTime: end, priceType: 'cheap' })).status, 400);
    assert.equal((await graph.post(path(), { startDateTime: start, endDateTime: end, preBuffer: '10 minutes' })).status, 400);
    assert.match((await graph.post(path(), { startDateTime: { ...start, timeZone: 'Mars/Olympus' }, endDateTime: end })).text, /time zone 'Mars\/Olympus'/);
    assert.equal((await graph.post(path(), { startDateTime: end, endDateTime: start })).status, 400);
    assert.equal((await graph.post(path(), { endDateTime: end })).status, 400);
    assert.equal((await graph.post(path(), '{"startDateTime": ')).status, 400);
    assert.equal((await graph.post(path(), { startDateTime: start, endDateTime: end, serviceId: 'nope' })).status, 400);
  });

  it('updates with PATCH (204) and moves the appointment in calendarView', async () => {
    const created = await graph.post(path(), { startDateTime: { dateTime: '2026-08-03T10:00:00', timeZone: 'UTC' }, endDateTime: { dateTime: '2026-08-03T10:30:00', timeZone: 'UTC' } });
    const id = encodeURIComponent(String(created.json?.['id']));
    const patched = await graph.patch(path(`/${id}`), {
      startDateTime: { dateTime: '2026-08-04T12:00:00', timeZone: 'W. Europe Standard Time' },
      endDateTime: { dateTime: '2026-08-04T13:00:00', timeZone: 'Europe/Berlin' },
      price: 99.5, priceType: 'hourly',
    });
    assert.equal(patched.status, 204);
    assert.equal(patched.text, '');
    const read = await graph.get(path(`/${id}`));
    assert.deepEqual(read.json?.['startDateTime'], { dateTime: '2026-08-04T10:00:00.0000000Z', timeZone: 'UTC' });
    assert.equal(read.json?.['duration'], 'PT1H');
    assert.equal(read.json?.['price'], 99.5);
    const view = (day: string) => graph.get(graph.business(PHYSIO, `/calendarView?start=${day}T00:00:00Z&end=${day}T23:59:59Z`));
    assert.ok(!values(await view('2026-08-03')).some((a) => a['id'] === created.json?.['id']));
    assert.ok(values(await view('2026-08-04')).some((a) => a['id'] === created.json?.['id']));
    assert.equal((await graph.patch(path('/AAMkADmissing='), { price: 1 })).status, 404);
  });

  it('deletes for good: 204, then 404', async () => {
    const created = await graph.post(path(), { startDateTime: { dateTime: '2026-08-05T10:00:00', timeZone: 'UTC' }, endDateTime: { dateTime: '2026-08-05T10:30:00', timeZone: 'UTC' } });
    const id = encodeURIComponent(String(created.json?.['id']));
    assert.equal((await graph.delete(path(`/${id}`))).status, 204);
    assert.equal((await graph.get(path(`/${id}`))).status, 404);
    assert.equal((await graph.delete(path(`/${id}`))).status, 404);
    assert.equal(emulator.store.cancelledAppointments(PHYSIO).some((c) => c.id === created.json?.['id']), false);
  });

  it('cancels: 204, then gone from get, list and calendarView, kept as cancelled in the store', async () => {
    const created = await graph.post(path(), { startDateTime: { dateTime: '2026-08-06T10:00:00', timeZone: 'UTC' }, endDateTime: { dateTime: '2026-08-06T10:30:00', timeZone: 'UTC' } });
    const rawId = String(created.json?.['id']);
    const id = encodeURIComponent(rawId);
    assert.equal((await graph.post(path(`/${id}/cancel`), {})).status, 400, 'cancellationMessage is required');
    assert.equal((await graph.post(path(`/${id}/cancel`), { cancellationMessage: 'Staff is ill.' })).status, 204);
    assert.equal((await graph.get(path(`/${id}`))).status, 404);
    const day = values(await graph.get(graph.business(PHYSIO, '/calendarView?start=2026-08-06T00:00:00Z&end=2026-08-07T00:00:00Z')));
    assert.ok(!day.some((a) => a['id'] === rawId));
    const cancelled = emulator.store.cancelledAppointments(PHYSIO).find((c) => c.id === rawId);
    assert.equal(cancelled?.cancellationMessage, 'Staff is ill.');
    assert.equal((await graph.post(path(`/${id}/cancel`), { cancellationMessage: 'again' })).status, 404);
  });

  it('can emulate the empty-customers-in-lists quirk (GET by id still has them)', async () => {
    const quirky = await start({ seed: 'scale:50', emptyCustomersInLists: true });
    try {
      const client = new Graph(quirky);
      const list = values(await client.get(client.business(PHYSIO, '/appointments')));
      assert.ok(list.every((a) => Array.isArray(a['customers']) && (a['customers'] as unknown[]).length === 0));
      const withCustomers = [...(quirky.store.business(PHYSIO)?.appointments.values() ?? [])].find((a) => Array.isArray(a.data['customers']) && a.data['customers'].length > 0);
      assert.ok(withCustomers);
      const one = await client.get(client.business(PHYSIO, `/appointments/${encodeURIComponent(withCustomers.id)}`));
      assert.ok((one.json?.['customers'] as unknown[]).length > 0);
      assert.equal(list.find((a) => a['id'] === withCustomers.id)?.['customerName'], withCustomers.data['customerName'], 'top-level fields stay');
    } finally {
      await quirky.close();
    }
  });
});

describe('graph emulator: request size limit', () => {
  it('answers bodies over 10 MB with 413', async () => {
    const emulator = await start({ seed: 'scale:5' });
    try {
      const graph = new Graph(emulator);
      const reply = await graph.post(graph.business(PHYSIO, '/customers'), { displayName: 'x'.repeat(11 * 1024 * 1024) }).catch(() => undefined);
      // The server may close the connection while the client is still sending; either way no customer is created.
      if (reply !== undefined) assert.equal(reply.status, 413);
      assert.equal(emulator.requests().at(-1)?.status, 413);
      assert.equal(emulator.requests().at(-1)?.error, 'RequestEntityTooLarge');
      assert.ok(![...(emulator.store.business(PHYSIO)?.customers.values() ?? [])].some((c) => String(c['displayName']).length > 1000));
    } finally {
      await emulator.close();
    }
  });
});
