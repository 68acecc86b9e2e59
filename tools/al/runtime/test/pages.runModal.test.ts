import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadProgram } from '../src/runner/load';
import { Session } from '../src/interp/session';
import { createRuntimePageDataSource } from '../src/pages/dataSource';
import type { PageMetadata } from '../../../sandbox/src/metadata/model';
import type { ModalPageAnswer, ModalPageRequest, PageEffect } from '../../../sandbox/src/render/dataSource';

/**
 * Page.RunModal through the sandbox data source: the DialogHandler's runModal hook sees the modal page's rows, picks
 * one with OK/Cancel, and AL continues with Rec on that row (GetRecord, page procedures) after OnQueryClosePage ran.
 */
const AL = `
table 50901 "MT Item"
{
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Description; Text[50]) { }
    }
    keys { key(PK; "No.") { Clustered = true; } }
}

page 50902 "MT Item Lookup"
{
    PageType = List;
    SourceTable = "MT Item";
    Editable = false;

    layout
    {
        area(Content)
        {
            repeater(Items)
            {
                field("No."; Rec."No.") { }
                field(Description; Rec.Description) { }
            }
        }
    }

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    begin
        ClosedWith := Format(CloseAction);
        exit(Rec."No." <> 'LOCKED');
    end;

    procedure GetClosedWith(): Text
    begin
        exit(ClosedWith);
    end;

    var
        ClosedWith: Text;
}

page 50903 "MT Picker"
{
    PageType = Card;
    SourceTable = "MT Item";

    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { }
        }
    }

    actions
    {
        area(Processing)
        {
            action(Pick)
            {
                trigger OnAction()
                var
                    Item: Record "MT Item";
                    ItemLookup: Page "MT Item Lookup";
                begin
                    ItemLookup.LookupMode(true);
                    if ItemLookup.RunModal() = Action::LookupOK then begin
                        ItemLookup.GetRecord(Item);
                        Message('Picked %1 %2 after %3', Item."No.", Item.Description, ItemLookup.GetClosedWith());
                    end else
                        Message('Cancelled after %1', ItemLookup.GetClosedWith());
                end;
            }
        }
    }
}
`;

function meta(id: number, name: string, pageType: string): PageMetadata {
  return { id, name, caption: name, pageType, additionalSearchTerms: [], app: 'test', file: '', triggers: [], extensions: [], layout: [], actions: [], promoted: [] };
}
const PICKER = meta(50903, 'MT Picker', 'Card');

const messages = (effects: readonly PageEffect[]): string[] => effects.flatMap((e) => (e.kind === 'message' ? [e.text] : e.kind === 'error' ? [`error: ${e.text}`] : []));

describe('AL runtime pages: Page.RunModal answered by the DialogHandler (sandbox modal pages)', () => {
  let dir: string;
  let s: Session;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bki-runmodal-'));
    writeFileSync(path.join(dir, 'MT.al'), AL);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(() => {
    const loaded = loadProgram([dir], { cwd: dir });
    assert.deepEqual(loaded.errors, []);
    s = new Session(loaded.program);
    for (const [no, d] of [['A', 'Alpha'], ['B', 'Bravo'], ['LOCKED', 'Cannot close']] as const) {
      const r = s.newRecord('MT Item', false);
      const fNo = r.table.field('No.');
      const fD = r.table.field('Description');
      assert.ok(fNo !== undefined && fD !== undefined);
      r.setField(fNo, no);
      r.setField(fD, d);
      r.insertOrFail(false);
    }
    s.db.commit();
  });

  const withHandler = (choose: (r: ModalPageRequest) => ModalPageAnswer, seen: ModalPageRequest[]) =>
    createRuntimePageDataSource(s, {
      dialogs: {
        confirm: (_q, d) => d,
        strMenu: (_o, d) => d,
        runModal: (r) => {
          seen.push(r);
          return choose(r);
        },
      },
    });

  it('the handler sees the rows; the chosen row with OK comes back through GetRecord after OnQueryClosePage(LookupOK)', async () => {
    const seen: ModalPageRequest[] = [];
    const ds = withHandler((r) => ({ action: 'LookupOK', bookmark: r.rows.find((x) => x.fields['No.']?.text === 'B')?.bookmark ?? '' }), seen);
    const effects = await ds.invokeAction(PICKER, 'Pick', undefined, []);
    assert.deepEqual(messages(effects), ['Picked B Bravo after LookupOK']);
    assert.equal(seen.length, 1);
    const req = seen[0];
    assert.ok(req !== undefined);
    assert.equal(req.pageId, 50902);
    assert.equal(req.lookupMode, true);
    assert.deepEqual(req.columns.map((c) => c.name), ['No.', 'Description']);
    assert.deepEqual(req.rows.map((r) => r.fields['Description']?.text), ['Alpha', 'Bravo', 'Cannot close']);
    assert.ok(!effects.some((e) => e.kind === 'openPage'), 'the modal page was shown by the handler, not as navigation');
  });

  it('Cancel returns LookupCancel and OnQueryClosePage sees it', async () => {
    const ds = withHandler(() => ({ action: 'Cancel' }), []);
    assert.deepEqual(messages(await ds.invokeAction(PICKER, 'Pick', undefined, [])), ['Cancelled after LookupCancel']);
  });

  it('OnQueryClosePage returning false makes the call fail with an error (nothing is picked)', async () => {
    const ds = withHandler((r) => ({ action: 'OK', bookmark: r.rows[2]?.bookmark ?? '' }), []);
    const out = messages(await ds.invokeAction(PICKER, 'Pick', undefined, []));
    assert.equal(out.length, 1);
    assert.match(out[0] ?? '', /^error: .*cannot be closed/);
  });

  it('without the hook RunModal returns Cancel at once and reports openPage modal', async () => {
    const ds = createRuntimePageDataSource(s);
    const effects = await ds.invokeAction(PICKER, 'Pick', undefined, []);
    assert.deepEqual(messages(effects), ['Cancelled after ']);
    assert.ok(effects.some((e) => e.kind === 'openPage' && e.modal));
  });
});
