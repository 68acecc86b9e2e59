/**
 * Invoicing benchmark (issue #11): 10,000 completed appointments of 1,000 customers (BENCH_QUICK=1: 1,000 / 100),
 * synced from the Graph emulator, invoiced per customer by "BKI Bookings Invoicing".CreateInvoices in the AL runtime.
 * Prints wall time and AL record operations per created line, next to two baselines run the same way on the same
 * data (the database is put back between runs): the same job written by hand (bench/fixtures/
 * BKIBenchHandBookingInv.Codeunit.al) and the standard Sales API alone fed the planned lines (bench/fixtures/
 * BKIBenchHandInvoices.Codeunit.al, the floor). Record operations: Get/Find/Next/Insert/Modify/Delete/Count/IsEmpty/
 * CalcFields on database tables (tools/al/runtime/src/db/recordOps.ts), temporary tables excluded. BENCH_TABLES=1
 * adds the figures per table. Checks (exit 1): every run creates every planned line, every appointment's invoice
 * status equals what its stored links give ("BKI Invoice Link Mgt".RefreshAppointment changes nothing), and the app
 * needs no more record operations per line than the hand-written job.
 */
import * as path from 'node:path';
import { startProductHost, type PlainRow, type Rec, type RecordOpCounts } from '../src/index';
import { formatTally, tallyByTable, type TableTally } from './tableOps';

const quick = process.env['BENCH_QUICK'] === '1';
/** BENCH_TABLES=1 also prints the record operations per table (where they go). */
const byTable = process.env['BENCH_TABLES'] === '1';
const APPOINTMENTS = quick ? 1_000 : 10_000;
const CUSTOMERS = quick ? 100 : 1_000;
const DAYS = 56;
const DAY = 86_400_000;

function measured<T>(fn: () => T): { result: T; tally: TableTally | undefined } {
  if (!byTable) return { result: fn(), tally: undefined };
  return tallyByTable(fn);
}

function breakdown(o: RecordOpCounts): string {
  return `get ${o.get}, find ${o.find}, next ${o.next}, insert ${o.insert}, modify ${o.modify}, delete ${o.delete}, count/isEmpty ${o.count + o.isEmpty}, calcFields ${o.calcFields}`;
}

