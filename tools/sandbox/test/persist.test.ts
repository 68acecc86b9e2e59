import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadProgram, Session } from '../../al/runtime/src/index';
import { loadStateFile, restoreState, saveStateFile, snapshotState } from '../../al/runtime/src/db/persist';
import { formatValue } from '../../al/runtime/src/values/format';

const ROOT = resolve(__dirname, '../../..');

/** Every row of every table of the current company, formatted, so two databases can be compared as text. */
function dump(s: Session): string[] {
  const out: string[] = [];
  const company = s.db.company();
  for (const store of [...company.stores.values()].sort((a, b) => a.table.id - b.table.id)) {
    for (const row of store.rows.values()) {
      out.push(`${store.table.name}: ${store.table.fields.filter((f) => f.fieldClass === 'Normal').map((f) => formatValue(row[f.slot], 0, 0, f.type)).join('|')}`);
    }
  }
  return out.sort();
}

describe('runtime database snapshot (tools/al/runtime/src/db/persist.ts)', function () {
  this.timeout(60000);
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'bki-persist-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the demo company and isolated storage to a file and reads them back into a new session unchanged', () => {
    const { program, errors } = loadProgram([join(ROOT, 'src-al')], { cwd: ROOT });
    assert.deepEqual(errors, []);
    const first = new Session(program);
    first.callByName(first.codeunitInstance('Demo Company Generator'), 'CreateDemoCompany', []);
    first.db.commit();
    first.isolatedStorage.set('Module|secret-key', 'value');
    const before = dump(first);
    assert.ok(before.length > 10, 'the demo company has rows');
    assert.ok(before.some((r) => r.startsWith('Customer: ')), 'customers are among them');

    const file = join(dir, 'db.json');
    saveStateFile(file, snapshotState(first.db, first.isolatedStorage));
    assert.equal(statSync(file).mode & 0o077, 0, 'only the owner can read the snapshot');

    const second = new Session(program);
    const state = loadStateFile(file);
    assert.ok(state);
    const result = restoreState(second.db, second.isolatedStorage, state, (id) => second.tableById(id));
    assert.deepEqual(result.skipped, []);
    assert.equal(result.rows, before.length);
    assert.deepEqual(dump(second), before);
    assert.equal(second.isolatedStorage.get('Module|secret-key'), 'value');
  });

  it('refuses a file that is not a snapshot, naming it', () => {
    const file = join(dir, 'other.json');
    saveStateFile(file, snapshotState(new Session(loadProgram([], { cwd: ROOT }).program).db, new Map()));
    assert.ok(loadStateFile(file));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello":1}');
    assert.throws(() => loadStateFile(bad), /bad\.json is not a runtime database snapshot/);
    assert.equal(loadStateFile(join(dir, 'missing.json')), undefined);
  });
});
