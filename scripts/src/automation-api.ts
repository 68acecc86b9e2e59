/**
 * Client for the BC Automation API extension-upload flow (SaaS, service-to-service):
 * 1. GET  {api}/companies
 * 2. POST {api}/companies({id})/extensionUpload            {"schedule", "schemaSyncMode"}
 * 3. PATCH {api}/companies({id})/extensionUpload({systemId})/extensionContent   application/octet-stream, If-Match: *
 * 4. POST {api}/companies({id})/extensionUpload({systemId})/Microsoft.NAV.upload   (204)
 * 5. GET  {api}/companies({id})/extensionDeploymentStatus until the app's entry is Completed.
 * Base: https://api.businesscentral.dynamics.com/v2.0/{environment}/api/microsoft/automation/v2.0
 */
import { authorizationHeader, type Auth } from './auth-header';
import { ScriptError } from './errors';
import { HttpClient, parseJson, type HttpRequest } from './http';

export const SCHEDULES = ['Current version', 'Next minor version', 'Next major version'] as const;
export type Schedule = (typeof SCHEDULES)[number];
export const SCHEMA_SYNC_MODES = ['Add', 'Force Sync'] as const;
export type SchemaSyncMode = (typeof SCHEMA_SYNC_MODES)[number];

export function automationApiUrl(apiBase: string, environment: string): string {
  return `${apiBase}/v2.0/${encodeURIComponent(environment)}/api/microsoft/automation/v2.0`;
}

export interface AppIdentity {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
}

export interface PollOptions {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onStatus?: (status: string) => void;
}

export type DeploymentOutcome = { readonly status: 'Completed' } | { readonly status: 'Failed'; readonly serverStatus: string };

function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function valueArray(json: unknown): Record<string, unknown>[] {
  const v = record(json)?.['value'];
  return Array.isArray(v) ? v.map(record).filter((x): x is Record<string, unknown> => x !== undefined) : [];
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class AutomationApiClient {
  constructor(
    private readonly http: HttpClient,
    readonly baseUrl: string,
    private readonly auth: Auth,
  ) {}

  private headers(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
    return { Authorization: authorizationHeader(this.auth), Accept: 'application/json', ...extra };
  }

  private async call(req: HttpRequest, okStatuses: readonly number[], hint: string): Promise<unknown> {
    const res = await this.http.send(req);
    if (!okStatuses.includes(res.status)) this.http.fail(req, res, hint);
    return res.body.length === 0 ? undefined : parseJson(res, req.purpose);
  }

  /** The company to work in: by name, or the first one. */
  async findCompany(name?: string): Promise<{ id: string; name: string }> {
    const req: HttpRequest = { method: 'GET', url: `${this.baseUrl}/companies`, headers: this.headers(), purpose: `Listing companies at ${this.baseUrl}` };
    const json = await this.call(req, [200], authHint);
    const companies = valueArray(json);
    const found = companies.find((c) => name === undefined || c['name'] === name);
    const id = found?.['id'];
    if (found === undefined || typeof id !== 'string') {
      const known = companies.map((c) => String(c['name'])).join(', ');
      throw new ScriptError('config', name === undefined
        ? `No company found at ${this.baseUrl}; the environment needs at least one company.`
        : `Company "${name}" not found at ${this.baseUrl}; companies there: ${known === '' ? '(none)' : known}. Pass --company with one of them.`);
    }
    return { id, name: String(found['name']) };
  }

  /** Uploads and installs an app; resolves when the deployment status says Completed. */
  async uploadAndInstall(companyId: string, app: AppIdentity, bytes: Uint8Array, schedule: Schedule, schemaSyncMode: SchemaSyncMode, poll: PollOptions): Promise<void> {
    const company = `${this.baseUrl}/companies(${companyId})`;
    const created = await this.call(
      {
        method: 'POST',
        url: `${company}/extensionUpload`,
        headers: this.headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ schedule, schemaSyncMode }),
        purpose: `Creating an extension upload for ${app.name} ${app.version}`,
      },
      [200, 201],
      authHint,
    );
    const systemId = record(created)?.['systemId'];
    if (typeof systemId !== 'string' || systemId === '') {
      throw new ScriptError('server', `Creating an extension upload for ${app.name}: the server answered without a systemId.`);
    }
    const upload = `${company}/extensionUpload(${systemId})`;
    await this.call(
      {
        method: 'PATCH',
        url: `${upload}/extensionContent`,
        headers: this.headers({ 'Content-Type': 'application/octet-stream', 'If-Match': '*' }),
        body: bytes,
        purpose: `Uploading the content of ${app.name} ${app.version}`,
      },
      [200, 204],
      authHint,
    );
    await this.call(
      {
        method: 'POST',
        url: `${upload}/Microsoft.NAV.upload`,
        headers: this.headers({ 'If-Match': '*' }),
        purpose: `Starting the installation of ${app.name} ${app.version}`,
      },
      [200, 204],
      authHint,
    );
    const outcome = await this.waitForDeployment(company, app, poll);
    switch (outcome.status) {
      case 'Completed':
        return;
      case 'Failed':
        throw new ScriptError(
          'server',
          `Installing ${app.name} ${app.version} ended with status "${outcome.serverStatus}"; open the "Extension Deployment Status" page in Business Central for the detailed error.`,
        );
    }
  }

  private async waitForDeployment(company: string, app: AppIdentity, poll: PollOptions): Promise<DeploymentOutcome> {
    const sleep = poll.sleep ?? defaultSleep;
    const deadline = Date.now() + poll.timeoutMs;
    const req: HttpRequest = {
      method: 'GET',
      url: `${company}/extensionDeploymentStatus`,
      headers: this.headers(),
      purpose: `Reading the deployment status of ${app.name} ${app.version}`,
    };
    for (;;) {
      await sleep(poll.intervalMs);
      const entries = valueArray(await this.call(req, [200], authHint)).filter(
        (e) => e['name'] === app.name && e['publisher'] === app.publisher && e['appVersion'] === app.version,
      );
      // The newest operation for this app decides; BC lists them with startedOn.
      entries.sort((a, b) => String(b['startedOn'] ?? '').localeCompare(String(a['startedOn'] ?? '')));
      const status = entries[0]?.['status'];
      const text = typeof status === 'string' ? status : '(no entry yet)';
      poll.onStatus?.(text);
      if (text === 'Completed') return { status: 'Completed' };
      if (typeof status === 'string' && status !== 'InProgress' && status !== 'NotStarted') return { status: 'Failed', serverStatus: status };
      if (Date.now() > deadline) {
        throw new ScriptError('server', `${app.name} ${app.version} was not installed within ${Math.round(poll.timeoutMs / 1000)}s (last status: ${text}); check the "Extension Deployment Status" page, or raise --timeout.`);
      }
    }
  }
}

const authHint =
  'Check that the Entra app has Automation.ReadWrite.All and API.ReadWrite.All and is registered in BC ("Microsoft Entra applications") with D365 AUTOMATION and EXTEN. MGT. - ADMIN.';
