/**
 * The identity platform's token endpoint for the client-credentials grant:
 * `POST /{tenant}/oauth2/v2.0/token`, form fields client_id, client_secret (or HTTP Basic), grant_type, scope.
 */
import { timingSafeEqual } from 'node:crypto';
import { IdentityErrors } from '../errors/error-factory';
import type { BookingStore } from '../storage/store';
import { GRAPH_AUDIENCE, type TokenService } from './token-service';

export interface TokenRequest {
  readonly method: string;
  readonly tenant: string;
  readonly form: URLSearchParams;
  readonly authorization: string | undefined;
}

export interface TokenResponse {
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly ext_expires_in: number;
  readonly access_token: string;
}

const GRAPH_RESOURCES = new Set([GRAPH_AUDIENCE, 'https://graph.microsoft.com/', '00000003-0000-0000-c000-000000000000']);

/** Returns the token response or throws IdentityError. */
export function handleTokenRequest(request: TokenRequest, store: BookingStore, tokens: TokenService): TokenResponse {
  if (request.method !== 'POST') throw IdentityErrors.postOnly(request.method);
  const form = request.form;
  const grantType = form.get('grant_type');
  if (grantType === null || grantType === '') throw IdentityErrors.missingParameter('grant_type');
  if (grantType !== 'client_credentials') throw IdentityErrors.unsupportedGrantType(grantType);
  const tenant = store.findTenant(request.tenant);
  if (tenant === undefined) throw IdentityErrors.tenantNotFound(request.tenant);

  let clientId = form.get('client_id');
  let clientSecret = form.get('client_secret');
  const basic = /^Basic\s+(\S+)$/i.exec(request.authorization ?? '');
  if (basic?.[1] !== undefined) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      clientId ??= decodeURIComponent(decoded.slice(0, colon));
      clientSecret ??= decodeURIComponent(decoded.slice(colon + 1));
    }
  }
  if (clientId === null || clientId === '') throw IdentityErrors.missingParameter('client_id');
  const scope = form.get('scope');
  if (scope === null || scope.trim() === '') throw IdentityErrors.missingParameter('scope');
  const app = store.findApp(tenant.id, clientId);
  if (app === undefined) throw IdentityErrors.unknownClient(clientId, request.tenant);
  if (clientSecret === null || clientSecret === '') throw IdentityErrors.missingClientSecret();
  if (!sameSecret(clientSecret, app.clientSecret)) throw IdentityErrors.invalidClientSecret(app.clientId);

  const scopes = scope.trim().split(/\s+/);
  const single = scopes[0];
  if (scopes.length !== 1 || single === undefined || !single.endsWith('/.default')) throw IdentityErrors.invalidScope(scope);
  const resource = single.slice(0, -'/.default'.length);
  if (!GRAPH_RESOURCES.has(resource)) throw IdentityErrors.unknownResource(resource, tenant.id);

  const issued = tokens.issue(app);
  return { token_type: 'Bearer', expires_in: issued.expiresIn, ext_expires_in: issued.expiresIn, access_token: issued.accessToken };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
