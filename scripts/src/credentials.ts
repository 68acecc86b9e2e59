/**
 * Credentials come only from environment variables (set them from a secret store: GitHub repository secrets,
 * Azure Key Vault, a local `.env` you never commit). Never from argv, never printed.
 *
 * | Variable | Used for |
 * |---|---|
 * | BC_USERNAME, BC_PASSWORD | Basic (NavUserPassword) auth to a container or on-prem dev endpoint; BcContainerHelper credential |
 * | BC_TENANT_ID, BC_CLIENT_ID, BC_CLIENT_SECRET | Entra ID client-credentials token for SaaS (dev endpoint, Automation API) |
 * | BC_ENVIRONMENT | SaaS environment name (e.g. `sandbox`), when `--environment` is not given |
 * | BC_AUTHORITY_HOST | token authority, default https://login.microsoftonline.com |
 * | BC_API_BASE_URL | BC API host, default https://api.businesscentral.dynamics.com |
 * | BC_REFRESH_TOKEN | delegated (user) refresh token for running tests in a SaaS sandbox through BcContainerHelper |
 * | BC_REFRESH_CLIENT_ID | the public client that issued BC_REFRESH_TOKEN, when not BcContainerHelper's default |
 */
import { ScriptError } from './errors';

export interface BasicCredentials {
  readonly kind: 'basic';
  readonly username: string;
  readonly password: string;
}

export interface ClientCredentials {
  readonly kind: 'clientCredentials';
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export type Credentials = BasicCredentials | ClientCredentials;

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
export const DEFAULT_API_BASE_URL = 'https://api.businesscentral.dynamics.com';
export const BC_SCOPE = 'https://api.businesscentral.dynamics.com/.default';

function readRequired(env: NodeJS.ProcessEnv, names: readonly string[], purpose: string): string[] {
  const missing = names.filter((n) => (env[n] ?? '') === '');
  if (missing.length > 0) {
    throw new ScriptError('config', `${purpose} needs the environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; set ${missing.length > 1 ? 'them' : 'it'} (from a secret store) and run again.`);
  }
  return names.map((n) => env[n] ?? '');
}

export function basicCredentialsFromEnv(env: NodeJS.ProcessEnv, purpose: string): BasicCredentials {
  const [username = '', password = ''] = readRequired(env, ['BC_USERNAME', 'BC_PASSWORD'], purpose);
  return { kind: 'basic', username, password };
}

export function clientCredentialsFromEnv(env: NodeJS.ProcessEnv, purpose: string): ClientCredentials {
  const [tenantId = '', clientId = '', clientSecret = ''] = readRequired(env, ['BC_TENANT_ID', 'BC_CLIENT_ID', 'BC_CLIENT_SECRET'], purpose);
  return { kind: 'clientCredentials', tenantId, clientId, clientSecret };
}

export function environmentName(env: NodeJS.ProcessEnv, fromArgs: string | undefined, purpose: string): string {
  const name = fromArgs ?? env['BC_ENVIRONMENT'];
  if (name === undefined || name === '') {
    throw new ScriptError('usage', `${purpose} needs the SaaS environment name: pass --environment NAME or set BC_ENVIRONMENT.`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,29}$/.test(name)) {
    throw new ScriptError('usage', `Environment name "${name}" is not valid (letters, digits, - and _, at most 30 characters).`);
  }
  return name;
}

export function authorityHost(env: NodeJS.ProcessEnv): string {
  return (env['BC_AUTHORITY_HOST'] ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
}

export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  return (env['BC_API_BASE_URL'] ?? DEFAULT_API_BASE_URL).replace(/\/+$/, '');
}
