import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadProgram } from '../../src/runner/load';
import { runTests } from '../../src/runner/testRunner';
import { loadFolderTests } from '../helpers/folderTests';
import { Session } from '../../src/interp/session';
import { catalogOf } from '../../src/platform/objects';
import { permissionSetsOf } from '../../src/permissions/permissionSets';

/**
 * Permission sets and their enforcement while a test lowers permissions (fixtures/permissions, AL): BC's error
 * text, indirect permissions through a codeunit's Permissions property and a table's own code, excluded sets,
 * InherentPermissions, temporary records, unknown sets; plus the expansion and the system tables from TypeScript.
 */
const dir = path.join(__dirname, 'fixtures', 'permissions');

describe('permissions (AL fixture)', function () {
  this.timeout(60000);

  it('passes every test of the fixture', () => {
    const { program, codeunits } = loadFolderTests(dir);
    const results = runTests(program, codeunits);
    assert.deepEqual(
      results.map((r) => `${r.name}: ${r.result} ${r.message}`.trim()),
      [
        'FullAccessUntilSomethingIsAssigned: pass',
        'ReadOnlySetRefusesInsertWithBCText: pass',
        'IndirectNeedsAnObjectWithPermissions: pass',
        'ExcludedSetRemovesItsPermissions: pass',
        'InherentPermissionsAndUnknownSets: pass',
      ],
    );
  });

  it('expands included sets (highest level wins), and removes excluded ones', () => {
    const loaded = loadProgram([dir]);
    const index = permissionSetsOf(catalogOf(loaded.program));
    const lv = (role: string): number[] | undefined => index.expand(role).get('tabledata|50200')?.levels.slice(0, 4);
    assert.deepEqual(lv('PERM READ'), [2, 0, 0, 0]);
    assert.deepEqual(lv('PERM INDIRECT'), [2, 1, 1, 0]);
    assert.deepEqual(lv('PERM ALL BUT READ'), [0, 1, 1, 0]);
    // the built-in D365 BASIC stand-in exists; unknown names are not sets
    assert.ok(index.has('D365 BASIC'));
    assert.ok(index.has('super'));
    assert.ok(!index.has('NO SUCH SET'));
  });

  it('fills AllObj with every loaded object and the app package IDs, and Expanded Permission with the sets', () => {
    const loaded = loadProgram([dir]);
    const s = new Session(loaded.program);
    const allObj = s.newRecord('AllObj', false);
    const idField = allObj.table.field('Object ID');
    const pkgField = allObj.table.field('App Package ID');
    assert.ok(idField !== undefined && pkgField !== undefined);
    allObj.setRange(idField, [50200]);
    // table 50200, codeunit 50200 and permission set 50200 of the fixture
    assert.equal(allObj.count(), 3);
    assert.ok(allObj.find('-'));
    const pkg = String(allObj.data[pkgField.slot]);
    assert.match(pkg, /^\{[0-9A-F-]{36}\}$/);
    allObj.setRange(idField, [130990]); // Runtime Native Hooks (base-app model): another app, another package
    assert.ok(allObj.find('-'));
    assert.notEqual(String(allObj.data[pkgField.slot]), pkg);
    const expanded = s.newRecord('Expanded Permission', false);
    const role = expanded.table.field('Role ID');
    assert.ok(role !== undefined);
    expanded.setRange(role, ['PERM INDIRECT']);
    assert.equal(expanded.count(), 1);
  });
});
