/**
 * Deterministic fixture generator: the same options (seed included) always give the same data.
 * Covers what the invoicing code must cope with: Windows and IANA zone names, every bookingPriceType,
 * appointments with zero, one and several customers, cancelled appointments, online and on-site services.
 */
import type { FixtureData } from '../storage/fixture';
import { CANCELLED_ANNOTATION } from '../storage/fixture';
import type { JsonObject } from '../storage/json';
import { PRICE_TYPES, type PriceType } from '../storage/schema';
import { formatDuration } from './duration';
import { formatDateTimeOffset, formatGraphUtc, formatLocal, resolveTimeZone } from './time-zones';
import { Prng } from './prng';

export interface GeneratorOptions {
  readonly seed: number;
  readonly businesses: number;
  readonly customersPerBusiness: number;
  readonly staffPerBusiness: number;
  /** At least one service per price type is always generated. */
  readonly servicesPerBusiness: number;
  readonly appointmentsPerBusiness: number;
  /** First day of the appointment range (UTC date, `YYYY-MM-DD`). */
  readonly from: string;
  readonly days: number;
  /** Share of appointments stored as cancelled (0..1). */
  readonly cancelledShare?: number;
}

const BUSINESS_PROFILES = [
  { name: 'Contoso Physio', alias: 'ContosoPhysio', zone: 'Pacific Standard Time', currency: 'USD', lang: 'en-US', city: 'Seattle', state: 'WA', country: 'United States' },
  { name: 'Fabrikam Beratung', alias: 'FabrikamBeratung', zone: 'W. Europe Standard Time', currency: 'EUR', lang: 'de-DE', city: 'Berlin', state: 'BE', country: 'Germany' },
  { name: 'Northwind Tutoring', alias: 'NorthwindTutoring', zone: 'GMT Standard Time', currency: 'GBP', lang: 'en-GB', city: 'London', state: '', country: 'United Kingdom' },
  { name: 'Adatum Legal', alias: 'AdatumLegal', zone: 'Eastern Standard Time', currency: 'USD', lang: 'en-US', city: 'New York', state: 'NY', country: 'United States' },
  { name: 'Tailspin Wellness', alias: 'TailspinWellness', zone: 'AUS Eastern Standard Time', currency: 'AUD', lang: 'en-AU', city: 'Sydney', state: 'NSW', country: 'Australia' },
] as const;

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Elif', 'Farah', 'Goran', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Marco', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tomás', 'Uma', 'Vera', 'Wei', 'Yara', 'Zoë'];
const LAST = ['Ahmed', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hughes', 'Ivanova', 'Jensen', 'Kowalski', 'López', 'Müller', 'Nakamura', "O'Brien", 'Petrov', 'Rossi', 'Schmidt', 'Tanaka', 'Weber'];
const CUSTOMER_ZONES = ['America/Los_Angeles', 'Pacific Standard Time', 'Europe/Berlin', 'W. Europe Standard Time', 'America/Chicago', 'Central Standard Time', 'Europe/London', 'Asia/Tokyo', 'Tokyo Standard Time', 'Australia/Sydney'];
const SERVICE_NAMES: Readonly<Record<PriceType, string>> = {
  undefined: 'Walk-in check', fixedPrice: 'Initial consultation', startingAt: 'Treatment package', hourly: 'Hourly coaching',
  free: 'Free intro call', priceVaries: 'Custom assessment', callUs: 'Corporate program', notSet: 'Follow-up visit',
  unknownFutureValue: 'Legacy offering',
};

export function generateFixture(options: GeneratorOptions): FixtureData {
  const rng = new Prng(options.seed);
  const fromMs = Date.parse(`${options.from}T00:00:00Z`);
  if (Number.isNaN(fromMs)) throw new RangeError(`generator 'from' must be a date YYYY-MM-DD, got '${options.from}'`);
  const businesses: JsonObject[] = [];
  for (let b = 0; b < options.businesses; b++) {
    const profile = BUSINESS_PROFILES[b % BUSINESS_PROFILES.length] ?? BUSINESS_PROFILES[0];
    const suffix = b < BUSINESS_PROFILES.length ? '' : String(Math.floor(b / BUSINESS_PROFILES.length) + 1);
    const id = `${profile.alias}${suffix}@contoso.onmicrosoft.com`;
    const created = formatDateTimeOffset(fromMs - 90 * 86400000);
    const staff = Array.from({ length: options.staffPerBusiness }, (_, i) => {
      const name = person(rng);
      return {
        id: rng.guid(), displayName: name, emailAddress: email(name, 'contoso.onmicrosoft.com'),
        role: i === 0 ? 'administrator' : (['teamMember', 'scheduler', 'viewer', 'guest'][(i - 1) % 4] ?? 'guest'), membershipStatus: 'active',
        timeZone: i % 2 === 0 ? profile.zone : (resolveTimeZone(profile.zone) ?? 'UTC'),
        useBusinessHours: true, workingHours: [], createdDateTime: created, lastUpdatedDateTime: created,
      };
    });
    const services: JsonObject[] = [];
    const serviceCount = Math.max(options.servicesPerBusiness, PRICE_TYPES.length);
    for (let s = 0; s < serviceCount; s++) {
      const priceType = PRICE_TYPES[s % PRICE_TYPES.length] ?? 'notSet';
      const group = s % 4 === 3;
      const minutes = rng.pick([15, 30, 45, 60, 90]);
      services.push({
        id: rng.guid(), displayName: `${SERVICE_NAMES[priceType]}${s >= PRICE_TYPES.length ? ` ${Math.floor(s / PRICE_TYPES.length) + 1}` : ''}`,
        description: `${SERVICE_NAMES[priceType]} (${minutes} minutes)`, notes: '',
        defaultDuration: formatDuration(minutes * 60000), defaultPrice: priceOf(priceType, rng), defaultPriceType: priceType,
        isHiddenFromCustomers: s % 7 === 6, isLocationOnline: s % 3 === 1, smsNotificationsEnabled: false,
        maximumAttendeesCount: group ? 6 : 1, preBuffer: s % 2 === 0 ? 'PT0S' : 'PT5M', postBuffer: s % 2 === 0 ? 'PT0S' : 'PT10M',
        staffMemberIds: staff.filter((_, i) => (i + s) % 2 === 0).map((m) => m.id),
        createdDateTime: created, lastUpdatedDateTime: created,
      });
    }
    // One e-mail per customer, as in Bookings: customersPerBusiness customers are that many distinct people even when
    // the name list repeats (a second "Anna Smith" gets anna.smith2@example.com).
    const customerEmails = new Set<string>();
    const customers = Array.from({ length: options.customersPerBusiness }, (_, i) => {
      const name = person(rng);
      const zone = CUSTOMER_ZONES[i % CUSTOMER_ZONES.length] ?? 'UTC';
      return {
        id: rng.guid(), displayName: name, emailAddress: uniqueEmail(name, 'example.com', customerEmails),
        addresses: [{ street: `${rng.int(1, 999)} Main Street`, city: profile.city, state: profile.state, countryOrRegion: profile.country, postalCode: String(rng.int(10000, 99999)), type: 'others' }],
        phones: [{ number: `+1 555 ${String(rng.int(1000000, 9999999))}`, type: rng.pick(['mobile', 'home', 'business'] as const) }],
        createdDateTime: created, lastUpdatedDateTime: created, zone,
      };
    });
    const appointments: JsonObject[] = [];
    const zone = resolveTimeZone(profile.zone) ?? 'Etc/UTC';
    const offsets = new Map<number, number>();
    for (let a = 0; a < options.appointmentsPerBusiness; a++) {
      const service = rng.pick(services);
      const day = rng.int(0, Math.max(0, options.days - 1));
      // Business hours 08:00-18:00 local time, on 15-minute slots.
      const localMidnight = fromMs + day * 86400000;
      let offset = offsets.get(day);
      if (offset === undefined) {
        offset = Date.parse(`${formatLocal(localMidnight, zone)}Z`) - localMidnight;
        offsets.set(day, offset);
      }
      const startMs = localMidnight - offset + (8 * 60 + rng.int(0, 39) * 15) * 60000;
      const minutes = rng.pick([15, 30, 45, 60, 90]);
      const endMs = startMs + minutes * 60000;
      const roll = rng.next();
      const count = roll < 0.1 ? 0 : roll < 0.85 ? 1 : rng.int(2, 4);
      const chosen = Array.from({ length: count }, () => rng.pick(customers));
      const info = chosen.map((c) => ({
        '@odata.type': '#microsoft.graph.bookingCustomerInformation', customerId: c.id, name: c.displayName,
        emailAddress: c.emailAddress, phone: c.phones[0]?.number ?? '', timeZone: c.zone, notes: null,
        location: null, customQuestionAnswers: [], smsNotificationsEnabled: false,
      }));
      const priceType = String(service['defaultPriceType']);
      const createdMs = startMs - rng.int(1, 30) * 86400000;
      const appointment: JsonObject = {
        startDateTime: { dateTime: formatGraphUtc(startMs), timeZone: 'UTC' },
        endDateTime: { dateTime: formatGraphUtc(endMs), timeZone: 'UTC' },
        serviceId: service['id'] ?? null, serviceName: service['displayName'] ?? '',
        price: priceType === 'hourly' ? round2(Number(service['defaultPrice']) * minutes / 60) : service['defaultPrice'] ?? 0,
        priceType,
        staffMemberIds: staff.length === 0 ? [] : [rng.pick(staff).id],
        customers: info,
        customerTimeZone: chosen[0]?.zone ?? null,
        serviceNotes: a % 5 === 0 ? 'Bring previous reports.' : null,
        customerNotes: null,
        isLocationOnline: service['isLocationOnline'] ?? false,
        maximumAttendeesCount: service['maximumAttendeesCount'] ?? 1,
        appointmentLabel: a % 11 === 0 ? 'VIP' : '',
        createdDateTime: formatDateTimeOffset(createdMs), lastUpdatedDateTime: formatDateTimeOffset(createdMs),
      };
      if (rng.next() < (options.cancelledShare ?? 0.05)) appointment[CANCELLED_ANNOTATION] = 'Cancelled by the customer.';
      appointments.push(appointment);
    }
    businesses.push({
      id, displayName: `${profile.name}${suffix === '' ? '' : ` ${suffix}`}`, businessType: 'Professional services', email: id,
      phone: '+1 555 0100', webSiteUrl: `https://www.${profile.alias.toLowerCase()}.example`,
      address: { street: '1 Harbour Road', city: profile.city, state: profile.state, countryOrRegion: profile.country, postalCode: '10001', type: 'others' },
      businessHours: [], schedulingPolicy: { timeSlotInterval: 'PT15M', minimumLeadTime: 'PT1H', maximumAdvance: 'P90D', sendConfirmationsToOwner: true, allowStaffSelection: true },
      bookingPageSettings: { businessTimeZone: profile.zone, isTimeSlotTimeZoneSetToBusinessTimeZone: true },
      defaultCurrencyIso: profile.currency, languageTag: profile.lang, isPublished: true,
      createdDateTime: created, lastUpdatedDateTime: created,
      staffMembers: staff,
      services,
      customers: customers.map(({ zone: _zone, ...c }) => c),
      appointments,
    });
  }
  return { businesses };
}

function person(rng: Prng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

/** The first free e-mail for the name: name@domain, else name2@domain, name3@domain, ... (added to `taken`). */
function uniqueEmail(name: string, domain: string, taken: Set<string>): string {
  const [local, host] = email(name, domain).split('@') as [string, string];
  let candidate = `${local}@${host}`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${local}${n}@${host}`;
  taken.add(candidate);
  return candidate;
}

function email(name: string, domain: string): string {
  const local = name.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().split(' ').join('.');
  return `${local}@${domain}`;
}

function priceOf(priceType: PriceType, rng: Prng): number {
  switch (priceType) {
    case 'free': return 0;
    case 'callUs': case 'priceVaries': case 'notSet': case 'undefined': case 'unknownFutureValue': return priceType === 'priceVaries' ? rng.int(50, 150) : 0;
    case 'fixedPrice': case 'startingAt': case 'hourly': return rng.int(4, 30) * 5;
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * `--seed demo`: two small realistic businesses (Pacific and W. Europe time) with appointments from four weeks
 * before to four weeks after the Monday of the current week of `now` (deterministic for a given `now`).
 */
export function demoFixture(now: Date): FixtureData {
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) - 28);
  return generateFixture({
    seed: 20260105, businesses: 2, customersPerBusiness: 15, staffPerBusiness: 4, servicesPerBusiness: 9,
    appointmentsPerBusiness: 80, from: monday.toISOString().slice(0, 10), days: 56, cancelledShare: 0.08,
  });
}

/** `--seed scale:N`: one business with N appointments over a year (for benchmarks). */
export function scaleFixture(appointments: number, seed = 42): FixtureData {
  return generateFixture({
    seed, businesses: 1, customersPerBusiness: 500, staffPerBusiness: 10, servicesPerBusiness: 18,
    appointmentsPerBusiness: appointments, from: '2026-01-01', days: 365, cancelledShare: 0.02,
  });
}
