/**
 * The HTTP server: one port serves the token endpoint (`/{tenant}/oauth2/v2.0/token`), Graph (`/v1.0/...`) and
 * the admin endpoints (`/_emulator/...`). Built on node:http because fault injection needs raw control of the
 * socket (connection resets, truncated bodies) and the routing is small; a framework would add little.
 *
 * Graph request pipeline: fault decision -> token check (401) -> route (400/405) -> permission (403) ->
 * concurrency limit (429) -> injected status faults -> delays -> handler -> response faults.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAllowed } from './auth/permissions';
import { handleTokenRequest } from './auth/token-endpoint';
import type { TokenService } from './auth/token-service';
import { GraphError, GraphErrors, IdentityError, IdentityErrors, graphErrorBody, identityErrorBody } from './errors/error-factory';
import type { FaultDecision, FaultEngine } from './faults/fault-engine';
import { handleAdmin, type AdminTarget } from './handlers/admin';
import { executeOperation } from './handlers/graph-handlers';
import { resolveRoute } from './handlers/routes';
import { BodyTooLargeError, GRAPH_JSON, delay, readBody, sendEmpty, sendJson } from './http/io';
import { redactJson, type RequestLog, type RequestLogEntry } from './request-log';
import type { BookingStore } from './storage/store';
import type { ConcurrencyLimiter } from './throttle';

export interface ServerParts {
  readonly store: BookingStore;
  readonly tokens: TokenService;
  readonly faults: FaultEngine;
  readonly log: RequestLog;
  readonly limiter: ConcurrencyLimiter;
  readonly admin: AdminTarget;
  readonly now: () => Date;
  readonly pageSize: number;
  readonly latencyMs: number;
  readonly retryAfterSeconds: number;
  readonly emptyCustomersInLists: boolean;
}

const TOKEN_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/token\/?$/;

export class EmulatorServer {
  private readonly server: Server;
  private baseUrl = '';

  constructor(private readonly parts: ServerParts) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        // Last resort: the pipeline already answers every expected error.
        if (!res.headersSent) sendJson(res, 500, { error: { code: 'UnknownError', message: e instanceof Error ? e.message : String(e) } });
        else res.destroy();
      });
    });
    this.server.keepAliveTimeout = 5000;
  }

  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address: AddressInfo | string | null = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('the emulator server has no TCP address');
    this.baseUrl = `http://${host}:${address.port}`;
    return address.port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.baseUrl);
    const requestId = randomUUID();
    const clientRequestId = headerValue(req, 'client-request-id') ?? requestId;
    res.setHeader('request-id', requestId);
    res.setHeader('client-request-id', clientRequestId);

    if (url.pathname.startsWith('/_emulator/')) {
      await this.handleAdmin(req, res, method, url, requestId, clientRequestId);
      return;
    }
    const token = TOKEN_PATH.exec(url.pathname);
    if (token?.[1] !== undefined) {
      await this.handleToken(req, res, method, url, decodeSegment(token[1]));
      return;
    }
    const entry = this.parts.log.start(url.pathname.startsWith('/v1.0/') || url.pathname === '/v1.0' ? 'graph' : 'other', method, url);
    const started = performance.now();
    res.once('close', () => {
      entry.durationMs = Math.round((performance.now() - started) * 10) / 10;
      if (entry.status === 0 && res.headersSent) entry.status = res.statusCode;
    });
    try {
      if (entry.kind !== 'graph') throw GraphErrors.segmentNotFound(url.pathname.split('/')[1] ?? '');
      await this.handleGraph(req, res, method, url, entry);
    } catch (e) {
      const error = e instanceof GraphError ? e : e instanceof BodyTooLargeError ? GraphErrors.bodyTooLarge() : GraphErrors.internal(e instanceof Error ? e.message : String(e));
      entry.status = error.status;
      entry.error = error.code;
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, error.status, graphErrorBody(error, requestId, clientRequestId, this.parts.now()), 'application/json', error.headers);
      }
    }
  }

  private async handleGraph(req: IncomingMessage, res: ServerResponse, method: string, url: URL, entry: RequestLogEntry): Promise<void> {
    const p = this.parts;
    const decision = p.faults.decide('graph', method, url.pathname);
    if (decision !== undefined) entry.fault = decision.kind;
    if (decision?.kind === 'token-expiry') p.tokens.expireAll();
    if (decision?.kind === 'reset' && decision.rule.afterHandling !== true) {
      req.socket.destroy();
      return;
    }

    const auth = p.tokens.check(headerValue(req, 'authorization'));
    if (!auth.ok) throw auth.error;
    entry.clientId = auth.claims.appId;
    const segments = url.pathname.split('/').slice(2).filter((s, i, all) => s !== '' || i < all.length - 1).map(decodeSegment);
    const route = resolveRoute(method, segments);
    if (route.businessId !== undefined) entry.businessId = route.businessId;
    if (!isAllowed(route.access, auth.claims.roles)) throw GraphErrors.accessDenied();

    if (route.businessId !== undefined) {
      const release = p.limiter.tryAcquire(auth.claims.appId, route.businessId);
      if (release === undefined) throw GraphErrors.concurrencyThrottled(p.retryAfterSeconds);
      res.once('close', release);
    }

    await this.applyStatusFault(decision);
    await delay(p.latencyMs);

    let body: unknown;
    if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
      const raw = await readBody(req);
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          throw GraphErrors.unreadableJson();
        }
        entry.body = redactJson(body);
      }
    }
    const unknownEnumMembers = /include-unknown-enum-members/i.test(headerValue(req, 'prefer') ?? '');
    if (unknownEnumMembers) res.setHeader('Preference-Applied', 'include-unknown-enum-members');
    const result = executeOperation(route.operation, {
      store: p.store, baseUrl: this.baseUrl, pathname: url.pathname, params: url.searchParams, body, pageSize: p.pageSize,
      emptyCustomersInLists: p.emptyCustomersInLists, unknownEnumMembers,
    });
    entry.status = result.status;
    if (decision?.kind === 'reset') {
      // "after": the write happened, the client never hears about it.
      req.socket.destroy();
      return;
    }
    if (result.body === undefined && result.raw === undefined) {
      sendEmpty(res, result.status, result.headers);
      return;
    }
    let text = result.raw ?? Buffer.from(JSON.stringify(result.body));
    if (decision?.kind === 'truncate') text = text.subarray(0, Math.max(1, Math.floor(text.length / 2)));
    if (decision?.kind === 'invalid-json') text = Buffer.from('<html><head><title>502 Bad Gateway</title></head><body>upstream error</body></html>');
    res.writeHead(result.status, { 'Content-Type': GRAPH_JSON, 'Content-Length': text.length, 'Cache-Control': 'no-store, no-cache', ...result.headers });
    res.end(text);
  }

  private async applyStatusFault(decision: FaultDecision | undefined): Promise<void> {
    if (decision === undefined) return;
    const retryAfter = decision.rule.retryAfterSeconds ?? this.parts.retryAfterSeconds;
    switch (decision.kind) {
      case '429': throw GraphErrors.injectedThrottle(retryAfter);
      case '500': throw GraphErrors.injected500();
      case '503': throw GraphErrors.injected503(retryAfter);
      case '504': throw GraphErrors.injected504();
      case 'slow': await delay(decision.rule.delayMs ?? 1000); return;
      case 'truncate': case 'invalid-json': case 'reset': case 'token-expiry': return;
    }
  }

  private async handleToken(req: IncomingMessage, res: ServerResponse, method: string, url: URL, tenant: string): Promise<void> {
    const entry = this.parts.log.start('token', method, url);
    const started = performance.now();
    const traceId = randomUUID();
    const correlationId = headerValue(req, 'client-request-id') ?? randomUUID();
    const decision = this.parts.faults.decide('token', method, url.pathname);
    if (decision !== undefined) entry.fault = decision.kind;
    try {
      if (decision?.kind === 'reset' && decision.rule.afterHandling !== true) {
        req.socket.destroy();
        return;
      }
      const retryAfter = String(decision?.rule.retryAfterSeconds ?? this.parts.retryAfterSeconds);
      switch (decision?.kind) {
        case '500': throw IdentityErrors.serverError();
        case '503': case '504': case '429': {
          const error = IdentityErrors.temporarilyUnavailable(Number(decision.kind));
          entry.status = error.status;
          entry.error = `${error.error} AADSTS${error.aadsts}`;
          sendJson(res, error.status, identityErrorBody(error, traceId, correlationId, this.parts.now()), 'application/json; charset=utf-8', { 'x-ms-request-id': traceId, 'Retry-After': retryAfter });
          return;
        }
        case 'slow': await delay(decision.rule.delayMs ?? 1000); break;
        default: break;
      }
      const raw = method === 'POST' ? await readBody(req) : Buffer.alloc(0);
      const isForm = (headerValue(req, 'content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
      const form = new URLSearchParams(isForm ? raw.toString('utf8') : '');
      entry.token = { grant_type: form.get('grant_type'), scope: form.get('scope'), tenant };
      const clientId = form.get('client_id');
      if (clientId !== null) entry.clientId = clientId;
      const response = handleTokenRequest({ method, tenant, form, authorization: headerValue(req, 'authorization') }, this.parts.store, this.parts.tokens);
      entry.status = 200;
      if (decision?.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      let text = JSON.stringify(response);
      if (decision?.kind === 'truncate') text = text.slice(0, Math.floor(text.length / 2));
      if (decision?.kind === 'invalid-json') text = '<html><body>Service Unavailable</body></html>';
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store, no-cache', 'x-ms-request-id': traceId });
      res.end(text);
    } catch (e) {
      if (!(e instanceof IdentityError)) throw e;
      entry.status = e.status;
      entry.error = `${e.error} AADSTS${e.aadsts}`;
      sendJson(res, e.status, identityErrorBody(e, traceId, correlationId, this.parts.now()), 'application/json; charset=utf-8', { 'x-ms-request-id': traceId });
    } finally {
      entry.durationMs = Math.round((performance.now() - started) * 10) / 10;
    }
  }

  private async handleAdmin(req: IncomingMessage, res: ServerResponse, method: string, url: URL, requestId: string, clientRequestId: string): Promise<void> {
    try {
      let body: unknown;
      if (method === 'POST') {
        const raw = await readBody(req);
        if (raw.length > 0) {
          try {
            body = JSON.parse(raw.toString('utf8'));
          } catch {
            throw GraphErrors.unreadableJson();
          }
        }
      }
      const result = handleAdmin(method, url, body, this.parts.admin);
      if (result.body === undefined) sendEmpty(res, result.status);
      else sendJson(res, result.status, result.body);
    } catch (e) {
      const error = e instanceof GraphError ? e : e instanceof BodyTooLargeError ? GraphErrors.bodyTooLarge() : GraphErrors.internal(e instanceof Error ? e.message : String(e));
      sendJson(res, error.status, graphErrorBody(error, requestId, clientRequestId, this.parts.now()));
    }
  }
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
