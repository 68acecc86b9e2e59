import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPage, loadApps, type AppMetadata, type LayoutControl, type PageAction, type PageMetadata } from '../src/metadata/index';
import { productMetadata } from './productMetadata';

const GOLDEN_DIR = join(__dirname, 'golden');

function mustFind(meta: AppMetadata, name: string): PageMetadata {
  const p = findPage(meta, name);
  assert.ok(p, `page ${name} not found`);
  return p;
}

function checkGolden(fileName: string, value: unknown): void {
  const path = join(GOLDEN_DIR, fileName);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, text);
    return;
  }
  assert.ok(existsSync(path), `golden ${fileName} missing: run with UPDATE_GOLDEN=1 to accept`);
  assert.equal(text, readFileSync(path, 'utf8'), `metadata differs from golden ${fileName} (UPDATE_GOLDEN=1 accepts)`);
}

const names = (xs: readonly { name: string }[]): string[] => xs.map((x) => x.name);
function area<T extends { kind: string; name: string; children: T[] }>(xs: readonly T[], name: string): T {
  const a = xs.find((x) => x.kind === 'area' && x.name.toLowerCase() === name.toLowerCase());
  assert.ok(a, `area ${name} missing`);
  return a;
}

describe('sandbox metadata: product pages', () => {
  it('loads every page of both apps without diagnostics', () => {
    const meta = productMetadata();
    assert.deepEqual(meta.diagnostics, []);
    assert.ok(meta.pages.length >= 25);
    for (const p of meta.pages) assert.ok(p.caption !== '' && p.name !== '', `page ${p.id}`);
  });

  const goldens: [string, string][] = [
    ['BKI Booking Sync Setup', 'BKIBookingSyncSetup.page.json'],
    ['BKI Bookings Not Invoiced', 'BKIBookingsNotInvoiced.page.json'],
    ['BKI Sync Log', 'BKISyncLog.page.json'],
    ['Booking Sync. Setup', 'BookingSyncSetup.extended.page.json'],
    ['Exchange Sync. Setup', 'ExchangeSyncSetup.extended.page.json'],
    ['Booking Items', 'BookingItems.extended.page.json'],
    ['Booking Mailbox List', 'BookingMailboxList.extended.page.json'],
  ];
  for (const [page, golden] of goldens) {
    it(`matches the golden of ${page}`, () => checkGolden(golden, mustFind(productMetadata(), page)));
  }

  it('reads the setup card: properties, FastTab groups, field captions, promoted groups', () => {
    const p = mustFind(productMetadata(), 'BKI Booking Sync Setup');
    assert.equal(p.caption, 'Booking Sync Setup');
    assert.equal(p.pageType, 'Card');
    assert.equal(p.usageCategory, 'Administration');
    assert.deepEqual(p.additionalSearchTerms, ['Bookings', 'Bookings invoicing', 'Booking sync']);
    assert.equal(p.insertAllowed, 'false');
    const content = area(p.layout, 'Content');
    assert.deepEqual(names(content.children), ['Connection', 'Business', 'Synchronization', 'Status']);
    const secret = content.children[0]?.children.find((c) => c.name === 'ClientSecret');
    assert.equal(secret?.caption, 'Client Secret');
    assert.equal(secret?.source, 'ClientSecretText');
    assert.deepEqual(secret?.triggers, ['OnValidate']);
    const tenant = content.children[0]?.children.find((c) => c.name === 'Tenant ID');
    assert.equal(tenant?.source, 'Rec."Tenant ID"');
    assert.equal(tenant?.tableField, 'Tenant ID');
    const custTempl = content.children[2]?.children.find((c) => c.name === 'Default Customer Templ.');
    assert.equal(custTempl?.enabled, 'Rec."Sync Customers"');
    assert.deepEqual(p.promoted.map((g) => [g.name, g.actions]), [
      ['Category_Process', ['TestConnection', 'SelectBusinessAction', 'SyncNow']],
      ['Category_Navigate', ['OpenBookingsNotInvoiced', 'ShowSyncLog']],
    ]);
    const open = area(p.actions, 'Navigation').children.find((a) => a.name === 'OpenBookingsNotInvoiced');
    assert.deepEqual(open?.runObject, { objectType: 'page', object: 'BKI Bookings Not Invoiced' });
  });

  it('reads the list: repeater, grid group with the add-in, loose promoted actionrefs', () => {
    const p = mustFind(productMetadata(), 'BKI Bookings Not Invoiced');
    const content = area(p.layout, 'Content');
    assert.equal(content.children[0]?.kind, 'repeater');
    const grid = content.children.find((c) => c.name === 'GridGroup');
    assert.equal(grid?.children[0]?.kind, 'usercontrol');
    assert.equal(grid?.children[0]?.source, '"BKI Booking Selection Grid"');
    assert.equal(p.promoted[0]?.name, '');
    assert.deepEqual(p.promoted[0]?.actions.slice(0, 2), ['CreateInvoicePerCustomer', 'CreateInvoice']);
  });

  it('applies our banner and action first on the retired setup pages, as the extensions say', () => {
    for (const name of ['Booking Sync. Setup', 'Exchange Sync. Setup']) {
      const p = mustFind(productMetadata(), name);
      const content = area<LayoutControl>(p.layout, 'Content');
      const banner = content.children[0];
      assert.equal(banner?.name, 'BKIRetiredBanner', name);
      assert.equal(banner?.caption, 'Bookings invoicing has moved');
      assert.equal(banner?.origin.objectType, 'pageextension');
      assert.equal(banner?.children[0]?.showCaption, 'false');
      assert.equal(banner?.children[0]?.style, 'Attention');
      assert.ok(content.children.length > 1, 'the page keeps its own groups after the banner');
      const processing = area<PageAction>(p.actions, 'Processing');
      assert.equal(processing.children[0]?.name, 'BKIOpenBookingSyncSetup');
      const cat = p.promoted.find((g) => g.name === 'Category_Process');
      assert.equal(cat?.actions[0], 'BKIOpenBookingSyncSetup');
      assert.ok(p.triggers.some((t) => t.startsWith('BKI ') && t.endsWith(':OnInit')));
    }
  });

  it('applies our actions on the retired Bookings Not Invoiced list (Booking Items)', () => {
    const p = mustFind(productMetadata(), 'Booking Items');
    assert.deepEqual(p.extensions, ['BKI Booking Items']);
    const processing = area<PageAction>(p.actions, 'Processing');
    assert.deepEqual(names(processing.children).slice(0, 2), ['BKIOpenBookingsNotInvoiced', 'BKIOpenBookingSyncSetup']);
    assert.equal(p.promoted.find((g) => g.name === 'Category_Category4')?.actions[0], 'BKIOpenBookingsNotInvoiced');
  });
});

