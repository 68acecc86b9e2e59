import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { createSandboxServer, listen, type RunningServer } from '../src/server/sandboxServer';
import { launch } from './chromium';
import { demoDataSource } from './demoData';
import { productMetadata } from './productMetadata';

describe('sandbox web client in headless Chromium', function () {
  this.timeout(60000);
  let server: RunningServer | undefined;
  let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
  let shots = '';
  const ds = demoDataSource();

  before(async () => {
    server = await listen(createSandboxServer(productMetadata(), ds));
    browser = await launch();
    shots = mkdtempSync(join(tmpdir(), 'sbx-shots-'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (shots !== '') rmSync(shots, { recursive: true, force: true });
  });

  it('searches with Tell Me, opens the setup card, sees FastTabs and fields, runs a promoted action', async () => {
    assert.ok(browser && server);
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByLabel('Tell me what you want to do').fill('uninvoiced bookings');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=uninvoiced/);
    const first = page.getByRole('region', { name: 'Search results' }).getByRole('link').first();
    assert.equal(await first.textContent(), 'Bookings Not Invoiced');

    await page.goto(`${server.url}/page/70470000`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Booking Sync Setup');
    const tenant = page.getByLabel('Tenant ID');
    assert.equal(await tenant.inputValue(), 'contoso.onmicrosoft.com');
    assert.equal(await page.getByLabel('Client Secret').getAttribute('type'), 'password');
    assert.ok(await page.getByText('Synchronization', { exact: true }).isVisible());
    // FastTab collapses on click like BC's.
    await page.locator('summary', { hasText: 'Bookings Business' }).click();
    assert.equal(await page.getByLabel('Business Time Zone').isVisible(), false);
    // Keyboard: Tab reaches the promoted action Test Connection.
    const toolbar = page.getByRole('toolbar');
    assert.ok(await toolbar.getByRole('button', { name: 'Test Connection' }).isVisible());
    await page.screenshot({ path: join(shots, 'card.png'), fullPage: true });
    ds.setActionEffects(70470000, 'TestConnection', [{ kind: 'message', text: 'The connection works.' }]);
    await toolbar.getByRole('button', { name: 'Test Connection' }).click();
    // Messages show as a dialog over the page, as in BC; OK closes it.
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('The connection works.').waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    assert.equal(await dialog.count() === 0 || !(await dialog.isVisible()), true);
    assert.deepEqual(ds.calls.at(-1), { kind: 'action', page: 70470000, name: 'TestConnection', bookmark: 'setup-1', selection: [] });
    assert.ok(statSync(join(shots, 'card.png')).size > 1000);
    // Editing a field validates it through the data source and shows the page again with the new value.
    await page.getByLabel('Client ID').fill('99999999-0000-0000-0000-000000000000');
    await page.getByLabel('Client ID').press('Tab');
    await page.waitForURL(/\/page\/70470000\?bookmark=setup-1$/);
    assert.deepEqual(ds.calls.at(-1), { kind: 'validate', page: 70470000, name: 'Client ID', bookmark: 'setup-1', text: '99999999-0000-0000-0000-000000000000' });
    assert.equal(await page.getByLabel('Client ID').inputValue(), '99999999-0000-0000-0000-000000000000');
    await Promise.all([page.waitForNavigation(), page.getByLabel('Sync Customers').check()]);
    assert.equal(ds.calls.at(-1)?.name, 'Sync Customers');
    assert.equal(ds.calls.at(-1)?.text, 'Yes');
    // OnAssistEdit of Bookings Business: the '...' button runs the control trigger.
    ds.setActionEffects(70470000, 'Business Display Name:OnAssistEdit', [{ kind: 'message', text: 'Business selected.' }]);
    await page.getByRole('button', { name: 'Choose a value for Bookings Business' }).click();
    await page.getByRole('alertdialog').getByText('Business selected.').waitFor();
    assert.deepEqual(ds.calls.at(-1), { kind: 'trigger', page: 70470000, name: 'Business Display Name:OnAssistEdit', bookmark: 'setup-1' });
    await page.close();
  });

  it('shows the list as a table, moves between rows with the keyboard, drills down', async () => {
    assert.ok(browser && server);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/page/70470021`);
    const table = page.getByRole('table', { name: 'Bookings Not Invoiced' });
    assert.ok(await table.isVisible());
    assert.equal(await table.getByRole('columnheader', { name: 'Customer', exact: true }).count(), 1);
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), 2);
    assert.ok((await rows.nth(1).textContent())?.includes('Trey Research'));
    const color = String(await page.evaluate("getComputedStyle(document.querySelector('tbody tr:nth-child(2) td.style-attention')).color"));
    assert.equal(color, 'rgb(168, 0, 0)', 'Attention style is BC red');
    const font = String(await page.evaluate('getComputedStyle(document.body).fontFamily'));
    assert.match(font, /Segoe UI/);
    await rows.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate("document.activeElement && document.activeElement.getAttribute('data-bookmark')"), 'appt-2');
    await page.getByRole('checkbox', { name: 'Select row 2' }).check();
    await page.screenshot({ path: join(shots, 'list.png'), fullPage: true });
    assert.ok(existsSync(join(shots, 'list.png')));
    await page.getByRole('toolbar').getByRole('button', { name: 'Create Invoice per Customer' }).first().click();
    await page.waitForURL(/\/page\/70470021$/);
    const last = ds.calls.at(-1);
    assert.equal(last?.kind, 'action');
    assert.deepEqual(last?.selection, ['appt-2']);
    await page.goto(`${server.url}/page/70470021`);
    await page.locator('tbody tr').nth(0).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/record\?bookmark=appt-1/);
    await page.close();
  });
});
