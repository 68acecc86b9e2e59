import { ALError, alError } from '../../errors';
import { SecretTextV } from '../../values/secretText';
import { HTTP_MESSAGES as M, SECRET_MASK } from './messages';

/** Which object the headers belong to; .NET (and so BC) refuses a header on the wrong one. */
export type HeaderOwner = 'request' | 'content' | 'response';

export type HeaderValue = string | SecretTextV;

export type AddOutcome = { readonly ok: true } | { readonly ok: false; readonly error: ALError };

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Content headers (System.Net.Http.Headers.HttpContentHeaders). */
const CONTENT_HEADERS = new Set([
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
/** Response-only headers (HttpResponseHeaders), refused on requests. */
const RESPONSE_ONLY = new Set(['accept-ranges', 'age', 'etag', 'location', 'proxy-authenticate', 'retry-after', 'server', 'vary', 'www-authenticate']);
/** Request-only headers (HttpRequestHeaders), refused on responses. */
const REQUEST_ONLY = new Set([
  'accept',
  'accept-charset',
  'accept-encoding',
  'accept-language',
  'authorization',
  'expect',
  'from',
  'host',
  'if-match',
  'if-modified-since',
  'if-none-match',
  'if-range',
  'if-unmodified-since',
  'max-forwards',
  'proxy-authorization',
  'range',
  'referer',
  'te',
  'user-agent',
]);
/** Headers that hold one value only. */
const SINGLE_VALUE = new Set([
  'content-type',
  'content-length',
  'content-location',
  'content-md5',
  'content-range',
  'content-disposition',
  'expires',
  'last-modified',
  'authorization',
  'proxy-authorization',
  'host',
  'if-modified-since',
  'if-range',
  'if-unmodified-since',
  'max-forwards',
  'referer',
  'age',
  'etag',
  'location',
  'retry-after',
]);

const MEDIA_TYPE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+(\s*;\s*[!#$%&'*+\-.^_`|~0-9A-Za-z]+=("[^"]*"|[!#$%&'*+\-.^_`|~0-9A-Za-z]+))*\s*$/;

function misused(owner: HeaderOwner, lower: string): boolean {
  switch (owner) {
    case 'request':
      return CONTENT_HEADERS.has(lower) || RESPONSE_ONLY.has(lower);
    case 'response':
      return CONTENT_HEADERS.has(lower) || REQUEST_ONLY.has(lower);
    case 'content':
      return !CONTENT_HEADERS.has(lower) && (REQUEST_ONLY.has(lower) || RESPONSE_ONLY.has(lower));
  }
}

function validValue(lower: string, value: string): boolean {
  switch (lower) {
    case 'content-type':
      return MEDIA_TYPE.test(value.trim());
    case 'content-length':
    case 'max-forwards':
      return /^\s*\d+\s*$/.test(value);
    case 'authorization':
    case 'proxy-authorization':
      return /^\s*[!#$%&'*+\-.^_`|~0-9A-Za-z]+(\s+\S.*)?$/.test(value);
    default:
      return true;
  }
}

interface Entry {
  name: string;
  values: HeaderValue[];
}

/**
 * AL's HttpHeaders: an ordered, case-insensitive multi-map of header values, a value being Text or SecretText.
 * It belongs to a request, a content or a response, and validates like .NET's HttpHeaders.Add. A SecretText value
 * is only ever read by the transport (to put it on the wire) and by an explicit GetSecretValues.
 */
export class HttpHeaders {
  readonly #entries = new Map<string, Entry>();
  constructor(readonly owner: HeaderOwner) {}

  /** HttpHeaders.Add(Name, Value): validates name, owner, single-value rule and value format. */
  add(name: string, value: HeaderValue): AddOutcome {
    const error = this.check(name, value, true);
    if (error !== undefined) return { ok: false, error };
    this.put(name, value);
    return { ok: true };
  }

  /** HttpHeaders.TryAddWithoutValidation(Name, Value): skips the value format and single-value checks; false for an
   * invalid name, a header of another owner, or a value with a line break. */
  tryAddWithoutValidation(name: string, value: HeaderValue): boolean {
    if (this.check(name, value, false) !== undefined) return false;
    this.put(name, value);
    return true;
  }

  private check(name: string, value: HeaderValue, validate: boolean): ALError | undefined {
    if (!TOKEN.test(name)) return alError(M.invalidHeaderName(name));
    const lower = name.toLowerCase();
    if (misused(this.owner, lower)) return alError(M.misusedHeader(name));
    const text = typeof value === 'string' ? value : value.unwrap();
    if (/[\r\n]/.test(text)) return alError(M.newLineInHeader(name));
    if (!validate) return undefined;
    if (SINGLE_VALUE.has(lower) && (this.#entries.get(lower)?.values.length ?? 0) > 0) return alError(M.singleValueHeader(name));
    if (!validValue(lower, text)) return alError(M.invalidHeaderValue(name));
    return undefined;
  }

  private put(name: string, value: HeaderValue): void {
    const lower = name.toLowerCase();
    const e = this.#entries.get(lower);
    if (e === undefined) this.#entries.set(lower, { name, values: [value] });
    else e.values.push(value);
  }

  /** Sets a header to one value without validation (the runtime's own Content-Type defaults, response headers). */
  set(name: string, value: HeaderValue): void {
    this.#entries.set(name.toLowerCase(), { name, values: [value] });
  }

  /** Appends without validation (response headers as received). */
  append(name: string, value: string): void {
    this.put(name, value);
  }

  contains(name: string): boolean {
    return this.#entries.has(name.toLowerCase());
  }

  /** HttpHeaders.ContainsSecret(Name): true when the header holds a SecretText value. */
  containsSecret(name: string): boolean {
    return this.#entries.get(name.toLowerCase())?.values.some((v) => v instanceof SecretTextV) ?? false;
  }

  remove(name: string): boolean {
    return this.#entries.delete(name.toLowerCase());
  }

  clear(): void {
    this.#entries.clear();
  }

  /** HttpHeaders.GetValues(Name, var Values): the Text values, undefined when the header is absent (AL: false);
   * a secret header is an error. */
  getValues(name: string): string[] | undefined {
    const e = this.#entries.get(name.toLowerCase());
    if (e === undefined) return undefined;
    const out: string[] = [];
    for (const v of e.values) {
      if (v instanceof SecretTextV) throw alError(M.secretHeaderAsText(e.name));
      out.push(v);
    }
    return out;
  }

  /** HttpHeaders.GetSecretValues(Name, var Values: List of [SecretText]): every value, Text ones wrapped. */
  getSecretValues(name: string): SecretTextV[] | undefined {
    const e = this.#entries.get(name.toLowerCase());
    if (e === undefined) return undefined;
    return e.values.map((v) => (v instanceof SecretTextV ? v : new SecretTextV(v)));
  }

  /** HttpHeaders.Keys(): header names as first added. */
  keys(): string[] {
    return [...this.#entries.values()].map((e) => e.name);
  }

  /** Name/value pairs with every secret replaced by the mask: what logs, errors and handlers may see. */
  masked(): { name: string; value: string; secret: boolean }[] {
    const out: { name: string; value: string; secret: boolean }[] = [];
    for (const e of this.#entries.values()) {
      for (const v of e.values) out.push(v instanceof SecretTextV ? { name: e.name, value: SECRET_MASK, secret: true } : { name: e.name, value: v, secret: false });
    }
    return out;
  }

  /** Name/value pairs with secrets unwrapped: for the transport only (the bytes that go on the wire). */
  wire(): [string, string][] {
    const out: [string, string][] = [];
    for (const e of this.#entries.values()) for (const v of e.values) out.push([e.name, v instanceof SecretTextV ? v.unwrap() : v]);
    return out;
  }

  copyFrom(other: HttpHeaders): void {
    for (const e of other.#entries.values()) {
      for (const v of e.values) this.put(e.name, v);
    }
  }

  toString(): string {
    return this.masked()
      .map((h) => `${h.name}: ${h.value}`)
      .join('\n');
  }
  toJSON(): unknown {
    return this.masked();
  }
}
