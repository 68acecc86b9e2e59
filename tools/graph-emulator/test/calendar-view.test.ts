import { strict as assert } from 'node:assert';
import type { Emulator, FixtureData } from '../src/index';
import { CANCELLED_ANNOTATION } from '../src/index';
import { Graph, errorCode, start, values } from './helpers';

const SHOP = 'Shop@contoso.onmicrosoft.com';
const utc = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });

/** Appointments chosen around the window 2026-03-10T00:00Z .. 2026-03-11T00:00Z. */
const fixture: FixtureData = {
  businesses: [{
    id: SHOP, displayName: 'Shop',
    appointments: [
      { id: 'AAMkADbefore=', startDateTime: utc('2026-03-09T22:00:00'), endDateTime: utc('2026-03-09T23:00:00') },
      { id: 'AAMkADacross=', startDateTime: utc('2026-03-09T23:30:00'), endDateTime: utc('2026-03-10T00:30:00') },
      { id: 'AAMkADinside=', startDateTime: utc('2026-03-10T09:00:00'), endDateTime: utc('2026-03-10T10:00:00') },
      { id: 'AAMkADlocal=', startDateTime: { dateTime: '2026-03-10T08:30:00', timeZone: 'Tokyo Standard Time' }, endDateTime: { dateTime: '2026-03-10T09:30:00', timeZone: 'Asia/Tokyo' } },
      { id: 'AAMkADcancelled=', startDateTime: utc('2026-03-10T12:00:00'), endDateTime: utc('2026-03-10T13:00:00'), [CANCELLED_ANNOTATION]: 'Closed.' },
      { id: 'AAMkADatEnd=', startDateTime: utc('2026-03-11T00:00:00'), endDateTime: utc('2026-03-11T01:00:00') },
    ],
  }],
};

describe('graph emulator: calendarView', () => {
  let emulator: Emulator;
  let graph: Graph;
  before(async () => {
    emulator = await start({ seed: fixture, pageSize: 2 });
    graph = new Graph(emulator);
  });
  after(async () => emulator.close());

  const view = (query: string) => graph.get(graph.business(SHOP, `/calendarView${query}`));

  it('needs both start and end', async () => {
    for (const query of ['', '?start=2026-03-10T00:00:00Z', '?end=2026-03-11T00:00:00Z']) {
      const reply = await view(query);
      assert.equal(reply.status, 400, query);
      assert.equal(errorCode(reply), 'ErrorInvalidParameter');
    }
    assert.equal((await view('?start=yesterday&end=2026-03-11T00:00:00Z')).status, 400);
  });

  it('returns appointments overlapping the window, without cancelled ones, in start order and pages', async () => {
    const all = await graph.all(graph.business(SHOP, '/calendarView?start=2026-03-10T00:00:00Z&end=2026-03-11T00:00:00Z'));
    assert.deepEqual(all.items.map((a) => a['id']), ['AAMkADacross=', 'AAMkADlocal=', 'AAMkADinside=']);
    assert.equal(all.pages, 2);
    const local = all.items[1]?.['startDateTime'];
    assert.deepEqual(local, { dateTime: '2026-03-09T23:30:00.0000000Z', timeZone: 'UTC' });
  });

  it('accepts offsets in the window and counts with $count', async () => {
    const reply = await view('?start=2026-03-10T18:00:00%2B09:00&end=2026-03-10T10:30:00%2B01:00&$count=true');
    assert.equal(reply.status, 200);
    assert.equal(reply.json?.['@odata.count'], 1);
    assert.deepEqual(values(reply).map((a) => a['id']), ['AAMkADinside=']);
    assert.match(String(reply.json?.['@odata.context']), /bookingBusinesses\('Shop@contoso\.onmicrosoft\.com'\)\/calendarView$/);
  });

  it('keeps start and end in the nextLink', async () => {
    const first = await view('?start=2026-03-01T00:00:00Z&end=2026-04-01T00:00:00Z');
    const next = String(first.json?.['@odata.nextLink']);
    assert.match(next, /start=2026-03-01T00%3A00%3A00Z&end=2026-04-01T00%3A00%3A00Z&\$skiptoken=/);
  });
});
