import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadProgram } from '../src/runner/load';
import { Session } from '../src/interp/session';
import { Rec } from '../src/db/record';
import { Dec } from '../src/values/decimal';
import { createRuntimePageDataSource, type RuntimePageDataSource } from '../src/pages/dataSource';
import type { PageMetadata } from '../../../sandbox/src/metadata/model';
import type { PageEffect } from '../../../sandbox/src/render/dataSource';

/**
 * The sandbox's PageDataSource over the runtime, on the conformance pages (conformance/RTPageObjects.al): page code
 * runs (OnOpenPage, OnAfterGetRecord, OnValidate, OnAction, RunObject), and what it shows comes back as effects.
 */
const root = path.resolve(__dirname, '../../../..');
const loaded = loadProgram([path.join(root, 'tools/al/runtime/conformance')], { cwd: root });

function meta(id: number, name: string): PageMetadata {
  return { id, name, caption: name, pageType: 'Card', additionalSearchTerms: [], app: 'conformance', file: '', triggers: [], extensions: [], layout: [], actions: [], promoted: [] };
}
const CARD = meta(50152, 'RT Item Card');
const LIST = meta(50153, 'RT Item List');

function setField(r: Rec, name: string, v: unknown): void {
  const f = r.table.field(name);
  if (f === undefined) throw new Error(`no field ${name}`);
  r.setField(f, v);
}
function getField(r: Rec, name: string): unknown {
  const f = r.table.field(name);
  if (f === undefined) throw new Error(`no field ${name}`);
  return r.data[f.slot];
}

function item(s: Session, no: string, description: string, qty: number, blocked = false): void {
  const r = s.newRecord('RT Page Item', false);
  setField(r, 'No.', no);
  setField(r, 'Description', description);
  setField(r, 'Quantity', Dec.parse(String(qty)));
  setField(r, 'Blocked', blocked);
  r.insertOrFail(false);
}

function stored(s: Session, no: string): Rec {
  const r = s.newRecord('RT Page Item', false);
  assert.ok(r.get([no]), `item ${no} exists`);
  return r;
}

const kinds = (effects: readonly PageEffect[]): string[] => effects.map((e) => e.kind);

