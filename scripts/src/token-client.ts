/**
 * Entra ID (Microsoft identity platform v2.0) client-credentials token for Business Central:
 * `POST {authority}/{tenant}/oauth2/v2.0/token` with `grant_type=client_credentials` and the scope
 * `https://api.businesscentral.dynamics.com/.default`. The token is registered with the Redactor at once.
 */
import { ScriptError } from './errors';
import type { ClientCredentials } from './credentials';
import { BC_SCOPE } from './credentials';
import { HttpClient, parseJson, type HttpRequest } from './http';

export interface AccessToken {
  readonly token: string;
  readonly expiresAt: number;
}

export async function getClientCredentialsToken(
  http: HttpClient,
  authority: string,
  creds: ClientCredentials,
  scope: string = BC_SCOPE,
  now: () => number = Date.now,
): Promise<AccessToken> {
  const req: HttpRequest = {
    method: 'POST',
    url: `${authority}/${encodeURIComponent(creds.tenantId)}/oauth2/v2.0/token`,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: creds.clientId,
      client_secret: creds.clientSecret,
      scope,
    }).toString(),
    purpose: `Getting an Entra ID token for tenant ${creds.tenantId}`,
  };
  const res = await http.send(req);
  if (res.status !== 200) {
    // Every refusal by the identity platform (400 invalid_tenant/invalid_scope, 401 invalid_client) is an auth problem.
    http.fail(req, res, 'Check BC_TENANT_ID, BC_CLIENT_ID and BC_CLIENT_SECRET (is the secret expired?).', res.status >= 400 && res.status < 500 ? 'auth' : undefined);
  }
  const json = parseJson(res, req.purpose);
  const token = json !== null && typeof json === 'object' ? (json as Record<string, unknown>)['access_token'] : undefined;
  const expiresIn = json !== null && typeof json === 'object' ? (json as Record<string, unknown>)['expires_in'] : undefined;
  if (typeof token !== 'string' || token === '') {
    throw new ScriptError('auth', `${req.purpose}: the token endpoint answered without an access_token.`);
  }
  http.redactor.add(token);
  const seconds = typeof expiresIn === 'number' ? expiresIn : Number(expiresIn ?? 3600);
  return { token, expiresAt: now() + (Number.isFinite(seconds) ? seconds : 3600) * 1000 };
}
