/**
 * Issue #9 over real loopback HTTP: Test Connection (success, wrong secret, wrong tenant, each with its actionable
 * message) and Select Business, run by the extension's own AL code in the runtime against the Graph emulator.
 */
import { strict as assert } from 'node:assert';
import { startProductHost, type ProductHost } from '../../tools/host/src/index';

describe('integration #9: connection setup against the Graph emulator', function () {
  this.timeout(120_000);
  let host: ProductHost;

  before(async () => {
    host = await startProductHost({ configure: 'connection' });
  });
  after(async () => {
    await host?.stop();
  });

  /** Runs "BKI Connection Test".TestConnection on the stored setup; returns its outcome and the stored result. */
  function testConnection(): { ok: boolean; errorClass: string; text: string; businesses: number; stored: string } {
    const setup = host.record('BKI Booking Sync Setup');
    host.callTable(setup, 'GetSetup');
    const r = host.invoke('BKI Connection Test', 'TestConnection', [setup, undefined, undefined, undefined]);
    return {
      ok: r.value === true,
      errorClass: String(host.plain(r.args[1])),
      text: String(host.plain(r.args[2])),
      businesses: Number(host.plain(r.args[3])),
      stored: String(host.setup()['Last Connection Test Result']),
    };
  }

  function setSecret(secret: string): void {
    const setup = host.record('BKI Booking Sync Setup');
    host.callTable(setup, 'GetSetup');
    host.callTable(setup, 'SetClientSecret', secret);
  }

  it('succeeds with the app registration and counts the businesses Graph lists', async () => {
    const r = testConnection();
    const graph = await host.emulator.data();
    assert.equal(r.ok, true, r.text);
    assert.equal(r.errorClass, 'None');
    assert.equal(r.businesses, graph.length);
    assert.match(r.text, new RegExp(`sees ${graph.length} Bookings business`));
    assert.equal(r.stored, r.text);
    const tokenRequests = (await host.emulator.requests()).filter((e) => e.kind === 'token' && e.status === 200);
    assert.ok(tokenRequests.length >= 1, 'a token was requested from the emulator');
  });

  it('names a wrong client secret and tells the user to create a new one', async () => {
    setSecret('not-the-secret');
    const r = testConnection();
    assert.equal(r.ok, false);
    assert.equal(r.errorClass, 'Bad Secret');
    assert.match(r.text, /rejected the client secret/);
    assert.match(r.text, /create a new client secret/);
    assert.ok(r.text.includes(host.emulator.credentials.clientId), 'the message names the app (client ID)');
    assert.ok(!r.text.includes('not-the-secret'), 'the secret never appears in the message');
    const failed = (await host.emulator.requests()).filter((e) => e.kind === 'token' && e.status === 401);
    assert.ok(failed.length >= 1, 'the emulator refused the secret (AADSTS7000215)');
    setSecret(host.emulator.credentials.clientSecret);
    assert.equal(testConnection().ok, true, 'the right secret works again');
  });

  it('names a wrong tenant and points at the Tenant ID and Client ID', () => {
    const wrongTenant = '00000000-1111-2222-3333-444444444444';
    host.setSetupFields({ 'Tenant ID': wrongTenant });
    try {
      const r = testConnection();
      assert.equal(r.ok, false);
      assert.equal(r.errorClass, 'Wrong Tenant');
      assert.ok(r.text.includes(wrongTenant), 'the message names the tenant');
      assert.match(r.text, /Check the Tenant ID/);
    } finally {
      host.setSetupFields({ 'Tenant ID': host.emulator.credentials.tenantId });
    }
    assert.equal(testConnection().ok, true);
  });

  it('selects a business with its e-mail, time zone and currency from Graph', async () => {
    const graph = await host.emulator.data();
    const wanted = graph[graph.length - 1];
    assert.ok(wanted !== undefined, 'the demo data has businesses');
    const temp = host.record('BKI Booking Business', true);
    host.call('BKI Business Selection', 'LoadBusinesses', temp, 10);
    const listed = host.rows('BKI Booking Business'); // temporary: not in the database
    assert.equal(listed.length, 0);
    // the temporary buffer holds every business Graph lists, with details
    const ids: string[] = [];
    temp.reset();
    if (temp.find('-')) {
      do ids.push(String(host.plain(temp.data[temp.table.field('Id')?.slot ?? 0])));
      while (temp.next() !== 0);
    }
    assert.deepEqual([...ids].sort(), graph.map((b) => b.id).sort());
    assert.ok(temp.get([wanted.id]));
    const setup = host.record('BKI Booking Sync Setup');
    host.callTable(setup, 'GetSetup');
    assert.equal(host.call('BKI Business Selection', 'ApplyBusiness', setup, temp), true);
    const row = host.setup();
    const b = wanted.business;
    const settings = b['bookingPageSettings'] as Record<string, unknown> | undefined;
    assert.equal(row['Business ID'], wanted.id);
    assert.equal(row['Business Display Name'], b['displayName']);
    assert.equal(row['Business E-Mail'], b['email']);
    assert.equal(row['Business Currency Code'], String(b['defaultCurrencyIso']).toUpperCase());
    assert.equal(row['Business Time Zone'], settings?.['businessTimeZone']);
    assert.notEqual(row['Business Time Zone'], '');
  });
});
