/**
 * Secrets in the AL flows: the real app (src-al) in the AL runtime against the Graph emulator (child process). With
 * the emulator's client secret, a wrong (planted) secret and every access token the emulator issued (several, through
 * token expiry mid-run), it runs setup (SetClientSecret), Test Connection, sync (user and job queue, under faults),
 * invoicing, then the failure paths (wrong secret, token endpoint faults). It scans everything observable:
 * - the rows of every table in every company (sync log and its error rows and call stacks, job queue errors, setup,
 *   invoices), SecretText values found in rows unwrapped (a stored SecretText is a leak too);
 * - the telemetry the session recorded (Session.LogMessage: messages and dimensions);
 * - the runtime's HTTP log (URLs, headers as logged, outcomes) and the emulator's request log (token request bodies
 *   are not in it by design);
 * - every error message and AL call stack the runs raised, the UI messages;
 * for the secrets, their URL-encoded and base64 forms, and the tokens: zero hits. IsolatedStorage is the one place the
 * secret must be (checked, and used to prove the scan finds what it looks for).
 */
import { strict as assert } from 'node:assert';
import { ALError } from '../../tools/al/runtime/src/errors';
import type { HttpLogEntry } from '../../tools/al/runtime/src/platform/http/index';
import type { SyncTransport } from '../../tools/al/runtime/src/platform/http/transport';
import { BlobV } from '../../tools/al/runtime/src/values/streams';
import { SecretTextV } from '../../tools/al/runtime/src/values/secretText';
import { ALDateTime } from '../../tools/al/runtime/src/values/dates';
import { SETUP_TABLE, type ProductHost } from '../../tools/host/src/index';
import { callIn, messageOf } from './lib/alSessions';
import { printFigures } from './lib/figures';
import { KNOWN_SECRETS } from './lib/knownSecrets';
import { freshState, productHost } from './lib/sharedProductHost';

/** Text of any runtime value, secrets unwrapped (so a SecretText stored in a row counts as a hit). */
function flatten(v: unknown, out: string[], seen = new Set<unknown>()): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'string') {
    out.push(v);
    return;
  }
  if (typeof v !== 'object') {
    out.push(String(v));
    return;
  }
  if (seen.has(v)) return;
  seen.add(v);
  if (v instanceof SecretTextV) out.push(v.unwrap());
  else if (v instanceof BlobV) out.push(v.content);
  else if (v instanceof Uint8Array) out.push(Buffer.from(v).toString('utf8'));
  else if (v instanceof Map) for (const [k, x] of v) (flatten(k, out, seen), flatten(x, out, seen));
  else if (Array.isArray(v)) for (const x of v) flatten(x, out, seen);
  else {
    const fmt = (v as { alFormat?: () => string }).alFormat;
    if (typeof fmt === 'function') {
      try {
        out.push(fmt.call(v));
      } catch {
        // values without a text form
      }
    }
    for (const x of Object.values(v)) flatten(x, out, seen);
  }
}

