/**
 * Concurrency of the real AL app (src-al) in the AL runtime: two sessions over ONE shared database
 * (tools/al/runtime/src/db/shared.ts), each with its own transaction; writes and reads with UPDLOCK (LockTable,
 * ReadIsolation) lock their table until commit and a second locker gets BC's lock-timeout error or waits (lib/interleave.ts). Per seeded schedule, the second session
 * starts at one of the first session's commit points or events:
 * - two syncs (user + user, job queue + user) of the Graph emulator's demo data;
 * - two invoicing runs of all appointments (both per customer, or both per appointment).
 * Invariants: each run succeeds or stops with one of the product's clear messages (already running, already on
 * invoice, lock timeout); no Running sync log row is left; after one more (solo) run the data equals what a single
 * run from the same start produces: no appointment on two invoices (every invoice link matches one sales line and
 * vice versa), none lost, no customer or appointment row duplicated (BC and Bookings side).
 */
import { strict as assert } from 'node:assert';
import { SharedData } from '../../tools/al/runtime/src/db/shared';
import type { Session } from '../../tools/al/runtime/src/interp/session';
import { Rec } from '../../tools/al/runtime/src/db/record';
import { ALDateTime } from '../../tools/al/runtime/src/values/dates';
import { rowOf, type PlainRow, type ProductHost } from '../../tools/host/src/index';
import { callIn, duplicates, newSessionLike, rowsIn, text } from './lib/alSessions';
import { printFigures } from './lib/figures';
import { countYieldPoints, interleave, type Actor, type InterleaveResult } from './lib/interleave';
import { Rng } from './lib/prng';
import { seedFor, size } from './lib/scale';
import { freshState, productHost } from './lib/sharedProductHost';
import type { Database } from '../../tools/al/runtime/src/db/store';

type Snapshot = ReturnType<Database['snapshot']>;

const ALREADY_RUNNING = 'A Bookings synchronization is already running in this company';
const LOCK_TIMEOUT = "We can't save your changes right now, because a record in table";
const ALREADY_ON_INVOICE = 'is already on invoice';
const PLANNED_ALREADY_INVOICED = 'The appointment is already invoiced';
/**
 * Reads with UPDLOCK take the table lock (db/shared.ts), so a second run never sees the first run's appointment
 * status before its links: it waits or times out on the lock, then reads both committed ("already on invoice"). The
 * app's message for an invoiced appointment whose links it cannot see must therefore never appear here.
 */
const INVOICED_MEANWHILE = 'is being invoiced by another user right now';

/** What the invariants compare: the keys of the synchronized and invoiced data. */
interface DataKeys {
  appointments: string[];
  apptCustomers: string[];
  customerEmails: string[];
  links: string[];
  salesLines: number;
}

function keysOf(s: Session): DataKeys {
  const appts = rowsIn(s, 'BKI Booking Appointment').map((r) => `${text(r['Business ID'])}|${text(r['Appointment ID'])}`);
  const apptCustomers = rowsIn(s, 'BKI Booking Appt. Customer').map((r) => `${text(r['Business ID'])}|${text(r['Appointment ID'])}|${text(r['Customer Key'])}`);
  const customerEmails = rowsIn(s, 'Customer').map((r) => text(r['E-Mail']).toLowerCase()).filter((e) => e !== '').sort();
  const links = rowsIn(s, 'BKI Booking Invoice Link').map((r) => `${text(r['Business ID'])}|${text(r['Appointment ID'])}|${text(r['Customer Key'])}`);
  const salesLines = rowsIn(s, 'Sales Line').filter((r) => text(r['Document Type']) === 'Invoice').length;
  return { appointments: appts, apptCustomers, customerEmails, links, salesLines };
}

