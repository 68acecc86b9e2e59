import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { HTTP_MESSAGES as M } from './messages';
import { SyncTransport, WireRequest, WireResult } from './transport';

/**
 * Synchronous HTTP: the caller posts the request to a worker thread, which performs it with Node's http/https
 * module, posts the result on a MessagePort and then sets a flag in a SharedArrayBuffer; the caller blocks in
 * Atomics.wait on that flag and takes the result with receiveMessageOnPort. The worker has its own event loop,
 * so it runs while the main thread is blocked. The worker is started once, lazily, and unref'd so it never keeps
 * the process alive. Its source is plain JavaScript evaluated from a string, so it runs the same under ts-node
 * and from compiled output.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');
parentPort.on('message', (msg) => {
  const { req, port, sab } = msg;
  const flag = new Int32Array(sab);
  let done = false;
  let timer;
  const finish = (result) => {
    if (done) return;
    done = true;
    if (timer !== undefined) clearTimeout(timer);
    try { port.postMessage(result); } finally {
      port.close();
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    }
  };
  let address = '';
  try {
    const u = new URL(req.url);
    address = u.host;
    const lib = u.protocol === 'https:' ? https : http;
    const headers = {};
    const names = {};
    for (const [n, v] of req.headers) {
      const key = n.toLowerCase();
      if (names[key] === undefined) { names[key] = n; headers[n] = v; }
      else { const cur = headers[names[key]]; headers[names[key]] = Array.isArray(cur) ? cur.concat([v]) : [cur, v]; }
    }
    if (req.body !== undefined && names['content-length'] === undefined) headers['Content-Length'] = String(req.body.length);
    const r = lib.request(u, { method: req.method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = res.rawHeaders;
        const pairs = [];
        for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i], raw[i + 1]]);
        finish({ kind: 'response', status: res.statusCode || 0, statusText: res.statusMessage || '', headers: pairs, body: new Uint8Array(Buffer.concat(chunks)) });
      });
      res.on('error', (e) => finish({ kind: 'error', code: e.code || 'ERR_RESPONSE', message: e.message, address }));
    });
    timer = setTimeout(() => { finish({ kind: 'timeout' }); r.destroy(); }, req.timeoutMs);
    r.on('error', (e) => finish({ kind: 'error', code: e.code || 'ERR_REQUEST', message: e.message, address }));
    if (req.body !== undefined) r.end(Buffer.from(req.body)); else r.end();
  } catch (e) {
    finish({ kind: 'error', code: (e && e.code) || 'ERR_REQUEST', message: String(e && e.message), address });
  }
});
`;

/** Extra time the caller waits beyond the request timeout before declaring the worker dead. */
const GRACE_MS = 5_000;

/**
 * Runs before the worker's code: remembers the flag of every request in progress and, when the worker thread exits
 * for any reason (an uncaught exception included), sets those flags to CRASHED and wakes the waiting caller, so a
 * dead worker costs an error instead of a wait until the timeout.
 */
const CRASHED = 2;
const PRELUDE = `
const __pending = new Set();
require('node:worker_threads').parentPort.on('message', (m) => {
  for (const f of __pending) if (Atomics.load(f, 0) !== 0) __pending.delete(f);
  if (m && m.sab instanceof SharedArrayBuffer) __pending.add(new Int32Array(m.sab));
});
process.on('exit', () => {
  for (const f of __pending) if (Atomics.compareExchange(f, 0, 0, ${CRASHED}) === 0) Atomics.notify(f, 0);
});
`;

export class WorkerTransport implements SyncTransport {
  #worker: Worker | undefined;

  /** `source` replaces the worker's JavaScript (tests use it to simulate a crashing worker). */
  constructor(private readonly source: string = WORKER_SOURCE) {}

  private worker(): Worker {
    if (this.#worker === undefined) {
      const w = new Worker(PRELUDE + this.source, { eval: true });
      w.unref();
      w.on('error', () => {
        if (this.#worker === w) this.#worker = undefined;
      });
      w.on('exit', () => {
        if (this.#worker === w) this.#worker = undefined;
      });
      this.#worker = w;
    }
    return this.#worker;
  }

  send(req: WireRequest): WireResult {
    const sab = new SharedArrayBuffer(4);
    const flag = new Int32Array(sab);
    const { port1, port2 } = new MessageChannel();
    try {
      const w = this.worker();
      w.postMessage({ req: { ...req, headers: req.headers.map(([n, v]) => [n, v]) }, port: port2, sab }, [port2]);
      Atomics.wait(flag, 0, 0, req.timeoutMs + GRACE_MS);
      const got = receiveMessageOnPort(port1);
      if (got !== undefined) return got.message as WireResult;
      if (Atomics.load(flag, 0) === CRASHED) {
        if (this.#worker === w) this.#worker = undefined;
        return { kind: 'error', code: 'ERR_WORKER', message: M.transportCrashed('the worker thread exited'), address: '' };
      }
      this.stop();
      return { kind: 'timeout' };
    } finally {
      port1.close();
    }
  }

  /** Ends the worker (tests; a hung worker). */
  stop(): void {
    const w = this.#worker;
    this.#worker = undefined;
    if (w !== undefined) void w.terminate();
  }
}

let shared: WorkerTransport | undefined;

/** The process-wide transport (one worker thread for all HttpClient instances). */
export function defaultTransport(): WorkerTransport {
  shared ??= new WorkerTransport();
  return shared;
}
