import { HttpContent } from './content';
import { HttpHeaders } from './headers';

/** AL's HttpResponseMessage. A default (never sent) response has status 0 and empty content. */
export class HttpResponseMessage {
  constructor(
    /** HttpResponseMessage.HttpStatusCode. */
    readonly httpStatusCode: number = 0,
    /** HttpResponseMessage.ReasonPhrase. */
    readonly reasonPhrase: string = '',
    /** HttpResponseMessage.Headers (response headers; content headers are in content.headers). */
    readonly headers: HttpHeaders = new HttpHeaders('response'),
    /** HttpResponseMessage.Content. */
    readonly content: HttpContent = new HttpContent(),
    /** HttpResponseMessage.IsBlockedByEnvironment: the environment's outbound policy refused the request. */
    readonly isBlockedByEnvironment: boolean = false,
  ) {}

  /** HttpResponseMessage.IsSuccessStatusCode: 200-299. */
  get isSuccessStatusCode(): boolean {
    return this.httpStatusCode >= 200 && this.httpStatusCode <= 299;
  }

  static blocked(): HttpResponseMessage {
    return new HttpResponseMessage(0, '', new HttpHeaders('response'), new HttpContent(), true);
  }

  toString(): string {
    return `${this.httpStatusCode} ${this.reasonPhrase}`.trim();
  }
}
