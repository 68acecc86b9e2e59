import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddinHostError, AddinPage, buildAddinOnce, checkControlAddIn, launchChromium, startAddinHost } from '../harness/src/index';
import { sampleRows } from '../harness/src/sampleRows';

describe('controladdin: harness', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'bki-addin-host-'));
    mkdirSync(join(root, 'js'));
    writeFileSync(join(root, 'js', 'a.js'), '');
    writeFileSync(
      join(root, 'Demo.ControlAddIn.al'),
      "controladdin \"Demo\"\n{\n    Scripts = 'js/a.js',\n        'js/missing.js';\n    StartupScript = 'js/a.js';\n    event Ready();\n}\n",
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reports files the AL object names but that do not exist, with their position', async () => {
    const { diagnostics } = checkControlAddIn(root, 'Demo.ControlAddIn.al');
    assert.deepEqual(
      diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`),
      ['4:10 BKI8004'],
    );
    await assert.rejects(startAddinHost({ appRoot: root, alFile: 'Demo.ControlAddIn.al' }), (error: unknown) => error instanceof AddinHostError && /js\/missing\.js/.test(error.message));
  });

  it('serves only the files the AL object names', async () => {
    writeFileSync(join(root, 'js', 'missing.js'), '');
    writeFileSync(join(root, 'secret.txt'), 'x');
    const host = await startAddinHost({ appRoot: root, alFile: 'Demo.ControlAddIn.al' });
    try {
      assert.equal((await fetch(`${host.url}app/js/a.js`)).status, 200);
      assert.equal((await fetch(`${host.url}app/secret.txt`)).status, 404);
      assert.equal((await fetch(`${host.url}app/..%2F..%2Fetc%2Fpasswd`)).status, 404);
    } finally {
      await host.close();
    }
  });

  it('lets server-side code answer events with procedure calls (as the local sandbox does)', async function () {
    this.timeout(300_000);
    const built = await buildAddinOnce();
    assert.ok(built.ok);
    const rows = sampleRows(7, 2);
    const host = await startAddinHost({
      onEvent: (event, h) => {
        if (event.name === 'ControlReady') h.call('LoadBookings', JSON.stringify(rows));
      },
    });
    const browser = await launchChromium();
    try {
      const page = await AddinPage.open(browser.context, host);
      await page.frame.waitForSelector('[data-booking-id]');
      assert.equal(await page.frame.getAttribute('[role="grid"]', 'aria-rowcount'), '8');
      assert.deepEqual(host.events.map((e) => e.name), ['ControlReady']);
      assert.deepEqual(page.pageErrors, []);
    } finally {
      await browser.close();
      await host.close();
    }
  });
});