describe('reliability: secrets in the AL flows (table data, telemetry, HTTP logs, errors)', function () {
  this.timeout(600_000);
  let host: ProductHost;
  const artefacts = new Map<string, string[]>();
  const tokens = new Set<string>();
  const flowErrors: string[] = [];
  /** Status of the last sync log row after each flow (a sync may end "Completed with Errors" without an error). */
  const syncStatus = new Map<string, string>();
  let flows = 0;

  function add(kind: string, ...texts: string[]): void {
    const list = artefacts.get(kind) ?? [];
    list.push(...texts);
    artefacts.set(kind, list);
  }

  /** Runs one flow; its error (message and AL call stack) is kept as an artefact. */
  function flow(name: string, fn: () => void): void {
    flows++;
    try {
      fn();
    } catch (e) {
      flowErrors.push(name);
      add('error messages', messageOf(e));
      if (e instanceof ALError) add('AL call stacks', e.alStack.join('\n'), e.info.detailedMessage ?? '');
    }
    syncStatus.set(name, String(host.rows('BKI Sync Log').at(-1)?.['Status'] ?? ''));
    const last = host.session.lastError;
    if (last !== undefined) add('last errors', last.message, last.alStack.join('\n'));
  }

  function setSecret(secret: string): void {
    const rec = host.record(SETUP_TABLE);
    host.callTable(rec, 'GetSetup');
    host.callTable(rec, 'SetClientSecret', new SecretTextV(secret));
    host.session.resetSingleInstances(); // the token cache of the old secret goes (as on the setup page)
  }

  function testConnection(): void {
    const s = host.session;
    const rec = host.record(SETUP_TABLE);
    host.callTable(rec, 'GetSetup');
    const proc = s.program.codeunits.get('bki connection test')?.procs.get('testconnection')?.[0];
    const errorClassType = proc?.params[1]?.type;
    assert.ok(errorClassType !== undefined, 'BKI Connection Test.TestConnection changed its parameters');
    const errorClass = s.defaultMaker(errorClassType)();
    const ok = callIn(s, 'BKI Connection Test', 'TestConnection', [rec, errorClass, '', 0]);
    add('test connection results', String(ok));
  }

  before(async function () {
    this.timeout(300_000);
    const started = await productHost();
    host = started.host;
    await freshState(host, started.setup);
    const s = host.session;
    const secret = host.emulator.credentials.clientSecret;
    // The harness sees the wire (only the transport unwraps secrets): it learns every token the emulator issues.
    const transport = s.httpEnv.transport;
    const spy: SyncTransport = {
      send: (req) => {
        const r = transport.send(req);
        for (const [name, value] of req.headers) if (name.toLowerCase() === 'authorization' && value.startsWith('Bearer ')) tokens.add(value.slice(7));
        if (r.kind === 'response' && /\/oauth2\//.test(req.url)) {
          try {
            const body = JSON.parse(Buffer.from(r.body).toString('utf8')) as { access_token?: unknown };
            if (typeof body.access_token === 'string') tokens.add(body.access_token);
          } catch {
            // a truncated or invalid token answer (fault) holds no token
          }
        }
        return r;
      },
    };
    s.httpEnv.transport = spy;
    s.httpEnv.log = (e: HttpLogEntry) => add('runtime HTTP log', JSON.stringify(e));
    try {
      flow('setup: store the client secret', () => setSecret(secret));
      flow('test connection', testConnection);
      await host.emulator.faults.set('token-expiry@every=4,429@rate=0.1:burst=2:retryAfter=1,500@at=9,seed=5');
      flow('sync (user)', () => callIn(s, 'BKI Bookings Sync', 'SyncAll'));
      flow('schedule background sync', () => callIn(s, 'BKI Sync Job Queue Mgt.', 'ScheduleJobQueueEntry', [60]));
      flow('sync (job queue)', () => callIn(s, 'Runtime Job Queue Runner', 'RunDueEntries', [ALDateTime.of(Date.now() + 86_400_000)]));
      await host.emulator.faults.clear();
      flow('sync again', () => callIn(s, 'BKI Bookings Sync', 'SyncAll'));
      flow('invoicing', () => callIn(s, 'BKI Bookings Invoicing', 'CreateInvoices', [s.newRecord('BKI Booking Appointment', false), true]));
      // Failure paths: a wrong secret, then token endpoint faults with the right one.
      flow('setup: a wrong secret', () => setSecret(KNOWN_SECRETS.clientSecret));
      flow('test connection (wrong secret)', testConnection);
      flow('sync (wrong secret)', () => callIn(s, 'BKI Bookings Sync', 'SyncAll'));
      flow('sync (job queue, wrong secret)', () => callIn(s, 'Runtime Job Queue Runner', 'RunDueEntries', [ALDateTime.of(Date.now() + 2 * 86_400_000)]));
      flow('setup: the right secret again', () => setSecret(secret));
      await host.emulator.faults.set('500@at=1:target=token,truncate@at=2:target=token,seed=3');
      flow('test connection (token endpoint faults)', testConnection);
      flow('sync (token endpoint faults)', () => callIn(s, 'BKI Bookings Sync', 'SyncAll'));
      await host.emulator.faults.clear();
    } finally {
      s.httpEnv.transport = transport;
      s.httpEnv.log = undefined;
    }
    // Everything observable after the flows.
    for (const [companyName, company] of s.db.companies) {
      for (const store of company.stores.values()) {
        const texts: string[] = [];
        for (const row of store.rows.values()) flatten(row, texts);
        add(`table data (${companyName})`, ...texts);
      }
    }
    for (const t of s.telemetry) add('telemetry', t.eventId, t.message, t.verbosity, ...[...t.dimensions].flat());
    add('UI messages', ...host.messages);
    add('emulator request log', ...(await host.emulator.requests(0)).map((e) => JSON.stringify(e)));
  });

  it('ran the flows, with their failure paths, and learnt several tokens', () => {
    assert.ok(tokens.size >= 2, `only ${tokens.size} token(s) seen: token expiry did not happen`);
    const wrong = syncStatus.get('sync (wrong secret)') ?? '';
    assert.ok(flowErrors.includes('sync (wrong secret)') || (wrong !== 'Succeeded' && wrong !== ''), `the sync with a wrong secret did not fail (status ${wrong})`);
    assert.ok(host.rows('BKI Sync Log Error').length > 0, 'no sync error rows: the failure paths left nothing to scan');
    assert.ok((artefacts.get('telemetry') ?? []).length > 0, 'no telemetry recorded');
    assert.ok((artefacts.get('runtime HTTP log') ?? []).length > 0, 'no HTTP log recorded');
  });

  it('the secret is in IsolatedStorage, and the scan finds it there', () => {
    const stored = [...host.session.isolatedStorage.values()];
    const secret = host.emulator.credentials.clientSecret;
    assert.ok(stored.some((v) => v.includes(secret)), 'the client secret is not in IsolatedStorage');
  });

  it('no secret or token in table data, telemetry, HTTP logs, errors or messages', () => {
    const secret = host.emulator.credentials.clientSecret;
    const needles = new Map<string, string>();
    for (const [name, value] of [['client secret', secret], ['wrong secret', KNOWN_SECRETS.clientSecret]] as const) {
      needles.set(name, value);
      needles.set(`${name} (URL-encoded)`, encodeURIComponent(value));
      needles.set(`${name} (base64)`, Buffer.from(value).toString('base64'));
    }
    let n = 0;
    for (const t of tokens) {
      n++;
      needles.set(`access token ${n}`, t);
      // A JWT's signature alone is enough to replay nothing, but its payload+signature tail must not leak either.
      const tail = t.split('.').slice(1).join('.');
      if (tail.length >= 16) needles.set(`access token ${n} (without header)`, tail);
    }
    const hits: string[] = [];
    let bytes = 0;
    let items = 0;
    for (const [kind, texts] of artefacts) {
      for (const text of texts) {
        items++;
        bytes += text.length;
        for (const [name, needle] of needles) if (needle.length >= 8 && text.includes(needle)) hits.push(`${name} in ${kind}: ...${text.slice(Math.max(0, text.indexOf(needle) - 40), text.indexOf(needle)).replace(needle, '***')}***`);
      }
    }
    // The scan itself must find a planted value: the stored secret in IsolatedStorage.
    const stored: string[] = [];
    flatten([...host.session.isolatedStorage.values()], stored);
    assert.ok(stored.some((t) => t.includes(secret)), 'the scan cannot find the secret where it is stored: the scan is broken');
    const kinds = [...artefacts].filter(([, t]) => t.length > 0).map(([k, t]) => `${k.replace(/ /g, '-')}:${t.length}`).join('/');
    printFigures('al secrets scan', { flows, failingFlows: flowErrors.length, secrets: 2, tokens: tokens.size, needles: needles.size, artefactKinds: artefacts.size, items, kilobytes: Math.round(bytes / 1024), hits: hits.length, kinds });
    assert.deepEqual(hits, [], 'secrets or tokens found where they must not be');
  });
});
