/**
 * Fault schedules against the Graph emulator, driven by the reference client (lib/graphReferenceClient.ts, a model
 * of the AL "BKI Graph Client") and a sync run shaped like the AL one (lib/referenceSync.ts). Per seeded schedule:
 * two runs with the faults active, then the faults clear and one more run must converge. Invariants:
 * - every list read that succeeds (even under faults) holds exactly the emulator's ids: none lost, none twice;
 * - every failed read is recorded with a cause, and the emulator's log shows an injected fault in that run;
 * - every throttle/unavailable answer in the emulator's log was seen by the client (retried or recorded), and
 *   every retry waited at least the announced Retry-After;
 * - after the faults clear, one run succeeds and the local copy equals the emulator's data exactly.
 */
import { strict as assert } from 'node:assert';
import { startEmulator, type Emulator, type RequestLogEntry } from '../../tools/graph-emulator/src/index';
import { faultSchedule } from './lib/faultSchedules';
import { printFigures } from './lib/figures';
import { GraphReferenceClient } from './lib/graphReferenceClient';
import { Rng } from './lib/prng';
import { LIST_KINDS, syncRun, type ListKind, type LocalData, type RunResult, type Window } from './lib/referenceSync';
import { seedFor, size } from './lib/scale';

const NOW = new Date('2026-03-04T12:00:00Z');
const DAY = 86_400_000;
const WINDOW: Window = { start: new Date(NOW.getTime() - 40 * DAY).toISOString(), end: new Date(NOW.getTime() + 40 * DAY).toISOString() };
const RUNS_UNDER_FAULTS = 2;
// Generous: the machine is shared; slow faults of 1800 ms exceed it on purpose.
const TIMEOUT_MS = 1500;

/** The ids the emulator holds for one list. */
function storeIds(emulator: Emulator, businessId: string, kind: ListKind): string[] {
  const business = emulator.store.business(businessId);
  assert.ok(business !== undefined, `business ${businessId} not in the store`);
  switch (kind) {
    case 'customers': return [...business.customers.keys()];
    case 'services': return [...business.services.keys()];
    case 'calendarView': {
      const start = Date.parse(WINDOW.start);
      const end = Date.parse(WINDOW.end);
      return business.sortedAppointments().filter((a) => a.startMs < end && a.endMs > start).map((a) => a.id);
    }
  }
}

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort();
}

function newClient(emulator: Emulator, sleep: (ms: number) => Promise<void>): GraphReferenceClient {
  return new GraphReferenceClient({
    tokenUrl: emulator.tokenUrl, graphUrl: emulator.graphUrl, clientId: emulator.credentials.clientId,
    clientSecret: emulator.credentials.clientSecret, sleep, timeoutMs: TIMEOUT_MS,
  });
}

function toPlain(local: LocalData): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [businessId, tables] of local) {
    const b: Record<string, Record<string, unknown>> = {};
    for (const kind of LIST_KINDS) b[kind] = Object.fromEntries([...(tables.get(kind) ?? new Map<string, unknown>())].sort(([x], [y]) => x.localeCompare(y)));
    out[businessId] = b;
  }
  return out;
}