describe('sandbox metadata: page extension rules and #if', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sbx-meta-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function app(name: string, files: Record<string, string>, symbols: string[] = []): { appJson: string; sourceDir: string } {
    const root = join(dir, name);
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'app.json'), JSON.stringify({ name, preprocessorSymbols: symbols }));
    for (const [f, text] of Object.entries(files)) writeFileSync(join(root, 'src', f), text);
    return { appJson: join(root, 'app.json'), sourceDir: join(root, 'src') };
  }

  const base = `page 50100 "Base Card"
{
    PageType = Card;
    SourceTable = "T";
    layout
    {
        area(Content)
        {
            group(General)
            {
                field("No."; Rec."No.") { }
                field(Name; Rec.Name) { Caption = 'Name'; }
                field(City; Rec.City) { }
            }
            group(Other) { }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Post) { Caption = 'Post'; Promoted = true; PromotedCategory = Process; }
        }
    }
}
table 50100 "T"
{
    fields
    {
        field(1; "No."; Code[20]) { Caption = 'Number'; }
        field(2; Name; Text[100]) { }
        field(3; City; Text[30]) { Caption = 'Town'; }
    }
}
`;

  it('adds after/before, moves, modifies, and reports bad anchors and duplicate names', () => {
    const ext = `pageextension 50101 "Ext" extends "Base Card"
{
    layout
    {
        addafter("No.") { field(Extra; Rec.Name) { Caption = 'Extra'; } }
        addbefore("No.") { field(First; Rec.Name) { } }
        addlast(General) { field(Last; Rec.Name) { } }
        modify(City) { Caption = 'Place'; Visible = ShowCity; }
        movelast(Other; Name)
        addafter(Missing) { field(Lost; Rec.Name) { } }
        addfirst(City) { field(Bad; Rec.Name) { } }
        addlast(General) { field(City; Rec.City) { } }
    }
    actions
    {
        addafter(Post) { action(Preview) { Caption = 'Preview'; Promoted = true; } }
    }
}
`;
    const meta = loadApps([app('a', { 'Base.al': base }), app('b', { 'Ext.al': ext })], { baseDir: dir });
    const page = findPage(meta, 'Base Card');
    assert.ok(page);
    const general = page.layout[0]?.children[0];
    assert.deepEqual(general?.children.map((c) => c.name), ['First', 'No.', 'Extra', 'City', 'Last']);
    assert.deepEqual(general?.children.map((c) => c.caption), ['Name', 'Number', 'Extra', 'Place', 'Name']);
    assert.equal(general?.children[3]?.visible, 'ShowCity');
    assert.deepEqual(page.layout[0]?.children[1]?.children.map((c) => c.name), ['Name']);
    assert.deepEqual(page.actions[0]?.children.map((a) => a.name), ['Post', 'Preview']);
    assert.deepEqual(page.promoted, [{ name: 'Category_Process', caption: 'Process', actions: ['Post', 'Preview'] }]);
    assert.deepEqual(meta.diagnostics.map((d) => [d.file, d.line, d.code]), [
      ['b/src/Ext.al', 10, 'SBX0003'],
      ['b/src/Ext.al', 11, 'SBX0004'],
      ['b/src/Ext.al', 12, 'SBX0005'],
    ]);
    assert.match(meta.diagnostics[0]?.message ?? '', /Missing/);
  });

  it('reports an extension of a page that is not loaded', () => {
    const meta = loadApps([app('b', { 'Ext.al': 'pageextension 50101 "Ext" extends "Nowhere" { }' })], { baseDir: dir });
    assert.deepEqual(meta.diagnostics.map((d) => d.code), ['SBX0002']);
  });

  it('honours #if with the preprocessorSymbols of the app.json', () => {
    const ext = `#if not CLEAN28
pageextension 50101 "Ext" extends "Base Card"
{
    layout { addfirst(Content) { group(Banner) { } } }
}
#endif
`;
    const without = loadApps([app('a', { 'Base.al': base }), app('b', { 'Ext.al': ext })], { baseDir: dir });
    assert.equal(findPage(without, 'Base Card')?.layout[0]?.children[0]?.name, 'Banner');
    rmSync(join(dir, 'b'), { recursive: true });
    const clean = loadApps([app('a2', { 'Base.al': base }), app('b', { 'Ext.al': ext }, ['CLEAN28'])], { baseDir: dir });
    assert.equal(findPage(clean, 'Base Card')?.layout[0]?.children[0]?.name, 'General');
    assert.deepEqual(findPage(clean, 'Base Card')?.extensions, []);
  });
});