describe('AL runtime pages: PageDataSource for the sandbox (createRuntimePageDataSource)', () => {
  let s: Session;
  let ds: RuntimePageDataSource;

  beforeEach(() => {
    assert.deepEqual(loaded.errors, []);
    s = new Session(loaded.program);
    item(s, 'A', 'Alpha', 5);
    item(s, 'B', 'Bravo', 12);
    item(s, 'C', 'Charlie', 1, true);
    s.db.commit();
    ds = createRuntimePageDataSource(s);
  });

  it('getRecords applies SourceTableView (key, order, where) and runs OnAfterGetRecord per row (globals, StyleExpr)', async () => {
    const rows = await ds.getRecords(LIST, {});
    assert.deepEqual(
      rows.map((r) => r.fields['No.']?.text),
      ['B', 'A'],
    );
    assert.equal(rows[0]?.fields['Marker']?.text, '#B');
    assert.equal(rows[0]?.fields['Quantity']?.style, 'Attention');
    assert.equal(rows[1]?.fields['Quantity']?.style, 'Standard');
    assert.equal(rows[1]?.fields['Marker']?.text, '#A');
  });

  it('getRecords applies the query filters (by control name), skip and take', async () => {
    assert.deepEqual(
      (await ds.getRecords(LIST, { filters: { Description: 'A*' } })).map((r) => r.fields['No.']?.text),
      ['A'],
    );
    assert.deepEqual(
      (await ds.getRecords(LIST, { skip: 1, take: 1 })).map((r) => r.fields['No.']?.text),
      ['A'],
    );
  });

  it('getFieldValues shows the card record with extension fields, expressions and evaluated properties', async () => {
    const card = await ds.getFieldValues(CARD, undefined);
    assert.ok(card !== undefined);
    assert.equal(card.fields['No.']?.text, 'A');
    assert.equal(card.fields['ExtField']?.text, '', 'Search Description was never validated');
    assert.equal(card.fields['DoubleQty']?.text, '10.00', 'AutoFormatType = 1');
    assert.equal(card.fields['DoubleQty']?.editable, false);
    assert.equal(card.fields['Note']?.text, 'Note for A');
    assert.equal(card.fields['Category']?.visible, false);
    assert.equal(card.fields['Blocked']?.checked, false);
    const c = await ds.getFieldValues(CARD, '["C"]');
    assert.equal(c?.fields['Quantity']?.editable, false, 'Editable = not Rec.Blocked');
  });

  it('validateField evaluates the text, runs the table and control OnValidate and saves', async () => {
    const effects = await ds.validateField(CARD, 'Description', '["A"]', 'new text');
    assert.deepEqual(kinds(effects), []);
    const r = stored(s, 'A');
    assert.equal(getField(r, 'Description'), 'new text');
    assert.equal(getField(r, 'Search Description'), 'NEW TEXT');
    const card = await ds.getFieldValues(CARD, '["A"]');
    assert.equal(card?.fields['ShownCount']?.text, '1');
    await ds.validateField(CARD, 'Quantity', '["A"]', '2.5');
    assert.equal(String(getField(stored(s, 'A'), 'Quantity')), '2.5');
  });

  it('validateField reports an AL error on the control and keeps the stored record', async () => {
    const effects = await ds.validateField(CARD, 'Description', '["A"]', 'bad');
    assert.deepEqual(effects, [{ kind: 'error', text: 'Description cannot be bad.', control: 'Description' }]);
    assert.equal(getField(stored(s, 'A'), 'Description'), 'Alpha');
    const wrong = await ds.validateField(CARD, 'Quantity', '["A"]', 'abc');
    assert.equal(wrong[0]?.kind, 'error');
  });

  it('invokeAction runs OnAction on the bookmarked record and returns its messages; an error rolls back', async () => {
    const effects = await ds.invokeAction(CARD, 'Bump', '["B"]', []);
    assert.deepEqual(effects, [{ kind: 'message', text: 'Bumped B' }]);
    assert.equal(String(getField(stored(s, 'B'), 'Quantity')), '13');
    const failed = await ds.invokeAction(CARD, 'Fail', '["B"]', []);
    assert.deepEqual(failed, [{ kind: 'error', text: 'Action failed for B.' }]);
    assert.equal(String(getField(stored(s, 'B'), 'Quantity')), '13');
    const ext = await ds.invokeAction(CARD, 'ExtAction', '["A"]', []);
    assert.deepEqual(ext, [{ kind: 'message', text: 'Extension action on A' }]);
  });

  it('Confirm is answered by the dialog handler (default answer without one) and reported as confirmed', async () => {
    const asked: string[] = [];
    const declined = await ds.invokeAction(CARD, 'AskFirst', '["A"]', []);
    assert.deepEqual(declined, [{ kind: 'confirmed', text: 'Block A?', answer: false }]);
    assert.equal(getField(stored(s, 'A'), 'Blocked'), false);
    ds.setDialogHandler({
      confirm: (q) => {
        asked.push(q);
        return true;
      },
      strMenu: (_o, d) => d,
    });
    const accepted = await ds.invokeAction(CARD, 'AskFirst', '["A"]', []);
    assert.deepEqual(accepted, [{ kind: 'confirmed', text: 'Block A?', answer: true }]);
    assert.deepEqual(asked, ['Block A?']);
    assert.equal(getField(stored(s, 'A'), 'Blocked'), true);
  });

  it('a RunObject action opens the page with RunPageLink; the list then shows the linked record only', async () => {
    const effects = await ds.invokeAction(CARD, 'OpenList', '["B"]', []);
    assert.deepEqual(effects, [{ kind: 'openPage', pageId: 50153, bookmark: '["B"]', modal: false }]);
    assert.deepEqual(
      (await ds.getRecords(LIST, {})).map((r) => r.fields['No.']?.text),
      ['B'],
    );
  });

  it('SetSelectionFilter sees the selected rows; CurrPage.Close reports close', async () => {
    await ds.getRecords(LIST, {});
    assert.deepEqual(await ds.invokeAction(LIST, 'CountSelected', '["A"]', ['["A"]', '["B"]']), [{ kind: 'message', text: '2 selected' }]);
    assert.deepEqual(await ds.invokeAction(LIST, 'CountSelected', '["A"]', []), [{ kind: 'message', text: '1 selected' }]);
    assert.deepEqual(kinds(await ds.invokeAction(LIST, 'CloseMe', undefined, [])), ['close']);
  });

  it('notifications become effects and their actions can be run later', async () => {
    const effects = await ds.invokeAction(CARD, 'Notify', '["A"]', []);
    const n = ds.notifications()[0];
    assert.ok(n !== undefined);
    assert.deepEqual(effects, [{ kind: 'notification', text: 'Item A needs attention', actions: ['Block it'], id: n.id }]);
    // The effect carries the notification's ID, which is what the client sends back with the chosen action.
    const e = effects[0];
    assert.ok(e !== undefined && e.kind === 'notification' && e.id !== undefined);
    await ds.invokeNotificationAction(e.id, 'Block it');
    assert.equal(getField(stored(s, 'A'), 'Blocked'), true);
  });

  it('runControlTrigger runs OnDrillDown of the control', async () => {
    assert.deepEqual(await ds.runControlTrigger(CARD, 'Line Count', 'OnDrillDown', '["B"]'), [{ kind: 'message', text: 'Lines of B' }]);
  });
});
