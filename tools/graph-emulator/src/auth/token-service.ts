/**
 * Issues and checks access tokens. Tokens are JWTs signed with HS256 by a per-start random key; their claims
 * mirror Entra ID app-only tokens for Graph (aud, iss, tid, appid, roles, idtyp=app, iat/nbf/exp).
 * `expireAll()` makes every token issued so far expired (the "token expiry mid-run" fault).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphErrors, type GraphError } from '../errors/error-factory';
import { isJsonObject } from '../storage/json';
import type { AppRegistration } from '../storage/store';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export interface TokenClaims {
  readonly tenantId: string;
  readonly appId: string;
  readonly roles: readonly string[];
  readonly expiresAtSeconds: number;
  readonly serial: number;
}

export type TokenCheck = { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly error: GraphError };

export class TokenService {
  private readonly key = randomBytes(32);
  private serial = 0;
  private expiredThrough = 0;

  constructor(private readonly now: () => Date, readonly lifetimeSeconds: number) {}

  issue(app: AppRegistration): { accessToken: string; expiresIn: number } {
    const iat = Math.floor(this.now().getTime() / 1000);
    this.serial++;
    const header = { typ: 'JWT', alg: 'HS256', kid: 'graph-emulator' };
    const payload = {
      aud: GRAPH_AUDIENCE, iss: `https://sts.windows.net/${app.tenantId}/`, iat, nbf: iat, exp: iat + this.lifetimeSeconds,
      app_displayname: app.displayName, appid: app.clientId, appidacr: '1', idp: `https://sts.windows.net/${app.tenantId}/`,
      idtyp: 'app', oid: app.clientId, roles: [...app.roles], sub: app.clientId, tid: app.tenantId,
      uti: `emu${this.serial}`, ver: '1.0',
    };
    const unsigned = `${b64(header)}.${b64(payload)}`;
    return { accessToken: `${unsigned}.${this.sign(unsigned)}`, expiresIn: this.lifetimeSeconds };
  }

  /** Makes every token issued so far expired. */
  expireAll(): void {
    this.expiredThrough = this.serial;
  }

  /** Checks an Authorization header value. */
  check(authorization: string | undefined): TokenCheck {
    if (authorization === undefined || authorization.trim() === '') return { ok: false, error: GraphErrors.tokenEmpty() };
    const match = /^Bearer\s+(\S*)$/i.exec(authorization.trim());
    const token = match?.[1];
    if (token === undefined || token === '') return { ok: false, error: token === '' ? GraphErrors.tokenEmpty() : GraphErrors.tokenMalformed() };
    const parts = token.split('.');
    const [h, p, s] = parts;
    if (parts.length !== 3 || h === undefined || p === undefined || s === undefined) return { ok: false, error: GraphErrors.tokenMalformed() };
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, error: GraphErrors.tokenMalformed() };
    }
    const expected = Buffer.from(this.sign(`${h}.${p}`));
    const actual = Buffer.from(s);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual) || !isJsonObject(payload)) {
      return { ok: false, error: GraphErrors.tokenInvalid() };
    }
    if (payload['aud'] !== GRAPH_AUDIENCE) return { ok: false, error: GraphErrors.tokenWrongAudience() };
    const exp = payload['exp'];
    const serial = Number(String(payload['uti'] ?? '').replace('emu', ''));
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    if (typeof exp !== 'number' || exp <= nowSeconds || serial <= this.expiredThrough) return { ok: false, error: GraphErrors.tokenExpired() };
    const roles = Array.isArray(payload['roles']) ? payload['roles'].map(String) : [];
    return { ok: true, claims: { tenantId: String(payload['tid']), appId: String(payload['appid']), roles, expiresAtSeconds: exp, serial } };
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
