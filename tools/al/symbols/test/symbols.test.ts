import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Diagnostic } from '../../../common/src/diagnostic';
import { assertGolden } from '../../../common/src/golden';
import { filterSymbols, namesUsedIn } from '../src/filter';
import { readAppSymbols } from '../src/generate';
import type { SymbolFile } from '../src/model';

describe('symbol model', () => {
  const diagnostics: Diagnostic[] = [];
  const read = readAppSymbols(join(__dirname, 'fixtures', 'sample'), diagnostics);

  it('extracts the visible facts of an app (golden)', () => {
    assert.deepEqual(diagnostics, []);
    assert.ok(read);
    assertGolden(join(__dirname, 'fixtures', 'sample.symbols.json'), JSON.stringify(read.app, null, 1) + '\n');
  });

  it('hides internal objects and local/internal procedures, keeps event publishers', () => {
    assert.ok(read);
    const names = read.app.objects.map((o) => o.name);
    assert.ok(!names.includes('Sample Internal'));
    const table = read.app.objects.find((o) => o.name === 'Sample Thing');
    assert.ok(table && table.type === 'table');
    assert.deepEqual(table.procedures.map((p) => p.name), ['Describe', 'OnAfterDescribe']);
    assert.equal(table.procedures[1]?.event, 'IntegrationEvent');
    assert.deepEqual(table.keys, [['No.'], ['Status', 'No.']]);
    assert.deepEqual(table.fields.find((f) => f.name === 'Status')?.options, ['', 'Open', 'In Progress']);
    assert.equal(table.fields.find((f) => f.name === 'Amount')?.fieldClass, 'FlowField');
    assert.equal(table.fields.find((f) => f.name === 'Old')?.obsolete?.tag, '28.0');
  });

  it('merges enum extensions into their enum', () => {
    assert.ok(read);
    const kind = read.app.objects.find((o) => o.name === 'Sample Kind');
    assert.ok(kind && kind.type === 'enum');
    assert.deepEqual(kind.values.map((v) => v.name), ['None', 'Big One', 'Extra']);
  });

  it('keeps only used objects plus what their signatures mention', () => {
    assert.ok(read);
    const file: SymbolFile = { formatVersion: 1, source: 'test', apps: [read.app] };
    const used = namesUsedIn('codeunit 1 X { var M: Codeunit "Sample Mgt."; }');
    assert.ok(used.has('sample mgt.'));
    const kept = filterSymbols(file, used).apps[0]?.objects.map((o) => o.name).sort();
    // "Sample Mgt." is used; its Run procedure mentions Record "Sample Thing", whose field mentions Enum "Sample Kind" (depth 2 not taken).
    assert.deepEqual(kept, ['Sample Mgt.', 'Sample Thing']);
    assert.deepEqual(filterSymbols(file, used, 2).apps[0]?.objects.map((o) => o.name).sort(), ['Sample Kind', 'Sample Mgt.', 'Sample Thing']);
  });
});
