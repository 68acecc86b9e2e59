/**
 * In-memory state of the emulated tenants: app registrations and Bookings businesses with their customers,
 * services, staff and appointments. No HTTP and no validation here (handlers do that); the store keeps data
 * consistent and fast to query (appointments sorted by start for calendarView).
 *
 * Cancel and delete: DELETE removes an appointment for good. POST .../cancel moves it to the business's
 * cancelled list: from then on it is absent from appointments, calendarView and GET by id (404), as a cancelled
 * booking disappears from the Bookings calendar; tests can still inspect it through `cancelledAppointments`.
 */
import { cloneJson, type JsonObject } from './json';
import { Prng } from '../data/prng';

export interface Tenant {
  readonly id: string;
  readonly domain: string;
}

export interface AppRegistration {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly displayName: string;
  /** Application permissions granted with admin consent, e.g. `Bookings.Read.All`. */
  readonly roles: readonly string[];
}

export interface StoredAppointment {
  readonly id: string;
  startMs: number;
  endMs: number;
  /** Graph JSON with start/end already in UTC. */
  data: JsonObject;
}

export interface CancelledAppointment extends StoredAppointment {
  readonly cancellationMessage: string;
  readonly cancelledDateTime: string;
}

export class BusinessState {
  readonly customers = new Map<string, JsonObject>();
  readonly services = new Map<string, JsonObject>();
  readonly staffMembers = new Map<string, JsonObject>();
  readonly appointments = new Map<string, StoredAppointment>();
  readonly cancelled = new Map<string, CancelledAppointment>();
  /** Visible appointments sorted by start, then id. */
  private byStart: StoredAppointment[] = [];
  private maxDurationMs = 0;

  constructor(public business: JsonObject) {}

  get id(): string {
    return String(this.business['id']);
  }

  /** Visible appointments in start order (the array is shared: do not mutate). */
  sortedAppointments(): readonly StoredAppointment[] {
    return this.byStart;
  }

  addAppointment(appointment: StoredAppointment): void {
    this.appointments.set(appointment.id, appointment);
    this.byStart.splice(this.insertionIndex(appointment), 0, appointment);
    this.maxDurationMs = Math.max(this.maxDurationMs, appointment.endMs - appointment.startMs);
  }

  /** Bulk load: appends then sorts once (for fixtures with 100,000 appointments). */
  addAppointments(appointments: readonly StoredAppointment[]): void {
    for (const a of appointments) {
      this.appointments.set(a.id, a);
      this.byStart.push(a);
      this.maxDurationMs = Math.max(this.maxDurationMs, a.endMs - a.startMs);
    }
    this.byStart.sort(compareAppointments);
  }

  removeAppointment(id: string): StoredAppointment | undefined {
    const appointment = this.appointments.get(id);
    if (appointment === undefined) return undefined;
    this.appointments.delete(id);
    const index = this.byStart.indexOf(appointment, Math.max(0, this.lowerBound(appointment.startMs) - 1));
    if (index >= 0) this.byStart.splice(index, 1);
    return appointment;
  }

  /** Re-sorts one appointment after its start changed. */
  moveAppointment(appointment: StoredAppointment, startMs: number, endMs: number): void {
    this.removeAppointment(appointment.id);
    appointment.startMs = startMs;
    appointment.endMs = endMs;
    this.addAppointment(appointment);
  }

  /** Appointments overlapping [startMs, endMs), in start order. */
  *overlapping(startMs: number, endMs: number): Generator<StoredAppointment> {
    for (const { appointment } of this.overlappingFrom(startMs, endMs, 0)) yield appointment;
  }

  /**
   * Like overlapping, resuming the scan at array position `from` (from a calendarView skiptoken), and telling
   * each item's position so the next page can resume after it without rescanning.
   */
  *overlappingFrom(startMs: number, endMs: number, from: number): Generator<{ appointment: StoredAppointment; index: number }> {
    for (let i = Math.max(from, this.lowerBound(startMs - this.maxDurationMs)); i < this.byStart.length; i++) {
      const a = this.byStart[i];
      if (a === undefined || a.startMs >= endMs) return;
      if (a.endMs > startMs || (a.startMs === a.endMs && a.startMs >= startMs)) yield { appointment: a, index: i };
    }
  }

