import { strict as assert } from 'node:assert';
import { findPage, type PageMetadata } from '../src/metadata/index';
import { MemoryDataSource, esc, renderCardPage, renderListPage, renderStartPage } from '../src/render/index';
import { demoDataSource } from './demoData';
import { productMetadata } from './productMetadata';

function mustFind(name: string): PageMetadata {
  const p = findPage(productMetadata(), name);
  assert.ok(p);
  return p;
}

const HOSTILE = `<script>alert("x")</script>' onmouseover='x' &amp; \`y\``;

/** True when the HTML contains no element or attribute injected from the hostile text. */
function assertNoInjection(html: string): void {
  assert.ok(!html.includes('<script>alert'), 'script tag injected');
  assert.ok(!html.includes(`' onmouseover`) && !html.includes('" onmouseover'), 'quote not escaped: attribute injected');
  assert.ok(html.includes('&#39; onmouseover=&#39;x&#39;'), 'single quotes escaped');
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), 'hostile text shown escaped');
}

describe('sandbox renderer', () => {
  const opts = () => ({ tables: productMetadata().tables });

  it('escapes all five special characters and backticks', () => {
    assert.equal(esc(`<a href="x">'&'</a>\``), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;&#96;');
  });

  it('renders the setup card: FastTabs per group, labelled fields, masked secret, action bar with promoted groups', async () => {
    const html = await renderCardPage(mustFind('BKI Booking Sync Setup'), demoDataSource(), opts());
    const tabs = [...html.matchAll(/<details class="fasttab" open data-control="([^"]+)"><summary>([^<]+)<\/summary>/g)].map((m) => m[2]);
    assert.deepEqual(tabs, ['Microsoft Entra app registration', 'Bookings Business', 'Synchronization', 'Status']);
    const tenant = /<label for="([^"]+)">Tenant ID<span class="req" aria-hidden="true">\*<\/span><\/label><input type="text" value="contoso.onmicrosoft.com" id="([^"]+)"/.exec(html);
    assert.ok(tenant, 'Tenant ID label bound to its input');
    assert.equal(tenant[1], tenant[2]);
    assert.match(html, /<input type="password" autocomplete="new-password" value="" id="[^"]+" name="ClientSecret"/);
    assert.match(html, /name="Enabled"[^>]*checked/);
    assert.match(html, /name="Default Customer Templ\."[^>]*readonly/, 'runtime-evaluated Editable=false makes the field read-only');
    assert.match(html, /name="Customer Filter"|name="CustomerFilter"[^>]*readonly/, 'static Editable = false');
    assert.match(html, /role="toolbar"/);
    assert.match(html, /data-group="Category_Process"><span class="group-caption">Process<\/span><button[^>]*value="TestConnection"[^>]*>Test Connection<\/button>/);
    assert.match(html, /<details data-area="Navigation"><summary>Related<\/summary>/);
    assert.match(html, /aria-describedby="[^"]+--tip" title="Specifies the directory \(tenant\) ID/);
  });

  it('renders the retired setup page with our banner first and our action promoted first', async () => {
    const html = await renderCardPage(mustFind('Booking Sync. Setup'), new MemoryDataSource(), opts());
    const firstTab = /<details class="fasttab" open data-control="([^"]+)"><summary>([^<]+)</.exec(html);
    assert.equal(firstTab?.[2], 'Bookings invoicing has moved');
    assert.match(html, /data-group="Category_Process"><span class="group-caption">Process<\/span><button[^>]*value="BKIOpenBookingSyncSetup"/);
    assert.match(html, /There is nothing to show/);
  });

  it('renders the list: header captions, one focusable row per record, drill-down link, selection, styles', async () => {
    const page = mustFind('BKI Bookings Not Invoiced');
    const html = await renderListPage(page, demoDataSource(), opts());
    const heads = [...html.matchAll(/<th scope="col"[^>]*data-control="([^"]+)">/g)].map((m) => m[1]);
    assert.equal(heads[0], 'Selected');
    assert.ok(heads.includes('CustomerName') && heads.includes('Price'));
    const rows = [...html.matchAll(/<tr tabindex="0" data-bookmark="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(rows, ['appt-1', 'appt-2']);
    assert.match(html, /<a href="\/page\/70470021\/record\?bookmark=appt-1" tabindex="-1">/);
    assert.match(html, /<td class="style-attention">No price<\/td>/);
    assert.match(html, /name="selection" value="appt-2" aria-label="Select row 2"/);
    assert.match(html, /data-addin="BKI Booking Selection Grid"/);
  });

  it('shows an empty list as such', async () => {
    const html = await renderListPage(mustFind('BKI Sync Log'), new MemoryDataSource(), opts());
    assert.match(html, /<tbody><\/tbody>/);
    assert.match(html, /There is nothing to show in this view/);
  });

  it('escapes hostile captions, tooltips, names and values everywhere', async () => {
    const base = mustFind('BKI Booking Sync Setup');
    const hostilePage: PageMetadata = JSON.parse(JSON.stringify(base, (k, v: unknown) => (k === 'caption' || k === 'toolTip' ? HOSTILE : v))) as PageMetadata;
    const ds = new MemoryDataSource();
    ds.setRecords(base.id, [{ bookmark: HOSTILE, fields: { 'Tenant ID': { text: HOSTILE }, ClientSecret: { text: HOSTILE } } }]);
    ds.setRecords(70470021, [{ bookmark: HOSTILE, fields: { CustomerName: { text: HOSTILE }, 'Local Date': { text: HOSTILE } } }]);
    const card = await renderCardPage(hostilePage, ds, { ...opts(), effects: [{ kind: 'error', text: HOSTILE }, { kind: 'message', text: HOSTILE }] });
    assertNoInjection(card);
    const listPage: PageMetadata = { ...mustFind('BKI Bookings Not Invoiced'), caption: HOSTILE };
    const list = await renderListPage(listPage, ds, opts());
    assertNoInjection(list);
    assert.ok(list.includes(`bookmark=${encodeURIComponent(HOSTILE)}`));
    const start = renderStartPage([{ ...listPage }], HOSTILE);
    assert.ok(!start.includes('<script>alert'));
    assert.ok(!start.includes(`' onmouseover`) && !start.includes('" onmouseover'));
  });

  it('renders the start page with a labelled Tell Me search box and grouped results', () => {
    const html = renderStartPage(productMetadata().pages, 'bookings');
    assert.match(html, /<form class="search" role="search"[^>]*><label for="tellme">Tell me what you want to do<\/label><input type="search" id="tellme" name="q" value="bookings"/);
    assert.match(html, /<h2>Administration<\/h2><ul><li><a href="\/page\/70470000" data-page-id="70470000">Booking Sync Setup<\/a>/);
    assert.match(html, /<a href="\/page\/70470021" data-page-id="70470021">Bookings Not Invoiced<\/a>/);
    assert.match(renderStartPage(productMetadata().pages, 'zzzz'), /No results for &quot;zzzz&quot;/);
  });
});
