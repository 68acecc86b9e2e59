/**
 * Issue #11's record-operation target, at a small size on every test run: invoicing per customer needs no more AL
 * record operations per created line than the same job written by hand, every way creates exactly the planned
 * lines, and the invoice status the app writes equals what the stored links give. The benchmark
 * (tools/host/bench/invoicing.bench.ts) runs the same comparison at 10,000 appointments and prints the figures;
 * record-operation counts do not depend on the machine, so asserting them here is not a timing assertion.
 */
import { strict as assert } from 'node:assert';
import { compareInvoicing, perLine, type Comparison } from '../../tools/host/bench/invoicingComparison';

describe('integration #11: invoicing record operations against the same job written by hand', function () {
  this.timeout(300_000);
  let c: Comparison;

  before(async () => {
    c = await compareInvoicing({ appointments: 400, customers: 40, days: 28, byTable: false });
  });

  it('creates every planned line three ways (app, hand-written job, Sales API alone)', () => {
    assert.ok(c.planned.lines > 300 && c.planned.invoices > 30, `a plan worth comparing: ${c.planned.lines} lines, ${c.planned.invoices} invoices`);
    assert.equal(c.app.lines, c.planned.lines, 'app');
    assert.equal(c.hand.lines, c.planned.lines, 'hand-written job');
    assert.equal(c.sales.lines, c.planned.lines, 'Sales API alone');
    assert.equal(c.app.invoices, c.planned.invoices, 'one invoice per planned group');
  });

  it('leaves every appointment with the status its links give', () => {
    assert.ok(c.statusesChecked >= 400);
    assert.deepEqual(c.statusMismatches, []);
  });

  it('needs no more record operations per line than the hand-written job, and more than the Sales API alone', () => {
    const [app, hand, sales] = [perLine(c.app), perLine(c.hand), perLine(c.sales)];
    assert.ok(app <= hand, `app ${app.toFixed(2)} vs hand-written ${hand.toFixed(2)} per line`);
    // The Bookings work (appointment reads, a link per line, the status) is real: the app is not measured empty.
    assert.ok(app > sales + 1, `app ${app.toFixed(2)} vs Sales API alone ${sales.toFixed(2)} per line`);
  });
});
