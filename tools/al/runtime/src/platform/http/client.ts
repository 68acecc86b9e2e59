import { ALError, alError } from '../../errors';
import { SecretTextV } from '../../values/secretText';
import { HttpContent } from './content';
import { HttpHeaders } from './headers';
import { CannedResponse, HttpInterceptor, HttpLogSink, InterceptedRequest } from './interceptor';
import { HTTP_MESSAGES as M, SECRET_MASK } from './messages';
import { OutboundPolicy, loopbackOnly } from './policy';
import { HttpRequestMessage, isAcceptableUri } from './request';
import { HttpResponseMessage } from './response';
import { SyncTransport, WireResult } from './transport';
import { defaultTransport } from './workerTransport';

/**
 * Result of Send/Get/Post/...: AL's `[Ok :=] Client.Send(Request, var Response)`. `ok` is false when no HTTP
 * response came back (blocked, refused, timeout, handler failure); an HTTP error status is still ok = true. When AL
 * does not use the return value the interpreter throws `error`.
 */
export type SendResult =
  | { readonly ok: true; readonly response: HttpResponseMessage }
  | { readonly ok: false; readonly response: HttpResponseMessage; readonly error: ALError };

/** The session-wide HTTP settings the interpreter passes to each HttpClient. */
export interface HttpEnvironment {
  policy: OutboundPolicy;
  transport: SyncTransport;
  interceptor: HttpInterceptor | undefined;
  log: HttpLogSink | undefined;
}

export function defaultHttpEnvironment(): HttpEnvironment {
  return { policy: loopbackOnly(), transport: defaultTransport(), interceptor: undefined, log: undefined };
}

const MAX_REDIRECTS = 50;
const DEFAULT_TIMEOUT_MS = 100_000;

/** AL's HttpClient. */
export class HttpClient {
  #baseAddress = '';
  /** HttpClient.DefaultRequestHeaders. */
  readonly defaultRequestHeaders = new HttpHeaders('request');
  /** HttpClient.Timeout in milliseconds (AL: Duration); .NET's default is 100 seconds. */
  timeoutMs = DEFAULT_TIMEOUT_MS;

  constructor(readonly env: HttpEnvironment = defaultHttpEnvironment()) {}

  /** HttpClient.SetBaseAddress(Text): false for a text that is not an absolute http(s) URI. */
  setBaseAddress(uri: string): boolean {
    try {
      const u = new URL(uri);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    } catch {
      return false;
    }
    this.#baseAddress = uri;
    return true;
  }
  /** HttpClient.GetBaseAddress(). */
  getBaseAddress(): string {
    return this.#baseAddress;
  }

  /** HttpClient.Clear(): base address, default headers and timeout back to their defaults. */
  clear(): void {
    this.#baseAddress = '';
    this.defaultRequestHeaders.clear();
    this.timeoutMs = DEFAULT_TIMEOUT_MS;
  }

  /** HttpClient.Get(Path, var Response). */
  get(path: string): SendResult {
    return this.sendPath('GET', path, undefined);
  }
  /** HttpClient.Post(Path, Content, var Response). */
  post(path: string, content: HttpContent): SendResult {
    return this.sendPath('POST', path, content);
  }
  /** HttpClient.Put(Path, Content, var Response). */
  put(path: string, content: HttpContent): SendResult {
    return this.sendPath('PUT', path, content);
  }
  /** HttpClient.Patch(Path, Content, var Response). */
  patch(path: string, content: HttpContent): SendResult {
    return this.sendPath('PATCH', path, content);
  }
  /** HttpClient.Delete(Path, var Response). */
  delete(path: string): SendResult {
    return this.sendPath('DELETE', path, undefined);
  }

  private sendPath(method: string, path: string, content: HttpContent | undefined): SendResult {
    const r = new HttpRequestMessage();
    r.method = method;
    if (!r.setRequestUri(path)) return { ok: false, response: HttpResponseMessage.failed(), error: alError(M.invalidUri(path)) };
    if (content !== undefined) r.content = content;
    return this.send(r);
  }

