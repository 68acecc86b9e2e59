/**
 * The one HTTP path of the scripts (Node's built-in fetch). It adds a timeout, retries transient failures with
 * cockatiel (network errors and 502/503/504 for idempotent requests; 429 and 503 for all, since the server did not
 * act on them), and turns failures into ScriptErrors whose text has passed through the Redactor.
 */
import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import { ScriptError, errorText, type ScriptErrorKind } from './errors';
import { Redactor } from './redact';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array | FormData | URLSearchParams;
  /** What the request is for, used in error messages ("Publishing app to http://..."). */
  readonly purpose: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Buffer;
}

export interface HttpOptions {
  readonly redactor: Redactor;
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  /** First retry delay; doubles per attempt (tests pass a few milliseconds). */
  readonly retryDelayMs?: number;
  readonly onRetry?: (message: string) => void;
}

class Transient extends Error {
  constructor(readonly response: HttpResponse | undefined, readonly failure: unknown) {
    super('transient');
  }
}

function retryable(method: HttpMethod, status: number): boolean {
  if (status === 429 || status === 503) return true;
  return method === 'GET' && (status === 502 || status === 504);
}

export class HttpClient {
  constructor(private readonly options: HttpOptions) {}

  get redactor(): Redactor {
    return this.options.redactor;
  }

  /** Sends the request; resolves with any HTTP status (the caller judges it), rejects only when nothing came back. */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const policy = retry(
      handleWhen((e) => e instanceof Transient),
      {
        maxAttempts: (this.options.maxAttempts ?? 4) - 1,
        backoff: new ExponentialBackoff({ initialDelay: this.options.retryDelayMs ?? 1000, maxDelay: 30_000 }),
      },
    );
    policy.onRetry((r) => {
      const reason = 'error' in r && r.error instanceof Transient
        ? r.error.response !== undefined ? `HTTP ${r.error.response.status}` : errorText(r.error.failure)
        : 'error';
      this.options.onRetry?.(this.options.redactor.redact(`${req.purpose}: ${reason}, retrying`));
    });
    try {
      return await policy.execute(() => this.once(req));
    } catch (e) {
      if (e instanceof Transient) {
        if (e.response !== undefined) return e.response;
        throw this.networkError(req, e.failure);
      }
      throw e;
    }
  }

  private async once(req: HttpRequest): Promise<HttpResponse> {
    let res: Response;
    try {
      const init: RequestInit = { method: req.method, redirect: 'manual', signal: AbortSignal.timeout(this.options.timeoutMs ?? 300_000) };
      if (req.headers !== undefined) init.headers = { ...req.headers };
      if (req.body !== undefined) init.body = req.body;
      res = await fetch(req.url, init);
    } catch (e) {
      if (req.method === 'GET') throw new Transient(undefined, e);
      throw this.networkError(req, e);
    }
    const body = Buffer.from(await res.arrayBuffer());
    const response: HttpResponse = { status: res.status, statusText: res.statusText, headers: res.headers, body };
    if (retryable(req.method, res.status)) throw new Transient(response, undefined);
    return response;
  }

  private networkError(req: HttpRequest, cause: unknown): ScriptError {
    const origin = safeOrigin(req.url);
    const code = causeCode(cause);
    return new ScriptError(
      'network',
      this.options.redactor.redact(`${req.purpose} failed: could not reach ${origin} (${code}); check the server address and that it is running.`),
    );
  }

  /** Throws a ScriptError for a non-2xx response: one line with the cause, the server's message lines as details. */
  fail(req: HttpRequest, res: HttpResponse, hint: string, kindOverride?: ScriptErrorKind): never {
    const lines = serverMessageLines(res.body);
    const first = (lines[0] ?? '').replace(/\.+$/, '');
    const kind: ScriptErrorKind = kindOverride ?? (res.status === 401 || res.status === 403 ? 'auth' : 'server');
    const message = `${req.purpose} failed: HTTP ${res.status}${res.statusText === '' ? '' : ` ${res.statusText}`} from ${safeOrigin(req.url)}${first === '' ? '' : `: ${first}`}. ${hint}`;
    throw new ScriptError(kind, this.options.redactor.redact(message.trim()), lines.slice(1).map((l) => this.options.redactor.redact(l)));
  }
}

function safeOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

function causeCode(e: unknown): string {
  const cause = e instanceof Error ? (e as { cause?: unknown }).cause : undefined;
  if (cause !== null && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (e instanceof Error && e.name === 'TimeoutError') return 'timed out';
  return errorText(e);
}

/**
 * The message lines of an error body: BC's `{"Message": "..."}` (dev endpoint), OData's
 * `{"error": {"code", "message"}}` (APIs), Entra's `{"error", "error_description"}`, or the text itself.
 */
export function serverMessageLines(body: Buffer): string[] {
  const text = body.toString('utf8').trim();
  if (text === '') return [];
  let message: string | undefined;
  try {
    const json: unknown = JSON.parse(text);
    message = pickMessage(json);
  } catch {
    message = undefined;
  }
  const chosen = message ?? text.slice(0, 4000);
  return chosen.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

function pickMessage(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const o = json as Record<string, unknown>;
  if (typeof o['Message'] === 'string') return o['Message'];
  if (typeof o['message'] === 'string') return o['message'];
  if (typeof o['error_description'] === 'string') return o['error_description'];
  const err = o['error'];
  if (err !== null && typeof err === 'object') {
    const e = err as Record<string, unknown>;
    if (typeof e['message'] === 'string') return typeof e['code'] === 'string' ? `${e['code']}: ${e['message']}` : e['message'];
  }
  if (typeof err === 'string') return err;
  return undefined;
}

export function parseJson(res: HttpResponse, purpose: string): unknown {
  try {
    return JSON.parse(res.body.toString('utf8'));
  } catch {
    throw new ScriptError('server', `${purpose}: the server answered HTTP ${res.status} with a body that is not JSON.`);
  }
}
