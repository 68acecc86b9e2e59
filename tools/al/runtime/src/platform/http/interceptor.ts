import { ALError } from '../../errors';
import { SecretTextV } from '../../values/secretText';

/**
 * The seam for AL's [HttpClientHandler] test handlers (TestHttpRequestPolicy). The test runner installs an
 * interceptor on the session's HTTP service; every request (each redirect hop too) is shown to it before any
 * connection. Secrets are masked: header values and a secret URI appear as "***" unless the handler explicitly
 * unwraps them with the two unwrap functions.
 */
export interface InterceptedRequest {
  readonly method: string;
  /** Absolute URL, or "***" for a secret URI. */
  readonly url: string;
  readonly hasSecretUri: boolean;
  /** Request and content headers; `secret` values are masked. */
  readonly headers: readonly { readonly name: string; readonly value: string; readonly secret: boolean }[];
  /** Body text ("***" for secret content, '' when there is no content). */
  readonly body: string;
  readonly contentIsSecret: boolean;
  /** Explicit access to a secret header (e.g. to assert the bearer token); undefined when absent. */
  unwrapSecretHeader(name: string): SecretTextV[] | undefined;
  /** Explicit access to the URI as SecretText (works for plain URIs too). */
  unwrapSecretUri(): SecretTextV;
  /** Explicit access to a body written from SecretText (TestHttpRequestMessage.Content.ReadAs(var SecretText)). */
  unwrapSecretBody?(): SecretTextV | undefined;
}

/** A response made by a handler (TestHttpResponseMessage). */
export interface CannedResponse {
  readonly status: number;
  readonly reasonPhrase?: string;
  /** Response and content headers; content headers (Content-Type ...) land in Content.GetHeaders. */
  readonly headers?: readonly (readonly [string, string])[];
  readonly body?: string | Uint8Array;
  /** TestHttpResponseMessage.IsBlockedByEnvironment. */
  readonly isBlockedByEnvironment?: boolean;
  /** TestHttpResponseMessage.IsSuccessfulRequest = false: Send returns false as for a network failure. */
  readonly failRequest?: boolean;
}

export type InterceptDecision =
  | { readonly kind: 'respond'; readonly response: CannedResponse }
  /** Let the request go to the network (AllowOutboundFromHandler with a handler returning true); the outbound
   * policy still applies. */
  | { readonly kind: 'passThrough' }
  /** Refuse it (BlockOutboundRequests with no handler); Send returns false with this error. */
  | { readonly kind: 'fail'; readonly error: ALError }
  /** Raise the error from Send itself, whether or not AL uses the return value (a test-framework failure). */
  | { readonly kind: 'throw'; readonly error: ALError };

export type HttpInterceptor = (req: InterceptedRequest) => InterceptDecision;

/** One request as logs show it: secrets masked, no bodies. */
export interface HttpLogEntry {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: readonly { readonly name: string; readonly value: string }[];
  readonly outcome: 'response' | 'intercepted' | 'blocked' | 'timeout' | 'error';
  readonly status: number;
  readonly message: string;
}

export type HttpLogSink = (entry: HttpLogEntry) => void;

/**
 * TestHttpRequestMessage.Path and QueryParameters as BC fills them: Path is the URL without its query (scheme,
 * host and path, e.g. `https://graph.microsoft.com/v1.0/solutions/bookingBusinesses`), QueryParameters the decoded
 * query pairs in order. A secret URI yields an empty Path and no parameters.
 */
export function testRequestParts(req: InterceptedRequest): { path: string; query: [string, string][] } {
  if (req.hasSecretUri) return { path: '', query: [] };
  const u = new URL(req.url);
  return { path: `${u.origin}${u.pathname}`, query: [...u.searchParams.entries()] };
}
