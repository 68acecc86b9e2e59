/**
 * The demo script, end to end, in headless Chromium against the real sandbox (the app in the AL runtime, the Graph
 * emulator, the grid add-in in its BC-like host): a user searches, clicks and types. Screenshots of the grid and of a
 * created invoice go to docs/images/ with UPDATE_SCREENSHOTS=1, else to a temporary folder.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { buildAddinOnce } from '../../../controladdin/harness/src/build';
import { startSandbox, type Sandbox } from '../src/host/startSandbox';
import { launch } from './chromium';

const REPO = resolve(__dirname, '../../..');

/** The grid inside the add-in host (iframe) inside the page. */
function grid(page: Page): FrameLocator {
  return page.frameLocator('iframe.addin-frame').frameLocator('#bki-control-area');
}

/** Opens a page through Tell Me on the start page, as a user would. */
async function tellMe(page: Page, url: string, query: string, result: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Tell me what you want to do').fill(query);
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: result, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: result }).waitFor();
}

/** The text of an open message dialog, closed with OK. */
async function acknowledge(page: Page): Promise<string> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  const text = (await dialog.locator('p').allInnerTexts()).join('\n').trim();
  await dialog.getByRole('button', { name: 'OK' }).click();
  return text;
}

/** Polls `check` until it holds (the page updates itself from the add-in's events), failing after 20 s. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`timed out waiting until ${what}`);
}

/** Rows of the native repeater as {customer, service, status, selected}. */
async function repeaterRows(page: Page): Promise<{ date: string; customer: string; service: string; amount: number; status: string; selected: boolean }[]> {
  return page.locator('table.repeater tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim());
      // cells: [checkbox, Selected, Date, Time, Customer, E-Mail, Service, Staff, Duration, Price, Price Type, Amount, Status]
      return { date: `${cells[2] ?? ''} ${cells[3] ?? ''}`, customer: cells[4] ?? '', service: cells[6] ?? '', amount: Number((cells[11] ?? '').replace(/,/g, '')), status: cells[12] ?? '', selected: (cells[1] ?? '') !== '' };
    }),
  );
}

