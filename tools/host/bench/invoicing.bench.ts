/**
 * Invoicing benchmark (issue #11): 10,000 completed appointments of 1,000 customers (BENCH_QUICK=1: 1,000 / 100),
 * synced from the Graph emulator, invoiced per customer by "BKI Bookings Invoicing".CreateInvoices in the AL runtime.
 * Prints wall time and AL record operations per created line, next to two baselines run the same way on the same
 * data (invoicingComparison.ts): the same job written by hand and the standard Sales API alone (the floor).
 * BENCH_TABLES=1 adds the figures per table. Checks (exit 1): every run creates every planned line, every
 * appointment's invoice status equals what its stored links give, and the app needs no more record operations per
 * line than the hand-written job.
 */
import type { RecordOpCounts } from '../src/index';
import { compareInvoicing, perLine, type RunFigures } from './invoicingComparison';
import { formatTally } from './tableOps';

const quick = process.env['BENCH_QUICK'] === '1';

function breakdown(o: RecordOpCounts): string {
  return `get ${o.get}, find ${o.find}, next ${o.next}, insert ${o.insert}, modify ${o.modify}, delete ${o.delete}, count/isEmpty ${o.count + o.isEmpty}, calcFields ${o.calcFields}`;
}

function wall(r: RunFigures): string {
  return `${r.seconds.toFixed(2)} s for ${r.lines} lines (${((r.seconds * 1000) / Math.max(1, r.lines)).toFixed(2)} ms per line)`;
}

async function main(): Promise<number> {
  const c = await compareInvoicing({ appointments: quick ? 1_000 : 10_000, customers: quick ? 100 : 1_000, days: 56, byTable: process.env['BENCH_TABLES'] === '1' });
  const [app, hand, sales] = [perLine(c.app), perLine(c.hand), perLine(c.sales)];
  console.log(`invoicing appointment statuses checked against their links: ${c.statusesChecked} (${c.statusMismatches.length} differ)`);
  console.log(`invoicing data: ${c.appointments} synced appointments (sync ${c.syncSeconds.toFixed(1)} s), plan: ${c.planned.invoices} invoices, ${c.planned.lines} lines, ${c.planned.problems} problems`);
  console.log(`invoicing created: ${c.app.invoices} invoices for ${c.app.customers} customers, ${c.app.lines} lines`);
  console.log(`invoicing wall time: ${wall(c.app)}`);
  console.log(`invoicing record operations: ${c.app.ops.total} (${app.toFixed(2)} per line; ${breakdown(c.app.ops)})`);
  console.log(`hand-written Bookings invoicing (same job): ${wall(c.hand)}`);
  console.log(`hand-written Bookings invoicing record operations: ${c.hand.ops.total} (${hand.toFixed(2)} per line; ${breakdown(c.hand.ops)})`);
  console.log(`standard Sales API alone (planned lines, no Bookings reads or writes): ${wall(c.sales)}`);
  console.log(`standard Sales API alone record operations: ${c.sales.ops.total} (${sales.toFixed(2)} per line; ${breakdown(c.sales.ops)})`);
  console.log(`invoicing record operations per line: app ${app.toFixed(2)} vs hand-written same job ${hand.toFixed(2)} (${(app / hand).toFixed(2)}x); Bookings work on top of the Sales API: app +${(app - sales).toFixed(2)}, hand-written +${(hand - sales).toFixed(2)} per line`);
  for (const [title, r] of [['invoicing', c.app], ['hand-written Bookings invoicing', c.hand], ['standard Sales API alone', c.sales]] as const) {
    if (r.tally !== undefined) for (const l of [`${title} record operations by table:`, ...formatTally(r.tally, r.lines)]) console.log(l);
  }
  if (c.statusMismatches.length > 0) {
    console.error(`invoicing: ${c.statusMismatches.length} appointment statuses differ from their links, e.g. ${c.statusMismatches[0] ?? ''}`);
    return 1;
  }
  if (c.app.lines !== c.planned.lines || c.hand.lines !== c.planned.lines || c.sales.lines !== c.planned.lines) {
    console.error(`invoicing: planned ${c.planned.lines} lines, the app created ${c.app.lines}, the hand-written job ${c.hand.lines}, the Sales API alone ${c.sales.lines}`);
    return 1;
  }
  if (app > hand) {
    console.error(`invoicing: ${app.toFixed(2)} record operations per line, more than the hand-written same job (${hand.toFixed(2)})`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e));
    process.exit(1);
  },
);
