/**
 * Issue #11 end to end over real loopback HTTP: appointments synced from the Graph emulator, then invoiced per
 * customer by the extension's facade "BKI Bookings Invoicing" in the AL runtime. Checks every invoice's customer
 * (address, currency, payment terms from the customer card), its lines against the synced appointments and service
 * mappings, posting (the appointment stays invoiced), and that invoicing twice creates nothing.
 */
import { strict as assert } from 'node:assert';
import { startProductHost, type PlainRow, type ProductHost, type Rec } from '../../tools/host/src/index';

const DAY = 86_400_000;

describe('integration #11: invoicing synced appointments end to end', function () {
  this.timeout(180_000);
  let host: ProductHost;
  let created: string[] = [];
  /** The BC customer changed to a foreign currency and other payment terms before invoicing. */
  let foreignCustomer = '';

  before(async () => {
    // 20 days back to 3 days ahead: some appointments are not completed yet
    const from = new Date(Date.now() - 20 * DAY).toISOString().slice(0, 10);
    host = await startProductHost({
      emulator: {
        pageSize: 20,
        data: { generate: { seed: 5, businesses: 1, customersPerBusiness: 10, staffPerBusiness: 3, servicesPerBusiness: 9, appointmentsPerBusiness: 40, from, days: 23, cancelledShare: 0.1 } },
      },
    });
    // one appointment surely not completed yet: it starts in two hours
    const [graph] = await host.emulator.data(host.businessId);
    const service = graph?.services[0];
    const customer = graph?.customers[0];
    assert.ok(service !== undefined && customer !== undefined);
    const start = Date.now() + 2 * 3_600_000;
    const future = await host.emulator.graph('POST', `/solutions/bookingBusinesses/${encodeURIComponent(host.businessId)}/appointments`, {
      serviceId: service['id'],
      startDateTime: { dateTime: new Date(start).toISOString(), timeZone: 'UTC' },
      endDateTime: { dateTime: new Date(start + 3_600_000).toISOString(), timeZone: 'UTC' },
      customers: [{ '@odata.type': '#microsoft.graph.bookingCustomerInformation', customerId: customer['id'], name: customer['displayName'], emailAddress: customer['emailAddress'] }],
    });
    assert.equal(future.status, 201);
    host.call('BKI Bookings Sync', 'SyncAll');
    // the customer of a completed appointment gets a foreign currency and other payment terms
    const completed = host.rows('BKI Booking Appointment', (a) => a['Cancelled'] === false && Date.parse(String(a['End Date Time (UTC)'])) < Date.now() && Number(a['Customer Count']) === 1);
    const email = String(host.rows('BKI Booking Appt. Customer', (c) => c['Appointment ID'] === completed[0]?.['Appointment ID'])[0]?.['E-Mail'] ?? '').toLowerCase();
    const link = host.rows('BKI Booking Customer Link', (l) => l['E-Mail (Lower)'] === email)[0];
    assert.ok(link !== undefined, 'the sync linked the customer of a completed appointment');
    foreignCustomer = String(link['Customer No.']);
    host.updateRecord('Customer', [foreignCustomer], { 'Currency Code': String(host.call('Demo Company Generator', 'ForeignCurrencyCode')), 'Payment Terms Code': '30 DAYS' });
  });
  after(async () => {
    await host?.stop();
  });

  function appointmentFilter(): Rec {
    const appt = host.record('BKI Booking Appointment');
    const field = (name: string) => {
      const f = appt.table.field(name);
      assert.ok(f !== undefined, name);
      return f;
    };
    appt.setRange(field('Business ID'), [host.businessId]);
    return appt;
  }

  function createPerCustomer(): { invoices: string[]; problems: PlainRow[] } {
    const invoicing = host.codeunit('BKI Bookings Invoicing');
    const list = host.plain(host.call(invoicing, 'CreateInvoices', appointmentFilter(), true));
    assert.ok(Array.isArray(list));
    const result = host.record('BKI Invoice Plan Buffer', true);
    host.call(invoicing, 'GetLastResult', result);
    const problems: PlainRow[] = [];
    result.reset();
    if (result.find('-')) {
      do {
        const row = host.plain(result) as PlainRow;
        if (row['Line Type'] === 'Problem') problems.push(row);
      } while (result.next() !== 0);
    }
    return { invoices: list.map(String), problems };
  }

  const invoiceHeaders = (): PlainRow[] => host.rows('Sales Header', (h) => h['Document Type'] === 'Invoice');

  it('creates one invoice per customer for the completed appointments, each with its customer', () => {
    const now = Date.now();
    const { invoices, problems } = createPerCustomer();
    created = invoices;
    assert.ok(invoices.length > 1, `invoices were created (${invoices.length})`);
    const headers = invoiceHeaders().filter((h) => invoices.includes(String(h['No.'])));
    assert.equal(headers.length, invoices.length, 'every returned number is a draft invoice');

    // one invoice per customer, every invoice with its customer's address, currency and payment terms
    const customers = new Map(host.rows('Customer').map((c) => [String(c['No.']), c] as const));
    const sellTo = headers.map((h) => String(h['Sell-to Customer No.']));
    assert.equal(new Set(sellTo).size, headers.length, 'one invoice per customer');
    for (const h of headers) {
      const c = customers.get(String(h['Sell-to Customer No.']));
      assert.ok(c !== undefined, `invoice ${String(h['No.'])} has an existing customer (was '${String(h['Sell-to Customer No.'])}')`);
      assert.equal(h['Bill-to Customer No.'], c['No.']);
      assert.equal(h['Sell-to Customer Name'], c['Name']);
      assert.equal(h['Sell-to Address'], c['Address']);
      assert.equal(h['Sell-to City'], c['City']);
      assert.equal(h['Sell-to Post Code'], c['Post Code']);
      assert.equal(h['Currency Code'], c['Currency Code'], `invoice ${String(h['No.'])}: currency of the customer`);
      assert.equal(h['Payment Terms Code'], c['Payment Terms Code'], `invoice ${String(h['No.'])}: payment terms of the customer`);
      assert.notEqual(h['Sell-to Address'], '', 'the synced customer has an address');
    }
    const foreign = headers.find((h) => h['Sell-to Customer No.'] === foreignCustomer);
    assert.ok(foreign !== undefined, 'the customer with a foreign currency got an invoice');
    assert.equal(foreign['Currency Code'], host.plain(host.call('Demo Company Generator', 'ForeignCurrencyCode')));
    assert.equal(foreign['Payment Terms Code'], '30 DAYS');

    // lines: one per invoiced appointment customer, the service's mapped item, linked exactly once
    const links = host.rows('BKI Booking Invoice Link', (l) => l['Business ID'] === host.businessId);
    const lines = host.rows('Sales Line', (l) => l['Document Type'] === 'Invoice' && invoices.includes(String(l['Document No.'])));
    const itemLines = lines.filter((l) => l['Type'] === 'Item');
    assert.equal(links.length, itemLines.length, 'one link per item line');
    const keys = links.map((l) => `${String(l['Appointment ID'])}|${String(l['Customer Key'])}`);
    assert.equal(new Set(keys).size, keys.length, 'an appointment customer is linked once');
    const appointments = new Map(host.rows('BKI Booking Appointment').map((a) => [String(a['Appointment ID']), a] as const));
    const mappings = new Map(host.rows('BKI Booking Service Mapping').map((m) => [String(m['Service ID']), String(m['Item No.'])] as const));
    for (const l of links) {
      assert.equal(l['Document Type'], 'Invoice');
      const line = itemLines.find((x) => x['Document No.'] === l['Document No.'] && x['Line No.'] === l['Line No.']);
      assert.ok(line !== undefined, `link ${String(l['Appointment ID'])} points at an existing line`);
      const header = headers.find((h) => h['No.'] === l['Document No.']);
      assert.equal(header?.['Sell-to Customer No.'], l['Customer No.'], 'the line is on its customer\'s invoice');
      const a = appointments.get(String(l['Appointment ID']));
      assert.ok(a !== undefined);
      assert.equal(line['No.'], mappings.get(String(a['Service ID'])), 'the line sells the service\'s mapped item');
      assert.ok(Date.parse(String(a['End Date Time (UTC)'])) <= now, 'only completed appointments are invoiced');
      assert.equal(a['Cancelled'], false, 'cancelled appointments are not invoiced');
      assert.equal(a['Invoice Status'], 'Invoiced');
      const documents = links.filter((x) => x['Appointment ID'] === l['Appointment ID']).map((x) => x['Document No.']);
      assert.ok(documents.includes(a['Invoice No.'] ?? ''), 'the appointment shows one of its invoices (several with several customers)');
    }

    // every completed, not cancelled appointment is either invoiced or explained by a problem row
    const explained = new Set(problems.map((p) => String(p['Appointment ID'])));
    for (const a of appointments.values()) {
      const completed = Date.parse(String(a['End Date Time (UTC)'])) <= now && a['Cancelled'] === false;
      if (!completed) assert.equal(a['Invoice Status'], 'Not Invoiced', `appointment ${String(a['Appointment ID'])} is not completed and stays uninvoiced`);
      else if (a['Invoice Status'] !== 'Invoiced') assert.ok(explained.has(String(a['Appointment ID'])), `appointment ${String(a['Appointment ID'])} is neither invoiced nor listed as a problem`);
    }
    assert.ok([...appointments.values()].some((a) => Date.parse(String(a['End Date Time (UTC)'])) > now), 'the data has appointments that are not completed');
  });

  it('posting an invoice keeps its appointments invoiced, linked to the posted invoice', () => {
    const first = created[0];
    assert.ok(first !== undefined);
    host.runCodeunit('Sales-Post', host.getRecord('Sales Header', ['Invoice', first]));
    assert.equal(invoiceHeaders().some((h) => h['No.'] === first), false, 'the draft is gone');
    const posted = host.rows('Sales Invoice Header', (h) => h['Pre-Assigned No.'] === first);
    assert.equal(posted.length, 1, 'one posted invoice from the draft');
    const postedNo = String(posted[0]?.['No.']);
    const links = host.rows('BKI Booking Invoice Link', (l) => l['Document No.'] === postedNo);
    assert.ok(links.length > 0, 'the links moved to the posted invoice');
    for (const l of links) {
      assert.equal(l['Document Type'], 'Posted Invoice');
      const a = host.rows('BKI Booking Appointment', (x) => x['Appointment ID'] === l['Appointment ID'])[0];
      assert.equal(a?.['Invoice Status'], 'Invoiced', 'a posted appointment stays invoiced');
      assert.equal(a?.['Invoice Posted'], true);
    }
    assert.equal(host.rows('BKI Booking Invoice Link', (l) => l['Document No.'] === first).length, 0, 'no link points at the deleted draft');
  });

  it('invoicing the same appointments again creates nothing new', () => {
    const headersBefore = invoiceHeaders().length;
    const linksBefore = host.count('BKI Booking Invoice Link');
    const linesBefore = host.count('Sales Line');
    const { invoices } = createPerCustomer();
    assert.deepEqual(invoices, []);
    assert.equal(invoiceHeaders().length, headersBefore);
    assert.equal(host.count('BKI Booking Invoice Link'), linksBefore);
    assert.equal(host.count('Sales Line'), linesBefore);
  });
});