describe('sandbox end to end: the demo script in Chromium', function () {
  this.timeout(180000);
  let sandbox: Sandbox | undefined;
  let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
  let shots = '';
  const update = process.env['UPDATE_SCREENSHOTS'] === '1';
  // The tests walk one story in order: the invoice the first creates is posted by the second.
  const invoiced: { date: string; customer: string; service: string }[] = [];
  let createdInvoice: { no: string; customer: string } | undefined;

  before(async () => {
    // The grid bundle is built, not committed (src-al/ControlAddIn/Resources is git-ignored): build it when missing.
    if (!existsSync(join(REPO, 'src-al/ControlAddIn/Resources/BookingSelectionGrid.js'))) {
      const built = await buildAddinOnce();
      assert.ok(built.ok, built.ok ? '' : built.errors.join('\n'));
    }
    [sandbox, browser] = await Promise.all([startSandbox({ port: 0 }), launch()]);
    shots = update ? join(REPO, 'docs/images') : mkdtempSync(join(tmpdir(), 'sbx-e2e-'));
  });
  after(async () => {
    await browser?.close();
    await sandbox?.stop();
    if (!update && shots !== '') rmSync(shots, { recursive: true, force: true });
  });

  it('sets up, tests the connection, syncs, selects appointments in the grid, creates an invoice per customer and opens one', async () => {
    assert.ok(sandbox && browser);
    assert.ok(sandbox.addinTriggers, 'the runtime runs the grid add-in triggers');
    const page = await browser.context.newPage();

    // Set up: the setup card, configured against the emulator by the product host.
    await tellMe(page, sandbox.url, 'booking sync setup', 'Booking Sync Setup');
    assert.equal(await page.getByLabel('Graph Endpoint').inputValue(), `${sandbox.emulatorUrl}/v1.0`);
    assert.equal(await page.getByLabel('Client Secret').getAttribute('type'), 'password');
    await page.getByRole('toolbar').getByRole('button', { name: 'Test Connection' }).click();
    assert.match(await acknowledge(page), /The connection works\. The app registration sees 2 Bookings business/);
    assert.notEqual(await page.getByLabel('Last Connection Test', { exact: true }).inputValue(), '');

    // Sync from the setup card, then open Bookings Not Invoiced from its navigation action.
    await page.getByRole('toolbar').getByRole('button', { name: 'Sync Now' }).click();
    await page.waitForURL(/\/page\/70470000/);
    assert.equal(await page.getByRole('alertdialog').count(), 0, 'the sync ends without an error');
    await page.getByRole('toolbar').getByRole('button', { name: 'Open Bookings Not Invoiced' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bookings Not Invoiced' }).waitFor();
    const before = await repeaterRows(page);
    assert.ok(before.length > 10, `the sync brought appointments (${before.length})`);

    // Pick the two ready appointments with the highest amounts of two different single customers; select them in the grid.
    const ready = before.filter((r) => r.status === '' && r.customer !== '' && !r.customer.includes('(+')).sort((a, b) => b.amount - a.amount);
    const picks = ready.filter((r, i) => ready.findIndex((x) => x.customer === r.customer) === i).slice(0, 2);
    assert.equal(picks.length, 2, 'the demo data has two ready appointments of different customers');
    const g = grid(page);
    await g.locator('.ms-DetailsRow').first().waitFor();
    // The grid virtualizes its rows, so it renders only those in view; each pick must be found there below.
    for (const p of picks) {
      const row = g.locator('.ms-DetailsRow').filter({ hasText: p.customer }).filter({ hasText: p.service }).first();
      await row.locator('.ms-DetailsRow-check').click();
    }
    // The grid reports the selection to AL (SelectionChanged); the page refreshes its repeater from AL.
    await until(async () => (await repeaterRows(page)).filter((r) => r.selected).length === picks.length, 'the repeater shows the grid selection');
    const selected = (await repeaterRows(page)).filter((r) => r.selected).map((r) => r.customer).sort();
    assert.deepEqual(selected, picks.map((p) => p.customer).sort());
    await page.frameLocator('iframe.addin-frame').locator('#bki-control-area').screenshot({ path: join(shots, 'booking-grid.png') });

    // Create Invoice per Customer: two customers, two draft invoices.
    await page.getByRole('toolbar').getByRole('button', { name: 'Create Invoice per Customer' }).click();
    const created = await acknowledge(page);
    const m = /^2 draft invoices were created: (\S+), (\S+)\.$/.exec(created);
    assert.ok(m, `message: ${created}`);
    invoiced.push(...picks);
    const after = await repeaterRows(page);
    assert.equal(after.length, before.length - 2, 'the invoiced appointments left the list');
    for (const p of picks) assert.ok(!after.some((r) => r.date === p.date && r.customer === p.customer), `${p.customer} ${p.date} is not listed`);

    // Open the first invoice from Sales Invoices: header and lines from the appointment.
    const invoiceNo = m[1] ?? '';
    await tellMe(page, sandbox.url, 'sales invoices', 'Sales Invoices');
    await page.locator('table.repeater tbody tr').filter({ hasText: invoiceNo }).locator('a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Sales Invoice' }).waitFor();
    assert.equal(await page.getByLabel('No.', { exact: true }).inputValue(), invoiceNo);
    const customer = await page.getByLabel('Sell-to Customer Name').inputValue();
    assert.ok(picks.some((p) => p.customer === customer), `invoice customer ${customer}`);
    const lines = page.locator('section.part table.repeater tbody tr');
    assert.ok((await lines.count()) >= 1, 'the invoice has lines');
    const pick = picks.find((p) => p.customer === customer);
    assert.ok(pick);
    assert.ok((await lines.allInnerTexts()).join('\n').includes(pick.service), `a line names the service ${pick.service}`);
    await page.screenshot({ path: join(shots, 'invoice.png'), fullPage: true });

    for (const f of ['booking-grid.png', 'invoice.png']) assert.ok(statSync(join(shots, f)).size > 5000, `${f} written`);
    createdInvoice = { no: invoiceNo, customer };
    await page.close();
  });

  it('posts the invoice after a Confirm answered in the browser; the appointment stays invoiced, also after another sync', async () => {
    assert.ok(sandbox && browser && createdInvoice, 'the first walk created an invoice');
    const { no: invoiceNo, customer } = createdInvoice;
    const page = await browser.context.newPage();
    await tellMe(page, sandbox.url, 'sales invoices', 'Sales Invoices');
    await page.locator('table.repeater tbody tr').filter({ hasText: invoiceNo }).locator('a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Sales Invoice' }).waitFor();
    // Post: the Confirm waits in AL (on its thread) until the user answers Yes.
    await page.getByRole('toolbar').locator('summary', { hasText: 'Actions' }).click();
    await page.getByRole('toolbar').getByRole('button', { name: 'Post' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const asked = await dialog.locator('p').allInnerTexts();
    assert.deepEqual(asked, ['Do you want to post the invoice?']);
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/interaction/'));
    // The card stays open on a record that posting removed: it says so instead of showing fields.
    await page.getByRole('status').filter({ hasText: 'This record no longer exists' }).waitFor();
    assert.equal(await page.locator('dialog.error[open]').count(), 0, 'posting ends without an error');
    await tellMe(page, sandbox.url, 'posted sales invoices', 'Posted Sales Invoices');
    assert.equal(await page.locator('table.repeater tbody tr').filter({ hasText: customer }).count(), 1, 'the posted invoice is listed');
    await tellMe(page, sandbox.url, 'sales invoices', 'Sales Invoices');
    assert.equal(await page.locator('table.repeater tbody tr').filter({ hasText: invoiceNo }).count(), 0, 'the draft is gone');

    // The posted appointment stays invoiced: not listed on Bookings Not Invoiced, also after another sync.
    await tellMe(page, sandbox.url, 'uninvoiced bookings', 'Bookings Not Invoiced');
    await page.getByRole('toolbar').getByRole('button', { name: 'Sync Now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bookings Not Invoiced' }).waitFor();
    const afterSync = await repeaterRows(page);
    for (const p of invoiced) assert.ok(!afterSync.some((r) => r.date === p.date && r.customer === p.customer), `${p.customer} ${p.date} stays invoiced`);
    await page.close();
  });

  it('with a 429 burst injected, Test Connection and Sync Now still succeed, and the retries show in Diagnostics', async () => {
    assert.ok(sandbox && browser);
    const page = await browser.context.newPage();
    await page.goto(sandbox.url);
    await page.getByLabel('Faults').fill('429@at=1:burst=3:retryAfter=1');
    await page.getByRole('button', { name: 'Inject faults' }).click();
    await page.getByRole('status').filter({ hasText: 'Faults set: 429@at=1:burst=3:retryAfter=1' }).waitFor();

    await tellMe(page, sandbox.url, 'booking sync setup', 'Booking Sync Setup');
    await page.getByRole('toolbar').getByRole('button', { name: 'Test Connection' }).click();
    assert.match(await acknowledge(page), /The connection works/);
    await page.getByRole('toolbar').getByRole('button', { name: 'Sync Now' }).click();
    await page.waitForURL(/\/page\/70470000/);
    assert.equal(await page.getByRole('alertdialog').count(), 0, 'the sync ends without an error');

    await page.goto(sandbox.url);
    await page.getByRole('link', { name: 'Diagnostics' }).click();
    const statuses = await page.getByRole('table', { name: 'Graph requests' }).locator('tbody tr td:nth-child(4)').allInnerTexts();
    const throttled = statuses.filter((s) => s.trim() === '429').length;
    assert.equal(throttled, 3, `three throttled requests in the emulator log (${statuses.join(',')})`);
    const telemetry = await page.getByRole('table', { name: 'Telemetry' }).innerText();
    assert.equal((telemetry.match(/Bookings Graph request retried\./g) ?? []).length, 3, 'each 429 was retried once');

    // The appointments invoiced in the first walk are still not listed after the throttled sync.
    await tellMe(page, sandbox.url, 'uninvoiced bookings', 'Bookings Not Invoiced');
    const rows = await repeaterRows(page);
    for (const p of invoiced) assert.ok(!rows.some((r) => r.date === p.date && r.customer === p.customer), `${p.customer} ${p.date} stays invoiced`);
    await page.goto(sandbox.url);
    await page.getByRole('button', { name: 'Clear faults' }).click();
    await page.close();
  });

  it('the grid\'s own Create invoices button: the add-in event runs AL, its Confirm is answered in the browser, the invoice opens', async () => {
    assert.ok(sandbox && browser);
    const page = await browser.context.newPage();
    await tellMe(page, sandbox.url, 'uninvoiced bookings', 'Bookings Not Invoiced');
    const g = grid(page);
    const row = g.locator('.ms-DetailsRow').filter({ hasText: 'Fixed Pri' }).filter({ hasNotText: '(+' }).filter({ hasNotText: 'needed' }).first();
    const customer = (await row.locator('[data-automation-key="customerName"]').innerText()).trim();
    await row.locator('.ms-DetailsRow-check').click();
    await g.locator('.bki-create').click();
    // CreateInvoicesRequested -> AL creates one draft and asks whether to open it; the page follows the interaction.
    const confirm = page.getByRole('alertdialog').filter({ hasText: /Draft invoice \S+ was created\. Do you want to open it\?/ });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sales Invoice' }).waitFor();
    assert.equal(await page.getByLabel('Sell-to Customer Name').inputValue(), customer);
    await page.close();
  });

  it('the retired Booking Items page\'s notification action "Open Booking Sync Setup" runs in AL and opens the new setup', async () => {
    assert.ok(sandbox && browser);
    const retired = sandbox.metadata.pages.find((p) => p.name === 'Booking Items');
    assert.ok(retired, 'Booking Items is in the metadata');
    // Before the walk over every page below: the page must open here first (its OnOpenPage sends the notification).
    const page = await browser.context.newPage();
    await page.goto(`${sandbox.url}/page/${retired.id}`);
    const bar = page.locator('.notification').filter({ has: page.getByRole('button', { name: 'Open Booking Sync Setup' }) });
    await bar.waitFor();
    await bar.getByRole('button', { name: 'Open Booking Sync Setup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Booking Sync Setup' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/page\/70470000$/);
    assert.equal(await page.locator('dialog.error[open]').count(), 0, 'the action ends without an error');
    await page.close();
  });

  it('opens every page in scope from its AL metadata without an error; a customer drills down to its card', async () => {
    assert.ok(sandbox && browser);
    const inScope = ['BKI Booking Sync Setup', 'BKI Booking Businesses', 'BKI Bookings Not Invoiced', 'BKI Sync Log', 'BKI Sync Log Errors', 'BKI Booking Appointments',
      'Customer List', 'Customer Card', 'Item List', 'Item Card', 'Sales Invoice List', 'Sales Invoice', 'Posted Sales Invoices', 'Posted Sales Invoice',
      'Booking Sync. Setup', 'Booking Mailbox List', 'Booking Items', 'Exchange Sync. Setup'];
    for (const name of inScope) {
      const meta = sandbox.metadata.pages.find((p) => p.name === name);
      assert.ok(meta, `page ${name} is in the metadata`);
      const res = await fetch(`${sandbox.url}/page/${meta.id}`);
      const html = await res.text();
      assert.equal(res.status, 200, name);
      assert.ok(html.includes(`<h1>${meta.caption.replace(/&/g, '&amp;')}</h1>`), `${name} shows its caption`);
      assert.ok(!html.includes('class="bc-dialog error"'), `${name} opens without an error`);
    }
    // The retired pages show our extensions: the redirect banner and action to the new setup.
    const retired = await (await fetch(`${sandbox.url}/page/6702`)).text();
    assert.match(retired, /Bookings invoicing has moved/);
    const page = await browser.context.newPage();
    await tellMe(page, sandbox.url, 'customers', 'Customers');
    const first = page.locator('table.repeater tbody tr').first();
    const name = (await first.locator('td').nth(2).innerText()).trim();
    await first.locator('a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Customer Card' }).waitFor();
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), name);
    await page.close();
  });
  it('Select Business shows the businesses in a modal dialog; the row picked with OK becomes the setup\'s business', async () => {
    assert.ok(sandbox && browser);
    const page = await browser.context.newPage();
    await tellMe(page, sandbox.url, 'booking sync setup', 'Booking Sync Setup');
    const before = await page.getByLabel('Bookings Business', { exact: true }).inputValue();
    await page.getByRole('toolbar').getByRole('button', { name: 'Select Business' }).click();
    // RunModal waits in AL (on its thread) until the user closes the lookup in the browser.
    const lookup = page.getByRole('dialog', { name: 'Bookings Businesses' });
    await lookup.waitFor();
    const rows = lookup.locator('tbody tr');
    assert.equal(await rows.count(), 2, 'the emulator\'s two businesses are listed');
    const names = (await rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelectorAll('td')[1]?.textContent ?? '').trim())));
    const other = names.find((n) => n !== '' && n !== before);
    assert.ok(other !== undefined, `another business than ${before} is listed (${names.join(', ')})`);
    await rows.filter({ hasText: other }).getByRole('radio').check();
    await lookup.getByRole('button', { name: 'OK' }).click();
    // Changing the business after a sync asks first.
    const confirm = page.getByRole('alertdialog').filter({ has: page.getByRole('button', { name: 'Yes' }) });
    await until(async () => (await confirm.count()) > 0 || !new URL(page.url()).pathname.startsWith('/interaction/'), 'the selection ends or asks');
    if ((await confirm.count()) > 0) await confirm.getByRole('button', { name: 'Yes' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/interaction/'));
    await page.getByRole('heading', { level: 1, name: 'Booking Sync Setup' }).waitFor();
    assert.equal(await page.locator('dialog.error[open]').count(), 0, 'selecting ends without an error');
    assert.equal(await page.getByLabel('Bookings Business', { exact: true }).inputValue(), other);

    // Cancel keeps the business.
    await page.getByRole('toolbar').getByRole('button', { name: 'Select Business' }).click();
    await lookup.waitFor();
    await lookup.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/interaction/'));
    await page.getByRole('heading', { level: 1, name: 'Booking Sync Setup' }).waitFor();
    assert.equal(await page.getByLabel('Bookings Business', { exact: true }).inputValue(), other);
    await page.close();
  });
});
