/** Authorization header values: Basic for NavUserPassword (containers, on-prem), Bearer for Entra ID tokens. */
import type { BasicCredentials } from './credentials';
import type { AccessToken } from './token-client';

export type Auth = { readonly kind: 'basic'; readonly credentials: BasicCredentials } | { readonly kind: 'bearer'; readonly token: AccessToken };

export function authorizationHeader(auth: Auth): string {
  switch (auth.kind) {
    case 'basic':
      return `Basic ${Buffer.from(`${auth.credentials.username}:${auth.credentials.password}`, 'utf8').toString('base64')}`;
    case 'bearer':
      return `Bearer ${auth.token.token}`;
  }
}