  /** HttpClient.Send(Request, var Response). */
  send(request: HttpRequestMessage): SendResult {
    if (request.sent) throw alError(M.alreadySent());
    const shown = request.maskedUri();
    let target: URL;
    try {
      target = this.resolve(request.wireUri(), shown);
    } catch (e) {
      if (e instanceof ALError) return { ok: false, response: HttpResponseMessage.failed(), error: e };
      throw e;
    }
    request.sent = true;

    const headers = new HttpHeaders('request');
    headers.copyFrom(request.headers);
    for (const name of this.defaultRequestHeaders.keys()) {
      if (!headers.contains(name)) {
        const values = this.defaultRequestHeaders.getSecretValues(name) ?? [];
        const secret = this.defaultRequestHeaders.containsSecret(name);
        for (const v of values) headers.tryAddWithoutValidation(name, secret ? v : v.unwrap());
      }
    }
    let method = request.method;
    let content: HttpContent | undefined = request.content.length === 0 && request.content.headers.keys().length === 0 ? undefined : request.content;
    let secretUri = request.hasSecretUri();

    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const url = target.toString();
      const display = secretUri ? SECRET_MASK : url;
      const result = this.exchange(method, target, display, secretUri, headers, content);
      if (!result.ok) return result;
      const res = result.response;
      const location = res.headers.getValues('Location')?.[0];
      if (![301, 302, 303, 307, 308].includes(res.httpStatusCode) || location === undefined || result.intercepted) return { ok: true, response: res };
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        return { ok: true, response: res };
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: true, response: res };
      if (res.httpStatusCode === 303 || ((res.httpStatusCode === 301 || res.httpStatusCode === 302) && method === 'POST')) {
        method = 'GET';
        content = undefined;
      }
      // .NET drops Authorization when a redirect leaves the origin.
      if (next.origin !== target.origin) headers.remove('Authorization');
      target = next;
      secretUri = false;
    }
    const error = alError(M.tooManyRedirects(method, secretUri ? SECRET_MASK : target.toString()));
    return { ok: false, response: HttpResponseMessage.failed(), error };
  }

  private resolve(uri: string, shown: string): URL {
    const t = uri.trim();
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(t)) {
      if (!isAcceptableUri(t)) throw alError(M.invalidUri(shown));
      return new URL(t);
    }
    if (this.#baseAddress === '') throw alError(M.relativeWithoutBase(shown));
    try {
      return new URL(t, this.#baseAddress);
    } catch {
      throw alError(M.invalidUri(shown));
    }
  }

  /** One hop: interceptor, outbound policy, transport. */
  private exchange(
    method: string,
    target: URL,
    display: string,
    secretUri: boolean,
    headers: HttpHeaders,
    content: HttpContent | undefined,
  ): ({ ok: true; response: HttpResponseMessage; intercepted: boolean }) | { ok: false; response: HttpResponseMessage; error: ALError } {
    const maskedHeaders = [...headers.masked(), ...(content?.headers.masked() ?? [])];
    const logBase = { method, url: display, requestHeaders: maskedHeaders.map((h) => ({ name: h.name, value: h.value })) };
    const log = (outcome: 'response' | 'intercepted' | 'blocked' | 'timeout' | 'error', status: number, message: string): void => {
      this.env.log?.({ ...logBase, outcome, status, message });
    };
    const fail = (outcome: 'blocked' | 'timeout' | 'error', error: ALError, response = HttpResponseMessage.failed()) => {
      log(outcome, 0, error.message);
      return { ok: false as const, response, error };
    };

    const interceptor = this.env.interceptor;
    if (interceptor !== undefined) {
      const urlText = target.toString();
      const seen: InterceptedRequest = {
        method,
        url: display,
        hasSecretUri: secretUri,
        headers: maskedHeaders,
        body: content === undefined ? '' : content.maskedText(),
        contentIsSecret: content?.isSecret() ?? false,
        unwrapSecretHeader: (name) => headers.getSecretValues(name) ?? content?.headers.getSecretValues(name),
        unwrapSecretUri: () => new SecretTextV(urlText),
        unwrapSecretBody: () => (content?.isSecret() === true ? content.readAsSecret() : undefined),
      };
      const decision = interceptor(seen);
      switch (decision.kind) {
        case 'respond': {
          const canned = decision.response;
          if (canned.failRequest === true) return fail('error', alError(M.failedByHandler(method, display)));
          const res = cannedResponse(canned);
          if (res.isBlockedByEnvironment) return fail('blocked', alError(M.blocked(method, display, this.env.policy.description)), res);
          log('intercepted', res.httpStatusCode, '');
          return { ok: true, response: res, intercepted: true };
        }
        case 'fail':
          return fail('blocked', decision.error, HttpResponseMessage.blocked());
        case 'throw':
          log('blocked', 0, decision.error.message);
          throw decision.error;
        case 'passThrough':
          break;
      }
    }

    if (!this.env.policy.allows(target)) {
      return fail('blocked', alError(M.blocked(method, display, this.env.policy.description)), HttpResponseMessage.blocked());
    }

    const wire: WireResult = this.env.transport.send({
      method,
      url: target.toString(),
      headers: [...headers.wire(), ...(content?.headers.wire() ?? [])],
      body: content === undefined ? undefined : content.wireBody(),
      timeoutMs: this.timeoutMs,
    });
    switch (wire.kind) {
      case 'timeout':
        return fail('timeout', alError(M.timeout(method, display, this.timeoutMs / 1000)));
      case 'error': {
        const error =
          wire.code === 'ECONNREFUSED'
            ? alError(M.refused(method, display, secretUri ? SECRET_MASK : wire.address))
            : alError(M.network(method, display, wire.code, secretUri ? 'see the network' : scrub(wire.message, headers)));
        return fail('error', error);
      }
      case 'response': {
        const res = fromWire(wire.status, wire.statusText, wire.headers, wire.body);
        log('response', res.httpStatusCode, '');
        return { ok: true, response: res, intercepted: false };
      }
    }
  }
}