describe('reliability: Graph emulator fault schedules (reference client, AL retry model)', function () {
  this.timeout(600_000);
  let emulator: Emulator;
  let baseline: ReturnType<typeof toPlain>;
  const figures = {
    schedules: 0, survived: 0, runs: 0, failedReads: 0, failedReadsWithCause: 0, requests: 0, tokenRequests: 0,
    retries: 0, tokenRefreshes: 0, faultsInjected: 0, retryAfterHonoured: 0, virtualWaitSeconds: 0, violations: 0,
  };
  const faultsByKind = new Map<string, number>();
  const seed = seedFor(424242);
  const schedules = size(12, 300);

  let lastSeq = 0;
  /** Emulator log entries since the last call (no copy of the whole log). */
  function newEntries(): RequestLogEntry[] {
    const entries = emulator.requests(lastSeq);
    lastSeq = entries.at(-1)?.seq ?? lastSeq;
    return entries;
  }

  before(async () => {
    emulator = await startEmulator({ seed: 'demo', now: () => NOW, pageSize: 7, randomSeed: 3 });
    const client = newClient(emulator, async () => undefined);
    const local: LocalData = new Map();
    const result = await syncRun(client, local, WINDOW);
    assert.deepEqual(result.failures, [], 'the fault-free baseline run must succeed');
    baseline = toPlain(local);
    assert.equal(Object.keys(baseline).length, emulator.store.listBusinesses().length);
  });
  after(async () => {
    await emulator.close();
    const byKind = [...faultsByKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}:${n}`).join('/');
    printFigures('graph fault schedules', { ...figures, faultsByKind: byKind, seed });
  });

  function checkRun(run: RunResult, log: readonly RequestLogEntry[], label: string, waitsBefore: number, client: GraphReferenceClient): void {
    for (const read of run.reads) {
      const expected = sorted(storeIds(emulator, read.businessId, read.kind));
      assert.equal(new Set(read.ids).size, read.ids.length, `${label}: ${read.kind} of ${read.businessId} read an item twice`);
      assert.deepEqual(sorted(read.ids), expected, `${label}: ${read.kind} of ${read.businessId} lost or invented items`);
    }
    const injected = log.filter((e) => e.fault !== undefined).length;
    for (const e of log) {
      if (e.fault === undefined) continue;
      const key = `${e.kind === 'token' ? 'token:' : ''}${e.fault}`;
      faultsByKind.set(key, (faultsByKind.get(key) ?? 0) + 1);
    }
    figures.faultsInjected += injected;
    for (const f of run.failures) {
      figures.failedReads++;
      assert.ok(f.message.trim() !== '' && f.failureClass.length > 0, `${label}: a failure without a cause`);
      figures.failedReadsWithCause++;
    }
    if (run.failures.length > 0) assert.ok(injected > 0, `${label}: reads failed (${run.failures.map((f) => f.message).join('; ')}) but no fault was injected`);
    // Every 429/503/504 Graph answer was either retried (a recorded wait) or is the final answer of a failed read.
    const throttled = log.filter((e) => e.kind === 'graph' && [429, 503, 504].includes(e.status)).length;
    const waits = client.stats.waits.slice(waitsBefore);
    const finalThrottles = run.failures.filter((f) => f.failureClass === 'http' && [429, 503, 504].includes(f.status)).length;
    assert.equal(waits.length + finalThrottles, throttled, `${label}: ${throttled} throttled answers, ${waits.length} waits, ${finalThrottles} final`);
    for (const w of waits) {
      const announced = w.retryAfter === undefined ? 0 : Math.min(w.retryAfter, 60) * 1000;
      assert.ok(w.waitedMs >= announced && w.waitedMs > 0 || (w.retryAfter === 0 && w.waitedMs === 0), `${label}: waited ${w.waitedMs} ms after Retry-After ${String(w.retryAfter)}`);
      figures.retryAfterHonoured++;
    }
  }

  it(`converges after every one of ${schedules} seeded fault schedules, with no item lost or duplicated`, async () => {
    const rng = new Rng(seed);
    for (let s = 0; s < schedules; s++) {
      const spec = faultSchedule(rng, seed + s);
      const label = `schedule #${s} '${spec}'`;
      let virtualMs = 0;
      const client = newClient(emulator, async (ms) => {
        virtualMs += ms;
      });
      const local: LocalData = new Map();
      emulator.faults.set(spec);
      figures.schedules++;
      try {
        for (let r = 0; r < RUNS_UNDER_FAULTS; r++) {
          newEntries();
          const waitsBefore = client.stats.waits.length;
          const run = await syncRun(client, local, WINDOW);
          figures.runs++;
          checkRun(run, newEntries(), `${label} run ${r + 1}`, waitsBefore, client);
        }
        emulator.faults.clear();
        newEntries();
        const final = await syncRun(client, local, WINDOW);
        figures.runs++;
        checkRun(final, newEntries(), `${label} final run`, client.stats.waits.length, client);
        assert.deepEqual(final.failures, [], `${label}: the run after the faults cleared failed`);
        assert.deepEqual(toPlain(local), baseline, `${label}: the local copy differs from the emulator's data`);
        figures.survived++;
      } catch (e) {
        figures.violations++;
        throw e;
      } finally {
        emulator.faults.clear();
        figures.requests += client.stats.requests;
        figures.tokenRequests += client.stats.tokenRequests;
        figures.retries += client.stats.retries;
        figures.tokenRefreshes += client.stats.tokenRefreshes;
      }
      figures.virtualWaitSeconds += virtualMs / 1000;
    }
    assert.equal(figures.survived, schedules);
    // The schedules must really hurt: some reads fail and some requests are retried.
    assert.ok(figures.failedReads > 0 && figures.retries > 0 && figures.tokenRefreshes > 0, JSON.stringify(figures));
  });
});
