/**
 * A small HTTP front for the renderer: GET / (start page, ?q= Tell Me), GET /page/<id or name> (card or list),
 * GET /page/<id>/record?bookmark= (the record as a card), POST /page/<id>/action (runs an action through the data
 * source and shows its effects; openPage redirects), POST /page/<id>/validate (control, value: validates a field). Binds where the caller says (tests: 127.0.0.1, port 0).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findPage, type AppMetadata, type PageMetadata } from '../metadata/index';
import type { ControlTrigger, PageDataSource } from '../render/dataSource';
import { esc } from '../render/escape';
import { renderCardPage, renderListPage, renderPage } from '../render/renderPage';
import { renderStartPage } from '../render/startPage';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'" });
  res.end(html);
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { text += chunk; if (text.length > 1_000_000) reject(new Error('request body too large')); });
    req.on('end', () => resolve(new URLSearchParams(text)));
    req.on('error', reject);
  });
}

function lookup(meta: AppMetadata, key: string): PageMetadata | undefined {
  return /^\d+$/.test(key) ? findPage(meta, Number(key)) : findPage(meta, key);
}

function triggerName(t: string): ControlTrigger {
  const lower = t.toLowerCase();
  return lower === 'ondrilldown' ? 'OnDrillDown' : lower === 'onassistedit' ? 'OnAssistEdit' : 'OnLookup';
}

export function createSandboxServer(meta: AppMetadata, data: PageDataSource): Server {
  const opts = { tables: meta.tables };
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sandbox.local');
      const parts = url.pathname.split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
      if (parts.length === 0) return send(res, 200, renderStartPage(meta.pages, url.searchParams.get('q') ?? ''));
      const page = parts[0] === 'page' && parts[1] !== undefined ? lookup(meta, parts[1]) : undefined;
      if (!page) return send(res, 404, `<!DOCTYPE html><title>Not found</title><p>No page ${esc(url.pathname)}.</p>`);
      const bookmark = url.searchParams.get('bookmark') ?? undefined;
      if (req.method === 'GET' && parts.length === 2) return send(res, 200, await renderPage(page, data, opts, bookmark));
      if (req.method === 'GET' && parts[2] === 'record') return send(res, 200, await renderCardPage(page, data, opts, bookmark));
      if (req.method === 'POST' && parts[2] === 'action') {
        const form = await readBody(req);
        const action = form.get('action') ?? '';
        const bm = form.get('bookmark') ?? '';
        const trigger = /^(.*):(OnDrillDown|OnAssistEdit|OnLookup)$/i.exec(form.get('trigger') ?? '');
        const effects = trigger
          ? await data.runControlTrigger(page, trigger[1] ?? '', triggerName(trigger[2] ?? ''), bm === '' ? undefined : bm)
          : await data.invokeAction(page, action, bm === '' ? undefined : bm, form.getAll('selection'));
        const open = effects.find((e) => e.kind === 'openPage');
        if (open && open.kind === 'openPage') {
          res.writeHead(303, { location: `/page/${open.pageId}${open.bookmark === undefined ? '' : `?bookmark=${encodeURIComponent(open.bookmark)}`}` });
          return res.end();
        }
        const t = page.pageType.toLowerCase();
        const html = t === 'list' || t === 'worksheet' ? await renderListPage(page, data, { ...opts, effects }) : await renderCardPage(page, data, { ...opts, effects }, bm === '' ? undefined : bm);
        return send(res, 200, html);
      }
      if (req.method === 'POST' && parts[2] === 'validate') {
        const form = await readBody(req);
        const bm = form.get('bookmark') ?? '';
        const effects = await data.validateField(page, form.get('control') ?? '', bm === '' ? undefined : bm, form.get('value') ?? '');
        return send(res, 200, await renderCardPage(page, data, { ...opts, effects }, bm === '' ? undefined : bm));
      }
      return send(res, 405, '<!DOCTYPE html><title>Not allowed</title>');
    })().catch((e: unknown) => {
      send(res, 500, `<!DOCTYPE html><title>Error</title><p role="alert">${esc(e instanceof Error ? e.message : String(e))}</p>`);
    });
  });
}

export function listen(server: Server, host = '127.0.0.1', port = 0): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${addr.port}`,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
