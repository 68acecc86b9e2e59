/**
 * The sandbox web client's HTTP front (127.0.0.1 only):
 *   GET  /                          start page (?q= Tell Me) with the sandbox panel (Graph emulator faults, diagnostics)
 *   GET  /page/<id or name>         card or list (?bookmark= for a record; lists: ?sort=&desc=1&filter.<control>=)
 *   GET  /page/<id>/record          the list's own record as a card (?bookmark=)
 *   GET  /page/<id>/events          event stream of a page with a control add-in (refresh, navigate)
 *   POST /page/<id>/action          runs an action or a control trigger (form: action | trigger, bookmark, selection, view)
 *   POST /page/<id>/validate        validates a field (form: control, value, bookmark)
 *   GET  /interaction/<id>          waits for the running AL: shows its dialog, or goes on to the page with the effects
 *   POST /interaction/<id>/answer   answers the dialog (answer=yes|no|<option>; a modal page: the row, 0 = Cancel)
 *   POST /notification/action       runs a notification's action (form: id, action caption); back to the referring page
 *   GET  /_sandbox/diagnostics      telemetry of the session and the emulator's request log
 *   POST /_sandbox/faults           sets Graph emulator faults (spec) ; POST /_sandbox/faults/clear clears them
 * Every request that runs AL is an interaction (see interactions.ts); the browser follows POST-redirect-GET.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findPage, type AppMetadata, type PageMetadata } from '../metadata/index';
import type { ControlTrigger, PageDataSource, PageEffect } from '../render/dataSource';
import { esc } from '../render/escape';
import { documentShell } from '../render/layout';
import { effectsHtml, queryOfView, renderCardPage, renderListPage, viewString, type RenderOptions } from '../render/renderPage';
import { renderStartPage } from '../render/startPage';
import type { AddinBridge } from './addinBridge';
import { pageWithDialog } from './dialogs';
import { Interactions, type DialogAnswer } from './interactions';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** What the sandbox panel of the start page can do (present when the product host runs). */
export interface SandboxAdmin {
  /** The Graph emulator's base URL. */
  readonly emulatorUrl: string;
  setFaults(spec: string): Promise<void>;
  clearFaults(): Promise<void>;
  /** Session.LogMessage calls of the AL session, oldest first. */
  telemetry(): Promise<readonly { readonly eventId: string; readonly message: string; readonly dimensions: Readonly<Record<string, string>> }[]>;
  /** The emulator's request log (no secrets), oldest first. */
  requests(): Promise<readonly { readonly seq: number; readonly method: string; readonly url: string; readonly status: number; readonly fault?: string }[]>;
}

export interface SandboxServerOptions {
  readonly addins?: AddinBridge;
  readonly admin?: SandboxAdmin;
  /** Shared with the add-in bridge, so triggers the add-in starts are interactions too. */
  readonly interactions?: Interactions;
}

const CSP = "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-src http://127.0.0.1:*; connect-src 'self'";

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'content-security-policy': CSP });
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
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

function isList(page: PageMetadata): boolean {
  const t = page.pageType.toLowerCase();
  return t === 'list' || t === 'worksheet' || t === 'listpart';
}

/** The page a form was posted from (its path and query without the one-time flash), '/' when unknown. */
function referringPath(referer: string | undefined): string {
  if (referer === undefined) return '/';
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return '/';
  }
  from.searchParams.delete('flash');
  return from.pathname.startsWith('/page/') ? `${from.pathname}${from.search}` : '/';
}

