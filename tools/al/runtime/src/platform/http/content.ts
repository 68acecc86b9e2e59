import { alError } from '../../errors';
import { SecretTextV } from '../../values/secretText';
import { HttpHeaders } from './headers';
import { HTTP_MESSAGES as M, SECRET_MASK } from './messages';

const TEXT_PLAIN = 'text/plain; charset=utf-8';

/**
 * AL's HttpContent: a body plus its content headers. WriteFrom(Text) sets Content-Type to
 * "text/plain; charset=utf-8" as .NET's StringContent does (AL code then replaces it with Remove + Add). A body
 * written from SecretText is secret: it reaches the wire but ReadAs(Text), logs and handlers see a mask.
 */
export class HttpContent {
  #body: Uint8Array = new Uint8Array(0);
  #secret: SecretTextV | undefined;
  /** Set only for a handler's view of a secret request body: ReadAs(Text) shows this mask instead of failing. */
  #textMask: string | undefined;
  readonly headers = new HttpHeaders('content');

  /** HttpContent.WriteFrom(Text). */
  writeFromText(text: string): void {
    this.#body = Buffer.from(text, 'utf8');
    this.#secret = undefined;
    this.#textMask = undefined;
    this.headers.clear();
    this.headers.set('Content-Type', TEXT_PLAIN);
  }

  /** HttpContent.WriteFrom(SecretText). */
  writeFromSecret(secret: SecretTextV): void {
    this.#body = new Uint8Array(0);
    this.#secret = secret;
    this.#textMask = undefined;
    this.headers.clear();
    this.headers.set('Content-Type', TEXT_PLAIN);
  }

  /**
   * The request body a [HttpClientHandler] sees when it was written from SecretText: ReadAs(var SecretText) gives the
   * secret. BC allows only that read; the runtime also lets ReadAs(var Text) return the mask "***" (older handlers
   * read every body as Text), so a handler that relies on the mask would fail in BC.
   */
  writeFromSecretForHandler(secret: SecretTextV): void {
    this.writeFromSecret(secret);
    this.#textMask = SECRET_MASK;
  }

  /** HttpContent.WriteFrom(InStream): the stream's bytes; no Content-Type (as .NET's StreamContent). */
  writeFromBytes(bytes: Uint8Array): void {
    this.#body = Uint8Array.from(bytes);
    this.#secret = undefined;
    this.#textMask = undefined;
    this.headers.clear();
  }

  /** HttpContent.ReadAs(var Text): UTF-8 (or Latin-1 when the Content-Type says so); refused for a secret body. */
  readAsText(): string {
    if (this.#secret !== undefined) {
      if (this.#textMask !== undefined) return this.#textMask;
      throw alError(M.secretContentAsText());
    }
    const ct = this.headers.getValues('Content-Type')?.[0] ?? '';
    const latin1 = /charset\s*=\s*"?(iso-8859-1|latin1|windows-1252)/i.test(ct);
    return Buffer.from(this.#body).toString(latin1 ? 'latin1' : 'utf8').replace(/^\uFEFF/, '');
  }

  /** HttpContent.ReadAs(var SecretText). */
  readAsSecret(): SecretTextV {
    return this.#secret ?? new SecretTextV(Buffer.from(this.#body).toString('utf8'));
  }

  /** HttpContent.ReadAs(var InStream): the bytes (the interpreter wraps them in its stream type). */
  readAsBytes(): Uint8Array {
    if (this.#secret !== undefined) throw alError(M.secretContentAsText());
    return Uint8Array.from(this.#body);
  }

  /** HttpContent.IsSecretContent(). */
  isSecret(): boolean {
    return this.#secret !== undefined;
  }

  /** HttpContent.Clear(): empty body, no headers. */
  clear(): void {
    this.#body = new Uint8Array(0);
    this.#secret = undefined;
    this.#textMask = undefined;
    this.headers.clear();
  }

  get length(): number {
    return this.#secret !== undefined ? Buffer.byteLength(this.#secret.unwrap(), 'utf8') : this.#body.length;
  }

  /** The body for the transport only. */
  wireBody(): Uint8Array {
    return this.#secret !== undefined ? Buffer.from(this.#secret.unwrap(), 'utf8') : this.#body;
  }

  /** The body as logs and handlers may see it. */
  maskedText(): string {
    return this.#secret !== undefined ? SECRET_MASK : Buffer.from(this.#body).toString('utf8');
  }

  /** Fills the content from received bytes and headers (responses). */
  static received(body: Uint8Array, headers: readonly (readonly [string, string])[]): HttpContent {
    const c = new HttpContent();
    c.#body = body;
    for (const [n, v] of headers) c.headers.append(n, v);
    return c;
  }

  toString(): string {
    return `HttpContent(${this.length} bytes${this.isSecret() ? ', secret' : ''})`;
  }
  toJSON(): unknown {
    return this.toString();
  }
}
