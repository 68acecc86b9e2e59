import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProductHostError, startProductHost } from '../src/index';

describe('host: startProductHost errors say what, where and what to do', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('names a missing app folder', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-app-folder-h3');
    await assert.rejects(startProductHost({ appDir: missing }), (e: unknown) => {
      assert.ok(e instanceof ProductHostError);
      assert.equal(e.step, 'load');
      assert.match(e.message, /does not exist/);
      assert.ok(e.message.includes(missing));
      return true;
    });
  });

  it('names the AL file that does not parse and how to check it, before starting the emulator', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h3-broken-app-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'Broken.Codeunit.al'), 'codeunit 70470150 "BKI Broken"\n{\n    procedure X()\n    begin\n        if then;\n    end;\n}\n');
    await assert.rejects(startProductHost({ appDir: dir }), (e: unknown) => {
      assert.ok(e instanceof ProductHostError);
      assert.equal(e.step, 'load');
      assert.match(e.message, /Broken\.Codeunit\.al\(\d+,\d+\)/);
      assert.match(e.message, /npm run al -- check/);
      return true;
    });
  });

  it('lists the businesses the emulator has when the wanted one is missing, and stops the emulator (mocha would not exit with its IPC channel open)', async () => {
    await assert.rejects(startProductHost({ businessId: 'Nobody@contoso.onmicrosoft.com' }), (e: unknown) => {
      assert.ok(e instanceof ProductHostError);
      assert.match(e.message, /'Nobody@contoso\.onmicrosoft\.com' is not in the emulator/);
      assert.match(e.message, /ContosoPhysio@contoso\.onmicrosoft\.com/);
      assert.match(e.message, /options\.businessId/);
      return true;
    });
  });
});
