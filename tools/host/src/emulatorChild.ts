/**
 * Child-process entry of the Graph emulator used by the product host. Started with `fork` (IPC channel); answers
 * the requests of emulatorProtocol.ts. Exits when the parent disconnects, so a crashed host leaves no server behind.
 */
import { generateFixture, startEmulator, type Emulator, type EmulatorOptions, type SeedOption } from '../../graph-emulator/src/index';
import type { BusinessData, EmulatorData, EmulatorRequest, EmulatorStartOptions, EmulatorStarted, IpcCall, IpcReply } from './emulatorProtocol';

let emulator: Emulator | undefined;

function seedOf(data: EmulatorData): SeedOption {
  if (typeof data === 'string') return data;
  if ('file' in data) return data.file;
  if ('fixture' in data) return data.fixture;
  return generateFixture(data.generate);
}

function optionsOf(o: EmulatorStartOptions): EmulatorOptions {
  const fixed = o.now === undefined ? undefined : new Date(o.now);
  if (fixed !== undefined && Number.isNaN(fixed.getTime())) throw new RangeError(`emulator option 'now' is not an ISO date-time: '${o.now ?? ''}'`);
  return {
    port: 0,
    seed: seedOf(o.data ?? 'demo'),
    ...(o.faults === undefined ? {} : { faults: o.faults }),
    ...(o.pageSize === undefined ? {} : { pageSize: o.pageSize }),
    ...(o.tokenLifetimeSeconds === undefined ? {} : { tokenLifetimeSeconds: o.tokenLifetimeSeconds }),
    ...(o.randomSeed === undefined ? {} : { randomSeed: o.randomSeed }),
    ...(o.concurrencyLimit === undefined ? {} : { concurrencyLimit: o.concurrencyLimit }),
    ...(o.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: o.retryAfterSeconds }),
    ...(o.latencyMs === undefined ? {} : { latencyMs: o.latencyMs }),
    ...(o.emptyCustomersInLists === undefined ? {} : { emptyCustomersInLists: o.emptyCustomersInLists }),
    ...(fixed === undefined ? {} : { now: () => fixed }),
  };
}

function running(): Emulator {
  if (emulator === undefined) throw new Error('the emulator is not started (send "start" first)');
  return emulator;
}

function dataOf(e: Emulator, businessId: string | undefined): BusinessData[] {
  const out: BusinessData[] = [];
  for (const b of e.store.listBusinesses()) {
    if (businessId !== undefined && b.id !== businessId) continue;
    out.push({
      id: b.id,
      business: { ...b.business },
      customers: [...b.customers.values()].map((c) => ({ ...c })),
      services: [...b.services.values()].map((s) => ({ ...s })),
      staffMembers: [...b.staffMembers.values()].map((s) => ({ ...s })),
      appointments: b.sortedAppointments().map((a) => ({ ...a.data })),
      cancelledIds: [...b.cancelled.keys()],
    });
  }
  return out;
}

async function handle(request: EmulatorRequest): Promise<unknown> {
  switch (request.op) {
    case 'start': {
      if (emulator !== undefined) throw new Error('the emulator is already started');
      const e = await startEmulator(optionsOf(request.options));
      emulator = e;
      const started: EmulatorStarted = { url: e.url, graphUrl: e.graphUrl, tokenUrl: e.tokenUrl, credentials: e.credentials, apps: e.apps };
      return started;
    }
    case 'setFaults':
      running().faults.set(request.spec);
      return null;
    case 'clearFaults':
      running().faults.clear();
      return null;
    case 'faultState':
      return running().faults.current();
    case 'requests':
      return running().requests(request.since);
    case 'reset':
      running().reset();
      return null;
    case 'seed':
      running().seed(seedOf(request.data));
      return null;
    case 'data':
      return dataOf(running(), request.businessId);
    case 'stats':
      return running().store.stats();
    case 'close':
      if (emulator !== undefined) await emulator.close();
      emulator = undefined;
      return null;
    default: {
      const never: never = request;
      throw new Error(`unknown request ${JSON.stringify(never)}`);
    }
  }
}

function reply(message: IpcReply): void {
  process.send?.(message);
}

process.on('message', (raw: unknown) => {
  const call = raw as IpcCall;
  handle(call.request).then(
    (result) => reply({ id: call.id, ok: true, result }),
    (e: unknown) => reply({ id: call.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});

process.on('disconnect', () => {
  const e = emulator;
  emulator = undefined;
  if (e === undefined) process.exit(0);
  else void e.close().finally(() => process.exit(0));
});
