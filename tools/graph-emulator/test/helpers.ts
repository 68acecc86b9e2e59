/** Test helpers: a tiny Graph client over fetch against an in-process emulator on 127.0.0.1, port 0. */
import { startEmulator, type ClientCredentials, type Emulator, type EmulatorOptions } from '../src/index';

export const FIXED_NOW = new Date('2026-11-25T10:00:00Z');
export const PHYSIO = 'ContosoPhysio@contoso.onmicrosoft.com';
export const BERLIN = 'FabrikamBeratung@contoso.onmicrosoft.com';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  readonly json: Record<string, unknown> | undefined;
}

export async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ now: () => FIXED_NOW, ...options });
}

export function form(values: Record<string, string>): URLSearchParams {
  return new URLSearchParams(values);
}

export async function requestToken(emulator: Emulator, credentials: ClientCredentials = emulator.credentials): Promise<string> {
  const reply = await send('POST', `${emulator.url}/${credentials.tenantId}/oauth2/v2.0/token`, {
    body: form({ client_id: credentials.clientId, client_secret: credentials.clientSecret, grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }),
  });
  const token = reply.json?.['access_token'];
  if (reply.status !== 200 || typeof token !== 'string') throw new Error(`token request failed: ${reply.status} ${reply.text}`);
  return token;
}

export async function send(method: string, url: string, init: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== undefined) headers['Authorization'] = `Bearer ${init.token}`;
  let body: string | URLSearchParams | undefined;
  if (init.body instanceof URLSearchParams) body = init.body;
  else if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A Graph client bound to one emulator and one app. */
export class Graph {
  private token: string | undefined;

  constructor(readonly emulator: Emulator, readonly credentials: ClientCredentials = emulator.credentials) {}

  async bearer(): Promise<string> {
    this.token ??= await requestToken(this.emulator, this.credentials);
    return this.token;
  }

  business(id: string, rest = ''): string {
    return `/solutions/bookingBusinesses/${encodeURIComponent(id)}${rest}`;
  }

  async get(path: string): Promise<Reply> {
    return send('GET', this.url(path), { token: await this.bearer() });
  }

  async post(path: string, body?: unknown): Promise<Reply> {
    return send('POST', this.url(path), { token: await this.bearer(), ...(body === undefined ? {} : { body }) });
  }

  async patch(path: string, body: unknown): Promise<Reply> {
    return send('PATCH', this.url(path), { token: await this.bearer(), body });
  }

  async delete(path: string): Promise<Reply> {
    return send('DELETE', this.url(path), { token: await this.bearer() });
  }

  /** Follows @odata.nextLink to the end; returns all items and the number of pages. */
  async all(path: string): Promise<{ items: Record<string, unknown>[]; pages: number }> {
    const items: Record<string, unknown>[] = [];
    let url: string | undefined = this.url(path);
    let pages = 0;
    while (url !== undefined) {
      const reply = await send('GET', url, { token: await this.bearer() });
      if (reply.status !== 200) throw new Error(`paging failed: ${reply.status} ${reply.text}`);
      pages++;
      items.push(...values(reply));
      const next = reply.json?.['@odata.nextLink'];
      url = typeof next === 'string' ? next : undefined;
    }
    return { items, pages };
  }

  private url(path: string): string {
    return path.startsWith('http') ? path : `${this.emulator.graphUrl}${path}`;
  }
}

export function values(reply: Reply): Record<string, unknown>[] {
  const value = reply.json?.['value'];
  if (!Array.isArray(value)) throw new Error(`no value array in ${reply.status} ${reply.text.slice(0, 300)}`);
  return value as Record<string, unknown>[];
}

export function errorCode(reply: Reply): string | undefined {
  const error = reply.json?.['error'];
  return typeof error === 'object' && error !== null ? String((error as Record<string, unknown>)['code']) : undefined;
}