  private lowerBound(startMs: number): number {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const a = this.byStart[mid];
      if (a !== undefined && a.startMs < startMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertionIndex(appointment: StoredAppointment): number {
    let i = this.lowerBound(appointment.startMs);
    while (i < this.byStart.length) {
      const a = this.byStart[i];
      if (a === undefined || compareAppointments(a, appointment) > 0) break;
      i++;
    }
    return i;
  }
}

function compareAppointments(a: StoredAppointment, b: StoredAppointment): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class BookingStore {
  readonly tenants = new Map<string, Tenant>();
  readonly apps: AppRegistration[] = [];
  private readonly businesses = new Map<string, BusinessState>();

  /** Source of generated ids (seeded, so ids are reproducible). */
  private ids: Prng;

  constructor(private readonly randomSeed: number, readonly now: () => Date) {
    this.ids = new Prng(randomSeed);
  }

  /** Restarts id generation, so a reset and reseed gives the same ids again. */
  restartIds(): void {
    this.ids = new Prng(this.randomSeed);
  }

  clear(): void {
    this.tenants.clear();
    this.apps.length = 0;
    this.businesses.clear();
  }

  clearBusinesses(): void {
    this.businesses.clear();
  }

  addTenant(tenant: Tenant): void {
    this.tenants.set(tenant.id.toLowerCase(), tenant);
  }

  /** A tenant by GUID or domain name. */
  findTenant(idOrDomain: string): Tenant | undefined {
    const key = idOrDomain.toLowerCase();
    const direct = this.tenants.get(key);
    if (direct !== undefined) return direct;
    for (const t of this.tenants.values()) if (t.domain.toLowerCase() === key) return t;
    return undefined;
  }

  addApp(app: AppRegistration): void {
    this.apps.push(app);
  }

  findApp(tenantId: string, clientId: string): AppRegistration | undefined {
    return this.apps.find((a) => a.tenantId === tenantId && a.clientId.toLowerCase() === clientId.toLowerCase());
  }

  addBusiness(business: JsonObject): BusinessState {
    const state = new BusinessState(business);
    this.businesses.set(state.id.toLowerCase(), state);
    return state;
  }

  /** Businesses in insertion order. */
  listBusinesses(): BusinessState[] {
    return [...this.businesses.values()];
  }

  /** A business by id (its SMTP address, compared case-insensitively as Exchange does). */
  business(id: string): BusinessState | undefined {
    return this.businesses.get(id.toLowerCase());
  }

  /** Cancelled appointments of a business (inspection for tests; Graph no longer returns them). */
  cancelledAppointments(businessId: string): CancelledAppointment[] {
    return [...(this.business(businessId)?.cancelled.values() ?? [])].map((c) => ({ ...c, data: cloneJson(c.data) }));
  }

  /** Moves an appointment to the cancelled list; false when it is not (or no longer) visible. */
  cancelAppointment(business: BusinessState, id: string, cancellationMessage: string): boolean {
    const appointment = business.removeAppointment(id);
    if (appointment === undefined) return false;
    business.cancelled.set(id, { ...appointment, cancellationMessage, cancelledDateTime: this.now().toISOString() });
    return true;
  }

  /** Counts for the admin health endpoint and the benchmark. */
  stats(): { businesses: number; appointments: number; customers: number; services: number; staffMembers: number } {
    let appointments = 0;
    let customers = 0;
    let services = 0;
    let staffMembers = 0;
    for (const b of this.businesses.values()) {
      appointments += b.appointments.size;
      customers += b.customers.size;
      services += b.services.size;
      staffMembers += b.staffMembers.size;
    }
    return { businesses: this.businesses.size, appointments, customers, services, staffMembers };
  }

  /** A new appointment id in the Exchange item-id style of the samples (`AAMkAD...=`). */
  newAppointmentId(): string {
    return `AAMkAD${this.ids.bytes(24).toString('base64url')}=`;
  }

  newGuid(): string {
    return this.ids.guid();
  }
}
