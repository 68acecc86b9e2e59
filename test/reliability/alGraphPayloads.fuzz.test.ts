/**
 * Malformed Graph payloads into the REAL AL sync (src-al in the AL runtime, emulator in a child process). The
 * runtime's transport is wrapped so that, per seeded case, Graph list and item answers (HTTP 200 JSON) are mutated
 * before the AL code reads them: fields dropped, null, of the wrong type (number, boolean, object, array, string),
 * empty or huge strings, impossible dates, a `value` that is not an array or is missing, items that are not objects,
 * items twice. Invariants per case:
 * - the run ends with an AL-level outcome: success, or an AL error (never a JS/runtime error escaping the app);
 * - no run stays Running, every error row has its text, and the run's counters are not contradicted by its rows;
 * - nothing is duplicated: one BC customer per e-mail, appointment customers unique per appointment;
 * - a clean run afterwards succeeds.
 */
import { strict as assert } from 'node:assert';
import { ALError } from '../../tools/al/runtime/src/errors';
import type { SyncTransport, WireResult } from '../../tools/al/runtime/src/platform/http/transport';
import type { ProductHost } from '../../tools/host/src/index';
import { callIn, messageOf, rowsIn, text } from './lib/alSessions';
import { printFigures } from './lib/figures';
import { Rng } from './lib/prng';
import { seedFor, size } from './lib/scale';
import { freshState, productHost } from './lib/sharedProductHost';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const BAD_VALUES: ReadonlyArray<(rng: Rng) => Json> = [
  () => null,
  () => 42,
  () => -1.5e300,
  () => true,
  () => '',
  () => ({}),
  () => [],
  () => 'x'.repeat(5000),
  () => '2026-13-45T99:99:99Z',
  () => 'not-a-date',
  () => ({ dateTime: 'garbage', timeZone: 'Nowhere/Standard' }),
  () => [{ unexpected: 1 }],
  (r) => '\u0000\u202e<script>' + String(r.int(1000)),
];

function pathsOf(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  if (depth > 3 || v === null || typeof v !== 'object') return out;
  for (const [k, x] of Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v)) {
    const p = [...prefix, k];
    out.push(p);
    pathsOf(x, p, out, depth + 1);
  }
  return out;
}

function setAt(root: Json, path: readonly (string | number)[], value: Json | undefined): void {
  let cur: Json = root;
  for (const k of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return;
    cur = (cur as Record<string, Json>)[k as string] ?? null;
  }
  const last = path.at(-1);
  if (cur === null || typeof cur !== 'object' || last === undefined) return;
  if (Array.isArray(cur) && typeof last === 'number') {
    if (value === undefined) cur.splice(last, 1);
    else cur[last] = value;
  } else if (!Array.isArray(cur)) {
    if (value === undefined) delete cur[String(last)];
    else cur[String(last)] = value;
  }
}

/** One seeded mutation of a Graph answer; returns what was done. */
function mutate(rng: Rng, body: Json): string {
  const isList = body !== null && typeof body === 'object' && !Array.isArray(body) && Array.isArray(body['value']);
  const roll = rng.int(10);
  if (isList && roll === 0) {
    (body as Record<string, Json>)['value'] = rng.chance(0.5) ? { not: 'an array' } : 'nope';
    return 'value not an array';
  }
  if (isList && roll === 1) {
    delete (body as Record<string, Json>)['value'];
    return 'value missing';
  }
  const list = isList ? ((body as Record<string, Json>)['value'] as Json[]) : undefined;
  if (list !== undefined && list.length > 0 && roll === 2) {
    list[rng.int(list.length)] = rng.chance(0.5) ? 'oops' : 7;
    return 'item not an object';
  }
  if (list !== undefined && list.length > 0 && roll === 3) {
    const item = list[rng.int(list.length)];
    list.push(JSON.parse(JSON.stringify(item)) as Json);
    return 'item twice';
  }
  const target = list !== undefined && list.length > 0 ? list[rng.int(list.length)] : body;
  const paths = pathsOf(target ?? null);
  if (target === undefined || paths.length === 0) return 'nothing to mutate';
  const path = rng.pick(paths);
  if (rng.chance(0.25)) {
    setAt(target, path, undefined);
    return `dropped ${path.join('.')}`;
  }
  const bad = rng.pick(BAD_VALUES)(rng);
  setAt(target, path, bad);
  return `${path.join('.')} := ${JSON.stringify(bad).slice(0, 20)}`;
}

