/**
 * `npm start -- --data DIR`: the sandbox keeps its database in DIR, so a restart loses nothing. Two sandboxes run one
 * after the other on the same folder; the second sees what the first did, and its connection works against the new
 * emulator (new port and secret each start).
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPage, type PageMetadata } from '../src/metadata/index';
import { startSandbox, type Sandbox } from '../src/host/startSandbox';

function page(sb: Sandbox, id: number | string): PageMetadata {
  const p = findPage(sb.metadata, id);
  assert.ok(p, `page ${id}`);
  return p;
}

describe('sandbox --data: a restart loses nothing', function () {
  this.timeout(180000);
  let dir = '';
  let sandbox: Sandbox | undefined;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'sbx-data-')); });
  afterEach(async () => { await sandbox?.stop(); sandbox = undefined; });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a created invoice, an invoiced appointment and a changed setup field across a restart', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    assert.equal(sandbox.restoredRows, 0, 'a new folder starts with the demo company');
    assert.ok(existsSync(join(dir, 'sandbox-db.json')));
    const ds = sandbox.dataSource;
    const setup = page(sandbox, 70470000);
    assert.deepEqual((await ds.validateField(setup, 'Appointment Look-back Days', undefined, '45')).filter((e) => e.kind === 'error'), []);
    assert.deepEqual((await ds.invokeAction(setup, 'SyncNow', undefined, [])).filter((e) => e.kind === 'error'), []);
    const notInvoiced = page(sandbox, 70470021);
    const rows = await ds.getRecords(notInvoiced, {});
    const ready = rows.find((r) => r.fields['Status']?.text === '' && (r.fields['CustomerName']?.text ?? '') !== '' && !(r.fields['CustomerName']?.text ?? '').includes('(+'));
    assert.ok(ready, 'a ready appointment');
    const effects = await ds.invokeAction(notInvoiced, 'CreateInvoicePerCustomer', undefined, [ready.bookmark]);
    assert.deepEqual(effects.filter((e) => e.kind === 'error'), []);
    const invoices = await ds.getRecords(page(sandbox, 'Sales Invoice List'), {});
    assert.equal(invoices.length, 1);
    const left = (await ds.getRecords(notInvoiced, {})).length;
    assert.equal(left, rows.length - 1);
    await sandbox.stop();
    sandbox = undefined;

    sandbox = await startSandbox({ port: 0, dataDir: dir });
    assert.ok(sandbox.restoredRows > 0, 'the second start restores the folder');
    const ds2 = sandbox.dataSource;
    const again = await ds2.getRecords(page(sandbox, 'Sales Invoice List'), {});
    assert.deepEqual(again.map((r) => r.bookmark), invoices.map((r) => r.bookmark), 'the draft invoice is still there');
    assert.equal((await ds2.getRecords(page(sandbox, 70470021), {})).length, left, 'the invoiced appointment is still not listed');
    const card = await ds2.getFieldValues(page(sandbox, 70470000), undefined);
    assert.equal(card?.fields['Appointment Look-back Days']?.text, '45');
    const test = await ds2.invokeAction(page(sandbox, 70470000), 'TestConnection', undefined, []);
    assert.ok(test.some((e) => e.kind === 'message' && /The connection works/.test(e.text)), `the connection points at the new emulator: ${JSON.stringify(test)}`);
  });
});
