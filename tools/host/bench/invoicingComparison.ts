/**
 * The invoicing comparison of issue #11, shared by the benchmark (invoicing.bench.ts, full size, prints figures) and
 * the integration test (test/integration/invoicingOps.test.ts, small size, asserts): appointments of N customers are
 * synced from the Graph emulator and invoiced per customer three ways on the same database (put back in between):
 * - app: "BKI Bookings Invoicing".CreateInvoices;
 * - hand: the same job written by hand (fixtures/BKIBenchHandBookingInv.Codeunit.al);
 * - sales: the standard Sales API alone fed the app's planned lines (fixtures/BKIBenchHandInvoices.Codeunit.al).
 * Record operations: Get/Find/Next/Insert/Modify/Delete/Count/IsEmpty/CalcFields on database tables
 * (tools/al/runtime/src/db/recordOps.ts), temporary tables excluded.
 */
import * as path from 'node:path';
import { startProductHost, type PlainRow, type Rec, type RecordOpCounts } from '../src/index';
import { tallyByTable, type TableTally } from './tableOps';

const DAY = 86_400_000;

export interface ComparisonOptions {
  readonly appointments: number;
  readonly customers: number;
  readonly days: number;
  /** Also tally the operations per table (slower). */
  readonly byTable: boolean;
}

export interface RunFigures {
  readonly ops: RecordOpCounts & { total: number };
  readonly seconds: number;
  readonly lines: number;
  readonly tally: TableTally | undefined;
}

export interface Comparison {
  readonly appointments: number;
  readonly syncSeconds: number;
  readonly planned: { readonly invoices: number; readonly lines: number; readonly problems: number };
  readonly app: RunFigures & { readonly invoices: number; readonly customers: number };
  readonly hand: RunFigures;
  readonly sales: RunFigures;
  /** Appointments whose invoice status after the app's run differs from what their stored links give. */
  readonly statusMismatches: readonly string[];
  readonly statusesChecked: number;
}

export function perLine(r: RunFigures): number {
  return r.ops.total / Math.max(1, r.lines);
}

export async function compareInvoicing(o: ComparisonOptions): Promise<Comparison> {
  // every appointment ended before today: all are completed
  const from = new Date(Date.now() - (o.days + 1) * DAY).toISOString().slice(0, 10);
  const host = await startProductHost({
    extraAl: [path.join(__dirname, 'fixtures')],
    emulator: {
      pageSize: 100,
      data: { generate: { seed: 7, businesses: 1, customersPerBusiness: o.customers, staffPerBusiness: 10, servicesPerBusiness: 18, appointmentsPerBusiness: o.appointments, from, days: o.days, cancelledShare: 0 } },
    },
    setupFields: { 'Appointment Look-back Days': o.days + 2 },
  });
  try {
    const syncStart = performance.now();
    host.call('BKI Bookings Sync', 'SyncAll');
    const syncSeconds = (performance.now() - syncStart) / 1000;

    const filter = (): Rec => {
      const r = host.record('BKI Booking Appointment');
      const f = r.table.field('Business ID');
      if (f === undefined) throw new Error('no Business ID field');
      r.setRange(f, [host.businessId]);
      return r;
    };

    // the plan (writes nothing) feeds the Sales API baseline the same invoices and lines
    const plan = host.record('BKI Invoice Plan Buffer', true);
    host.call('BKI Bookings Invoicing', 'Preview', filter(), true, plan);
    const planRows: PlainRow[] = [];
    plan.reset();
    if (plan.find('-')) {
      do planRows.push(host.plain(plan) as PlainRow);
      while (plan.next() !== 0);
    }
    const ofType = (t: string): number => planRows.filter((r) => r['Line Type'] === t).length;

    const before = host.session.db.snapshot();
    const linesBefore = host.count('Sales Line');
    const measure = (fn: () => unknown): RunFigures & { result: unknown } => {
      const t0 = performance.now();
      let tally: TableTally | undefined;
      const m = host.recordOps.measure(() => {
        if (!o.byTable) return fn();
        const r = tallyByTable(fn);
        tally = r.tally;
        return r.result;
      });
      return { ops: m.ops, seconds: (performance.now() - t0) / 1000, lines: host.count('Sales Line') - linesBefore, tally, result: m.result };
    };
    const putBack = (): void => {
      host.session.db.restore(before);
      host.session.resetSingleInstances();
    };

    const sales = measure(() => host.call('BKI Bench Hand Invoices', 'CreateFromPlan', plan));
    putBack();
    const hand = measure(() => host.call('BKI Bench Hand Booking Inv.', 'InvoicePerCustomer', filter()));
    putBack();
    const app = measure(() => host.call('BKI Bookings Invoicing', 'CreateInvoices', filter(), true));
    const created = host.plain(app.result as Rec);
    const customers = new Set(host.rows('Sales Header', (h) => h['Document Type'] === 'Invoice').map((h) => h['Sell-to Customer No.'])).size;

    // The app derives each appointment's invoice status from the status it locked plus the links it wrote;
    // recomputing every status from the stored links ("BKI Invoice Link Mgt".RefreshAppointment) must change nothing.
    const statusOf = (): Map<string, string> =>
      new Map(host.rows('BKI Booking Appointment').map((r) => [`${String(r['Business ID'])}|${String(r['Appointment ID'])}`, `${String(r['Invoice Status'])}|${String(r['Invoice No.'])}|${String(r['Invoice Posted'])}|${String(r['Invoice Link Count'])}`]));
    const statusAfterRun = statusOf();
    for (const k of statusAfterRun.keys()) {
      const sep = k.indexOf('|');
      host.call('BKI Invoice Link Mgt.', 'RefreshAppointment', k.slice(0, sep), k.slice(sep + 1));
    }
    const statusMismatches = [...statusOf().entries()].filter(([k, v]) => statusAfterRun.get(k) !== v).map(([k]) => k);

    return {
      appointments: host.count('BKI Booking Appointment'),
      syncSeconds,
      planned: { invoices: ofType('Invoice'), lines: ofType('Line'), problems: ofType('Problem') },
      app: { ...app, invoices: Array.isArray(created) ? created.length : 0, customers },
      hand,
      sales,
      statusMismatches,
      statusesChecked: statusAfterRun.size,
    };
  } finally {
    await host.stop();
  }
}
