/**
 * Fake BC Automation API v2.0 for the extension upload flow: companies, extensionUpload (POST),
 * extensionContent (PATCH, octet-stream, If-Match), Microsoft.NAV.upload (POST, 204), extensionDeploymentStatus
 * (InProgress for a few polls, then Completed or the configured failure status).
 */
import { readAppFile } from '../../src/app-file';
import { FAKE_ACCESS_TOKEN } from './fake-token-endpoint';
import { FakeServer, sendJson } from './http-fake';

export const COMPANY_ID = '9a8b7c6d-0000-4000-8000-000000000001';

interface Upload {
  systemId: string;
  schedule: string;
  schemaSyncMode: string;
  content: Buffer | undefined;
}

export interface FakeAutomationApi {
  readonly server: FakeServer;
  readonly uploads: Upload[];
  readonly deployments: { name: string; publisher: string; appVersion: string; status: string; startedOn: string; polls: number }[];
  /** Polls answered InProgress before the final status. */
  inProgressPolls: number;
  finalStatus: string;
  environment: string;
  /** The bearer token the fake accepts. */
  acceptToken: string;
}

const base = (env: string): string => `/v2.0/${env}/api/microsoft/automation/v2.0`;

export function fakeAutomationApi(environment: string): FakeAutomationApi {
  let seq = 0;
  const state: FakeAutomationApi = {
    environment,
    uploads: [],
    deployments: [],
    inProgressPolls: 2,
    finalStatus: 'Completed',
    acceptToken: FAKE_ACCESS_TOKEN,
    server: new FakeServer((req, res) => {
      if (req.headers['authorization'] !== `Bearer ${state.acceptToken}`) {
        return sendJson(res, 401, { error: { code: 'Authentication_InvalidCredentials', message: 'The server has rejected the client credentials.' } });
      }
      const prefix = base(state.environment);
      if (!req.path.startsWith(prefix)) return sendJson(res, 404, { error: { code: 'BadRequest_NotFound', message: `Environment not found: ${req.path}` } });
      const rest = req.path.slice(prefix.length);
      if (req.method === 'GET' && rest === '/companies') {
        return sendJson(res, 200, { value: [{ id: COMPANY_ID, name: 'CRONUS USA, Inc.' }, { id: '9a8b7c6d-0000-4000-8000-000000000002', name: 'My Company' }] });
      }
      const company = `/companies(${COMPANY_ID})`;
      if (req.method === 'POST' && rest === `${company}/extensionUpload`) {
        const body = JSON.parse(req.body.toString('utf8') || '{}') as Record<string, unknown>;
        if (!['Current version', 'Next minor version', 'Next major version'].includes(String(body['schedule']))) {
          return sendJson(res, 400, { error: { code: 'BadRequest', message: `Invalid schedule '${String(body['schedule'])}'.` } });
        }
        const upload: Upload = { systemId: `00000000-0000-4000-a000-${String(++seq).padStart(12, '0')}`, schedule: String(body['schedule']), schemaSyncMode: String(body['schemaSyncMode']), content: undefined };
        state.uploads.push(upload);
        return sendJson(res, 201, {
          systemId: upload.systemId,
          schedule: upload.schedule,
          schemaSyncMode: upload.schemaSyncMode,
          'extensionContent@odata.mediaEditLink': `${state.server.url}${prefix}${company}/extensionUpload(${upload.systemId})/extensionContent`,
        });
      }
      const m = new RegExp(`^${company.replace(/[()]/g, '\\$&')}/extensionUpload\\(([^)]+)\\)/(extensionContent|Microsoft\\.NAV\\.upload)$`).exec(rest);
      if (m !== null) {
        const upload = state.uploads.find((u) => u.systemId === m[1]);
        if (upload === undefined) return sendJson(res, 404, { error: { code: 'BadRequest_NotFound', message: 'The extension upload does not exist.' } });
        if (req.headers['if-match'] !== '*') return sendJson(res, 412, { error: { code: 'Request_EntityChanged', message: 'If-Match header required.' } });
        if (m[2] === 'extensionContent' && req.method === 'PATCH') {
          if (req.headers['content-type'] !== 'application/octet-stream') return sendJson(res, 415, { error: { code: 'BadRequest', message: 'Content-Type must be application/octet-stream.' } });
          upload.content = req.body;
          res.writeHead(204);
          res.end();
          return;
        }
        if (m[2] === 'Microsoft.NAV.upload' && req.method === 'POST') {
          if (upload.content === undefined) return sendJson(res, 400, { error: { code: 'BadRequest', message: 'No extension content was uploaded.' } });
          let info;
          try {
            info = readAppFile(upload.content, 'upload');
          } catch {
            return sendJson(res, 400, { error: { code: 'BadRequest', message: 'The file is not a valid extension package.' } });
          }
          state.deployments.push({ name: info.name, publisher: info.publisher, appVersion: info.version, status: 'InProgress', startedOn: `2026-01-01T00:00:${String(seq).padStart(2, '0')}Z`, polls: 0 });
          res.writeHead(204);
          res.end();
          return;
        }
      }
      if (req.method === 'GET' && rest === `${company}/extensionDeploymentStatus`) {
        for (const d of state.deployments) {
          if (d.status === 'InProgress' && d.polls++ >= state.inProgressPolls) d.status = state.finalStatus;
        }
        return sendJson(res, 200, {
          value: state.deployments.map((d) => ({ name: d.name, publisher: d.publisher, operationType: 'Upload', status: d.status, appVersion: d.appVersion, startedOn: d.startedOn })),
        });
      }
      sendJson(res, 404, { error: { code: 'BadRequest_NotFound', message: `No HTTP resource was found that matches ${req.method} ${rest}` } });
    }),
  };
  return state;
}