async function main(): Promise<number> {
  // every appointment ended before today: all are completed
  const from = new Date(Date.now() - (DAYS + 1) * DAY).toISOString().slice(0, 10);
  const host = await startProductHost({
    extraAl: [path.join(__dirname, 'fixtures')],
    emulator: {
      pageSize: 100,
      data: { generate: { seed: 7, businesses: 1, customersPerBusiness: CUSTOMERS, staffPerBusiness: 10, servicesPerBusiness: 18, appointmentsPerBusiness: APPOINTMENTS, from, days: DAYS, cancelledShare: 0 } },
    },
    setupFields: { 'Appointment Look-back Days': DAYS + 2 },
  });
  try {
    const syncStart = performance.now();
    host.call('BKI Bookings Sync', 'SyncAll');
    const syncSeconds = (performance.now() - syncStart) / 1000;
    const appointments = host.count('BKI Booking Appointment');

    const filter = (): Rec => {
      const r = host.record('BKI Booking Appointment');
      const f = r.table.field('Business ID');
      if (f === undefined) throw new Error('no Business ID field');
      r.setRange(f, [host.businessId]);
      return r;
    };

    // the plan (writes nothing) feeds the hand-written creation the same invoices and lines
    const plan = host.record('BKI Invoice Plan Buffer', true);
    host.call('BKI Bookings Invoicing', 'Preview', filter(), true, plan);
    const planRows: PlainRow[] = [];
    plan.reset();
    if (plan.find('-')) {
      do planRows.push(host.plain(plan) as PlainRow);
      while (plan.next() !== 0);
    }
    const plannedLines = planRows.filter((r) => r['Line Type'] === 'Line').length;
    const plannedInvoices = planRows.filter((r) => r['Line Type'] === 'Invoice').length;
    const problems = planRows.filter((r) => r['Line Type'] === 'Problem').length;

    const before = host.session.db.snapshot();
    const linesBefore = host.count('Sales Line');

    /** Runs one way of creating the invoices on the database as synced, and puts the database back afterwards. */
    const baseline = (fn: () => unknown): { ops: RecordOpCounts & { total: number }; seconds: number; lines: number; tally: TableTally | undefined } => {
      const t0 = performance.now();
      let tally: TableTally | undefined;
      const m = host.recordOps.measure(() => {
        const r = measured(fn);
        tally = r.tally;
        return r.result;
      });
      const seconds = (performance.now() - t0) / 1000;
      const lines = host.count('Sales Line') - linesBefore;
      host.session.db.restore(before);
      host.session.resetSingleInstances();
      return { ops: m.ops, seconds, lines, tally };
    };
    // the standard Sales API alone, fed the planned lines (no Bookings reads or writes): the lower bound
    const sales = baseline(() => host.call('BKI Bench Hand Invoices', 'CreateFromPlan', plan));
    // the same job written by hand (appointments, customers, links, status, invoices)
    const hand = baseline(() => host.call('BKI Bench Hand Booking Inv.', 'InvoicePerCustomer', filter()));

    // the app
    const t = performance.now();
    let appTally: TableTally | undefined;
    const app = host.recordOps.measure(() => {
      const r = measured(() => host.call('BKI Bookings Invoicing', 'CreateInvoices', filter(), true));
      appTally = r.tally;
      return r.result;
    });
    const appSeconds = (performance.now() - t) / 1000;
    const created = host.plain(app.result);
    const invoices = Array.isArray(created) ? created.length : 0;
    const appLines = host.count('Sales Line') - linesBefore;
    const customers = new Set(host.rows('Sales Header', (h) => h['Document Type'] === 'Invoice').map((h) => h['Sell-to Customer No.'])).size;

    // The app derives each appointment's invoice status from the links it read under lock plus the ones it wrote;
    // recomputing every status from the stored links ("BKI Invoice Link Mgt".RefreshAppointment) must change nothing.
    const statusOf = (): Map<string, string> =>
      new Map(host.rows('BKI Booking Appointment').map((r) => [`${String(r['Business ID'])}|${String(r['Appointment ID'])}`, `${String(r['Invoice Status'])}|${String(r['Invoice No.'])}|${String(r['Invoice Posted'])}`]));
    const statusAfterRun = statusOf();
    for (const k of statusAfterRun.keys()) {
      const sep = k.indexOf('|');
      host.call('BKI Invoice Link Mgt.', 'RefreshAppointment', k.slice(0, sep), k.slice(sep + 1));
    }
    const statusMismatches = [...statusOf().entries()].filter(([k, v]) => statusAfterRun.get(k) !== v);
    console.log(`invoicing appointment statuses checked against their links: ${statusAfterRun.size} (${statusMismatches.length} differ)`);

    const appPerLine = app.ops.total / Math.max(1, appLines);
    const handPerLine = hand.ops.total / Math.max(1, hand.lines);
    const salesPerLine = sales.ops.total / Math.max(1, sales.lines);
    const wall = (seconds: number, lines: number): string => `${seconds.toFixed(2)} s for ${lines} lines (${((seconds * 1000) / Math.max(1, lines)).toFixed(2)} ms per line)`;
    console.log(`invoicing data: ${appointments} synced appointments (sync ${syncSeconds.toFixed(1)} s), plan: ${plannedInvoices} invoices, ${plannedLines} lines, ${problems} problems`);
    console.log(`invoicing created: ${invoices} invoices for ${customers} customers, ${appLines} lines`);
    console.log(`invoicing wall time: ${wall(appSeconds, appLines)}`);
    console.log(`invoicing record operations: ${app.ops.total} (${appPerLine.toFixed(2)} per line; ${breakdown(app.ops)})`);
    console.log(`hand-written Bookings invoicing (same job): ${wall(hand.seconds, hand.lines)}`);
    console.log(`hand-written Bookings invoicing record operations: ${hand.ops.total} (${handPerLine.toFixed(2)} per line; ${breakdown(hand.ops)})`);
    console.log(`standard Sales API alone (planned lines, no Bookings reads or writes): ${wall(sales.seconds, sales.lines)}`);
    console.log(`standard Sales API alone record operations: ${sales.ops.total} (${salesPerLine.toFixed(2)} per line; ${breakdown(sales.ops)})`);
    console.log(`invoicing record operations per line: app ${appPerLine.toFixed(2)} vs hand-written same job ${handPerLine.toFixed(2)} (${(appPerLine / handPerLine).toFixed(2)}x); Bookings work on top of the Sales API: app +${(appPerLine - salesPerLine).toFixed(2)}, hand-written +${(handPerLine - salesPerLine).toFixed(2)} per line`);
    for (const [title, tally, lines] of [['invoicing', appTally, appLines], ['hand-written Bookings invoicing', hand.tally, hand.lines], ['standard Sales API alone', sales.tally, sales.lines]] as const) {
      if (tally !== undefined) for (const l of [`${title} record operations by table:`, ...formatTally(tally, lines)]) console.log(l);
    }
    if (statusMismatches.length > 0) {
      console.error(`invoicing: ${statusMismatches.length} appointment statuses differ from their links, e.g. ${statusMismatches[0]?.[0] ?? ''}`);
      return 1;
    }
    if (appLines !== plannedLines || hand.lines !== plannedLines || sales.lines !== plannedLines) {
      console.error(`invoicing: planned ${plannedLines} lines, the app created ${appLines}, the hand-written job ${hand.lines}, the Sales API alone ${sales.lines}`);
      return 1;
    }
    if (appPerLine > handPerLine) {
      console.error(`invoicing: ${appPerLine.toFixed(2)} record operations per line, more than the hand-written same job (${handPerLine.toFixed(2)})`);
      return 1;
    }
    return 0;
  } finally {
    await host.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e));
    process.exit(1);
  },
);
