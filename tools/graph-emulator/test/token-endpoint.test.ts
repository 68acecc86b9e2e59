import { strict as assert } from 'node:assert';
import type { Emulator } from '../src/index';
import { form, send, start } from './helpers';

describe('graph emulator: token endpoint (client credentials)', () => {
  let emulator: Emulator;
  before(async () => {
    emulator = await start({ seed: 'empty' });
  });
  after(async () => emulator.close());

  const good = (): Record<string, string> => ({
    client_id: emulator.credentials.clientId, client_secret: emulator.credentials.clientSecret,
    grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default',
  });
  const post = (values: Record<string, string>, tenant = emulator.credentials.tenantId) =>
    send('POST', `${emulator.url}/${tenant}/oauth2/v2.0/token`, { body: form(values) });

  it('issues a bearer token with expiry and the app roles', async () => {
    const reply = await post(good());
    assert.equal(reply.status, 200);
    assert.equal(reply.json?.['token_type'], 'Bearer');
    assert.equal(reply.json?.['expires_in'], 3599);
    const token = String(reply.json?.['access_token']);
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    assert.deepEqual(payload['roles'], ['Bookings.Read.All', 'BookingsAppointment.ReadWrite.All']);
    assert.equal(payload['aud'], 'https://graph.microsoft.com');
    assert.equal(payload['tid'], emulator.credentials.tenantId);
    assert.equal(payload['appid'], emulator.credentials.clientId);
    assert.equal(Number(payload['exp']) - Number(payload['iat']), 3599);
  });

  it('accepts the tenant domain and HTTP Basic client authentication', async () => {
    const { client_secret: _secret, client_id: _id, ...rest } = good();
    const basic = Buffer.from(`${emulator.credentials.clientId}:${encodeURIComponent(emulator.credentials.clientSecret)}`).toString('base64');
    const reply = await send('POST', `${emulator.url}/contoso.onmicrosoft.com/oauth2/v2.0/token`, { body: form(rest), headers: { Authorization: `Basic ${basic}` } });
    assert.equal(reply.status, 200, reply.text);
  });

  const cases: Array<[string, () => ReturnType<typeof post>, number, string, number]> = [
    ['wrong secret', () => post({ ...good(), client_secret: 'not-the-secret' }), 401, 'invalid_client', 7000215],
    ['missing secret', () => post({ ...good(), client_secret: '' }), 401, 'invalid_client', 7000216],
    ['unknown client', () => post({ ...good(), client_id: '00000000-1111-2222-3333-444444444444' }), 400, 'unauthorized_client', 700016],
    ['unknown tenant', () => post(good(), 'fabrikam.onmicrosoft.com'), 400, 'invalid_request', 90002],
    ['wrong grant', () => post({ ...good(), grant_type: 'password' }), 400, 'unsupported_grant_type', 70003],
    ['missing grant', () => post({ ...good(), grant_type: '' }), 400, 'invalid_request', 900144],
    ['scope without /.default', () => post({ ...good(), scope: 'https://graph.microsoft.com/Bookings.Read.All' }), 400, 'invalid_scope', 1002012],
    ['scope of another resource', () => post({ ...good(), scope: 'https://management.azure.com/.default' }), 400, 'invalid_resource', 500011],
    ['missing scope', () => post({ ...good(), scope: '' }), 400, 'invalid_request', 900144],
  ];
  for (const [name, call, status, error, code] of cases) {
    it(`answers ${name} with the identity platform error ${error} AADSTS${code}`, async () => {
      const reply = await call();
      assert.equal(reply.status, status);
      assert.equal(reply.json?.['error'], error);
      assert.deepEqual(reply.json?.['error_codes'], [code]);
      assert.match(String(reply.json?.['error_description']), new RegExp(`^AADSTS${code}: `));
      for (const key of ['timestamp', 'trace_id', 'correlation_id', 'error_uri']) assert.ok(reply.json?.[key], key);
      assert.ok(!reply.text.includes(emulator.credentials.clientSecret), 'the secret never appears in errors');
    });
  }

  it('rejects GET on the token endpoint (AADSTS900561)', async () => {
    const reply = await send('GET', `${emulator.url}/${emulator.credentials.tenantId}/oauth2/v2.0/token`);
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.json?.['error_codes'], [900561]);
  });
});
