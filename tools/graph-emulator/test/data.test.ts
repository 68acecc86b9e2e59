import { strict as assert } from 'node:assert';
import { formatDuration, parseDuration } from '../src/data/duration';
import { demoFixture, generateFixture } from '../src/data/generator';
import { dateTimeTimeZoneToUtcMs, resolveTimeZone } from '../src/data/time-zones';
import { CANCELLED_ANNOTATION } from '../src/storage/fixture';
import { PRICE_TYPES } from '../src/storage/schema';
import { FIXED_NOW } from './helpers';

describe('graph emulator: data generator, time zones and durations', () => {
  const options = { seed: 5, businesses: 3, customersPerBusiness: 20, staffPerBusiness: 3, servicesPerBusiness: 9, appointmentsPerBusiness: 150, from: '2026-01-01', days: 60 };

  it('is deterministic under a seed and differs with another seed', () => {
    assert.deepEqual(generateFixture(options), generateFixture(options));
    assert.notDeepEqual(generateFixture({ ...options, seed: 6 }), generateFixture(options));
    assert.deepEqual(demoFixture(FIXED_NOW), demoFixture(FIXED_NOW));
  });

  it('covers every price type, 0/1/several customers, cancelled ones, Windows and IANA zones', () => {
    const fixture = generateFixture(options);
    for (const business of fixture.businesses) {
      const services = business['services'] as Record<string, unknown>[];
      assert.deepEqual(new Set(services.map((s) => s['defaultPriceType'])), new Set(PRICE_TYPES));
      const appointments = business['appointments'] as Record<string, unknown>[];
      const counts = new Set(appointments.map((a) => Math.min(2, (a['customers'] as unknown[]).length)));
      assert.deepEqual([...counts].sort(), [0, 1, 2]);
      assert.ok(appointments.some((a) => a[CANCELLED_ANNOTATION] !== undefined));
      const zones = appointments.map((a) => String(a['customerTimeZone']));
      assert.ok(zones.some((z) => z.includes('/')) && zones.some((z) => z.endsWith('Standard Time')));
    }
    const businessZones = fixture.businesses.map((b) => (b['bookingPageSettings'] as Record<string, unknown>)['businessTimeZone']);
    assert.deepEqual(businessZones, ['Pacific Standard Time', 'W. Europe Standard Time', 'GMT Standard Time']);
  });

  it('gives every generated customer of a business its own e-mail, even when names repeat', () => {
    const fixture = generateFixture({ ...options, businesses: 1, customersPerBusiness: 1000 });
    const customers = (fixture.businesses[0]?.['customers'] ?? []) as Record<string, unknown>[];
    assert.equal(customers.length, 1000);
    const names = new Set(customers.map((c) => c['displayName']));
    assert.ok(names.size < 1000, 'the name list repeats at this size, so the test covers the suffix');
    assert.equal(new Set(customers.map((c) => String(c['emailAddress']).toLowerCase())).size, 1000);
  });

  it('converts Windows and IANA local times to UTC across daylight saving time', () => {
    assert.equal(resolveTimeZone('Pacific Standard Time'), 'America/Los_Angeles');
    assert.equal(resolveTimeZone('America/Los_Angeles'), 'America/Los_Angeles');
    assert.equal(resolveTimeZone('Atlantis Standard Time'), undefined);
    const iso = (ms: number | undefined) => (ms === undefined ? 'invalid' : new Date(ms).toISOString());
    assert.equal(iso(dateTimeTimeZoneToUtcMs('2026-01-15T09:00:00', 'Pacific Standard Time')), '2026-01-15T17:00:00.000Z');
    assert.equal(iso(dateTimeTimeZoneToUtcMs('2026-07-15T09:00:00.0000000', 'America/Los_Angeles')), '2026-07-15T16:00:00.000Z');
    assert.equal(iso(dateTimeTimeZoneToUtcMs('2026-03-29T03:30:00', 'W. Europe Standard Time')), '2026-03-29T01:30:00.000Z');
    assert.equal(iso(dateTimeTimeZoneToUtcMs('2026-07-15T09:00:00+02:00', 'UTC')), '2026-07-15T07:00:00.000Z');
    assert.equal(dateTimeTimeZoneToUtcMs('15/07/2026 09:00', 'UTC'), undefined);
  });

  it('parses and formats ISO 8601 durations as Graph writes them', () => {
    assert.equal(parseDuration('PT1H30M'), 5_400_000);
    assert.equal(parseDuration('P1DT2H'), 93_600_000);
    assert.equal(parseDuration('PT0S'), 0);
    assert.equal(parseDuration('90 minutes'), undefined);
    assert.equal(parseDuration('PT'), undefined);
    assert.equal(formatDuration(5_400_000), 'PT1H30M');
    assert.equal(formatDuration(0), 'PT0S');
    assert.equal(formatDuration(86_400_000 + 60_000), 'P1DT1M');
  });
});
