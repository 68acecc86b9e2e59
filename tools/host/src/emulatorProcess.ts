/**
 * The Graph emulator in a child process, seen from the host: start/stop, faults, seeding, the request log and the
 * data it holds. All calls are asynchronous (IPC), so make them between AL calls, never from inside one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { FaultSpec, RequestLogEntry } from '../../graph-emulator/src/index';
import type {
  BusinessData, EmulatorAnswers, EmulatorCredentials, EmulatorData, EmulatorRequest, EmulatorStartOptions, EmulatorStarted, EmulatorStats, FaultState, IpcReply,
} from './emulatorProtocol';

const CHILD = path.join(__dirname, 'emulatorChild.ts');
const CHILD_JS = path.join(__dirname, 'emulatorChild.js');

export interface EmulatorHandle {
  /** `http://127.0.0.1:PORT`: the authority host and the Graph host. */
  readonly url: string;
  /** `${url}/v1.0` */
  readonly graphUrl: string;
  /** Token endpoint of the demo tenant. */
  readonly tokenUrl: string;
  /** The demo app (Bookings.Read.All + BookingsAppointment.ReadWrite.All). Keep the secret out of logs. */
  readonly credentials: EmulatorCredentials;
  readonly apps: EmulatorStarted['apps'];
  /** Process id of the child. */
  readonly pid: number;
  readonly faults: {
    /** Replaces the active faults; request numbering restarts at 1. Text form e.g. `429@at=1|2:burst=3`. */
    set(spec: FaultSpec | string): Promise<void>;
    clear(): Promise<void>;
    current(): Promise<FaultState>;
  };
  /** The request log (secrets redacted); `since` = last seq seen. */
  requests(since?: number): Promise<RequestLogEntry[]>;
  /** Back to the start-up data and faults, empty request log. */
  reset(): Promise<void>;
  /** Replaces all businesses. */
  seed(data: EmulatorData): Promise<void>;
  /** The data of every business (or one), as Graph JSON. */
  data(businessId?: string): Promise<BusinessData[]>;
  stats(): Promise<EmulatorStats>;
  /**
   * A Graph request from the host process (async fetch, never during an AL call), e.g. to change Bookings data
   * between sync runs. `path` is relative to `graphUrl` (`/solutions/bookingBusinesses/...`); the token of the
   * chosen built-in app is fetched once and reused. Faults apply to these requests too: clear them first.
   */
  graph(method: string, path: string, body?: unknown, app?: 'demo' | 'reader' | 'manager'): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export class EmulatorProcessError extends Error {
  override readonly name = 'EmulatorProcessError';
}

/** Starts the emulator in a child process (ts-node when running from sources). */
export async function startEmulatorProcess(options: EmulatorStartOptions, startTimeoutMs = 60_000): Promise<EmulatorHandle> {
  const fromSources = path.extname(__filename) === '.ts';
  const child = fork(fromSources ? CHILD : CHILD_JS, [], {
    execArgv: fromSources ? ['-r', 'ts-node/register/transpile-only'] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
  });
  const ipc = new IpcClient(child);
  let started: EmulatorStarted;
  try {
    started = await ipc.call({ op: 'start', options }, startTimeoutMs);
  } catch (e) {
    child.kill();
    throw e;
  }
  let closed = false;
  const tokens = new Map<string, string>();
  return {
    url: started.url,
    graphUrl: started.graphUrl,
    tokenUrl: started.tokenUrl,
    credentials: started.credentials,
    apps: started.apps,
    pid: child.pid ?? 0,
    faults: {
      set: async (spec) => {
        await ipc.call({ op: 'setFaults', spec });
      },
      clear: async () => {
        await ipc.call({ op: 'clearFaults' });
      },
      current: () => ipc.call({ op: 'faultState' }),
    },
    requests: (since) => ipc.call(since === undefined ? { op: 'requests' } : { op: 'requests', since }),
    reset: async () => {
      await ipc.call({ op: 'reset' });
    },
    seed: async (data) => {
      await ipc.call({ op: 'seed', data });
    },
    data: (businessId) => ipc.call(businessId === undefined ? { op: 'data' } : { op: 'data', businessId }),
    stats: () => ipc.call({ op: 'stats' }),
    graph: async function graph(method, relPath, body, app = 'manager', retried = false): Promise<{ status: number; body: unknown }> {
      let token = tokens.get(app);
      if (token === undefined) {
        const c = started.apps[app];
        const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, scope: 'https://graph.microsoft.com/.default' });
        const r = await fetch(started.tokenUrl, { method: 'POST', body: form });
        const json = (await r.json()) as { access_token?: unknown };
        if (typeof json.access_token !== 'string') throw new EmulatorProcessError(`The Graph emulator refused a token for its ${app} app (HTTP ${r.status}).`);
        token = json.access_token;
        tokens.set(app, token);
      }
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const r = await fetch(`${started.graphUrl}${relPath}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      if (r.status === 401 && !retried) {
        // the token expired (or a token-expiry fault ended it): one new token, one retry
        tokens.delete(app);
        return graph(method, relPath, body, app, true);
      }
      const text = await r.text();
      let parsed: unknown = text;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: r.status, body: parsed };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await ipc.call({ op: 'close' }, 10_000);
      } catch {
        // the child may be gone already; kill below makes sure
      }
      await ipc.stop();
    },
  };
}

class IpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private exited: string | undefined;
  private readonly exitPromise: Promise<void>;

  constructor(private readonly child: ChildProcess) {
    child.on('message', (raw: unknown) => {
      const reply = raw as IpcReply;
      const p = this.pending.get(reply.id);
      if (p === undefined) return;
      this.pending.delete(reply.id);
      clearTimeout(p.timer);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new EmulatorProcessError(`Graph emulator (child process ${child.pid ?? '?'}): ${reply.error}`));
    });
    this.exitPromise = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exited = signal === null ? `exit code ${code ?? '?'}` : `signal ${signal}`;
        for (const [, p] of this.pending) {
          clearTimeout(p.timer);
          p.reject(new EmulatorProcessError(`The Graph emulator child process ended (${this.exited}) before it answered. Look at its output above; start it alone with 'npm run graph-emulator' to see why.`));
        }
        this.pending.clear();
        resolve();
      });
    });
  }

  call<K extends EmulatorRequest['op']>(request: Extract<EmulatorRequest, { op: K }>, timeoutMs = 30_000): Promise<EmulatorAnswers[K]> {
    if (this.exited !== undefined) return Promise.reject(new EmulatorProcessError(`The Graph emulator child process has ended (${this.exited}).`));
    const id = this.nextId++;
    return new Promise<EmulatorAnswers[K]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new EmulatorProcessError(`The Graph emulator child process did not answer '${request.op}' within ${timeoutMs} ms.`));
      }, timeoutMs);
      this.pending.set(id, { resolve: (v) => resolve(v as EmulatorAnswers[K]), reject, timer });
      this.child.send({ id, request });
    });
  }

  async stop(): Promise<void> {
    if (this.exited !== undefined) return;
    if (this.child.connected) this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exitPromise;
    clearTimeout(timer);
  }
}