describe('reliability: malformed Graph payloads into the AL sync (runtime + emulator child process)', function () {
  this.timeout(900_000);
  let host: ProductHost;
  const seed = seedFor(4040);
  const cases = size(6, 80);
  const figures = { cases: 0, brokenLists: 0, brokenListsRecorded: 0, mutatedAnswers: 0, runsSucceeded: 0, runsFailedWithAlError: 0, errorRows: 0, cleanRunsSucceeded: 0, runtimeErrors: 0, violations: 0 };
  const kinds = new Map<string, number>();
  /** Errors of clean runs that followed bad data ("Completed with Errors"): printed, for the findings. */
  const cleanRunErrors: string[] = [];

  before(async function () {
    this.timeout(300_000);
    host = (await productHost()).host;
  });
  after(() => {
    for (const e of cleanRunErrors.slice(0, 3)) process.stdout.write(`      [reliability] clean run after bad data still had errors: ${e.slice(0, 400)}\n`);
    printFigures('al graph payload fuzz', { ...figures, mutationKinds: [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k.replace(/ /g, '-')}:${n}`).join('/'), seed });
  });

  // FINDING F3 (RELIABILITY.md), found by case 10 of the full size; fixed in "BKI Process Booking Service".
  it('F3: a Bookings service whose displayName is not text goes to an error row; no item without a name is created', async () => {
    const { setup } = await productHost();
    await freshState(host, setup);
    const s = host.session;
    const inner = s.httpEnv.transport;
    let mutated = false;
    s.httpEnv.transport = {
      send: (req) => {
        const r = inner.send(req);
        if (mutated || r.kind !== 'response' || r.status !== 200 || req.method !== 'GET' || !/\/services(\?|$)/.test(req.url)) return r;
        const body = JSON.parse(Buffer.from(r.body).toString('utf8')) as { value: Record<string, unknown>[] };
        const first = body.value[0];
        if (first === undefined) return r;
        first['displayName'] = [{ unexpected: 1 }];
        mutated = true;
        return { ...r, headers: r.headers.filter(([n]) => n.toLowerCase() !== 'content-length'), body: Buffer.from(JSON.stringify(body)) };
      },
    };
    try {
      callIn(s, 'BKI Bookings Sync', 'SyncAll');
    } finally {
      s.httpEnv.transport = inner;
    }
    assert.ok(mutated, 'no services list was read');
    assert.deepEqual(rowsIn(s, 'Item').filter((r) => text(r['Description']) === '').map((r) => r['No.']), [], 'an item without a description was created from the bad service');
    assert.deepEqual(rowsIn(s, 'BKI Booking Service Mapping').filter((r) => text(r['Service Name']) === '').map((r) => r['Service ID']), [], 'a service mapping without a name');
    assert.ok(rowsIn(s, 'BKI Sync Log Error').some((e) => text(e['Entity']) === 'Service'), 'the bad service is not on an error row');
  });

  for (let i = 0; i < cases; i++) {
    it(`case ${i}: the run ends with an AL outcome, errors on the log, nothing duplicated; a clean run succeeds`, async () => {
      const { setup } = await productHost();
      await freshState(host, setup);
      const rng = new Rng(seed + i * 104_729);
      const s = host.session;
      const rate = 0.2 + rng.next() * 0.6;
      const done: string[] = [];
      const inner = s.httpEnv.transport;
      const fuzz: SyncTransport = {
        send: (req) => {
          const r = inner.send(req);
          if (r.kind !== 'response' || r.status !== 200 || req.method !== 'GET' || !req.url.includes('/v1.0/solutions/') || !rng.chance(rate)) return r;
          let body: Json;
          try {
            body = JSON.parse(Buffer.from(r.body).toString('utf8')) as Json;
          } catch {
            return r;
          }
          const what = mutate(rng, body);
          done.push(what);
          const kind = what.includes(':=') ? `wrong value` : what.startsWith('dropped') ? 'dropped field' : what;
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          const out: WireResult = { ...r, headers: r.headers.filter(([n]) => n.toLowerCase() !== 'content-length'), body: Buffer.from(JSON.stringify(body)) };
          return out;
        },
      };
      const label = `seed ${seed} case ${i}`;
      figures.cases++;
      s.httpEnv.transport = fuzz;
      let outcome = '';
      try {
        callIn(s, 'BKI Bookings Sync', 'SyncAll');
        figures.runsSucceeded++;
      } catch (e) {
        outcome = messageOf(e);
        const internal = !(e instanceof ALError) || e.internal;
        if (internal) figures.runtimeErrors++;
        assert.ok(!internal, `${label}: a runtime error escaped the app after [${done.join('; ')}]: ${outcome}`);
        figures.runsFailedWithAlError++;
      } finally {
        s.httpEnv.transport = inner;
      }
      figures.mutatedAnswers += done.length;
      const logs = rowsIn(s, 'BKI Sync Log');
      const errors = rowsIn(s, 'BKI Sync Log Error');
      figures.errorRows += errors.length;
      assert.deepEqual(logs.filter((l) => text(l['Status']) === 'Running').map((l) => l['Entry No.']), [], `${label}: a run stays Running`);
      for (const e of errors) assert.notEqual(text(e['Error Message']).trim(), '', `${label}: an error row without text`);
      for (const l of logs) {
        const failed = Number(l['Failed'] ?? 0);
        const rowsOfRun = errors.filter((e) => e['Log Entry No.'] === l['Entry No.']).length;
        if (failed > 0) assert.ok(rowsOfRun > 0, `${label}: run ${text(l['Entry No.'])} counts ${failed} failed records but has no error row`);
        if (text(l['Status']) === 'Failed') assert.notEqual(text(l['Run Error']), '', `${label}: a failed run without its cause`);
      }
      if (outcome !== '') assert.ok(logs.some((l) => text(l['Run Error']) !== '' && outcome.startsWith(text(l['Run Error']).slice(0, 100))), `${label}: the failed run is not on the log: ${outcome}`);
      // A list answer without a `value` array is not "an empty page": the run must say that something was not read.
      if (done.some((d) => d === 'value missing' || d === 'value not an array')) {
        figures.brokenLists++;
        assert.ok(errors.length > 0 || outcome !== '', `${label}: a Graph list answer without a value array was taken silently [${done.join('; ')}]`);
        figures.brokenListsRecorded++;
      }
      const emails = rowsIn(s, 'Customer').map((r) => text(r['E-Mail']).toLowerCase()).filter((e) => e !== '');
      assert.equal(new Set(emails).size, emails.length, `${label}: a customer e-mail on two customers after [${done.join('; ')}]`);
      // A clean run afterwards succeeds (bad data did not wedge the sync).
      callIn(s, 'BKI Bookings Sync', 'SyncAll');
      const last = rowsIn(s, 'BKI Sync Log').at(-1);
      assert.ok(text(last?.['Status']) === 'Succeeded' || text(last?.['Status']) === 'Completed with Errors', `${label}: the clean run failed: ${text(last?.['Run Error'])}`);
      if (text(last?.['Status']) === 'Succeeded') figures.cleanRunsSucceeded++;
      else cleanRunErrors.push(`${label}: ${rowsIn(s, 'BKI Sync Log Error').filter((e) => e['Log Entry No.'] === last?.['Entry No.']).map((e) => text(e['Error Message'])).join(' | ')}`);
    });
  }
});
