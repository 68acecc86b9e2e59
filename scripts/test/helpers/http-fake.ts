/** Shared plumbing for the fake servers: listen on 127.0.0.1 port 0, read bodies, record requests. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void;

export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  url = '';

  constructor(private readonly handler: Handler) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://127.0.0.1');
        const recorded: RecordedRequest = { method: req.method ?? '', path: decodeURIComponent(u.pathname), query: u.searchParams, headers: req.headers, body: Buffer.concat(chunks) };
        this.requests.push(recorded);
        try {
          this.handler(recorded, res);
        } catch (e) {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end(String(e));
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (s === undefined) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
    this.server = undefined;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

export interface MultipartPart {
  readonly name: string | undefined;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

/** Parses multipart/form-data by hand (RFC 7578), independent of the client's FormData encoder. */
export function parseMultipart(contentType: string | undefined, body: Buffer): MultipartPart[] | undefined {
  const m = /^multipart\/form-data;\s*boundary="?([^";]+)"?/i.exec(contentType ?? '');
  if (m?.[1] === undefined) return undefined;
  const delimiter = Buffer.from(`--${m[1]}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) return undefined;
  for (;;) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString() === '--') break;
    pos += 2; // CRLF
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) return undefined;
    const headerText = body.subarray(pos, headerEnd).toString('utf8');
    const next = body.indexOf(delimiter, headerEnd + 4);
    if (next < 0) return undefined;
    const data = body.subarray(headerEnd + 4, next - 2);
    const disposition = /content-disposition:\s*form-data([^\r\n]*)/i.exec(headerText)?.[1] ?? '';
    parts.push({
      name: /;\s*name="([^"]*)"/i.exec(disposition)?.[1],
      filename: /;\s*filename="([^"]*)"/i.exec(disposition)?.[1],
      contentType: /content-type:\s*([^\r\n]+)/i.exec(headerText)?.[1]?.trim(),
      data,
    });
    pos = next;
  }
  return parts;
}
