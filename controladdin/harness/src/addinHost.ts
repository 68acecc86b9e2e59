import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { Diagnostic } from '../../../tools/common/src/diagnostic';
import { parseControlAddIn, type ControlAddInDeclaration } from './controlAddInFile';
import { harnessMessage } from './messages';

/** The app root (where app.json lives) and the AL object of the booking grid, as the repository lays them out. */
export const defaultAppRoot = resolve(__dirname, '..', '..', '..');
export const bookingGridAlFile = 'src-al/ControlAddIn/BKIBookingSelectionGrid.ControlAddIn.al';

export interface AddinHostOptions {
  /** Folder the .al file and its Scripts/StyleSheets paths are relative to. Default: the repository root. */
  readonly appRoot?: string;
  /** The .al file with the controladdin object, relative to appRoot. Default: the booking grid. */
  readonly alFile?: string;
  /** Merged into what GetEnvironment() returns (UserName, CompanyName, ..., e.g. Theme: 'Dark'). */
  readonly environment?: Readonly<Record<string, unknown>>;
  /** How long the host stays busy per event, as BC does while the AL trigger runs. Default 0. */
  readonly latencyMs?: number;
  /** Called for every event the add-in raises, before its successCallback runs (the "AL trigger"). */
  readonly onEvent?: (event: HostEvent, host: AddinHost) => void | Promise<void>;
}

export interface HostEvent {
  readonly name: string;
  readonly args: readonly unknown[];
}

export interface AddinHost {
  /** http://127.0.0.1:<port>/ ; add `?theme=dark`, `?latency=<ms>`, `?pauseBeforeStartup=1`, `?height=<px>`. */
  readonly url: string;
  readonly declaration: ControlAddInDeclaration;
  /** Events the server received, in order. */
  readonly events: readonly HostEvent[];
  /**
   * Calls an add-in procedure in every open host page (server-sent), as AL's CurrPage.<control>.<Proc>(...);
   * held until a page connects when none is open.
   */
  call(procedure: string, ...args: unknown[]): void;
  close(): Promise<void>;
}

/** Thrown by startAddinHost when the AL object cannot be read or names files that do not exist. */
export class AddinHostError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`).join('\n'));
    this.name = 'AddinHostError';
  }
}

/** Reads the controladdin object and checks that every file it names exists under the app root. */
export function checkControlAddIn(appRoot: string, alFile: string): { declaration: ControlAddInDeclaration | undefined; diagnostics: Diagnostic[] } {
  const source = readFileSync(join(appRoot, alFile), 'utf8');
  const { declaration, diagnostics } = parseControlAddIn(source, alFile);
  if (declaration === undefined) return { declaration, diagnostics };
  const lines = source.split('\n');
  const named: Array<[string, string]> = [
    ...declaration.scripts.map((p): [string, string] => [p, 'Scripts']),
    ...declaration.styleSheets.map((p): [string, string] => [p, 'StyleSheets']),
    ...declaration.images.map((p): [string, string] => [p, 'Images']),
  ];
  if (declaration.startupScript !== undefined) named.push([declaration.startupScript, 'StartupScript']);
  for (const [path, property] of named) {
    if (/^https?:/i.test(path) || existsSync(join(appRoot, path))) continue;
    const lineIndex = lines.findIndex((l) => l.includes(path));
    const line = lineIndex < 0 ? 1 : lineIndex + 1;
    const column = lineIndex < 0 ? 1 : (lines[lineIndex] ?? '').indexOf(path) + 1;
    diagnostics.push({ file: alFile, line, column, code: 'BKI8004', severity: 'error', message: harnessMessage('BKI8004', path, property) });
  }
  return { declaration, diagnostics };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

let hostScript: string | undefined;
function transpiledHostScript(): string {
  if (hostScript === undefined) {
    const source = readFileSync(join(__dirname, 'page', 'hostPage.ts'), 'utf8');
    hostScript = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None, removeComments: true } }).outputText;
  }
  return hostScript;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function appUrl(path: string): string {
  return /^https?:/i.test(path) ? path : `/app/${path.split('/').map(encodeURIComponent).join('/')}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts the control add-in host on 127.0.0.1 (free port): a page that behaves like BC's client around a control
 * add-in. It reads the AL controladdin object on every page load, serves exactly the files its Scripts,
 * StartupScript, StyleSheets and Images name, provides Microsoft.Dynamics.NAV with BC's queuing semantics, and
 * records events. Reused by the browser tests, the benchmark and the local sandbox.
 */
