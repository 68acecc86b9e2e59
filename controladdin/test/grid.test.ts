import assert from 'node:assert/strict';
import { AddinPage, buildAddinOnce, launchChromium, startAddinHost, type AddinHost } from '../harness/src/index';
import type { LaunchedBrowser } from '../harness/src/chromium';
import { sampleRows, type SampleRow } from '../harness/src/sampleRows';

/** Browser tests of the booking selection grid in Debian's Chromium, hosted like BC hosts a control add-in. */
describe('controladdin: BKI Booking Selection Grid in the browser', function () {
  let host: AddinHost;
  let browser: LaunchedBrowser;
  let p: AddinPage;

  before(async function () {
    this.timeout(300_000);
    const built = await buildAddinOnce();
    if (!built.ok) throw new Error(`The add-in does not build:\n${built.errors.join('\n')}`);
    host = await startAddinHost();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await host?.close();
  });

  afterEach(async function () {
    if (p === undefined) return;
    const hostErrors = await p.hostErrors();
    const pageErrors = [...p.pageErrors];
    await p.close();
    if (this.currentTest?.state === 'passed') {
      assert.deepEqual(pageErrors, [], 'no uncaught exception in the add-in');
      assert.deepEqual(hostErrors, [], 'the add-in keeps to the AL contract');
    }
  });

  async function open(options: Parameters<typeof AddinPage.open>[2] = {}): Promise<AddinPage> {
    p = await AddinPage.open(browser.context, host, options);
    if (options.pauseBeforeStartup !== true) await p.waitForEvents('ControlReady');
    return p;
  }

  async function load(rows: readonly SampleRow[]): Promise<void> {
    await p.call('LoadBookings', JSON.stringify(rows));
    await p.frame.waitForSelector('[data-booking-id]');
  }

  /** Booking IDs of the rows in the DOM, top to bottom. */
  function visibleIds(): Promise<string[]> {
    return p.frame.$$eval('.ms-DetailsRow [data-booking-id]', (els) => els.map((e) => e.getAttribute('data-booking-id') ?? ''));
  }

  function row(index: number) {
    return p.frame.locator('.ms-DetailsRow').nth(index);
  }

  async function lastSelection(count: number): Promise<string[]> {
    const events = await p.waitForEvents('SelectionChanged', count);
    const last = events[events.length - 1];
    assert.ok(last);
    return JSON.parse(String(last.args[0])) as string[];
  }

  async function rowCount(): Promise<number> {
    return Number(await p.frame.getAttribute('[role="grid"]', 'aria-rowcount'));
  }

  it('raises ControlReady once and loads rows with aria-rowcount and BC-like defaults', async () => {
    await open();
    const rows = sampleRows(50, 5);
    await load(rows);
    assert.equal((await p.events('ControlReady')).length, 1);
    assert.equal(await rowCount(), 51, 'header row + 50 rows');
    assert.equal((await visibleIds())[0], rows[0]?.id);
    assert.equal(await p.frame.getAttribute('[role="grid"]', 'aria-label'), 'Bookings not invoiced');
    const font = await p.frame.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.match(font, /^"?Segoe UI"?/);
    assert.equal(await p.frame.locator('[role="rowheader"]').first().textContent(), rows[0]?.customerName);
    assert.equal(await p.frame.locator('.bki-selected-summary').textContent(), '0 selected, 0.00');
  });

  it('appends chunks, skips duplicate IDs and says so', async () => {
    await open();
    const rows = sampleRows(90, 6);
    await load(rows.slice(0, 40));
    await p.call('AppendBookings', JSON.stringify(rows.slice(40, 80)));
    await p.call('AppendBookings', JSON.stringify(rows.slice(75, 90)));
    await p.frame.waitForFunction(() => document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === '91');
    const problems = await p.frame.locator('.bki-problem').allTextContents();
    assert.equal(problems.length, 5);
    assert.match(problems[0] ?? '', /AppendBookings: row 1 was skipped because ID "b-000076" is already loaded/);
  });

  it('sorts by a column header click, ascending then descending', async () => {
    await open();
    const rows = sampleRows(30, 30);
    await load(rows);
    const names = rows.map((r) => r.customerName);
    const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
    const ascending = [...names].sort(collator.compare);
    await p.frame.locator('[role="columnheader"][data-item-key="customerName"] .ms-DetailsHeader-cellTitle').click();
    assert.equal(await p.frame.locator('[role="rowheader"]').first().textContent(), ascending[0]);
    assert.equal(await p.frame.getAttribute('[role="columnheader"][data-item-key="customerName"]', 'aria-sort'), 'ascending');
    await p.frame.locator('[role="columnheader"][data-item-key="customerName"] .ms-DetailsHeader-cellTitle').click();
    assert.equal(await p.frame.locator('[role="rowheader"]').first().textContent(), ascending[ascending.length - 1]);
    assert.equal(await p.frame.getAttribute('[role="columnheader"][data-item-key="customerName"]', 'aria-sort'), 'descending');
  });

  it('filters with the search box and shows a no-match state', async () => {
    await open();
    const rows = sampleRows(60, 6);
    await load(rows);
    const expected = rows.filter((r) => r.serviceName === 'Repair').map((r) => r.id);
    await p.frame.locator('.bki-filter input').fill('repair');
    await p.frame.waitForFunction((n) => document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === String(n + 1), expected.length);
    const ids = await visibleIds();
    assert.ok(ids.length > 0 && ids.every((id) => expected.includes(id)));
    await p.frame.locator('.bki-filter input').fill('no such booking');
    assert.equal(await p.frame.locator('.bki-empty').textContent(), 'No bookings match the search.');
  });

  it('groups by customer with totals, and selects a whole group from its header', async () => {
    await open();
    const rows = sampleRows(24, 3);
    await load(rows);
    await p.frame.locator('.bki-group-toggle').click();
    const headers = p.frame.locator('.ms-GroupHeader');
    await headers.first().waitFor();
    assert.equal(await headers.count(), 3);
    const firstName = (await headers.first().locator('.bki-group-name').textContent()) ?? '';
    const members = rows.filter((r) => r.customerName === firstName);
    const total = members.filter((r) => r.currency === '').reduce((s, r) => s + r.amount, 0);
    const summary = (await headers.first().locator('.bki-group-summary').textContent()) ?? '';
    assert.ok(summary.startsWith(`${members.length} bookings, ${total.toLocaleString('en-US', { minimumFractionDigits: 2 })}`), summary);
    await headers.first().locator('.ms-GroupHeader-check').click();
    const selected = await lastSelection(1);
    assert.deepEqual(selected.sort(), members.map((r) => r.id).sort());
  });

  it('selects by mouse: click, shift-click range, ctrl-click toggle, checkbox', async () => {
    await open();
    const rows = sampleRows(20, 3);
    await load(rows);
    const id = (i: number): string => rows[i]?.id ?? '';
    await row(0).locator('[data-automation-key="customerName"]').click();
    assert.deepEqual(await lastSelection(1), [id(0)]);
    await row(3).locator('[data-automation-key="customerName"]').click({ modifiers: ['Shift'] });
    assert.deepEqual(await lastSelection(2), [id(0), id(1), id(2), id(3)]);
    await row(1).locator('[data-automation-key="customerName"]').click({ modifiers: ['Control'] });
    assert.deepEqual(await lastSelection(3), [id(0), id(2), id(3)]);
    await row(5).locator('.ms-DetailsRow-check').click();
    assert.deepEqual(await lastSelection(4), [id(0), id(2), id(3), id(5)]);
    const amount = [0, 2, 3, 5].reduce((s, i) => s + (rows[i]?.amount ?? 0), 0);
    assert.equal(await p.frame.locator('.bki-selected-summary').textContent(), `4 selected, ${amount.toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
  });

  it('selects by keyboard: space, shift+arrows, ctrl+A, and opens with Enter', async () => {
    await open();
    const rows = sampleRows(20, 4);
    await load(rows);
    const id = (i: number): string => rows[i]?.id ?? '';
    await row(0).locator('[data-automation-key="customerName"]').click();
    await lastSelection(1);
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('Space');
    assert.deepEqual(await lastSelection(2), [id(0), id(1)]);
    await p.page.keyboard.press('Shift+ArrowDown');
    await p.page.keyboard.press('Shift+ArrowDown');
    await lastSelection(4);
    assert.deepEqual(await lastSelection(4), [id(0), id(1), id(2), id(3)]);
    await p.page.keyboard.press('ArrowUp');
    assert.equal((await p.events('SelectionChanged')).length, 4, 'moving the focus does not change the selection');
    await p.page.keyboard.press('Control+a');
    await p.frame.waitForFunction(() => document.querySelector('.bki-selected-summary')?.textContent?.startsWith('20 selected'));
    const events = await p.events('SelectionChanged');
    assert.equal((JSON.parse(String(events[events.length - 1]?.args[0])) as string[]).length, 20);
    await p.page.keyboard.press('Enter');
    const opened = await p.waitForEvents('OpenBookingRequested');
    assert.deepEqual(opened[0]?.args, [id(2)]);
  });

  it('select-all checkbox selects every row and raises CreateInvoicesRequested with GroupPerCustomer', async () => {
    await open();
    const rows = sampleRows(40, 4);
    await load(rows);
    await p.frame.locator('[role="columnheader"] .ms-DetailsHeader-check, .ms-DetailsHeader-checkTooltip [role="checkbox"]').first().click();
    assert.deepEqual(await lastSelection(1), rows.map((r) => r.id));
    await p.frame.locator('.bki-create').click();
    let requests = await p.waitForEvents('CreateInvoicesRequested');
    assert.deepEqual(requests[0]?.args, [JSON.stringify(rows.map((r) => r.id)), true]);
    await p.frame.locator('.bki-per-customer').click();
    await p.frame.locator('.bki-create').click();
    requests = await p.waitForEvents('CreateInvoicesRequested', 2);
    assert.equal(requests[1]?.args[1], false);
  });

  it('opens a booking from its date link', async () => {
    await open();
    const rows = sampleRows(5, 2);
    await load(rows);
    await p.frame.locator(`[data-booking-id="${rows[2]?.id ?? ''}"]`).click();
    const opened = await p.waitForEvents('OpenBookingRequested');
    assert.deepEqual(opened.map((e) => e.args), [[rows[2]?.id]]);
    assert.equal((await p.events('SelectionChanged')).length, 0, 'the link does not change the selection');
  });

  it('applies SetSelection and ClearBookings without echoing SelectionChanged, and keeps selection across filtering', async () => {
    await open();
    const rows = sampleRows(12, 3);
    await load(rows);
    const chosen = [rows[1]?.id ?? '', rows[4]?.id ?? '', 'unknown-id'];
    await p.call('SetSelection', JSON.stringify(chosen));
    await p.frame.waitForFunction(() => document.querySelector('.bki-selected-summary')?.textContent?.startsWith('2 selected'));
    assert.equal(await row(1).getAttribute('aria-selected'), 'true');
    assert.equal(await row(0).getAttribute('aria-selected'), 'false');
    // Filter to rows of another customer, select one there; the hidden selection stays.
    const other = rows.find((r, i) => i !== 1 && i !== 4 && r.customerName !== rows[1]?.customerName && r.customerName !== rows[4]?.customerName);
    assert.ok(other);
    await p.frame.locator('.bki-filter input').fill(other.customerEmail);
    await p.frame.locator(`.ms-DetailsRow:has([data-booking-id="${other.id}"]) .ms-DetailsRow-check`).click();
    const selection = await lastSelection(1);
    assert.deepEqual([...selection].sort(), [rows[1]?.id, rows[4]?.id, other.id].sort());
    assert.equal((await p.events('SelectionChanged')).length, 1);
    // ClearBookings empties the grid and the selection without telling AL what it already knows.
    await p.call('ClearBookings');
    await p.frame.locator('.bki-filter input').fill('');
    assert.equal(await p.frame.locator('.bki-empty').textContent(), 'There are no bookings to invoice.');
    assert.equal(await p.frame.locator('.bki-selected-summary').textContent(), '0 selected, 0.00');
    assert.equal((await p.events('SelectionChanged')).length, 1);
  });

  it('takes every user-visible text from SetCaptions', async () => {
    await open();
    await p.call(
      'SetCaptions',
      JSON.stringify({ customerName: 'Debitor', createInvoices: 'Rechnungen erstellen', gridAriaLabel: 'Nicht fakturierte Buchungen', selectedSummary: '%1 ausgewählt, %2', unknownKey: 'x' }),
    );
    await load(sampleRows(3, 1));
    assert.equal(await p.frame.locator('[data-item-key="customerName"] .ms-DetailsHeader-cellName').textContent(), 'Debitor');
    assert.equal(await p.frame.locator('.bki-create').textContent(), 'Rechnungen erstellen');
    assert.equal(await p.frame.getAttribute('[role="grid"]', 'aria-label'), 'Nicht fakturierte Buchungen');
    assert.equal(await p.frame.locator('.bki-selected-summary').textContent(), '0 ausgewählt, 0.00');
    assert.match((await p.frame.locator('.bki-problem').allTextContents()).join(' '), /unknownKey/);
  });

  it('queues calls made before the grid is ready and applies them in order', async () => {
    await open({ pauseBeforeStartup: true });
    const rows = sampleRows(10, 2);
    await p.call('SetCaptions', JSON.stringify({ createInvoices: 'Invoice now' }));
    await p.call('LoadBookings', JSON.stringify(rows.slice(0, 6)));
    await p.call('AppendBookings', JSON.stringify(rows.slice(6)));
    await p.call('SetSelection', JSON.stringify([rows[7]?.id]));
    assert.equal((await p.events('ControlReady')).length, 0);
    await p.runStartup();
    await p.waitForEvents('ControlReady');
    await p.frame.waitForSelector('[data-booking-id]');
    assert.equal(await rowCount(), 11);
    assert.equal(await p.frame.locator('.bki-create').textContent(), 'Invoice now');
    assert.match((await p.frame.locator('.bki-selected-summary').textContent()) ?? '', /^1 selected/);
  });

  it('shows clear messages for malformed JSON and rows with missing fields, without uncaught exceptions', async () => {
    await open();
    await p.call('LoadBookings', '{"not": json');
    await p.frame.locator('.bki-problem').first().waitFor();
    assert.match((await p.frame.locator('.bki-problem').first().textContent()) ?? '', /^LoadBookings received text that is not valid JSON/);
    assert.equal(await p.frame.locator('.bki-empty').textContent(), 'There are no bookings to invoice.');
    const [good, bad] = sampleRows(2);
    assert.ok(good && bad);
    const { customerName: _gone, ...missing } = bad;
    await p.call('LoadBookings', JSON.stringify([good, missing, null]));
    await p.frame.waitForSelector('[data-booking-id]');
    assert.equal(await rowCount(), 2);
    const texts = await p.frame.locator('.bki-problem').allTextContents();
    assert.deepEqual(texts, [
      'LoadBookings: row 2 (ID "b-000002") was skipped because these fields are missing or invalid: customerName.',
      'LoadBookings: row 3 is not a JSON object and was skipped.',
    ]);
    await p.call('SetSelection', 'nope');
    await p.call('AppendBookings', '42');
    await p.call('SetCaptions', '[');
    await p.frame.waitForFunction(() => document.querySelectorAll('.bki-problem').length === 5);
    const later = (await p.frame.locator('.bki-problem').allTextContents()).slice(2);
    assert.match(later[0] ?? '', /^SetSelection received text that is not valid JSON/);
    assert.match(later[1] ?? '', /^AppendBookings expects a JSON array/);
    assert.match(later[2] ?? '', /^SetCaptions received text that is not valid JSON/);
    assert.equal(await rowCount(), 2, 'bad calls leave the loaded rows alone');
  });

  it('coalesces SelectionChanged while BC is busy (latest selection wins)', async () => {
    await open({ latencyMs: 1500 });
    const rows = sampleRows(6, 2);
    await load(rows);
    for (let i = 0; i < 4; i++) await row(i).locator('.ms-DetailsRow-check').click();
    const events = await p.waitForEvents('SelectionChanged', 2);
    await new Promise((r) => setTimeout(r, 1800));
    const all = await p.events('SelectionChanged');
    assert.ok(events.length >= 2 && all.length < 4, `${all.length} events for 4 clicks`);
    assert.deepEqual(JSON.parse(String(all[all.length - 1]?.args[0])), rows.slice(0, 4).map((r) => r.id));
  });

  it('uses the dark theme when GetEnvironment hints at it', async () => {
    await open({ theme: 'dark' });
    await load(sampleRows(3, 1));
    const background = await p.frame.evaluate(() => getComputedStyle(document.querySelector('.bki-grid-root') ?? document.body).backgroundColor);
    assert.equal(background, 'rgb(31, 31, 31)');
  });

  it('gives screen readers labels, row headers and announcements', async () => {
    await open();
    await load(sampleRows(8, 2));
    assert.equal(await p.frame.locator('[role="rowheader"]').count(), 8);
    assert.equal(await row(0).locator('.ms-DetailsRow-check').getAttribute('aria-label'), 'Select booking');
    const announced = await p.frame.locator('[role="status"], [aria-live]').allTextContents();
    assert.ok(announced.some((t) => t.includes('8 bookings shown')), announced.join('|'));
  });
});