/** Removes any secret header value from a network error text (defence in depth; Node's texts do not contain them). */
function scrub(message: string, headers: HttpHeaders): string {
  let out = message;
  for (const name of headers.keys()) {
    if (!headers.containsSecret(name)) continue;
    for (const v of headers.getSecretValues(name) ?? []) {
      const s = v.unwrap();
      if (s !== '') out = out.split(s).join(SECRET_MASK);
    }
  }
  return out;
}

const CONTENT_HEADER_NAMES = new Set([
  'allow',
  'content-disposition',
  'content-encoding',
  'content-language',
  'content-length',
  'content-location',
  'content-md5',
  'content-range',
  'content-type',
  'expires',
  'last-modified',
]);

function fromWire(status: number, reason: string, lines: readonly (readonly [string, string])[], body: Uint8Array, blocked = false): HttpResponseMessage {
  const headers = new HttpHeaders('response');
  const contentLines: [string, string][] = [];
  for (const [n, v] of lines) {
    if (CONTENT_HEADER_NAMES.has(n.toLowerCase())) contentLines.push([n, v]);
    else headers.append(n, v);
  }
  return new HttpResponseMessage(status, reason, headers, HttpContent.received(body, contentLines), blocked);
}

function cannedResponse(c: CannedResponse): HttpResponseMessage {
  const body = c.body === undefined ? new Uint8Array(0) : typeof c.body === 'string' ? Buffer.from(c.body, 'utf8') : c.body;
  return fromWire(c.status, c.reasonPhrase ?? REASONS.get(c.status) ?? '', c.headers ?? [], body, c.isBlockedByEnvironment === true);
}

const REASONS = new Map<number, string>([
  [200, 'OK'],
  [201, 'Created'],
  [202, 'Accepted'],
  [204, 'No Content'],
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [409, 'Conflict'],
  [429, 'Too Many Requests'],
  [500, 'Internal Server Error'],
  [503, 'Service Unavailable'],
]);
