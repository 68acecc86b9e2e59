/**
 * Library entry of the Microsoft Graph v1.0 Bookings emulator.
 *
 *   const emulator = await startEmulator({ seed: 'demo' });
 *   // authority: `${emulator.url}/${emulator.credentials.tenantId}`, Graph: `${emulator.url}/v1.0`
 *   ...
 *   await emulator.close();
 *
 * One port serves the token endpoint (`/{tenant}/oauth2/v2.0/token`), Graph (`/v1.0/solutions/bookingBusinesses/...`)
 * and the admin endpoints (`/_emulator/...`). Loopback only.
 */
import { readFileSync, existsSync } from 'node:fs';
import { BUILT_IN_APPS, DEMO_TENANT, builtInApps, newClientSecret, type AppTemplate } from './auth/default-apps';
import { TokenService } from './auth/token-service';
import { FaultEngine } from './faults/fault-engine';
import { faultSpecFromJson, parseFaultSpec, type FaultSpec } from './faults/fault-spec';
import { RequestLog, type RequestLogEntry } from './request-log';
import { resolveSeed, type SeedOption } from './seed-source';
import { EmulatorServer } from './server';
import { importBusinesses, type FixtureData } from './storage/fixture';
import { BookingStore, type AppRegistration } from './storage/store';
import { ConcurrencyLimiter } from './throttle';

export type { FaultSpec, FaultRule, FaultKind, FaultSchedule, FaultTarget } from './faults/fault-spec';
export { parseFaultSpec, FaultSpecError } from './faults/fault-spec';
export type { FixtureData, FixtureApp, FixtureTenant } from './storage/fixture';
export { FixtureError, CANCELLED_ANNOTATION } from './storage/fixture';
export type { SeedOption } from './seed-source';
export { SeedError } from './seed-source';
export type { RequestLogEntry } from './request-log';
export { BookingStore } from './storage/store';
export { generateFixture, demoFixture, scaleFixture, type GeneratorOptions } from './data/generator';
export { GraphErrors, IdentityErrors } from './errors/error-factory';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Only loopback is allowed. */
  readonly host?: '127.0.0.1';
  /** Data: 'demo' (default), 'empty', 'scale:N', a fixture file path, or fixture data. */
  readonly seed?: SeedOption;
  /** Faults from the start: a FaultSpec, its text form, or the path of a JSON file holding one. */
  readonly faults?: FaultSpec | string;
  /** Clock for token expiry, createdDateTime and the demo data range (default: real time). */
  readonly now?: () => Date;
  /** Access token lifetime (default 3599 s, as Entra ID's expires_in). */
  readonly tokenLifetimeSeconds?: number;
  /** Seed of generated ids and of rate-based faults (default 1). */
  readonly randomSeed?: number;
  /** Items per page of appointments, calendarView, customers and services (default 100). */
  readonly pageSize?: number;
  /** Concurrent requests allowed per app and business before 429 (default 4, as Bookings documents). */
  readonly concurrencyLimit?: number;
  /** Retry-After seconds on 429/503 (default 1). */
  readonly retryAfterSeconds?: number;
  /** Delay added to every Graph response, in ms (default 0). */
  readonly latencyMs?: number;
  /**
   * Quirk from msgraph-metadata#408 (2023, unconfirmed today): appointment lists and calendarView return
   * `customers: []`; GET by id still has them. Default false.
   */
  readonly emptyCustomersInLists?: boolean;
}

export interface ClientCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface FaultController {
  /** Replaces the active faults (request numbering restarts at 1). Throws FaultSpecError. */
  set(spec: FaultSpec | string): void;
  clear(): void;
  current(): { spec: FaultSpec; requests: number; tokenRequests: number; fired: readonly number[] };
}

