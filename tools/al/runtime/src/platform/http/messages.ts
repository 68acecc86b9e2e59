/**
 * Every message text of the HTTP platform service, in one table. Where BC passes on a .NET HttpClient message
 * (header validation, sending a request twice) the text follows .NET's, so AL tests using ExpectedError match.
 * No message ever includes a header value, a body or a secret URI.
 */
export const HTTP_MESSAGES = {
  invalidHeaderName: (name: string) => `The header name format is invalid. Header: '${name}'.`,
  misusedHeader: (name: string) =>
    `Misused header name, '${name}'. Make sure request headers are used with HttpRequestMessage, response headers with HttpResponseMessage, and content headers with HttpContent objects.`,
  singleValueHeader: (name: string) => `Cannot add value because header '${name}' does not support multiple values.`,
  invalidHeaderValue: (name: string) => `The format of the value of header '${name}' is invalid.`,
  newLineInHeader: (name: string) => `New-line characters are not allowed in header values (header '${name}').`,
  secretHeaderAsText: (name: string) =>
    `The header '${name}' holds a SecretText value; read it with GetSecretValues inside [NonDebuggable] code, GetValues cannot return it.`,
  secretContentAsText: () => 'The HttpContent holds a SecretText value; read it with ReadAs(var SecretText), it cannot be read as Text.',
  invalidUri: (uri: string) => `The URI '${uri}' is not valid. Use an absolute http:// or https:// URI, or a relative one together with HttpClient.SetBaseAddress.`,
  relativeWithoutBase: (uri: string) =>
    `An invalid request URI was provided: '${uri}'. Either the request URI must be an absolute URI or BaseAddress must be set.`,
  invalidBaseAddress: (uri: string) => `The base address '${uri}' is not valid. Use an absolute http:// or https:// URI.`,
  invalidMethod: (method: string) => `The HTTP method '${method}' is not valid. Use a token such as GET, POST, PUT, PATCH or DELETE.`,
  alreadySent: () => 'The request message was already sent. Cannot send the same request message multiple times.',
  blocked: (method: string, url: string, allowed: string) =>
    `The request was blocked by the runtime to prevent accidental use of production services. Request: ${method} ${url}; outbound HTTP is only allowed to ${allowed}; no connection was made.`,
  noContent: () =>
    'The HTTP request failed, so the response has no content. Check the return value of Send/Get/Post before reading Response.Content.',
  blockedByTest: (method: string, url: string) =>
    `The request ${method} ${url} was blocked by the test framework (TestHttpRequestPolicy = BlockOutboundRequests) and no [HttpClientHandler] handled it.`,
  refused: (method: string, url: string, address: string) =>
    `No connection could be made because the target machine actively refused it (${address}). Request: ${method} ${url}.`,
  timeout: (method: string, url: string, seconds: number) =>
    `The request ${method} ${url} was canceled due to the configured HttpClient.Timeout of ${seconds} seconds elapsing.`,
  network: (method: string, url: string, code: string, detail: string) => `The request ${method} ${url} failed (${code}): ${detail}`,
  tooManyRedirects: (method: string, url: string) => `The request ${method} ${url} was redirected too many times (more than 50).`,
  failedByHandler: (method: string, url: string) => `The request ${method} ${url} failed: the [HttpClientHandler] reported an unsuccessful request.`,
  transportCrashed: (detail: string) => `The HTTP worker of the AL runtime stopped unexpectedly: ${detail}`,
} as const;

/** What a masked secret looks like wherever a request is shown (interceptor, log). */
export const SECRET_MASK = '***';
