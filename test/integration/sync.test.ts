/**
 * Issue #10 over real loopback HTTP: the extension's sync (customers, services, appointments) in the AL runtime
 * against the Graph emulator, clean and under injected faults (429 bursts, 503, truncated JSON, token expiry
 * mid-run). After the faults clear, one more run must leave BC exactly equal to the emulator's data, without
 * duplicates. Small data with a page size of 5, so every list is paged.
 */
import { strict as assert } from 'node:assert';
import { startProductHost, type ProductHost } from '../../tools/host/src/index';
import { convergenceDiffs, emailCounts } from './lib/convergence';

const DAY = 86_400_000;
const PAGE_SIZE = 5;

describe('integration #10: sync against the Graph emulator, with faults', function () {
  this.timeout(180_000);
  let host: ProductHost;
  let cleanState: ReturnType<ProductHost['session']['db']['snapshot']>;
  let baselineEmailCounts: Map<string, number>;

  before(async () => {
    const from = new Date(Date.now() - 20 * DAY).toISOString().slice(0, 10);
    host = await startProductHost({
      emulator: {
        pageSize: PAGE_SIZE,
        data: { generate: { seed: 11, businesses: 1, customersPerBusiness: 14, staffPerBusiness: 3, servicesPerBusiness: 9, appointmentsPerBusiness: 45, from, days: 20, cancelledShare: 0.1 } },
      },
    });
    cleanState = host.session.db.snapshot();
    baselineEmailCounts = await emailCounts(host);
  });
  after(async () => {
    await host?.stop();
  });

  /** BC back to the state right after set-up, the emulator back to its start-up data, no faults. */
  async function freshStart(): Promise<void> {
    host.session.db.restore(cleanState);
    host.session.resetSingleInstances();
    await host.emulator.reset();
  }

  function sync(): { status: string; failed: number; errors: string[] } {
    host.call('BKI Bookings Sync', 'SyncAll');
    const logs = host.rows('BKI Sync Log');
    const last = logs[logs.length - 1];
    assert.ok(last !== undefined, 'the run wrote a sync log entry');
    const errors = host.rows('BKI Sync Log Error', (e) => e['Log Entry No.'] === last['Entry No.']).map((e) => `${String(e['Record Key'])}: ${String(e['Error Message'])}`);
    return { status: String(last['Status']), failed: Number(last['Failed']), errors };
  }

  async function assertConverged(when: string): Promise<void> {
    const diffs = await convergenceDiffs(host, { baselineEmailCounts });
    assert.deepEqual(diffs, [], `BC differs from the emulator ${when}`);
  }

  async function faultedRun(spec: string): Promise<{ status: string; errors: string[]; fired: number }> {
    await host.emulator.faults.set(spec);
    const run = sync();
    const state = await host.emulator.faults.current();
    await host.emulator.faults.clear();
    const faulted = (await host.emulator.requests()).filter((r) => r.fault !== undefined);
    return { status: run.status, errors: run.errors, fired: Math.max(state.fired.reduce((a, b) => a + b, 0), faulted.length) };
  }

  /** Changes in Bookings between runs: one new appointment (with a customer), one appointment cancelled. */
  async function changeBookings(): Promise<{ created: string; cancelled: string }> {
    const [graph] = await host.emulator.data(host.businessId);
    assert.ok(graph !== undefined);
    const service = graph.services[0];
    const customer = graph.customers[0];
    const victim = graph.appointments[Math.floor(graph.appointments.length / 2)];
    assert.ok(service !== undefined && customer !== undefined && victim !== undefined);
    const base = `/solutions/bookingBusinesses/${encodeURIComponent(host.businessId)}/appointments`;
    const start = new Date(Date.now() - 2 * DAY);
    start.setUTCMinutes(0, 0, 0);
    const created = await host.emulator.graph('POST', base, {
      serviceId: service['id'],
      startDateTime: { dateTime: start.toISOString(), timeZone: 'UTC' },
      endDateTime: { dateTime: new Date(start.getTime() + 3_600_000).toISOString(), timeZone: 'UTC' },
      customers: [{ '@odata.type': '#microsoft.graph.bookingCustomerInformation', customerId: customer['id'], name: customer['displayName'], emailAddress: customer['emailAddress'] }],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const cancel = await host.emulator.graph('POST', `${base}/${encodeURIComponent(String(victim['id']))}/cancel`, { cancellationMessage: 'Cancelled by the integration test' });
    assert.equal(cancel.status, 204, JSON.stringify(cancel.body));
    return { created: String((created.body as Record<string, unknown>)['id']), cancelled: String(victim['id']) };
  }

  it('a clean full sync brings exactly the emulator data into BC, following every page', async () => {
    await freshStart();
    const run = sync();
    assert.deepEqual(run.errors, []);
    assert.equal(run.status, 'Succeeded');
    await assertConverged('after a clean run');
    const appointments = host.count('BKI Booking Appointment');
    assert.ok(appointments > 2 * PAGE_SIZE, `more appointments (${appointments}) than fit on two pages`);
    const paged = (await host.emulator.requests()).filter((r) => r.kind === 'graph' && r.url.includes('skiptoken'));
    assert.ok(paged.length > 0, 'later pages were read through @odata.nextLink');
    const second = sync();
    assert.equal(second.status, 'Succeeded');
    await assertConverged('after a second clean run');
    assert.equal(host.count('BKI Booking Appointment'), appointments, 'a second run adds nothing');
  });

  for (const [name, spec] of [
    ['429 bursts', '429@at=2|7|12:burst=3'],
    ['503 Service Unavailable', '503@every=4:times=4'],
    ['token expiry mid-run', 'token-expiry@at=6'],
  ] as const) {
    it(`recovers within the run from ${name} (${spec})`, async () => {
      await freshStart();
      const run = await faultedRun(spec);
      assert.ok(run.fired > 0, `the fault fired (${spec})`);
      assert.deepEqual(run.errors, [], 'retries absorb the fault');
      assert.equal(run.status, 'Succeeded');
      await assertConverged(`after a run with ${name}`);
      if (name === 'token expiry mid-run') {
        const tokens = (await host.emulator.requests()).filter((r) => r.kind === 'token' && r.status === 200);
        assert.ok(tokens.length >= 2, 'a new token was fetched after the expiry');
      }
    });
  }

  it('after truncated JSON responses, the next run converges with Bookings changes, without duplicates', async () => {
    await freshStart();
    const run = await faultedRun('truncate@at=2|5|9|14');
    assert.ok(run.fired > 0);
    assert.notEqual(run.status, 'Succeeded', 'the truncated responses were noticed');
    assert.ok(run.errors.some((e) => /not valid JSON/.test(e)), `the errors say the JSON was not valid: ${run.errors.join(' | ')}`);
    const changed = await changeBookings();
    const second = sync();
    assert.deepEqual(second.errors, []);
    await assertConverged('after the faults cleared');
    const rows = host.rows('BKI Booking Appointment', (r) => r['Appointment ID'] === changed.created || r['Appointment ID'] === changed.cancelled);
    assert.equal(rows.find((r) => r['Appointment ID'] === changed.created)?.['Cancelled'], false, 'the new appointment arrived');
    const cancelled = rows.find((r) => r['Appointment ID'] === changed.cancelled);
    if (cancelled !== undefined) assert.equal(cancelled['Cancelled'], true, 'the cancelled appointment is marked, not deleted');
  });

  it('after a mixed fault storm (seeded), one clean run converges', async () => {
    await freshStart();
    const run = await faultedRun('429@rate=0.15:burst=2,503@rate=0.1,truncate@rate=0.1,invalid-json@rate=0.05,token-expiry@at=5,seed=3');
    assert.ok(run.fired > 0);
    assert.notEqual(run.status, 'Succeeded', `the storm broke some reads: ${run.errors.join(' | ')}`);
    await changeBookings();
    const second = sync();
    assert.deepEqual(second.errors, []);
    await assertConverged('after the storm cleared');
    const third = sync();
    assert.equal(third.status, 'Succeeded');
    await assertConverged('after one more run');
  });
});

describe('integration #10: sync with the list quirk (customers omitted from calendarView)', function () {
  this.timeout(180_000);
  let host: ProductHost;

  before(async () => {
    const from = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10);
    host = await startProductHost({
      emulator: {
        pageSize: PAGE_SIZE,
        emptyCustomersInLists: true,
        data: { generate: { seed: 13, businesses: 1, customersPerBusiness: 8, staffPerBusiness: 2, servicesPerBusiness: 9, appointmentsPerBusiness: 16, from, days: 10, cancelledShare: 0 } },
      },
    });
  });
  after(async () => {
    await host?.stop();
  });

  it('reads each booked appointment by id, and one whose GET fails (truncated) is read again by the next run', async () => {
    await host.emulator.faults.set('truncate@every=1:path=/appointments/:times=1');
    host.call('BKI Bookings Sync', 'SyncAll');
    const state = await host.emulator.faults.current();
    await host.emulator.faults.clear();
    assert.equal(state.fired.reduce((a, b) => a + b, 0), 1, 'one GET by id was truncated');
    const byId = (await host.emulator.requests()).filter((r) => r.kind === 'graph' && /\/appointments\/[^/?]+$/.test(r.url.split('?')[0] ?? ''));
    assert.ok(byId.length > 1, 'appointments whose customers the list omitted were read by id');
    const log = host.rows('BKI Sync Log').at(-1);
    const errors = host.rows('BKI Sync Log Error', (e) => e['Log Entry No.'] === log?.['Entry No.'] && e['Entity'] === 'Appointment');
    assert.equal(errors.length, 1, `one appointment failed: ${errors.map((e) => String(e['Error Message'])).join(' | ')}`);
    const failedId = String(errors[0]?.['Record Key']);
    assert.equal(host.rows('BKI Booking Appointment', (r) => r['Appointment ID'] === failedId).length, 0, 'the failed appointment is not half-written');

    host.call('BKI Bookings Sync', 'SyncAll');
    assert.equal(host.rows('BKI Sync Log').at(-1)?.['Status'], 'Succeeded');
    assert.deepEqual(await convergenceDiffs(host), [], 'BC equals the emulator after the next run');
    assert.equal(host.rows('BKI Booking Appointment', (r) => r['Appointment ID'] === failedId).length, 1, 'the next run read the failed appointment again');
  });
});
