/**
 * The HTTP thread's side of the AL thread: a PageDataSource whose calls run in the worker, plus the sandbox admin
 * (faults, telemetry, request log). When AL asks a dialog, the listener of the interaction that made the call
 * (dialogContext) answers it; without one the dialog takes its default answer.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageMetadata } from '../metadata/model';
import type { ControlTrigger, FieldState, PageDataSource, PageEffect, RecordQuery, RecordRow } from '../render/dataSource';
import { dialogContext, type DialogAnswer, type DialogListener, type DialogRequest } from '../server/interactions';
import type { SandboxAdmin } from '../server/sandboxServer';
import { DIALOG_ANSWERED, type AdminMethod, type AlThreadOptions, type AlThreadReady, type DataSourceMethod, type FromAlThread, type ToAlThread } from './protocol';

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  readonly listener: DialogListener | undefined;
}

function defaultAnswer(d: DialogRequest): DialogAnswer {
  switch (d.kind) {
    case 'confirm': return d.defaultAnswer;
    case 'strMenu': return d.defaultNo;
    case 'modalPage': return 0;
  }
}

export class AlThreadError extends Error {
  override readonly name = 'AlThreadError';
}

export class RemoteDataSource implements PageDataSource {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly state: Int32Array;
  private stopped: Promise<void> | undefined;
  readonly runAddinTrigger?: (page: PageMetadata, control: string, trigger: string, args: readonly unknown[]) => Promise<readonly PageEffect[]>;

  private constructor(private readonly worker: Worker, buffer: SharedArrayBuffer, readonly info: AlThreadReady) {
    this.state = new Int32Array(buffer);
    if (info.addinTriggers) this.runAddinTrigger = (page, control, trigger, args) => this.call('runAddinTrigger', [page, control, trigger, args]) as Promise<readonly PageEffect[]>;
    worker.on('message', (m: FromAlThread) => this.onMessage(m));
    worker.on('error', (e) => this.failAll(e));
    worker.on('exit', (code) => this.failAll(new AlThreadError(`The AL thread ended (exit code ${code}).`)));
  }

  /** Starts the AL thread and waits until the product host is ready. */
  static start(options: Omit<AlThreadOptions, 'dialogBuffer'>): Promise<RemoteDataSource> {
    const buffer = new SharedArrayBuffer(8);
    const entry = join(__dirname, 'alThread.ts');
    // The AL thread loads its TypeScript with tsx (esbuild: a few times faster to start than ts-node), else ts-node.
    const boot = `if (!require.extensions['.ts']) { try { require('tsx/cjs'); } catch { require('ts-node').register({ transpileOnly: true }); } }\nrequire(${JSON.stringify(entry)});`;
    const worker = new Worker(boot, { eval: true, workerData: { ...options, dialogBuffer: buffer } satisfies AlThreadOptions });
    return new Promise((resolve, reject) => {
      const onMessage = (m: FromAlThread): void => {
        if (m.type === 'ready') {
          worker.off('message', onMessage);
          resolve(new RemoteDataSource(worker, buffer, m.info));
        } else if (m.type === 'failed') {
          worker.off('message', onMessage);
          void worker.terminate();
          reject(new AlThreadError(m.message));
        }
      };
      worker.on('message', onMessage);
      worker.once('error', (e) => reject(e));
    });
  }

  private onMessage(m: FromAlThread): void {
    switch (m.type) {
      case 'result':
      case 'error': {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.type === 'result') p?.resolve(m.value);
        else p?.reject(new Error(m.message));
        break;
      }
      case 'dialog': {
        const listener = this.pending.get(m.id)?.listener;
        const answered = listener === undefined ? Promise.resolve(defaultAnswer(m.dialog)) : listener(m.dialog);
        void answered.catch(() => defaultAnswer(m.dialog)).then((a) => {
          Atomics.store(this.state, 1, typeof a === 'boolean' ? (a ? 1 : 0) : a);
          Atomics.store(this.state, 0, DIALOG_ANSWERED);
          Atomics.notify(this.state, 0);
        });
        break;
      }
      case 'ready':
      case 'failed':
      case 'stopped':
        break;
    }
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private call(method: DataSourceMethod | AdminMethod, args: readonly unknown[]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, listener: dialogContext.getStore() });
      this.worker.postMessage({ type: 'call', id, method, args } satisfies ToAlThread);
    });
  }

  getRecords(page: PageMetadata, query: RecordQuery): Promise<readonly RecordRow[]> {
    return this.call('getRecords', [page, query]) as Promise<readonly RecordRow[]>;
  }
  getFieldValues(page: PageMetadata, bookmark: string | undefined): Promise<{ readonly bookmark: string; readonly fields: Readonly<Record<string, FieldState>> } | undefined> {
    return this.call('getFieldValues', [page, bookmark]) as Promise<{ bookmark: string; fields: Record<string, FieldState> } | undefined>;
  }
  invokeAction(page: PageMetadata, action: string, bookmark: string | undefined, selection: readonly string[]): Promise<readonly PageEffect[]> {
    return this.call('invokeAction', [page, action, bookmark, selection]) as Promise<readonly PageEffect[]>;
  }
  validateField(page: PageMetadata, control: string, bookmark: string | undefined, text: string): Promise<readonly PageEffect[]> {
    return this.call('validateField', [page, control, bookmark, text]) as Promise<readonly PageEffect[]>;
  }
  runControlTrigger(page: PageMetadata, control: string, trigger: ControlTrigger, bookmark: string | undefined): Promise<readonly PageEffect[]> {
    return this.call('runControlTrigger', [page, control, trigger, bookmark]) as Promise<readonly PageEffect[]>;
  }
  takePendingEffects(): Promise<readonly PageEffect[]> {
    return this.call('takePendingEffects', []) as Promise<readonly PageEffect[]>;
  }
  invokeNotificationAction(notificationId: string, actionCaption: string): Promise<readonly PageEffect[]> {
    return this.call('invokeNotificationAction', [notificationId, actionCaption]) as Promise<readonly PageEffect[]>;
  }
  async closePage(page: PageMetadata): Promise<void> {
    await this.call('closePage', [page]);
  }

  /** The sandbox panel's operations, run in the AL thread (where the emulator handle and the session live). */
  admin(): SandboxAdmin {
    return {
      emulatorUrl: this.info.emulatorUrl,
      setFaults: async (spec) => { await this.call('setFaults', [spec]); },
      clearFaults: async () => { await this.call('clearFaults', []); },
      telemetry: () => this.call('telemetry', []) as ReturnType<SandboxAdmin['telemetry']>,
      requests: () => this.call('requests', []) as ReturnType<SandboxAdmin['requests']>,
    };
  }

  /** Stops the emulator and the AL thread. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => void this.worker.terminate().then(() => resolve()), 5000);
      this.worker.once('exit', () => { clearTimeout(timer); resolve(); });
      this.worker.postMessage({ type: 'stop' } satisfies ToAlThread);
    });
    return this.stopped;
  }
}
