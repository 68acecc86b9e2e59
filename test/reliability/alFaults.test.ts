/**
 * Fault schedules against the REAL AL app (src-al) in the AL runtime, with the Graph emulator in a child process
 * (tools/host). Per seeded schedule: the emulator injects a mix of faults (429 bursts, 500/503/504, slow answers,
 * truncated and invalid JSON, connection resets before and after handling, token expiry mid-run, token endpoint
 * faults — lib/faultSchedules.ts), and some schedules stop the session after N commits (an error raised right after
 * a commit: the work committed so far stays, the rest of the run is lost, as when a process dies between batches).
 * Under those faults: two sync runs and one invoicing run. Then the faults clear and one sync plus one invoicing run
 * must converge. Invariants:
 * - every run that failed is on the sync log as Failed with its cause (the run error), every record error has its
 *   text, no run stays Running, and a run with errors happened only when a fault was injected;
 * - after convergence the data equals a fault-free run's: no appointment or appointment customer lost or added, no
 *   BC customer duplicated (one per e-mail), no customer pushed twice to Bookings, no appointment customer on two
 *   invoices (invoice links and invoice lines match one to one), none left uninvoiced.
 */
import { strict as assert } from 'node:assert';
import { alError } from '../../tools/al/runtime/src/errors';
import { SharedData } from '../../tools/al/runtime/src/db/shared';
import type { Session } from '../../tools/al/runtime/src/interp/session';
import type { Database } from '../../tools/al/runtime/src/db/store';
import type { ProductHost, RequestLogEntryLike } from './lib/alFaultTypes';
import { callIn, duplicates, messageOf, rowsIn, text } from './lib/alSessions';
import { faultSchedule } from './lib/faultSchedules';
import { printFigures } from './lib/figures';
import { Rng } from './lib/prng';
import { FULL, seedFor, size } from './lib/scale';
import { freshState, productHost } from './lib/sharedProductHost';

type Snapshot = ReturnType<Database['snapshot']>;

interface Keys {
  appointments: string[];
  apptCustomers: string[];
  customerEmails: string[];
  links: string[];
}

function keysOf(s: Session): Keys {
  return {
    appointments: rowsIn(s, 'BKI Booking Appointment').filter((r) => r['Cancelled'] !== true).map((r) => `${text(r['Business ID'])}|${text(r['Appointment ID'])}`),
    apptCustomers: rowsIn(s, 'BKI Booking Appt. Customer').map((r) => `${text(r['Business ID'])}|${text(r['Appointment ID'])}|${text(r['Customer Key'])}`),
    customerEmails: rowsIn(s, 'Customer').map((r) => text(r['E-Mail']).toLowerCase()).filter((e) => e !== '').sort(),
    links: rowsIn(s, 'BKI Booking Invoice Link').map((r) => `${text(r['Business ID'])}|${text(r['Appointment ID'])}|${text(r['Customer Key'])}`).sort(),
  };
}

function checkInvoices(s: Session, label: string): void {
  const lines = rowsIn(s, 'Sales Line').filter((r) => text(r['Document Type']) === 'Invoice').map((r) => `${text(r['Document No.'])}|${text(r['Line No.'])}`);
  const links = rowsIn(s, 'BKI Booking Invoice Link').filter((r) => text(r['Document Type']) === 'Invoice').map((r) => `${text(r['Document No.'])}|${text(r['Line No.'])}`);
  assert.deepEqual(duplicates(links), [], `${label}: two appointment customers on one invoice line`);
  assert.deepEqual(links.filter((k) => !lines.includes(k)), [], `${label}: invoice links to lines that do not exist`);
  assert.deepEqual(lines.filter((k) => !links.includes(k)), [], `${label}: invoice lines without an appointment link`);
}

/** Stops the session with an AL error right after its Nth commit from now (a process stop between two batches). */
const STOP_MESSAGE = 'Simulated stop of the session right after a commit (reliability suite).';

class StopAfterCommits {
  readonly shared = new SharedData();
  private left = 0;
  stops = 0;
  constructor(db: Database) {
    this.shared.adopt(db);
    this.shared.onCommit = () => {
      if (this.left <= 0) return;
      this.left--;
      if (this.left === 0) {
        this.stops++;
        throw alError(STOP_MESSAGE);
      }
    };
  }
  arm(n: number): void {
    this.left = n;
  }
  disarm(): void {
    this.left = 0;
  }
}