/** Invoice links and draft invoice lines match one to one; no header without lines. */
function checkInvoices(s: Session, label: string): void {
  const lines = rowsIn(s, 'Sales Line').filter((r) => text(r['Document Type']) === 'Invoice');
  const lineKeys = lines.map((r) => `${text(r['Document No.'])}|${text(r['Line No.'])}`);
  const links = rowsIn(s, 'BKI Booking Invoice Link').filter((r) => text(r['Document Type']) === 'Invoice');
  const linkTargets = links.map((r) => `${text(r['Document No.'])}|${text(r['Line No.'])}`);
  assert.deepEqual(duplicates(linkTargets), [], `${label}: two appointment customers on one invoice line`);
  assert.deepEqual(linkTargets.filter((k) => !lineKeys.includes(k)), [], `${label}: invoice links to lines that do not exist`);
  assert.deepEqual(lineKeys.filter((k) => !linkTargets.includes(k)), [], `${label}: invoice lines without an appointment link (invoiced outside the link table)`);
  const headers = rowsIn(s, 'Sales Header').filter((r) => text(r['Document Type']) === 'Invoice').map((r) => text(r['No.']));
  const withLines = new Set(lines.map((r) => text(r['Document No.'])));
  assert.deepEqual(headers.filter((h) => !withLines.has(h)), [], `${label}: draft invoices without lines`);
}

function checkNoDuplicates(s: Session, label: string): void {
  const k = keysOf(s);
  assert.deepEqual(duplicates(k.customerEmails), [], `${label}: a customer e-mail on two BC customers`);
  assert.deepEqual(duplicates(k.links), [], `${label}: an appointment customer linked twice`);
}

