/**
 * The bytes-on-the-wire layer. `SyncTransport.send` performs one HTTP exchange (no redirects) and returns only
 * when it is complete, because the AL interpreter is synchronous.
 */
export interface WireRequest {
  readonly method: string;
  readonly url: string;
  /** Header lines with secrets unwrapped: only the transport sees them. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array | undefined;
  readonly timeoutMs: number;
}

export type WireResult =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly statusText: string;
      /** Header lines as received, in order (Node's rawHeaders pairs). */
      readonly headers: readonly (readonly [string, string])[];
      readonly body: Uint8Array;
    }
  | { readonly kind: 'timeout' }
  /** A network failure: `code` is Node's error code (ECONNREFUSED, ENOTFOUND, ECONNRESET ...), `address` host:port. */
  | { readonly kind: 'error'; readonly code: string; readonly message: string; readonly address: string };

export interface SyncTransport {
  send(req: WireRequest): WireResult;
}
