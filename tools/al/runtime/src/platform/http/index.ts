/** Platform service: BC's HTTP types (HttpClient and friends), synchronous, with an outbound policy. See README.md. */
export { HttpClient, defaultHttpEnvironment, type HttpEnvironment, type SendResult } from './client';
export { HttpContent } from './content';
export { HttpHeaders, type HeaderOwner, type HeaderValue, type AddOutcome } from './headers';
export { HttpRequestMessage } from './request';
export { HttpResponseMessage } from './response';
export { loopbackOnly, allowHosts, type OutboundPolicy } from './policy';
export type { SyncTransport, WireRequest, WireResult } from './transport';
export { WorkerTransport, defaultTransport } from './workerTransport';
export { testRequestParts, type InterceptedRequest, type CannedResponse, type InterceptDecision, type HttpInterceptor, type HttpLogEntry, type HttpLogSink } from './interceptor';
export { HTTP_MESSAGES, SECRET_MASK } from './messages';
