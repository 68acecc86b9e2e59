/**
 * One product host (tools/host: src-al in the AL runtime, Graph emulator in a child process) for all AL-level
 * reliability suites of one mocha run: starting the emulator child takes seconds on a shared machine. Each suite
 * starts from the same state with `freshState()` (the database as right after set-up, the emulator's seed data, no
 * faults). A root `after` hook stops it.
 */
import { startProductHost, type ProductHost } from '../../../tools/host/src/index';
import type { Database } from '../../../tools/al/runtime/src/db/store';

type Snapshot = ReturnType<Database['snapshot']>;

let started: Promise<{ host: ProductHost; setup: Snapshot }> | undefined;

/** Graph page size of the emulator: small, so every list needs several pages (more requests, more fault points). */
export const PAGE_SIZE = 7;

export function productHost(): Promise<{ host: ProductHost; setup: Snapshot }> {
  started ??= startProductHost({ emulator: { data: 'demo', pageSize: PAGE_SIZE, randomSeed: 3 } }).then((host) => ({ host, setup: host.session.db.snapshot() }));
  return started;
}

/** Back to the state right after set-up: database, single-instance codeunits (token cache), emulator data, faults. */
export async function freshState(host: ProductHost, setup: Snapshot): Promise<void> {
  await host.emulator.faults.clear();
  await host.emulator.reset();
  const db = host.session.db;
  const coordinator = db.coordinator;
  db.coordinator = undefined;
  db.restore(setup);
  db.coordinator = coordinator;
  host.session.resetSingleInstances();
  host.session.lastError = undefined;
  host.session.telemetry.length = 0;
}

after(async () => {
  if (started === undefined) return;
  const { host } = await started;
  started = undefined;
  await host.stop();
});
