import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bookingGridAlFile, defaultAppRoot, parseControlAddIn } from '../harness/src/index';
import { sampleRows } from '../harness/src/sampleRows';
import { parseIds, parseRows } from '../src/bookingRow';
import { defaultCaptions, format, mergeCaptions, problemText } from '../src/captions';
import { GridStore } from '../src/gridStore';
import { buildView } from '../src/gridView';
import { ProcedureQueue, type ProcedureCall } from '../src/procedures';
import { formatTotals } from '../src/totals';

describe('controladdin: AL object contract', () => {
  const source = readFileSync(join(defaultAppRoot, bookingGridAlFile), 'utf8');
  const { declaration, diagnostics } = parseControlAddIn(source, bookingGridAlFile);

  it('declares the procedures and events of issue 12 with their parameters', () => {
    assert.deepEqual(diagnostics, []);
    assert.ok(declaration);
    assert.equal(declaration.name, 'BKI Booking Selection Grid');
    assert.equal(declaration.namespace, 'Seed.BookingsInvoicing.ControlAddIn');
    const sig = (m: { name: string; parameters: readonly { name: string; type: string }[] }): string =>
      `${m.name}(${m.parameters.map((p) => `${p.name}: ${p.type}`).join('; ')})`;
    assert.deepEqual(declaration.procedures.map(sig), [
      'LoadBookings(RowsJson: Text)',
      'AppendBookings(RowsJson: Text)',
      'ClearBookings()',
      'SetSelection(IdsJson: Text)',
      'SetCaptions(CaptionsJson: Text)',
    ]);
    assert.deepEqual(declaration.events.map(sig), [
      'ControlReady()',
      'SelectionChanged(IdsJson: Text)',
      'CreateInvoicesRequested(IdsJson: Text; GroupPerCustomer: Boolean)',
      'OpenBookingRequested(Id: Text)',
    ]);
  });

  it('points Scripts, StartupScript and StyleSheets at app-root-relative paths and stretches', () => {
    assert.ok(declaration);
    assert.deepEqual(declaration.scripts, ['src-al/ControlAddIn/Resources/BookingSelectionGrid.js']);
    assert.equal(declaration.startupScript, 'src-al/ControlAddIn/js/Startup.js');
    assert.deepEqual(declaration.styleSheets, ['src-al/ControlAddIn/Resources/BookingSelectionGrid.css']);
    assert.equal(declaration.properties.get('VerticalStretch'), 'true');
    assert.equal(declaration.properties.get('HorizontalStretch'), 'true');
    assert.ok(Number(declaration.properties.get('RequestedHeight')) > 0);
  });

  it('reports a missing object and unterminated text as positioned diagnostics', () => {
    assert.equal(parseControlAddIn('codeunit 1 X { }', 'x.al').diagnostics[0]?.code, 'BKI8001');
    const bad = parseControlAddIn("controladdin X\n{\n  Scripts = 'a.js;\n}", 'y.al');
    const unterminated = bad.diagnostics.find((d) => d.code === 'BKI8005');
    assert.ok(unterminated);
    assert.equal(unterminated.line, 3);
    assert.equal(unterminated.column, 13);
  });
});

