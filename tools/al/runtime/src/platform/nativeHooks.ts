import { ALDateTime, ALDuration } from '../values/dates';
import { alError } from '../errors';
import { baseUtcOffsetMs, isDst, supportsDst, utcOffsetMs } from './timeZones';
import { HttpClient, HttpContent, SECRET_MASK, type HttpEnvironment } from './http';
import { SecretTextV } from '../values/secretText';
import { ALList } from '../values/collections';

/**
 * Native procedures: AL procedures whose body the runtime replaces (the base-application model's codeunit
 * "Runtime Native Hooks", see tools/al/runtime/base-app/README.md). Key: `codeunit name::procedure name`, lower case.
 * `args` are the call's arguments; a `var` parameter is written back by assigning `args[i]`.
 */
export type NativeImpl = (args: unknown[], settings: PlatformSettings) => unknown;

/** Session settings the native hooks read (part 2 of the runtime sets them from its configuration). */
export interface PlatformSettings {
  isSaaS: boolean;
  isSandbox: boolean;
  environmentName: string;
  applicationFamily: string;
  userTimeZoneId: string;
  isWebClient: boolean;
  installedApps: Map<string, number>;
}

export function defaultPlatformSettings(): PlatformSettings {
  return { isSaaS: true, isSandbox: true, environmentName: 'Sandbox', applicationFamily: 'W1', userTimeZoneId: '', isWebClient: false, installedApps: new Map() };
}

const dtMs = (v: unknown): number => {
  if (v instanceof ALDateTime && !v.isUndefined) return v.ms;
  throw alError('A defined DateTime is needed to compute a time-zone offset.');
};

export const NATIVE_HOOKS = new Map<string, NativeImpl>([
  ['runtime native hooks::issaas', (_a, s) => s.isSaaS],
  ['runtime native hooks::issandbox', (_a, s) => s.isSandbox],
  ['runtime native hooks::getenvironmentname', (_a, s) => s.environmentName],
  ['runtime native hooks::getapplicationfamily', (_a, s) => s.applicationFamily],
  ['runtime native hooks::versioninstalled', (a, s) => s.installedApps.get(String(a[0]).toUpperCase()) ?? 0],
  ['runtime native hooks::getusertimezoneid', (_a, s) => s.userTimeZoneId],
  ['runtime native hooks::iswebclient', (_a, s) => s.isWebClient],
  ['runtime native hooks::getutcoffset', (a) => new ALDuration(utcOffsetMs(dtMs(a[0]), String(a[1])))],
  ['runtime native hooks::getbaseutcoffset', (a) => new ALDuration(baseUtcOffsetMs(String(a[0])))],
  ['runtime native hooks::supportsdaylightsavingtime', (a) => supportsDst(String(a[0]))],
  ['runtime native hooks::isdaylightsavingtime', (a) => isDst(dtMs(a[0]), String(a[1]))],
  ['runtime native hooks::getruntimesetting', (a) => process.env[runtimeSettingVariable(String(a[0] ?? ''))] ?? ''],
]);

/** Environment variable behind GetRuntimeSetting(Name): AL_RUNTIME_SETTING_<NAME>, e.g. GRAPH_URL. */
export function runtimeSettingVariable(name: string): string {
  return `AL_RUNTIME_SETTING_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * OAuth2.AcquireTokenWithClientCredentials (base-app README, "Native hooks"): MSAL's authority rule (scheme, host and
 * the first path segment = tenant), then a client-credentials POST through the session's HTTP service, so the
 * outbound policy and [HttpClientHandler] apply. Scopes given: v2.0 endpoint with `scope`; otherwise the v1 endpoint
 * with `resource`. Errors never contain the client secret (it travels as secret content and is scrubbed).
 */
export function acquireTokenWithClientCredentials(args: unknown[], env: HttpEnvironment): unknown {
  const clientId = String(args[0] ?? '');
  const secret = args[1] instanceof SecretTextV ? args[1] : new SecretTextV(String(args[1] ?? ''));
  const authorityUrl = String(args[2] ?? '');
  const resource = String(args[4] ?? '');
  const scopes = args[5] instanceof ALList ? args[5].items.map((x) => String(x)).filter((x) => x !== '') : [];
  const scrub = (t: string): string => (secret.isEmpty() ? t : t.split(secret.unwrap()).join(SECRET_MASK));
  let url: URL;
  try {
    url = new URL(authorityUrl);
  } catch {
    throw alError(`The OAuth authority URL '${authorityUrl}' is not valid. Use https://<host>/<tenant>.`);
  }
  const tenant = url.pathname.split('/').find((x) => x !== '');
  if (tenant === undefined) throw alError(`The OAuth authority URL '${authorityUrl}' has no tenant. Use https://<host>/<tenant>.`);
  const authority = `${url.protocol}//${url.host}/${tenant}`;
  const tokenUrl = scopes.length > 0 ? `${authority}/oauth2/v2.0/token` : `${authority}/oauth2/token`;
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret.unwrap() });
  if (scopes.length > 0) form.set('scope', scopes.join(' '));
  else form.set('resource', resource);
  const content = new HttpContent();
  content.writeFromSecret(new SecretTextV(form.toString()));
  content.headers.remove('Content-Type');
  content.headers.add('Content-Type', 'application/x-www-form-urlencoded');
  const r = new HttpClient(env).post(tokenUrl, content);
  if (!r.ok) throw alError(scrub(`The access token could not be acquired from ${tokenUrl}: ${r.error.message}`));
  let body = '';
  try {
    body = r.response.content.readAsText();
  } catch {
    body = '';
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  const field = (k: string): string | undefined => {
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const v = (parsed as Record<string, unknown>)[k];
    return typeof v === 'string' ? v : undefined;
  };
  if (!r.response.isSuccessStatusCode) {
    const why = field('error_description') ?? field('error') ?? r.response.reasonPhrase;
    throw alError(scrub(`The access token could not be acquired from ${tokenUrl}: HTTP ${r.response.httpStatusCode} ${why}`.trim()));
  }
  const token = field('access_token');
  if (token === undefined || token === '') throw alError(`The token response from ${tokenUrl} has no access_token.`);
  args[6] = new SecretTextV(token);
  return undefined;
}
