/**
 * The sandbox's AL thread (a worker): starts the product host (Graph emulator child process, the app in the AL
 * runtime, demo company, setup against the emulator), serves PageDataSource calls from the HTTP thread, blocks on
 * Confirm/StrMenu until the browser answers, and with a data folder restores the database at start and writes a
 * snapshot after every call that committed.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { SETUP_TABLE, startProductHost, type ProductHost } from '../../../host/src/index';
import { loadStateFile, restoreState, saveStateFile, snapshotState } from '../../../al/runtime/src/db/persist';
import { SecretTextV } from '../../../al/runtime/src/values/secretText';
import { createRuntimePageDataSource } from '../../../al/runtime/src/pages/dataSource';
import type { PageDataSource } from '../render/dataSource';
import type { DialogAnswer, DialogRequest } from '../server/interactions';
import { DIALOG_IDLE, DIALOG_WAITING, type AlThreadOptions, type FromAlThread, type ToAlThread } from './protocol';

const port = parentPort;
const options = workerData as AlThreadOptions;
const state = new Int32Array(options.dialogBuffer);
let currentCall = 0;

function post(m: FromAlThread): void {
  port?.postMessage(m);
}

/** Asks the HTTP thread and blocks this thread until the answer is written. */
function ask(dialog: DialogRequest): DialogAnswer {
  Atomics.store(state, 0, DIALOG_WAITING);
  post({ type: 'dialog', id: currentCall, dialog });
  while (Atomics.load(state, 0) === DIALOG_WAITING) Atomics.wait(state, 0, DIALOG_WAITING);
  const answer = Atomics.load(state, 1);
  Atomics.store(state, 0, DIALOG_IDLE);
  return dialog.kind === 'confirm' ? answer === 1 : answer;
}

/** After a restore the connection must point at this run's emulator (new port, new secret each start). */
function reconnect(host: ProductHost): void {
  const creds = host.emulator.credentials;
  host.setSetupFields({ 'Tenant ID': creds.tenantId, 'Client ID': creds.clientId, 'Authority URL': host.emulator.url, 'Graph Endpoint': host.emulator.graphUrl });
  const setup = host.record(SETUP_TABLE);
  if (setup.find('-')) {
    host.callTable(setup, 'SetClientSecret', new SecretTextV(creds.clientSecret));
    setup.modifyOrFail(true);
    host.session.db.commit();
  }
}

async function main(): Promise<void> {
  if (port === null) throw new Error('alThread.ts runs only as a worker thread.');
  const started = Date.now();
  const host = await startProductHost({ emulator: { data: 'demo', ...(options.faults === undefined ? {} : { faults: options.faults }) } });
  const hostMs = Date.now() - started;
  const session = host.session;
  const file = options.dataDir === undefined ? undefined : join(options.dataDir, 'sandbox-db.json');
  let restoredRows = 0;
  if (file !== undefined) {
    const saved = loadStateFile(file);
    if (saved !== undefined) {
      restoredRows = restoreState(session.db, session.isolatedStorage, saved, (id) => session.tableById(id)).rows;
      reconnect(host);
    }
    saveStateFile(file, snapshotState(session.db, session.isolatedStorage));
  }
  let savedCommits = session.db.commits;
  const ds: PageDataSource = createRuntimePageDataSource(session, {
    dialogs: {
      confirm: (text, defaultAnswer) => ask({ kind: 'confirm', text, defaultAnswer }) === true,
      strMenu: (optionText, defaultNo, instruction) => {
        const a = ask({ kind: 'strMenu', options: optionText.split(','), defaultNo, instruction });
        return typeof a === 'number' ? a : defaultNo;
      },
      runModal: (req) => {
        const current = req.current === undefined ? 0 : req.rows.findIndex((r) => r.bookmark === req.current) + 1;
        const rows = req.rows.map((r) => req.columns.map((c) => r.fields[c.name]?.text ?? ''));
        const a = ask({ kind: 'modalPage', pageId: req.pageId, caption: req.caption, lookupMode: req.lookupMode, columns: req.columns.map((c) => c.caption), rows, current });
        const row = typeof a === 'number' && a > 0 ? req.rows[a - 1] : undefined;
        if (row === undefined) return { action: req.lookupMode ? 'LookupCancel' : 'Cancel' };
        return { action: req.lookupMode ? 'LookupOK' : 'OK', bookmark: row.bookmark };
      },
    },
  });
  const runAddin = ds.runAddinTrigger;

  const admin = {
    telemetry: () => session.telemetry.map((t) => ({ eventId: t.eventId, message: t.message, dimensions: Object.fromEntries(t.dimensions) })),
    requests: async () => (await host.emulator.requests()).map((r) => ({ seq: r.seq, method: r.method, url: r.url, status: r.status, ...(r.fault === undefined ? {} : { fault: r.fault }) })),
    setFaults: (spec: unknown) => host.emulator.faults.set(String(spec)),
    clearFaults: () => host.emulator.faults.clear(),
  };

  port.on('message', (m: ToAlThread) => {
    if (m.type === 'stop') {
      void host.stop().finally(() => {
        post({ type: 'stopped' });
        port.close();
      });
      return;
    }
    currentCall = m.id;
    const run = async (): Promise<unknown> => {
      const a = m.args;
      switch (m.method) {
        case 'telemetry': return admin.telemetry();
        case 'requests': return admin.requests();
        case 'setFaults': return admin.setFaults(a[0]);
        case 'clearFaults': return admin.clearFaults();
        case 'getRecords': return ds.getRecords(a[0] as never, a[1] as never);
        case 'getFieldValues': return ds.getFieldValues(a[0] as never, a[1] as never);
        case 'invokeAction': return ds.invokeAction(a[0] as never, a[1] as never, a[2] as never, a[3] as never);
        case 'validateField': return ds.validateField(a[0] as never, a[1] as never, a[2] as never, a[3] as never);
        case 'runControlTrigger': return ds.runControlTrigger(a[0] as never, a[1] as never, a[2] as never, a[3] as never);
        case 'runAddinTrigger':
          if (runAddin === undefined) throw new Error('The runtime does not run control add-in triggers yet.');
          return runAddin.call(ds, a[0] as never, a[1] as never, a[2] as never, a[3] as never);
        case 'closePage': return ds.closePage?.(a[0] as never);
        case 'takePendingEffects': return ds.takePendingEffects?.() ?? [];
        case 'invokeNotificationAction': return ds.invokeNotificationAction?.(a[0] as never, a[1] as never) ?? [];
      }
    };
    run()
      .then((value) => post({ type: 'result', id: m.id, value }))
      .catch((e: unknown) => post({ type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        if (file !== undefined && session.db.commits !== savedCommits && session.db.pendingWrites === 0) {
          saveStateFile(file, snapshotState(session.db, session.isolatedStorage));
          savedCommits = session.db.commits;
        }
      });
  });
  post({ type: 'ready', info: { emulatorUrl: host.emulator.url, businessId: host.businessId, addinTriggers: runAddin !== undefined, restoredRows, hostMs } });
}

main().catch((e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
