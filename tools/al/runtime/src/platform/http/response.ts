import { alError } from '../../errors';
import { HttpContent } from './content';
import { HttpHeaders } from './headers';
import { HTTP_MESSAGES as M } from './messages';

/** AL's HttpResponseMessage. A default (never sent) response has status 0 and empty content. */
export class HttpResponseMessage {
  constructor(
    /** HttpResponseMessage.HttpStatusCode. */
    readonly httpStatusCode: number = 0,
    /** HttpResponseMessage.ReasonPhrase. */
    readonly reasonPhrase: string = '',
    /** HttpResponseMessage.Headers (response headers; content headers are in content.headers). */
    readonly headers: HttpHeaders = new HttpHeaders('response'),
    private readonly contentValue: HttpContent = new HttpContent(),
    /** HttpResponseMessage.IsBlockedByEnvironment: the environment's outbound policy refused the request. */
    readonly isBlockedByEnvironment: boolean = false,
    /** False for the response of a failed request (no HTTP response came back). */
    readonly hasContent: boolean = true,
  ) {}

  /** HttpResponseMessage.Content; an error after a failed request, as Learn documents for HttpClient.Get. */
  get content(): HttpContent {
    if (!this.hasContent) throw alError(M.noContent());
    return this.contentValue;
  }

  /** HttpResponseMessage.IsSuccessStatusCode: 200-299. */
  get isSuccessStatusCode(): boolean {
    return this.httpStatusCode >= 200 && this.httpStatusCode <= 299;
  }

  static blocked(): HttpResponseMessage {
    return new HttpResponseMessage(0, '', new HttpHeaders('response'), new HttpContent(), true, false);
  }

  /** The response of a request that got no HTTP response (refused, timeout, handler failure). */
  static failed(): HttpResponseMessage {
    return new HttpResponseMessage(0, '', new HttpHeaders('response'), new HttpContent(), false, false);
  }

  toString(): string {
    return `${this.httpStatusCode} ${this.reasonPhrase}`.trim();
  }
}
