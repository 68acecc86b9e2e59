/**
 * The request log behind `GET /_emulator/requests`. Entries never hold secrets: no headers, no token request
 * bodies (only client_id, grant_type and scope), and query values whose names look secret are replaced.
 */
import { isJsonObject, type JsonObject, type JsonValue } from './storage/json';

export interface RequestLogEntry {
  readonly seq: number;
  readonly kind: 'graph' | 'token' | 'other';
  readonly method: string;
  /** Path and query, with secret-looking query values replaced by REDACTED. */
  readonly url: string;
  status: number;
  durationMs: number;
  clientId?: string;
  businessId?: string;
  /** Injected fault kind, if any. */
  fault?: string;
  /** Graph error code or identity error, if any. */
  error?: string;
  /** JSON body of Graph writes, with secret-looking properties redacted. */
  body?: JsonValue;
  /** Token endpoint form fields that are safe to show. */
  token?: { grant_type: string | null; scope: string | null; tenant: string };
}

const SECRET_NAME = /secret|password|assertion|access_token|refresh_token|id_token|^token$|^code$|signature|^sig$|authorization|apikey|api_key/i;
export const REDACTED = 'REDACTED';

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(private readonly capacity = 10000) {}

  start(kind: RequestLogEntry['kind'], method: string, url: URL): RequestLogEntry {
    const entry: RequestLogEntry = { seq: ++this.seq, kind, method, url: redactUrl(url), status: 0, durationMs: 0 };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return entry;
  }

  list(sinceSeq = 0): RequestLogEntry[] {
    return this.entries.filter((e) => e.seq > sinceSeq).map((e) => structuredClone(e));
  }

  clear(): void {
    this.entries = [];
  }
}

export function redactUrl(url: URL): string {
  const parts: string[] = [];
  for (const [key, value] of url.searchParams) {
    parts.push(`${key}=${SECRET_NAME.test(key) ? REDACTED : encodeURIComponent(value)}`);
  }
  return parts.length === 0 ? url.pathname : `${url.pathname}?${parts.join('&')}`;
}

export function redactJson(value: unknown): JsonValue {
  if (Array.isArray(value)) return value.map(redactJson);
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_NAME.test(k) ? REDACTED : redactJson(v);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return null;
}