export interface Emulator {
  /** `http://127.0.0.1:PORT` — both the authority host and the Graph host. */
  readonly url: string;
  readonly port: number;
  /** Token endpoint of the demo tenant. */
  readonly tokenUrl: string;
  /** Graph root: `${url}/v1.0`. */
  readonly graphUrl: string;
  /** The demo app: Bookings.Read.All + BookingsAppointment.ReadWrite.All. */
  readonly credentials: ClientCredentials;
  /** All built-in apps: demo, reader (Bookings.Read.All), manager (Bookings.Manage.All). */
  readonly apps: Readonly<Record<AppTemplate['name'], ClientCredentials & { roles: readonly string[] }>>;
  /** Direct access to the data (tests may inspect or change it). */
  readonly store: BookingStore;
  readonly faults: FaultController;
  /** The request log (same as GET /_emulator/requests), secrets redacted. */
  requests(sinceSeq?: number): RequestLogEntry[];
  /** Back to the start-up data, faults and an empty request log. */
  reset(): void;
  /** Replaces all businesses. Throws SeedError/FixtureError. */
  seed(seed: SeedOption): void;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const now = options.now ?? (() => new Date());
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new RangeError('The Graph emulator listens on 127.0.0.1 only.');
  const randomSeed = options.randomSeed ?? 1;
  const store = new BookingStore(randomSeed, now);
  const tokens = new TokenService(now, options.tokenLifetimeSeconds ?? 3599);
  const faults = new FaultEngine(randomSeed);
  const log = new RequestLog();
  const secrets = { demo: newClientSecret(), reader: newClientSecret(), manager: newClientSecret() };
  const startSeed: SeedOption = options.seed ?? 'demo';
  const startFaults = options.faults === undefined ? { rules: [] } : toFaultSpec(options.faults);

  const load = (seed: SeedOption): void => {
    const fixture = resolveSeed(seed, now());
    if (typeof seed !== 'string') {
      importBusinesses(new BookingStore(randomSeed, now), fixture); // validate fully before touching the live store (files are checked in resolveSeed)
    }
    store.clear();
    store.restartIds();
    store.addTenant(DEMO_TENANT);
    for (const app of builtInApps(secrets)) store.addApp(app);
    addFixtureIdentities(store, fixture);
    importBusinesses(store, fixture);
  };
  load(startSeed);
  faults.set(startFaults);

  const reset = (): void => {
    load(startSeed);
    faults.set(startFaults);
    log.clear();
  };
  const health = (): unknown => ({ status: 'ok', ...store.stats() });
  const server = new EmulatorServer({
    store, tokens, faults, log, now,
    limiter: new ConcurrencyLimiter(options.concurrencyLimit ?? 4),
    pageSize: options.pageSize ?? 100,
    latencyMs: options.latencyMs ?? 0,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
    emptyCustomersInLists: options.emptyCustomersInLists ?? false,
    admin: {
      reset, seed: load, health,
      setFaults: (spec) => faults.set(spec),
      clearFaults: () => faults.clear(),
      faultState: () => faults.current(),
      requests: (since) => log.list(since),
      clearRequests: () => log.clear(),
    },
  });
  const port = await server.listen(options.port ?? 0, host);
  const url = `http://${host}:${port}`;
  const credentialsOf = (name: AppTemplate['name']): ClientCredentials & { roles: readonly string[] } => {
    const template = BUILT_IN_APPS.find((t) => t.name === name);
    return { tenantId: DEMO_TENANT.id, clientId: template?.clientId ?? '', clientSecret: secrets[name], roles: template?.roles ?? [] };
  };
  const apps = { demo: credentialsOf('demo'), reader: credentialsOf('reader'), manager: credentialsOf('manager') };
  return {
    url, port,
    tokenUrl: `${url}/${DEMO_TENANT.id}/oauth2/v2.0/token`,
    graphUrl: `${url}/v1.0`,
    credentials: { tenantId: apps.demo.tenantId, clientId: apps.demo.clientId, clientSecret: apps.demo.clientSecret },
    apps, store,
    faults: { set: (spec) => faults.set(toFaultSpec(spec)), clear: () => faults.clear(), current: () => faults.current() },
    requests: (since) => log.list(since),
    reset,
    seed: load,
    close: () => server.close(),
  };
}

function toFaultSpec(spec: FaultSpec | string): FaultSpec {
  if (typeof spec !== 'string') return faultSpecFromJson(spec);
  if (spec.trim().endsWith('.json') && existsSync(spec)) return faultSpecFromJson(JSON.parse(readFileSync(spec, 'utf8')));
  if (spec.trim().startsWith('{')) return faultSpecFromJson(JSON.parse(spec));
  return parseFaultSpec(spec);
}

function addFixtureIdentities(store: BookingStore, fixture: FixtureData): void {
  for (const t of fixture.tenants ?? []) store.addTenant(t);
  for (const a of fixture.apps ?? []) {
    const app: AppRegistration = {
      tenantId: a.tenantId, clientId: a.clientId, clientSecret: a.clientSecret ?? newClientSecret(),
      displayName: a.displayName ?? `App ${a.clientId}`, roles: a.roles,
    };
    store.addApp(app);
  }
}
