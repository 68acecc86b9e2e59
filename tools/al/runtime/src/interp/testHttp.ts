import * as H from '../platform/http';
import { ALDictionary } from '../values/collections';
import { EnumType, EnumValue } from '../values/types';

/**
 * TestHttpRequestMessage and TestHttpResponseMessage (Microsoft Learn, "Mock outbound HttpClient web service calls
 * during testing", BC 2025 release wave 1): what an [HttpClientHandler] receives and fills.
 */
export const HTTP_REQUEST_TYPE = (() => {
  const t = new EnumType('HttpRequestType', true);
  ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'].forEach((n, i) => t.add({ ordinal: i, name: n, caption: n, implementations: new Map() }));
  return t;
})();

export class TestHttpRequestV {
  readonly path: string;
  readonly queryParameters = new ALDictionary();
  readonly requestType: EnumValue;
  readonly content = new H.HttpContent();
  constructor(readonly seen: H.InterceptedRequest) {
    let url = seen.url;
    const q = url.indexOf('?');
    if (q >= 0 && !seen.hasSecretUri) {
      const params = new URLSearchParams(url.slice(q + 1));
      for (const [k, v] of params) this.queryParameters.map.set(k, { key: k, value: v });
      url = url.slice(0, q);
    }
    // .NET's Uri shows unreserved-looking characters such as { } unescaped; so does BC's Path
    try {
      this.path = seen.hasSecretUri ? url : decodeURI(url);
    } catch {
      this.path = url;
    }
    const m = HTTP_REQUEST_TYPE.byName.get(seen.method.toLowerCase());
    this.requestType = new EnumValue(HTTP_REQUEST_TYPE, m === undefined ? 0 : m.ordinal);
    // A body written from SecretText stays secret: ReadAs(var SecretText) gives it (ReadAs(var Text) shows the mask, see HttpContent.writeFromSecretForHandler).
    const secretBody = seen.contentIsSecret ? seen.unwrapSecretBody?.() : undefined;
    if (secretBody !== undefined) this.content.writeFromSecretForHandler(secretBody);
    else if (seen.body !== '') this.content.writeFromText(seen.body);
  }
}

export class TestHttpResponseV {
  httpStatusCode = 200;
  reasonPhrase = '';
  readonly content = new H.HttpContent();
  readonly headers = new H.HttpHeaders('response');
  isBlockedByEnvironment = false;
  isSuccessfulRequest = true;

  toCanned(): H.CannedResponse {
    const headers = [...this.headers.wire(), ...this.content.headers.wire()];
    return {
      status: this.httpStatusCode,
      reasonPhrase: this.reasonPhrase,
      headers,
      body: this.content.wireBody(),
      isBlockedByEnvironment: this.isBlockedByEnvironment,
      failRequest: !this.isSuccessfulRequest,
    };
  }
}
