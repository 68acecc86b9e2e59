import { alError } from '../../errors';
import { SecretTextV } from '../../values/secretText';
import { HttpContent } from './content';
import { HttpHeaders } from './headers';
import { HTTP_MESSAGES as M, SECRET_MASK } from './messages';

const METHOD = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** AL's HttpRequestMessage: method, URI (plain or SecretText), request headers and content. */
export class HttpRequestMessage {
  #method = 'GET';
  #uri = '';
  #secretUri: SecretTextV | undefined;
  readonly headers = new HttpHeaders('request');
  content = new HttpContent();
  /** Set once sent; .NET refuses to send a request message twice. */
  sent = false;

  /** HttpRequestMessage.Method (get). */
  get method(): string {
    return this.#method;
  }
  /** HttpRequestMessage.Method := Text; upper-cased as .NET normalises the well-known methods. */
  set method(m: string) {
    const t = m.trim();
    if (!METHOD.test(t)) throw alError(M.invalidMethod(m));
    this.#method = /^(get|post|put|patch|delete|head|options|trace)$/i.test(t) ? t.toUpperCase() : t;
  }

  /** HttpRequestMessage.SetRequestUri(Text): false for a text that is neither an absolute http(s) URI nor relative. */
  setRequestUri(uri: string): boolean {
    if (!isAcceptableUri(uri)) return false;
    this.#uri = uri;
    this.#secretUri = undefined;
    return true;
  }

  /** HttpRequestMessage.GetRequestUri(): the text set; a secret URI is not returned (empty text). */
  getRequestUri(): string {
    return this.#secretUri === undefined ? this.#uri : '';
  }

  /** HttpRequestMessage.SetSecretRequestUri(SecretText). */
  setSecretRequestUri(uri: SecretTextV): boolean {
    if (!isAcceptableUri(uri.unwrap())) return false;
    this.#secretUri = uri;
    this.#uri = '';
    return true;
  }

  /** HttpRequestMessage.GetSecretRequestUri(). */
  getSecretRequestUri(): SecretTextV {
    return this.#secretUri ?? new SecretTextV(this.#uri);
  }

  /** HttpRequestMessage.HasSecretUri(). */
  hasSecretUri(): boolean {
    return this.#secretUri !== undefined;
  }

  /** The URI text for the transport only. */
  wireUri(): string {
    return this.#secretUri !== undefined ? this.#secretUri.unwrap() : this.#uri;
  }

  /** The URI as logs and errors show it. */
  maskedUri(): string {
    return this.#secretUri !== undefined ? SECRET_MASK : this.#uri;
  }

  toString(): string {
    return `${this.#method} ${this.maskedUri()}`;
  }
  toJSON(): unknown {
    return this.toString();
  }
}

export function isAcceptableUri(uri: string): boolean {
  const t = uri.trim();
  if (t === '') return true;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(t)) {
    try {
      const u = new URL(t);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }
  return !/[\s<>"{}|\\^`]/.test(t);
}
