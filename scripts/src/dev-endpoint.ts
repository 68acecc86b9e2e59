/**
 * Client for the BC development endpoint (`.../dev/`), the one VS Code uses:
 * - `POST {dev}/apps?SchemaUpdateMode=...` publishes and installs an .app (multipart/form-data, one file part);
 *   success is 200, compile/validation failures are 422 with `{"Message": "..."}`;
 * - `GET {dev}/packages?publisher=&appName=&versionText=` downloads an app's symbols.
 * Addresses: on-prem and containers `http://host:7049/{instance}/dev/`, SaaS
 * `https://api.businesscentral.dynamics.com/v2.0/{environment}/dev/`.
 */
import { basename } from 'node:path';
import { authorizationHeader, type Auth } from './auth-header';
import { ScriptError } from './errors';
import { HttpClient, type HttpRequest } from './http';

export const SCHEMA_UPDATE_MODES = ['synchronize', 'recreate', 'forcesync'] as const;
export type SchemaUpdateMode = (typeof SCHEMA_UPDATE_MODES)[number];
export const DEPENDENCY_PUBLISHING_OPTIONS = ['default', 'ignore', 'strict'] as const;
export type DependencyPublishingOption = (typeof DEPENDENCY_PUBLISHING_OPTIONS)[number];

export function onPremDevUrl(server: string, port: number, instance: string): string {
  const s = server.replace(/\/+$/, '');
  const withScheme = /^https?:\/\//i.test(s) ? s : `http://${s}`;
  return `${withScheme}:${port}/${encodeURIComponent(instance)}/dev/`;
}

export function saasDevUrl(apiBase: string, environment: string): string {
  return `${apiBase}/v2.0/${encodeURIComponent(environment)}/dev/`;
}

export interface PublishOptions {
  readonly schemaUpdateMode: SchemaUpdateMode;
  readonly dependencyPublishingOption?: DependencyPublishingOption;
  readonly tenant?: string;
}

export interface SymbolRequest {
  readonly publisher: string;
  readonly name: string;
  readonly version: string;
  readonly appId?: string;
}

export class DevEndpointClient {
  readonly baseUrl: string;

  constructor(
    private readonly http: HttpClient,
    baseUrl: string,
    private readonly auth: Auth,
  ) {
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  }

  /** Publishes, synchronizes and installs the app. The endpoint answers when that is done, so no polling is needed. */
  async publishApp(fileName: string, bytes: Uint8Array, options: PublishOptions): Promise<void> {
    const url = new URL('apps', this.baseUrl);
    url.searchParams.set('SchemaUpdateMode', options.schemaUpdateMode);
    if (options.dependencyPublishingOption !== undefined) url.searchParams.set('DependencyPublishingOption', options.dependencyPublishingOption);
    if (options.tenant !== undefined) url.searchParams.set('tenant', options.tenant);
    const name = basename(fileName);
    const form = new FormData();
    form.append(name, new Blob([bytes], { type: 'application/octet-stream' }), name);
    const req: HttpRequest = {
      method: 'POST',
      url: url.toString(),
      headers: { Authorization: authorizationHeader(this.auth) },
      body: form,
      purpose: `Publishing ${name} to ${this.baseUrl}`,
    };
    const res = await this.http.send(req);
    if (res.status >= 200 && res.status < 300) return;
    this.http.fail(req, res, hintFor(res.status, this.auth));
  }

  /** Downloads the symbols of one app (the .app file the server returns). */
  async downloadSymbols(request: SymbolRequest, tenant?: string): Promise<{ fileName: string; bytes: Buffer }> {
    const url = new URL('packages', this.baseUrl);
    if (request.appId !== undefined) url.searchParams.set('appId', request.appId);
    url.searchParams.set('publisher', request.publisher);
    url.searchParams.set('appName', request.name);
    url.searchParams.set('versionText', request.version);
    if (tenant !== undefined) url.searchParams.set('tenant', tenant);
    const req: HttpRequest = {
      method: 'GET',
      url: url.toString(),
      headers: { Authorization: authorizationHeader(this.auth) },
      purpose: `Downloading symbols of ${request.publisher} ${request.name} ${request.version} from ${this.baseUrl}`,
    };
    const res = await this.http.send(req);
    if (res.status !== 200) this.http.fail(req, res, hintFor(res.status, this.auth));
    if (res.body.length < 8 || res.body.subarray(0, 4).toString('latin1') !== 'NAVX') {
      throw new ScriptError('server', `${req.purpose}: the server answered with something that is not an .app file.`);
    }
    const disposition = res.headers.get('content-disposition') ?? '';
    const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
    const suggested = match?.[1] === undefined ? '' : basename(decodeURIComponent(match[1]));
    const fileName = suggested.endsWith('.app') ? suggested : `${request.publisher}_${request.name}_${request.version}.app`;
    return { fileName: fileName.replace(/[\\/:*?"<>|]/g, '_'), bytes: res.body };
  }
}

function hintFor(status: number, auth: Auth): string {
  if (status === 401 || status === 403) {
    return auth.kind === 'basic'
      ? 'Check BC_USERNAME and BC_PASSWORD and that the server uses NavUserPassword authentication.'
      : 'Check that the Entra app is registered in BC ("Microsoft Entra applications") with rights to publish extensions.';
  }
  if (status === 422) return 'The server rejected the app; fix the messages listed below and publish again.';
  if (status === 404) return 'Check the server address, port, instance and environment name.';
  return 'See the server message.';
}
