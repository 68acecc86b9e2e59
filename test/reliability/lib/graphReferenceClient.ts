/**
 * Reference Graph client: a TEST HARNESS that models what the AL "BKI Graph Client" (src-al/Setup/Codeunits/
 * BKIGraphClientImpl.Codeunit.al) must do, so the emulator's fault classes can be driven and measured before the AL
 * runtime speaks HTTP. It is not product code. Behaviour mirrors the AL design one to one:
 * - per request at most 4 attempts; 429/503/504 are retried after Retry-After seconds (capped at 60), or after
 *   2^attempt seconds when the header is missing;
 * - one 401 per request drops the cached token and retries with a new one;
 * - a network failure (connection reset, timeout), a token failure, any other status and a 2xx body that is not
 *   JSON fail the request at once with a classified cause (the sync run records it and the next run reads again);
 * - next links are followed only on the configured Graph host, at most 1000 pages per list.
 * Written by hand rather than with cockatiel because it must mirror the AL loop exactly (attempt counting,
 * token refresh, which failures are final), which a generic policy library would blur.
 */

export type FailureClass = 'token' | 'network' | 'http' | 'invalid-response' | 'foreign-host' | 'too-many-pages';

export class GraphFailure extends Error {
  constructor(
    readonly failureClass: FailureClass,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GraphFailure';
  }
}

export interface ClientOptions {
  readonly tokenUrl: string;
  readonly graphUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Waits between attempts; tests pass a virtual clock that records the delay and returns at once. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Per-request timeout (AL: HttpClient.Timeout). */
  readonly timeoutMs: number;
}

/** What the client did, for figures and invariants. */
export interface ClientStats {
  requests: number;
  tokenRequests: number;
  retries: number;
  tokenRefreshes: number;
  /** Every access token received (the secrets scan looks for them in everything observable). */
  readonly tokens: string[];
  /** Every wait: the status that caused it, the Retry-After it announced (seconds, or undefined) and the wait. */
  readonly waits: { status: number; retryAfter: number | undefined; waitedMs: number }[];
}

const MAX_ATTEMPTS = 4;
const MAX_RETRY_AFTER_SECONDS = 60;
const MAX_PAGES = 1000;
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  return cause instanceof Error ? `${e.message} (${cause.message})` : e.message;
}

export class GraphReferenceClient {
  readonly stats: ClientStats = { requests: 0, tokenRequests: 0, retries: 0, tokenRefreshes: 0, tokens: [], waits: [] };
  private token: string | undefined;

  constructor(private readonly options: ClientOptions) {}

  /** Reads every page of a list and returns the items in order. Throws GraphFailure. */
  async getAllPages(relativePath: string): Promise<unknown[]> {
    const items: unknown[] = [];
    let next: string | undefined = relativePath;
    let pages = 0;
    while (next !== undefined) {
      if (++pages > MAX_PAGES) throw new GraphFailure('too-many-pages', 0, `more than ${MAX_PAGES} pages for one list`);
      const page = await this.getJson(next);
      const value = page['value'];
      if (!Array.isArray(value)) throw new GraphFailure('invalid-response', 200, 'a list page without a value array');
      items.push(...(value as unknown[]));
      const link = page['@odata.nextLink'];
      next = typeof link === 'string' ? link : undefined;
    }
    return items;
  }

  /** GET one JSON object. Throws GraphFailure. */
  async getJson(pathOrUrl: string): Promise<Record<string, unknown>> {
    const url = this.buildUrl(pathOrUrl);
    let tokenRefreshed = false;
    for (let attempt = 1; ; attempt++) {
      const token = await this.acquireToken();
      this.stats.requests++;
      let response: Response;
      let text: string;
      try {
        response = await fetch(url, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        text = await response.text();
      } catch (e) {
        throw new GraphFailure('network', 0, `could not reach Microsoft Graph: ${errorText(e)}`);
      }
      if (response.ok) {
        let parsed: unknown;
        try {
          parsed = text.trim() === '' ? {} : JSON.parse(text);
        } catch {
          throw new GraphFailure('invalid-response', response.status, `Microsoft Graph answered ${response.status} with a body that is not JSON`);
        }
        if (!isRecord(parsed)) throw new GraphFailure('invalid-response', response.status, 'Microsoft Graph answered with JSON that is not an object');
        return parsed;
      }
      if (response.status === 401 && !tokenRefreshed) {
        tokenRefreshed = true;
        this.token = undefined;
        this.stats.tokenRefreshes++;
        this.stats.retries++;
        continue;
      }
      if ([429, 503, 504].includes(response.status) && attempt < MAX_ATTEMPTS) {
        const header = response.headers.get('retry-after');
        const seconds = header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
        const waitMs = seconds !== undefined ? Math.min(seconds, MAX_RETRY_AFTER_SECONDS) * 1000 : 1000 * 2 ** attempt;
        this.stats.waits.push({ status: response.status, retryAfter: seconds, waitedMs: waitMs });
        this.stats.retries++;
        await this.options.sleep(waitMs);
        continue;
      }
      throw new GraphFailure('http', response.status, `Microsoft Graph answered ${response.status} ${graphErrorCode(text)} after ${attempt} attempt(s)`);
    }
  }

  private buildUrl(pathOrUrl: string): string {
    const base = this.options.graphUrl.replace(/\/+$/, '');
    if (/^https?:\/\//i.test(pathOrUrl)) {
      // Next links are absolute: never send the token to another host than the configured endpoint.
      if (!pathOrUrl.toLowerCase().startsWith(`${base.toLowerCase()}/`)) throw new GraphFailure('foreign-host', 0, 'a next link points to another host');
      return pathOrUrl;
    }
    return `${base}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  }

  private async acquireToken(): Promise<string> {
    if (this.token !== undefined) return this.token;
    this.stats.tokenRequests++;
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
      scope: GRAPH_SCOPE,
    });
    let status: number;
    let text: string;
    try {
      const response = await fetch(this.options.tokenUrl, { method: 'POST', body, signal: AbortSignal.timeout(this.options.timeoutMs) });
      status = response.status;
      text = await response.text();
    } catch (e) {
      throw new GraphFailure('token', 0, `could not reach the token endpoint: ${errorText(e)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new GraphFailure('token', status, `the token endpoint answered ${status} with a body that is not JSON`);
    }
    const token = isRecord(parsed) ? parsed['access_token'] : undefined;
    if (status !== 200 || typeof token !== 'string' || token === '') {
      const code = isRecord(parsed) && typeof parsed['error'] === 'string' ? parsed['error'] : 'no access_token';
      throw new GraphFailure('token', status, `the token endpoint refused the request: ${status} ${code}`);
    }
    this.token = token;
    this.stats.tokens.push(token);
    return token;
  }
}

function graphErrorCode(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    const error = isRecord(parsed) ? parsed['error'] : undefined;
    return isRecord(error) && typeof error['code'] === 'string' ? error['code'] : 'without a Graph error';
  } catch {
    return 'without a JSON body';
  }
}