describe('controladdin: row parsing', () => {
  it('keeps good rows and reports malformed JSON, non-arrays, non-objects, missing fields and duplicates', () => {
    assert.deepEqual(parseRows('{oops', 'LoadBookings', new Set()).problems.map((p) => p.kind), ['malformedJson']);
    assert.deepEqual(parseRows('{"a":1}', 'LoadBookings', new Set()).problems.map((p) => p.kind), ['notAnArray']);
    const [good, second] = sampleRows(2);
    assert.ok(good && second);
    const { amount: _dropped, ...noAmount } = second;
    const parsed = parseRows(JSON.stringify([good, 7, noAmount, good, { ...second, id: '', date: '5/1/2026' }]), 'AppendBookings', new Set(['zzz']));
    assert.deepEqual(parsed.rows.map((r) => r.id), [good.id]);
    assert.deepEqual(
      parsed.problems.map((p) => p.kind),
      ['notAnObject', 'missingFields', 'duplicateId', 'missingFields'],
    );
    const last = parsed.problems[3];
    assert.ok(last && last.kind === 'missingFields');
    assert.deepEqual(last.fields, ['id', 'date']);
    assert.match(problemText(defaultCaptions, parsed.problems[1] ?? last), /AppendBookings: row 3 \(ID "b-000002"\) .*amount/);
  });

  it('keeps the loaded rows when LoadBookings gets malformed JSON or a non-array (the call changes nothing)', () => {
    const store = new GridStore();
    store.loadBookings(JSON.stringify(sampleRows(3)));
    const before = store.getSnapshot().rows;
    store.loadBookings('{oops');
    store.loadBookings('{"a":1}');
    const after = store.getSnapshot();
    assert.equal(after.rows, before);
    assert.deepEqual(after.problems.map((p) => p.kind), ['malformedJson', 'notAnArray']);
    store.loadBookings(JSON.stringify(sampleRows(1)));
    assert.equal(store.getSnapshot().rows.length, 1);
  });

  it('parses ID lists and rejects anything else', () => {
    assert.deepEqual(parseIds('["a","b"]', 'SetSelection').ids, ['a', 'b']);
    assert.equal(parseIds('[1]', 'SetSelection').problem?.kind, 'notAnArray');
    assert.equal(parseIds(undefined, 'SetSelection').problem?.kind, 'malformedJson');
  });
});

describe('controladdin: captions, totals, view', () => {
  it('merges known text captions and names the ignored keys', () => {
    const merged = mergeCaptions(defaultCaptions, JSON.stringify({ createInvoices: 'Rechnungen erstellen', bogus: 'x', date: 5 }));
    assert.equal(merged.captions.createInvoices, 'Rechnungen erstellen');
    assert.equal(merged.captions.date, defaultCaptions.date);
    assert.deepEqual(merged.ignored, ['bogus', 'date']);
    assert.equal(format('%1 of %2, %3', 1, 'two'), '1 of two, %3');
  });

  it('formats totals per currency', () => {
    assert.equal(formatTotals(new Map()), '0.00');
    assert.equal(formatTotals(new Map([['', 1250], ['EUR', 80.5]])), '1,250.00; 80.50 EUR');
  });

  it('filters, sorts and groups by customer with group totals', () => {
    const rows = parseRows(JSON.stringify(sampleRows(60, 4)), 'LoadBookings', new Set()).rows;
    const filtered = buildView(rows, 'TRAINING', undefined, false).items;
    assert.ok(filtered.length > 0 && filtered.every((r) => r.serviceName === 'Training'));
    const byAmount = buildView(rows, '', { key: 'amount', descending: true }, false).items;
    for (let i = 1; i < byAmount.length; i++) assert.ok((byAmount[i - 1]?.amount ?? 0) >= (byAmount[i]?.amount ?? 0));
    const grouped = buildView(rows, '', undefined, true);
    assert.ok(grouped.groups);
    assert.equal(grouped.groups.length, 4);
    assert.equal(grouped.groups.reduce((n, g) => n + g.count, 0), rows.length);
    for (const group of grouped.groups) {
      const members = grouped.items.slice(group.startIndex, group.startIndex + group.count);
      assert.ok(members.every((r) => r.customerName === group.name));
    }
  });

  it('queues procedure calls until ready, then applies them in order', () => {
    const applied: string[] = [];
    const queue = new ProcedureQueue((call: ProcedureCall) => applied.push(call.name));
    queue.call({ name: 'LoadBookings', args: ['[]'] });
    queue.call({ name: 'SetSelection', args: ['[]'] });
    assert.deepEqual(applied, []);
    queue.ready();
    queue.call({ name: 'ClearBookings', args: [] });
    assert.deepEqual(applied, ['LoadBookings', 'SetSelection', 'ClearBookings']);
  });
});
