/** Fake Microsoft identity platform v2.0 token endpoint (client-credentials grant), like login.microsoftonline.com. */
import { FakeServer, sendJson } from './http-fake';

export const FAKE_TENANT = '11111111-2222-3333-4444-555555555555';
export const FAKE_CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
export const FAKE_CLIENT_SECRET = 'cs~Very-Secret-Client-Value-9876';
export const FAKE_ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.fake-bc-access-token-payload.sig';

export function fakeTokenEndpoint(): FakeServer {
  return new FakeServer((req, res) => {
    const m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(req.path);
    if (req.method !== 'POST' || m === null) return sendJson(res, 404, { error: 'not_found' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return sendJson(res, 400, { error: 'invalid_request', error_description: 'AADSTS900144: The request body must contain the following parameter: grant_type.' });
    }
    const form = new URLSearchParams(req.body.toString('utf8'));
    if (m[1] !== FAKE_TENANT) {
      return sendJson(res, 400, { error: 'invalid_tenant', error_description: `AADSTS90002: Tenant '${m[1] ?? ''}' not found.` });
    }
    if (form.get('grant_type') !== 'client_credentials' || form.get('scope') !== 'https://api.businesscentral.dynamics.com/.default') {
      return sendJson(res, 400, { error: 'invalid_scope', error_description: 'AADSTS70011: The provided value for scope is not valid.' });
    }
    if (form.get('client_id') !== FAKE_CLIENT_ID || form.get('client_secret') !== FAKE_CLIENT_SECRET) {
      return sendJson(res, 401, {
        error: 'invalid_client',
        error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${form.get('client_id') ?? ''}'.\r\nTrace ID: 0000\r\nCorrelation ID: 1111`,
      });
    }
    sendJson(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: FAKE_ACCESS_TOKEN });
  });
}