describe('reliability: concurrent AL sessions (two syncs, two invoicing runs) over one database', function () {
  this.timeout(900_000);
  let host: ProductHost;
  let setupSnap: Snapshot;
  let second: Session;
  const shared = new SharedData();
  const messages: string[] = [];
  const seed = seedFor(1511);
  const rng = new Rng(seed);
  const figures = {
    interleavings: 0, innerInside: 0, bothSucceeded: 0, alreadyRunning: 0, alreadyOnInvoice: 0, lockTimeouts: 0, lockWaits: 0,
    yieldPoints: 0, convergeRuns: 0, violations: 0,
  };

  before(async function () {
    this.timeout(300_000);
    ({ host, setup: setupSnap } = await productHost());
    await freshState(host, setupSnap);
    second = newSessionLike(host, messages);
    shared.adopt(host.session.db);
    shared.join(second.db);
  });
  after(() => {
    // The host session goes on alone (other suites): take it out of the shared data, keep its rows.
    host.session.db.coordinator = undefined;
    printFigures('al concurrency', { ...figures, seed });
  });

  function restore(snap: Snapshot): void {
    const db = host.session.db;
    db.coordinator = undefined;
    db.restore(snap);
    db.coordinator = shared;
    second.db.rollback(0);
    host.session.resetSingleInstances();
    second.resetSingleInstances();
  }

  function sessionOf(i: number): Session {
    return i === 0 ? host.session : second;
  }

  function syncActor(s: Session, kind: 'user' | 'jobqueue', label: string): Actor {
    return {
      label,
      session: s,
      run: () => {
        if (kind === 'user') {
          callIn(s, 'BKI Bookings Sync', 'SyncAll');
          return;
        }
        callIn(s, 'Runtime Job Queue Runner', 'RunDueEntries', [ALDateTime.of(Date.now() + 86_400_000)]);
        const entry = rowsIn(s, 'Job Queue Entry').find((r) => r['Object ID to Run'] === 70470030);
        const error = text(entry?.['Error Message']);
        if (error !== '') throw new Error(error);
      },
    };
  }

  function invoiceActor(s: Session, perCustomer: boolean, label: string, problems: string[]): Actor {
    return {
      label,
      session: s,
      run: () => {
        const facade = s.codeunitInstance('BKI Bookings Invoicing');
        const appts = s.newRecord('BKI Booking Appointment', false);
        callIn(s, facade, 'CreateInvoices', [appts, perCustomer]);
        const result = s.newRecord('BKI Invoice Plan Buffer', true);
        s.callByName(facade, 'GetLastResult', [result]);
        problems.push(...tempRows(result).filter((r) => text(r['Line Type']) === 'Problem').map((r) => text(r['Problem'])));
      },
    };
  }

  function tempRows(rec: Rec): PlainRow[] {
    return rec.store.sorted(rec.table.pk).map((d) => rowOf(rec.table, d));
  }

  function record(r: InterleaveResult): void {
    figures.interleavings++;
    figures.yieldPoints += r.points;
    if (r.innerStartedAt !== 'after') figures.innerInside++;
    if (r.outer.ok && r.inner.ok) figures.bothSucceeded++;
    figures.lockWaits += r.waits;
    figures.lockTimeouts += r.timeouts;
    for (const o of [r.outer, r.inner]) if (o.error.includes(ALREADY_RUNNING)) figures.alreadyRunning++;
  }

  describe('two syncs of the same company', () => {
    let reference: DataKeys;
    let start: Snapshot;
    let points = 0;

    before(async () => {
      await freshState(host, setupSnap);
      restore(setupSnap);
      // The background sync is scheduled (job queue entry) as a user would turn it on.
      callIn(host.session, 'BKI Sync Job Queue Mgt.', 'ScheduleJobQueueEntry', [60]);
      start = host.session.db.snapshot();
      points = countYieldPoints(shared, syncActor(host.session, 'user', 'reference'));
      reference = keysOf(host.session);
      assert.ok(reference.appointments.length > 0 && reference.customerEmails.length > 0, 'the solo sync brought no data');
    });

    const schedules = size(4, 40);
    for (let i = 0; i < schedules; i++) {
      it(`schedule ${i}: one run wins, the other stops with a clear message; one more run converges`, async () => {
        await host.emulator.reset();
        restore(start);
        const outerIndex = rng.int(2);
        const kinds: ['user' | 'jobqueue', 'user' | 'jobqueue'] = rng.chance(0.5) ? ['jobqueue', 'user'] : ['user', 'user'];
        const outer = syncActor(sessionOf(outerIndex), kinds[0], `${kinds[0]} sync (session ${outerIndex + 1})`);
        const inner = syncActor(sessionOf(1 - outerIndex), kinds[1], `${kinds[1]} sync (session ${2 - outerIndex})`);
        // Up to 12 points past a user sync's: the job queue adds its own commits.
        const startAt = 1 + rng.int(points + 12);
        const policy = rng.chance(0.5) ? 'wait' : 'timeout';
        const label = `seed ${seed} schedule ${i} (${outer.label} then ${inner.label} at point ${startAt}, ${policy})`;
        const r = interleave(shared, outer, inner, startAt, policy);
        record(r);
        for (const o of [r.outer, r.inner]) {
          if (o.ok) continue;
          assert.ok(o.error.includes(ALREADY_RUNNING) || o.error.includes(LOCK_TIMEOUT), `${label}: ${o.label} failed without a clear message: ${o.error}`);
        }
        assert.ok(r.outer.ok || r.inner.ok, `${label}: neither run succeeded (${r.outer.error} / ${r.inner.error})`);
        const logs = rowsIn(host.session, 'BKI Sync Log');
        assert.deepEqual(logs.filter((l) => text(l['Status']) === 'Running').map((l) => l['Entry No.']), [], `${label}: a sync log row stays Running`);
        for (const l of logs) if (text(l['Status']) === 'Failed') assert.notEqual(text(l['Run Error']), '', `${label}: a failed run without its cause`);
        checkNoDuplicates(host.session, label);
        // One more run (the next job queue run) converges to what a single run produces.
        callIn(second, 'BKI Bookings Sync', 'SyncAll');
        figures.convergeRuns++;
        const after = keysOf(host.session);
        assert.deepEqual(after.appointments, reference.appointments, `${label}: appointments lost or added`);
        assert.deepEqual(after.apptCustomers, reference.apptCustomers, `${label}: appointment customers lost or added`);
        assert.deepEqual(after.customerEmails, reference.customerEmails, `${label}: BC customers differ from a single run`);
        const bookings = await host.emulator.data(host.businessId);
        const bookingsEmails = (bookings[0]?.customers ?? []).map((c) => text(c['emailAddress']).toLowerCase()).filter((e) => e !== '');
        assert.deepEqual(duplicates(bookingsEmails), [], `${label}: a customer pushed twice to Bookings`);
      });
    }
    it('at least one schedule started the second sync inside the first and it was refused with "already running"', () => {
      // Each runtime session has its own SessionId() and both are in "Active Session", so the second run sees a live run.
      assert.ok(figures.alreadyRunning > 0, 'no sync was refused as already running: the one-run-at-a-time guard was never exercised');
    });
  });

  describe('two invoicing runs of the same appointments', () => {
    const references = new Map<boolean, { keys: DataKeys; problems: string[]; points: number }>();
    let start: Snapshot;

    before(async () => {
      await freshState(host, setupSnap);
      restore(setupSnap);
      callIn(host.session, 'BKI Bookings Sync', 'SyncAll');
      start = host.session.db.snapshot();
      for (const perCustomer of [true, false]) {
        restore(start);
        const problems: string[] = [];
        const points = countYieldPoints(shared, invoiceActor(host.session, perCustomer, 'reference', problems));
        const keys = keysOf(host.session);
        assert.ok(keys.links.length > 0, 'the solo invoicing run invoiced nothing');
        checkInvoices(host.session, `reference (per customer ${perCustomer})`);
        references.set(perCustomer, { keys, problems, points });
      }
    });

    const schedules = size(8, 120);
    for (let i = 0; i < schedules; i++) {
      it(`schedule ${i}: no appointment on two invoices, nothing lost; the loser is told why`, () => {
        restore(start);
        const perCustomer = rng.chance(0.5);
        const ref = references.get(perCustomer);
        assert.ok(ref !== undefined);
        const outerIndex = rng.int(2);
        const outerProblems: string[] = [];
        const innerProblems: string[] = [];
        const outer = invoiceActor(sessionOf(outerIndex), perCustomer, `user ${outerIndex + 1}`, outerProblems);
        const inner = invoiceActor(sessionOf(1 - outerIndex), perCustomer, `user ${2 - outerIndex}`, innerProblems);
        const startAt = 1 + rng.int(ref.points + 1);
        const policy = rng.chance(0.5) ? 'wait' : 'timeout';
        const label = `seed ${seed} schedule ${i} (per customer ${perCustomer}, second user at point ${startAt}, ${policy})`;
        const r = interleave(shared, outer, inner, startAt, policy);
        record(r);
        assert.ok(r.outer.ok, `${label}: ${r.outer.label} failed as a whole: ${r.outer.error}`);
        for (const o of [r.inner]) if (!o.ok) assert.ok(o.error.includes(LOCK_TIMEOUT), `${label}: ${o.label} failed without a clear message: ${o.error}`);
        for (const p of [...outerProblems, ...innerProblems]) {
          assert.ok(!p.includes(INVOICED_MEANWHILE), `${label}: a run saw another run's status before its links (read locks missing?): ${p}`);
          const clear = p.includes(ALREADY_ON_INVOICE) || p.includes(LOCK_TIMEOUT) || p.includes(PLANNED_ALREADY_INVOICED) || ref.problems.includes(p);
          assert.ok(clear, `${label}: unexpected problem: ${p}`);
          if (p.includes(ALREADY_ON_INVOICE)) figures.alreadyOnInvoice++;
        }
        checkInvoices(host.session, label);
        checkNoDuplicates(host.session, label);
        // A third run (the user refreshes and invoices again) picks up whatever the loser left.
        invoiceActor(second, perCustomer, 'converge', []).run();
        figures.convergeRuns++;
        checkInvoices(host.session, `${label} after one more run`);
        const after = keysOf(host.session);
        assert.deepEqual(after.links.slice().sort(), ref.keys.links.slice().sort(), `${label}: invoiced appointment customers differ from a single run (lost or twice)`);
        assert.equal(after.salesLines, ref.keys.salesLines, `${label}: invoice lines differ from a single run`);
        assert.deepEqual(after.customerEmails, ref.keys.customerEmails, `${label}: customers differ from a single run`);
      });
    }
  });
});