describe('reliability: AL sync and invoicing under Graph fault schedules (runtime + emulator child process)', function () {
  this.timeout(1_800_000);
  let host: ProductHost;
  let setupSnap: Snapshot;
  let reference: Keys;
  let stopper: StopAfterCommits;
  const seed = seedFor(151515);
  const schedules = size(8, 120);
  const figures = {
    schedules: 0, survived: 0, syncRuns: 0, invoicingRuns: 0, failedRuns: 0, failedRunsWithCause: 0, recordErrors: 0,
    stops: 0, killedRunsRecovered: 0, graphRequests: 0, tokenRequests: 0, faultsInjected: 0, converged: 0, violations: 0,
  };
  const faultsByKind = new Map<string, number>();
  let lastSeq = 0;

  async function newEntries(): Promise<RequestLogEntryLike[]> {
    const entries = await host.emulator.requests(lastSeq);
    lastSeq = entries.at(-1)?.seq ?? lastSeq;
    return entries;
  }

  before(async function () {
    this.timeout(300_000);
    ({ host, setup: setupSnap } = await productHost());
    await freshState(host, setupSnap);
    callIn(host.session, 'BKI Bookings Sync', 'SyncAll');
    callIn(host.session, 'BKI Bookings Invoicing', 'CreateInvoices', [host.session.newRecord('BKI Booking Appointment', false), true]);
    reference = keysOf(host.session);
    assert.ok(reference.appointments.length > 0 && reference.links.length > 0, 'the fault-free reference runs brought no data or invoices');
    checkInvoices(host.session, 'reference');
    stopper = new StopAfterCommits(host.session.db);
  });
  after(() => {
    host.session.db.coordinator = undefined;
    const byKind = [...faultsByKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}:${n}`).join('/');
    printFigures('al fault schedules', { ...figures, stops: stopper.stops, faultsByKind: byKind, seed });
  });

  /** Runs one operation; a failure is recorded and returned (runs under faults may fail). */
  function attempt(what: () => void): string {
    try {
      what();
      return '';
    } catch (e) {
      return messageOf(e);
    }
  }

  for (let i = 0; i < schedules; i++) {
    it(`schedule ${i}: failures are on the sync log with their cause; one clean run converges`, async () => {
      const rng = new Rng(seed + i * 7919);
      const s = host.session;
      await freshState(host, setupSnap);
      // Slow answers stay below the client timeout at the quick size (the full size keeps the 1.8 s ones).
      const spec = faultSchedule(rng, seed + i).replace(/ms=1800/g, FULL ? 'ms=1800' : 'ms=150');
      const label = `seed ${seed} schedule ${i} [${spec}]`;
      figures.schedules++;
      await newEntries();
      await host.emulator.faults.set(spec);
      const stopAt = rng.chance(0.5) ? 1 + rng.int(40) : 0;
      const stopsBefore = stopper.stops;
      if (stopAt > 0) stopper.arm(stopAt);
      const errors: string[] = [];
      for (let run = 0; run < 2; run++) {
        const e = attempt(() => callIn(s, 'BKI Bookings Sync', 'SyncAll'));
        figures.syncRuns++;
        if (e !== '') errors.push(e);
        // A stop models a killed session: the next run comes from a new session (user or job queue).
        if (e === STOP_MESSAGE) s.restartAsNewSession();
      }
      const invoiceError = attempt(() => callIn(s, 'BKI Bookings Invoicing', 'CreateInvoices', [s.newRecord('BKI Booking Appointment', false), true]));
      if (invoiceError === STOP_MESSAGE) s.restartAsNewSession();
      figures.invoicingRuns++;
      stopper.disarm();
      await host.emulator.faults.clear();
      const log = await newEntries();
      const injected = log.filter((e) => e.fault !== undefined);
      for (const e of injected) {
        const key = `${e.kind === 'token' ? 'token:' : ''}${e.fault ?? ''}`;
        faultsByKind.set(key, (faultsByKind.get(key) ?? 0) + 1);
      }
      figures.faultsInjected += injected.length;
      figures.graphRequests += log.filter((e) => e.kind === 'graph').length;
      figures.tokenRequests += log.filter((e) => e.kind === 'token').length;

      // Every failed run is on the log as Failed, with its cause; every record error has its text.
      let logs = rowsIn(s, 'BKI Sync Log');
      let errorRows = rowsIn(s, 'BKI Sync Log Error');
      const running = logs.filter((l) => text(l['Status']) === 'Running');
      if (running.length > 0 && stopper.stops > stopsBefore && errors.includes(STOP_MESSAGE)) {
        // The stop hit right after StartRun's commit, so the Running row stays, as when BC kills a session mid-run.
        // The user (or the job queue) starts again in a NEW session (new SessionId(), the old one gone from "Active
        // Session"): its run must close the stale row as interrupted and go on (this was finding F1).
        s.restartAsNewSession();
        const next = attempt(() => callIn(s, 'BKI Bookings Sync', 'SyncAll'));
        assert.ok(!next.includes('already running'), `${label}: after a killed run, the new session's run was refused: ${next}`);
        if (next !== '') errors.push(next);
        const reread = rowsIn(s, 'BKI Sync Log');
        for (const r of running) {
          const row = reread.find((l) => l['Entry No.'] === r['Entry No.']);
          assert.ok(row !== undefined && text(row['Status']) === 'Failed' && text(row['Run Error']) !== '', `${label}: the killed run ${text(r['Entry No.'])} was not closed as interrupted`);
        }
        figures.killedRunsRecovered++;
        logs = reread;
        errorRows = rowsIn(s, 'BKI Sync Log Error');
      }
      assert.deepEqual(logs.filter((l) => text(l['Status']) === 'Running').map((l) => l['Entry No.']), [], `${label}: a run stays Running`);
      for (const err of errors) {
        // A stop right after the run's last commit ends the session after the run was logged completely.
        if (err === STOP_MESSAGE && !logs.some((l) => text(l['Run Error']) === STOP_MESSAGE)) continue;
        figures.failedRuns++;
        const row = logs.find((l) => text(l['Status']) === 'Failed' && err.startsWith(text(l['Run Error']).slice(0, 200)) && text(l['Run Error']) !== '');
        assert.ok(row !== undefined, `${label}: the failed run "${err}" is not on the sync log with its cause`);
        figures.failedRunsWithCause++;
      }
      for (const e of errorRows) assert.notEqual(text(e['Error Message']).trim(), '', `${label}: a record error without its text`);
      figures.recordErrors += errorRows.length;
      for (const l of logs) {
        const status = text(l['Status']);
        if (status === 'Failed') assert.notEqual(text(l['Run Error']), '', `${label}: run ${text(l['Entry No.'])} failed without a cause`);
        if (status === 'Completed with Errors') assert.ok(errorRows.some((e) => e['Log Entry No.'] === l['Entry No.']), `${label}: run ${text(l['Entry No.'])} completed with errors but has no error row`);
      }
      const troubled = errors.length > 0 || errorRows.length > 0 || invoiceError !== '';
      if (troubled) assert.ok(injected.length > 0 || stopper.stops > 0, `${label}: runs failed but no fault was injected: ${[...errors, invoiceError].join(' | ')}`);
      checkInvoices(s, `${label} under faults`);

      // The faults clear: one sync and one invoicing run converge to the fault-free result.
      callIn(s, 'BKI Bookings Sync', 'SyncAll');
      callIn(s, 'BKI Bookings Invoicing', 'CreateInvoices', [s.newRecord('BKI Booking Appointment', false), true]);
      const last = rowsIn(s, 'BKI Sync Log').at(-1);
      assert.equal(text(last?.['Status']), 'Succeeded', `${label}: the run after the faults cleared did not succeed: ${text(last?.['Run Error'])}`);
      const after = keysOf(s);
      assert.deepEqual(after.appointments, reference.appointments, `${label}: appointments lost or added`);
      assert.deepEqual(after.apptCustomers, reference.apptCustomers, `${label}: appointment customers lost or added`);
      assert.deepEqual(duplicates(after.customerEmails), [], `${label}: a customer e-mail on two BC customers`);
      assert.deepEqual(after.customerEmails, reference.customerEmails, `${label}: BC customers differ from a fault-free run`);
      checkInvoices(s, `${label} converged`);
      assert.deepEqual(after.links, reference.links, `${label}: invoiced appointment customers differ from a fault-free run (lost or twice)`);
      const bookings = await host.emulator.data(host.businessId);
      const bookingsEmails = (bookings[0]?.customers ?? []).map((c) => text(c['emailAddress']).toLowerCase()).filter((e) => e !== '');
      assert.deepEqual(duplicates(bookingsEmails), [], `${label}: a customer pushed twice to Bookings`);
      figures.converged++;
      figures.survived++;
    });
  }
});
