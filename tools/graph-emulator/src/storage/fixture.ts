/**
 * Fixture format (JSON): Graph-shaped data, one business with its collections nested as `$expand` would show it.
 *
 * {
 *   "tenants": [{ "id": "<guid>", "domain": "contoso.onmicrosoft.com" }],              // optional
 *   "apps": [{ "tenantId": "<guid>", "clientId": "<guid>", "roles": ["Bookings.Read.All"] }], // optional, no secrets
 *   "businesses": [{
 *     "id": "Contoso@contoso.onmicrosoft.com", "displayName": "...", ...bookingBusiness properties,
 *     "staffMembers": [...], "services": [...], "customers": [...],
 *     "appointments": [{ ...bookingAppointment, "@emulator.cancellationMessage": "..." }]     // the annotation = cancelled
 *   }]
 * }
 *
 * Entries are checked with the same rules as Graph create requests, except that read-only properties (id,
 * createdDateTime, ...) are kept. Omitted tenants/apps keep the emulator's built-in ones.
 */
import { GraphError } from '../errors/error-factory';
import { buildNewAppointment } from '../resources/appointment';
import { createCustomer } from '../resources/customer';
import { createService } from '../resources/service';
import { createBusiness, createStaffMember } from '../resources/staff-and-business';
import { isJsonObject, type JsonObject } from './json';
import type { BookingStore, StoredAppointment } from './store';

export interface FixtureTenant {
  readonly id: string;
  readonly domain: string;
}

export interface FixtureApp {
  readonly tenantId: string;
  readonly clientId: string;
  /** Omit in files kept in the repository: the emulator then generates one per start. */
  readonly clientSecret?: string;
  readonly displayName?: string;
  readonly roles: readonly string[];
}

export interface FixtureData {
  readonly tenants?: readonly FixtureTenant[];
  readonly apps?: readonly FixtureApp[];
  readonly businesses: readonly JsonObject[];
}

export const CANCELLED_ANNOTATION = '@emulator.cancellationMessage';

/** A fixture problem with the JSON path of the offending entry. */
export class FixtureError extends Error {
  /** Property names and array indexes from the root to the entry, e.g. ['businesses', 0, 'appointments', 3]. */
  readonly segments: readonly (string | number)[];

  constructor(path: string, readonly detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'FixtureError';
    this.segments = [...path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1] ?? '' : Number(m[2])));
  }
}

/** Checks the outer shape of parsed JSON and returns it typed. Throws FixtureError. */
export function parseFixture(value: unknown): FixtureData {
  if (!isJsonObject(value)) throw new FixtureError('$', 'a fixture must be a JSON object with a "businesses" array');
  const businesses = value['businesses'];
  if (!Array.isArray(businesses)) throw new FixtureError('$.businesses', 'missing or not an array');
  const result: { tenants?: FixtureTenant[]; apps?: FixtureApp[]; businesses: JsonObject[] } = { businesses: [] };
  businesses.forEach((b, i) => {
    if (!isJsonObject(b)) throw new FixtureError(`$.businesses[${i}]`, 'must be an object');
    result.businesses.push(b);
  });
  const tenants = value['tenants'];
  if (tenants !== undefined) {
    if (!Array.isArray(tenants)) throw new FixtureError('$.tenants', 'must be an array');
    result.tenants = tenants.map((t, i) => {
      if (!isJsonObject(t) || typeof t['id'] !== 'string' || typeof t['domain'] !== 'string') {
        throw new FixtureError(`$.tenants[${i}]`, 'needs string "id" (GUID) and "domain"');
      }
      return { id: t['id'], domain: t['domain'] };
    });
  }
  const apps = value['apps'];
  if (apps !== undefined) {
    if (!Array.isArray(apps)) throw new FixtureError('$.apps', 'must be an array');
    result.apps = apps.map((a, i) => {
      const roles = isJsonObject(a) ? a['roles'] : undefined;
      if (!isJsonObject(a) || typeof a['tenantId'] !== 'string' || typeof a['clientId'] !== 'string' || !Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) {
        throw new FixtureError(`$.apps[${i}]`, 'needs string "tenantId", "clientId" and a "roles" string array');
      }
      const app: { tenantId: string; clientId: string; roles: string[]; clientSecret?: string; displayName?: string } = {
        tenantId: a['tenantId'], clientId: a['clientId'], roles: roles.map(String),
      };
      if (typeof a['clientSecret'] === 'string') app.clientSecret = a['clientSecret'];
      if (typeof a['displayName'] === 'string') app.displayName = a['displayName'];
      return app;
    });
  }
  return result;
}

/** Adds the businesses of a fixture to the store. Throws FixtureError. */
export function importBusinesses(store: BookingStore, fixture: FixtureData): void {
  fixture.businesses.forEach((raw, bi) => {
    const path = `$.businesses[${bi}]`;
    const { staffMembers, services, customers, appointments, ...businessProps } = raw;
    const business = at(path, () => createBusiness(store, businessProps));
    eachEntry(`${path}.staffMembers`, staffMembers, (entry) => createStaffMember(store, business, entry));
    eachEntry(`${path}.services`, services, (entry) => createService(store, business, entry, true));
    eachEntry(`${path}.customers`, customers, (entry) => createCustomer(store, business, entry, true));
    const visible: StoredAppointment[] = [];
    eachEntry(`${path}.appointments`, appointments, (entry) => {
      const { [CANCELLED_ANNOTATION]: cancellation, ...body } = isJsonObject(entry) ? entry : {};
      const appointment = buildNewAppointment(store, business, isJsonObject(entry) ? body : entry, { fromFixture: true });
      if (typeof cancellation === 'string') {
        business.cancelled.set(appointment.id, { ...appointment, cancellationMessage: cancellation, cancelledDateTime: String(appointment.data['lastUpdatedDateTime']) });
      } else {
        visible.push(appointment);
      }
    });
    business.addAppointments(visible);
  });
}

function eachEntry(path: string, list: unknown, add: (entry: unknown) => void): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new FixtureError(path, 'must be an array');
  list.forEach((entry, i) => at(`${path}[${i}]`, () => add(entry)));
}

function at<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (e instanceof GraphError) throw new FixtureError(path, `${e.code}: ${e.message}`);
    throw e;
  }
}