function withParam(path: string, name: string, value: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

export function createSandboxServer(meta: AppMetadata, data: PageDataSource, options: SandboxServerOptions = {}): Server {
  const interactions = options.interactions ?? new Interactions();
  const addins = options.addins;
  const lastHtml = new Map<number, string>();
  const flashes = new Map<string, readonly PageEffect[]>();
  let flashNo = 0;
  const flash = (effects: readonly PageEffect[]): string => {
    const token = `f${++flashNo}`;
    flashes.set(token, effects);
    if (flashes.size > 50) { const first = flashes.keys().next().value; if (first !== undefined) flashes.delete(first); }
    return token;
  };
  const baseOpts = (view?: URLSearchParams, effects?: readonly PageEffect[]): RenderOptions => ({
    tables: meta.tables,
    pages: meta.pages,
    ...(addins === undefined ? {} : { addinFrame: (p: PageMetadata, c: Parameters<AddinBridge['frameUrl']>[1]) => addins.frameUrl(p, c) }),
    ...(view === undefined ? {} : { view }),
    ...(effects === undefined ? {} : { effects }),
  });

  const GONE = 'This record no longer exists: it was posted or deleted. Open the list to go on.';

  const showPage = async (res: ServerResponse, page: PageMetadata, url: URL, asRecord: boolean): Promise<void> => {
    const bookmark = url.searchParams.get('bookmark') ?? undefined;
    const token = url.searchParams.get('flash');
    const effects = token === null ? undefined : flashes.get(token);
    await addins?.ensure(page);
    let html: string;
    if (isList(page) && !asRecord) {
      const query = queryOfView(url.searchParams);
      addins?.lastPath.set(page.id, `/page/${page.id}${viewString(query)}`);
      html = await renderListPage(page, data, baseOpts(url.searchParams, effects), query);
    } else {
      addins?.lastPath.set(page.id, bookmark === undefined ? `/page/${page.id}` : `/page/${page.id}?bookmark=${encodeURIComponent(bookmark)}`);
      html = await renderCardPage(page, data, { ...baseOpts(undefined, effects), missingRecordNote: GONE }, bookmark);
    }
    // What opening and reading the page raised (OnOpenPage notifications, messages) shows with this page; a record
    // that is gone is said on the page itself, not as an error.
    let pending = [...((await data.takePendingEffects?.()) ?? [])];
    if (html.includes(esc(GONE))) pending = pending.filter((e) => e.kind !== 'error');
    const extra = effectsHtml(pending.filter((e) => e.kind !== 'update' && e.kind !== 'addinCall' && e.kind !== 'confirmed' && e.kind !== 'openPage' && e.kind !== 'close'));
    if (extra !== '') html = html.replace('<main id="main" class="page">', `<main id="main" class="page">${extra}`);
    lastHtml.set(page.id, html);
    send(res, 200, html);
  };

  /** Where the browser goes when an interaction ends: an opened page, or back to where it started, with the effects. */
  const finish = (res: ServerResponse, returnPath: string, effects: readonly PageEffect[]): void => {
    const open = effects.find((e) => e.kind === 'openPage');
    const rest = effects.filter((e) => e.kind !== 'openPage' && e.kind !== 'addinCall' && e.kind !== 'update');
    let target = returnPath;
    if (open !== undefined && open.kind === 'openPage') target = `/page/${open.pageId}${open.bookmark === undefined ? '' : `?bookmark=${encodeURIComponent(open.bookmark)}`}`;
    else if (effects.some((e) => e.kind === 'close')) target = '/';
    redirect(res, rest.length === 0 ? target : withParam(target, 'flash', flash(rest)));
  };

  const showInteraction = async (res: ServerResponse, id: string): Promise<void> => {
    const interaction = interactions.get(id);
    if (interaction === undefined) return send(res, 404, documentShell('Not found', '<p class="empty">This request has ended; go back to the page.</p>'));
    const state = await interaction.settle();
    if (state.kind === 'dialog') {
      const pageId = Number(/^\/page\/(\d+)/.exec(interaction.context.returnPath)?.[1] ?? '0');
      return send(res, 200, pageWithDialog(lastHtml.get(pageId), id, state.dialog));
    }
    finish(res, interaction.context.returnPath, state.effects);
  };

  const diagnostics = async (): Promise<string> => {
    const admin = options.admin;
    if (admin === undefined) return documentShell('Diagnostics', '<p class="empty">No product host runs in this server.</p>');
    const [telemetry, requests] = await Promise.all([admin.telemetry(), admin.requests()]);
    const tRows = telemetry.map((t) => `<tr><td>${esc(t.eventId)}</td><td>${esc(t.message)}</td><td>${esc(Object.entries(t.dimensions).map(([k, v]) => `${k}=${v}`).join(', '))}</td></tr>`).join('');
    const rRows = requests.map((r) => `<tr><td>${r.seq}</td><td>${esc(r.method)}</td><td>${esc(r.url)}</td><td>${r.status}</td><td>${esc(r.fault ?? '')}</td></tr>`).join('');
    const body = `<div class="page-header"><div class="subtitle">Sandbox</div><h1>Diagnostics</h1></div>
<h2>Telemetry (Session.LogMessage)</h2><table class="log" aria-label="Telemetry"><thead><tr><th>Event</th><th>Message</th><th>Dimensions</th></tr></thead><tbody>${tRows}</tbody></table>
<h2>Graph emulator requests</h2><table class="log" aria-label="Graph requests"><thead><tr><th>#</th><th>Method</th><th>URL</th><th>Status</th><th>Fault</th></tr></thead><tbody>${rRows}</tbody></table>`;
    return documentShell('Diagnostics', body);
  };

  const panel = (notice: string | null): string => {
    const admin = options.admin;
    if (admin === undefined) return '';
    return `<section class="sandbox-panel" aria-label="Sandbox"><h2>Sandbox: Graph emulator at ${esc(admin.emulatorUrl)}</h2>${notice === null ? '' : `<p role="status">${esc(notice)}</p>`}
<form method="post" action="/_sandbox/faults"><label for="faultspec">Faults</label><input id="faultspec" name="spec" value="429@at=1:burst=3:retryAfter=1" aria-describedby="faulthelp"><button type="submit">Inject faults</button><button type="submit" formaction="/_sandbox/faults/clear">Clear faults</button><a href="/_sandbox/diagnostics">Diagnostics</a></form>
<p id="faulthelp" class="instructional">Fault syntax as in npm run graph-emulator -- --faults, e.g. 429@at=1:burst=3 (three throttled requests), 503@every=5.</p></section>`;
  };

  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sandbox.local');
      // Only this client's own pages may post (another site open in the same browser must not run actions here).
      const origin = req.headers.origin;
      if (req.method === 'POST' && origin !== undefined && origin !== 'null' && origin !== `http://${req.headers.host ?? ''}`) {
        return send(res, 403, documentShell('Forbidden', '<p role="alert">Requests from other sites are refused.</p>'));
      }
      const parts = url.pathname.split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
      if (parts.length === 0) {
        const start = renderStartPage(meta.pages, url.searchParams.get('q') ?? '');
        return send(res, 200, start.replace('</main>', `${panel(url.searchParams.get('notice'))}</main>`));
      }
      if (parts[0] === 'favicon.ico') { res.writeHead(204); return res.end(); }
      if (parts[0] === 'interaction' && parts[1] !== undefined) {
        const id = parts[1];
        if (req.method === 'POST' && parts[2] === 'answer') {
          const form = await readBody(req);
          const raw = (form.get('answer') ?? '').toLowerCase();
          const answer: DialogAnswer = raw === 'yes' ? true : raw === 'no' ? false : Number(raw === '' ? '0' : raw);
          interactions.get(id)?.answer(answer);
          return redirect(res, `/interaction/${encodeURIComponent(id)}`);
        }
        return showInteraction(res, id);
      }
      if (parts[0] === 'notification' && parts[1] === 'action' && req.method === 'POST') {
        const form = await readBody(req);
        const id = form.get('id') ?? '';
        const caption = form.get('action') ?? '';
        const invoke = data.invokeNotificationAction;
        const returnPath = referringPath(req.headers.referer);
        const work = (): Promise<readonly PageEffect[]> => (invoke === undefined ? Promise.resolve([{ kind: 'error', text: 'This sandbox cannot run notification actions.' }]) : invoke.call(data, id, caption));
        const interaction = interactions.start({ returnPath }, work);
        return redirect(res, `/interaction/${encodeURIComponent(interaction.id)}`);
      }
      if (parts[0] === '_sandbox') {
        const admin = options.admin;
        if (parts[1] === 'diagnostics') return send(res, 200, await diagnostics());
        if (admin !== undefined && req.method === 'POST' && parts[1] === 'faults') {
          const form = await readBody(req);
          if (parts[2] === 'clear') { await admin.clearFaults(); return redirect(res, `/?notice=${encodeURIComponent('Faults cleared.')}`); }
          const spec = form.get('spec') ?? '';
          try {
            await admin.setFaults(spec);
            return redirect(res, `/?notice=${encodeURIComponent(`Faults set: ${spec}`)}`);
          } catch (e) {
            return redirect(res, `/?notice=${encodeURIComponent(e instanceof Error ? e.message : String(e))}`);
          }
        }
        return send(res, 404, documentShell('Not found', '<p class="empty">No such sandbox page.</p>'));
      }
      const page = parts[0] === 'page' && parts[1] !== undefined ? lookup(meta, parts[1]) : undefined;
      if (!page) return send(res, 404, `<!DOCTYPE html><title>Not found</title><p>No page ${esc(url.pathname)}.</p>`);
      if (req.method === 'GET' && parts.length === 2) return showPage(res, page, url, false);
      if (req.method === 'GET' && parts[2] === 'record') return showPage(res, page, url, true);
      if (req.method === 'GET' && parts[2] === 'events' && addins !== undefined) return addins.subscribe(page.id, res);
      if (req.method === 'POST' && (parts[2] === 'action' || parts[2] === 'validate')) {
        const form = await readBody(req);
        const bm = form.get('bookmark') ?? '';
        const bookmark = bm === '' ? undefined : bm;
        const returnPath = isList(page) && bookmark === undefined ? `/page/${page.id}${form.get('view') ?? ''}` : `/page/${page.id}${bookmark === undefined ? '' : `?bookmark=${encodeURIComponent(bookmark)}`}`;
        let work: () => Promise<readonly PageEffect[]>;
        if (parts[2] === 'validate') {
          const control = form.get('control') ?? '';
          const value = form.get('value') ?? '';
          work = () => data.validateField(page, control, bookmark, value);
        } else {
          const trigger = /^(.*):(OnDrillDown|OnAssistEdit|OnLookup)$/i.exec(form.get('trigger') ?? '');
          const action = form.get('action') ?? '';
          const selection = form.getAll('selection');
          work = trigger
            ? () => data.runControlTrigger(page, trigger[1] ?? '', triggerName(trigger[2] ?? ''), bookmark)
            : () => data.invokeAction(page, action, bookmark, selection);
        }
        const interaction = interactions.start({ returnPath }, work);
        return redirect(res, `/interaction/${encodeURIComponent(interaction.id)}`);
      }
      return send(res, 405, '<!DOCTYPE html><title>Not allowed</title>');
    })().catch((e: unknown) => {
      if (res.headersSent) return;
      send(res, 500, documentShell('Error', `<p role="alert">${esc(e instanceof Error ? e.message : String(e))}</p>`));
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
