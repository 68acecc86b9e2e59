/** The sandbox server's interactions over plain HTTP: a Confirm that waits for the answer, effects after redirects, list views, origin check. */
import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import type { PageMetadata } from '../src/metadata/model';
import type { PageEffect } from '../src/render/dataSource';
import { MemoryDataSource } from '../src/render/index';
import { dialogContext } from '../src/server/interactions';
import { createSandboxServer, listen, type RunningServer } from '../src/server/sandboxServer';
import { fillDemoData } from './demoData';
import { productMetadata } from './productMetadata';

/** A data source whose TestConnection asks a Confirm (as AL would) and reports the answer. */
class AskingDataSource extends MemoryDataSource {
  override async invokeAction(page: PageMetadata, action: string, bookmark: string | undefined, selection: readonly string[]): Promise<readonly PageEffect[]> {
    if (action !== 'TestConnection') return super.invokeAction(page, action, bookmark, selection);
    const ask = dialogContext.getStore();
    assert.ok(ask, 'a dialog listener is set for AL calls of an interaction');
    const yes = await ask({ kind: 'confirm', text: 'Test the connection now?', defaultAnswer: true });
    return [{ kind: 'message', text: `You answered ${yes === true ? 'Yes' : 'No'}.` }];
  }

  /** A notification action that runs a page modally (as AL's RunModal asks the browser) and reports the row picked. */
  async invokeNotificationAction(notificationId: string, actionCaption: string): Promise<readonly PageEffect[]> {
    const ask = dialogContext.getStore();
    assert.ok(ask);
    const row = await ask({ kind: 'modalPage', pageId: 70470010, caption: 'Pick <one>', lookupMode: true, columns: ['Name'], rows: [['Contoso'], ['<b>Fabrikam</b>']], current: 1 });
    return [{ kind: 'message', text: `${notificationId}/${actionCaption}: row ${String(row)}` }];
  }
}

function http(url: string, method: 'GET' | 'POST', body?: string, headers: Record<string, string> = {}): Promise<{ status: number; location: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => { text += c; }).on('end', () => resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? ''), text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('sandbox server interactions', function () {
  this.timeout(20000);
  let server: RunningServer | undefined;
  const ds = new AskingDataSource();

  before(async () => {
    fillDemoData(ds);
    server = await listen(createSandboxServer(productMetadata(), ds));
  });
  after(async () => server?.close());

  it('stops on a Confirm, shows it with Yes/No, resumes AL with the answer, then shows the message on the page', async () => {
    assert.ok(server);
    const post = await http(`${server.url}/page/70470000/action`, 'POST', 'action=TestConnection&bookmark=setup-1');
    assert.equal(post.status, 303);
    assert.match(post.location, /^\/interaction\/[\w-]+$/);
    const asked = await http(`${server.url}${post.location}`, 'GET');
    assert.equal(asked.status, 200);
    assert.match(asked.text, /<dialog open class="bc-dialog" role="alertdialog"[^>]*data-dialog="confirm">/);
    assert.match(asked.text, /<p>Test the connection now\?<\/p>/);
    assert.match(asked.text, /<button name="answer" value="yes" autofocus>Yes<\/button><button name="answer" value="no">No<\/button>/);
    const answered = await http(`${server.url}${post.location}/answer`, 'POST', 'answer=no');
    assert.equal(answered.status, 303);
    const done = await http(`${server.url}${answered.location}`, 'GET');
    assert.equal(done.status, 303, 'the finished interaction goes back to the page');
    assert.match(done.location, /^\/page\/70470000\?bookmark=setup-1&flash=f\d+$/);
    const shown = await http(`${server.url}${done.location}`, 'GET');
    assert.match(shown.text, /<dialog open class="bc-dialog" role="alertdialog"[^>]*><form method="dialog">.*<p>You answered No\.<\/p>/);
  });

  it('keeps the list view (sort, filters) through an action and back', async () => {
    assert.ok(server);
    const list = await http(`${server.url}/page/70470021?sort=CustomerName&desc=1&ffield=Price&fvalue=120`, 'GET');
    assert.match(list.text, /<input type="hidden" name="view" value="\?sort=CustomerName&amp;desc=1&amp;filter.Price=120">/);
    assert.match(list.text, /aria-sort="descending"/);
    assert.equal([...list.text.matchAll(/<tr tabindex="0" data-bookmark="([^"]+)"/g)].map((m) => m[1]).join(','), 'appt-2');
    const post = await http(`${server.url}/page/70470021/action`, 'POST', 'action=CreateInvoicePerCustomer&selection=appt-2&view=%3Fsort%3DCustomerName%26desc%3D1%26filter.Price%3D120');
    const back = await http(`${server.url}${post.location}`, 'GET');
    assert.equal(back.location, '/page/70470021?sort=CustomerName&desc=1&filter.Price=120');
    assert.deepEqual(ds.calls.at(-1)?.selection, ['appt-2']);
  });

  it('refuses posts from another site', async () => {
    assert.ok(server);
    const before = ds.calls.length;
    const r = await http(`${server.url}/page/70470000/action`, 'POST', 'action=SyncNow&bookmark=setup-1', { origin: 'http://evil.example' });
    assert.equal(r.status, 403);
    assert.equal(ds.calls.length, before, 'no action ran');
  });
  it('runs a notification action from its button form, shows a modal page as a dialog with escaped rows, and returns to the referring page', async () => {
    assert.ok(server);
    const post = await http(`${server.url}/notification/action`, 'POST', 'id=%7BN1%7D&action=Open+it', { referer: `${server.url}/page/70470000?bookmark=setup-1&flash=f9` });
    assert.equal(post.status, 303);
    const asked = await http(`${server.url}${post.location}`, 'GET');
    assert.match(asked.text, /<dialog open class="bc-dialog modal-page" role="dialog"[^>]*data-dialog="modalpage"/);
    assert.match(asked.text, /<h2 id="modal-title">Pick &lt;one&gt;<\/h2>/);
    assert.ok(asked.text.includes('&lt;b&gt;Fabrikam&lt;/b&gt;') && !asked.text.includes('<b>Fabrikam'), 'row texts are escaped');
    assert.match(asked.text, /<input type="radio" name="answer" value="1" id="modal-row-1"[^>]* checked>/, 'the current row is chosen');
    const answered = await http(`${server.url}${post.location}/answer`, 'POST', 'answer=2');
    const done = await http(`${server.url}${answered.location}`, 'GET');
    assert.match(done.location, /^\/page\/70470000\?bookmark=setup-1&flash=f\d+$/, 'back to the referring page, without its old flash');
    const shown = await http(`${server.url}${done.location}`, 'GET');
    assert.match(shown.text, /<p>\{N1\}\/Open it: row 2<\/p>/);
  });
});