export async function startAddinHost(options: AddinHostOptions = {}): Promise<AddinHost> {
  const appRoot = options.appRoot ?? defaultAppRoot;
  const alFile = options.alFile ?? bookingGridAlFile;
  const first = checkControlAddIn(appRoot, alFile);
  if (first.declaration === undefined || first.diagnostics.some((d) => d.severity === 'error')) throw new AddinHostError(first.diagnostics);
  let declaration: ControlAddInDeclaration = first.declaration;
  const events: HostEvent[] = [];
  const streams = new Set<ServerResponse>();
  // Calls made while no host page listens yet (its event stream connects after the page loads) wait here.
  const pendingCalls: string[] = [];

  const reload = (): void => {
    const again = checkControlAddIn(appRoot, alFile);
    if (again.declaration !== undefined) declaration = again.declaration;
  };

  const servedPaths = (): Set<string> => {
    const paths = new Set<string>([...declaration.scripts, ...declaration.styleSheets, ...declaration.images]);
    if (declaration.startupScript !== undefined) paths.add(declaration.startupScript);
    return paths;
  };

  const hostPage = (query: URLSearchParams): string => {
    reload();
    const countOf = (members: ControlAddInDeclaration['events']): Record<string, number> =>
      Object.fromEntries(members.map((m) => [m.name, m.parameters.length]));
    const theme = query.get('theme');
    const config = {
      name: declaration.name,
      scripts: declaration.scripts.map(appUrl),
      startupScript: declaration.startupScript === undefined ? undefined : appUrl(declaration.startupScript),
      procedures: countOf(declaration.procedures),
      events: countOf(declaration.events),
      environment: {
        UserName: 'HARNESS',
        CompanyName: 'CRONUS International Ltd.',
        DeviceCategory: 0,
        UserInteractionMode: 0,
        Platform: 0,
        OnBusyChanged: null,
        OnClosed: null,
        ...options.environment,
        ...(theme === null ? {} : { Theme: theme }),
      },
      images: Object.fromEntries(declaration.images.map((p) => [p, appUrl(p)])),
      latencyMs: Number(query.get('latency') ?? options.latencyMs ?? 0),
      pauseBeforeStartup: query.get('pauseBeforeStartup') === '1',
    };
    const height = Number(query.get('height') ?? declaration.properties.get('RequestedHeight') ?? 600);
    const dark = theme !== null && theme.toLowerCase().includes('dark');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(declaration.name)} - control add-in host</title>
<style>
body{margin:0;font-family:'Segoe UI',Tahoma,Arial,sans-serif;background:${dark ? '#141414' : '#f3f2f1'};color:${dark ? '#f0f0f0' : '#212121'}}
header{padding:8px 16px;font-size:13px}
#bki-control-area{display:block;width:100%;height:${height}px;border:0;background:${dark ? '#1f1f1f' : '#fff'}}
#bki-event-log{font:12px Consolas,monospace;padding:8px 16px;max-height:200px;overflow:auto}
</style>
<script type="application/json" id="bki-host-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
</head><body>
<header>Control add-in host: <b>${escapeHtml(declaration.name)}</b> (${escapeHtml(alFile)})</header>
<div id="bki-event-log" aria-label="Event log"></div>
<script>${transpiledHostScript()}</script>
<iframe id="bki-control-area" title="${escapeHtml(declaration.name)}" src="/frame.html"></iframe>
</body></html>`;
  };

  const framePage = (): string => {
    const styles = declaration.styleSheets.map((p) => `<link rel="stylesheet" href="${escapeHtml(appUrl(p))}">`).join('\n');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${styles}
<script>window.Microsoft = { Dynamics: { NAV: window.parent.bkiHost.navFor(window) } };</script>
</head><body><div id="controlAddIn"></div>
<script>window.parent.bkiHost.frameReady(window);</script>
</body></html>`;
  };

  const send = (response: ServerResponse, status: number, type: string, body: string | Buffer): void => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };

  let host: AddinHost | undefined;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method === 'GET' && url.pathname === '/') return send(response, 200, 'text/html; charset=utf-8', hostPage(url.searchParams));
      if (request.method === 'GET' && url.pathname === '/frame.html') return send(response, 200, 'text/html; charset=utf-8', framePage());
      if (request.method === 'GET' && url.pathname === '/favicon.ico') return send(response, 204, 'text/plain', '');
      if (request.method === 'GET' && url.pathname === '/calls') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        response.write(': connected\n\n');
        streams.add(response);
        for (const data of pendingCalls.splice(0)) response.write(`data: ${data}\n\n`);
        request.on('close', () => streams.delete(response));
        return undefined;
      }
      if (request.method === 'POST' && url.pathname === '/invoke') {
        const body: unknown = JSON.parse(await readBody(request));
        const record = body as { name?: unknown; args?: unknown };
        const event: HostEvent = { name: String(record.name), args: Array.isArray(record.args) ? record.args : [] };
        events.push(event);
        if (options.onEvent !== undefined && host !== undefined) await options.onEvent(event, host);
        return send(response, 204, 'text/plain', '');
      }
      if (request.method === 'GET' && url.pathname.startsWith('/app/')) {
        const path = decodeURIComponent(url.pathname.slice('/app/'.length));
        const full = resolve(appRoot, path);
        const inside = relative(appRoot, full);
        // Only what the AL object names, so a file the object forgets to list fails here as it would in BC.
        if (!servedPaths().has(path) || inside.startsWith('..') || inside.includes(`..${sep}`) || !existsSync(full)) {
          return send(response, 404, 'text/plain; charset=utf-8', `Not named in ${alFile} or missing: ${path}`);
        }
        return send(response, 200, contentTypes[extname(full)] ?? 'application/octet-stream', readFileSync(full));
      }
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    })().catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `Harness error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;

  host = {
    url: `http://127.0.0.1:${port}/`,
    get declaration() {
      return declaration;
    },
    events,
    call(procedure: string, ...args: unknown[]): void {
      const data = JSON.stringify({ name: procedure, args });
      if (streams.size === 0) pendingCalls.push(data);
      for (const stream of streams) stream.write(`data: ${data}\n\n`);
    },
    close(): Promise<void> {
      for (const stream of streams) stream.end();
      streams.clear();
      return new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
  return host;
}
