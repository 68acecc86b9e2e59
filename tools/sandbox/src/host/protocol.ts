/**
 * Messages between the sandbox's HTTP thread and its AL thread (a worker running the product host). AL is
 * synchronous; when it asks a Confirm or StrMenu the AL thread posts a `dialog` and blocks on a shared Int32Array
 * until the HTTP thread writes the answer (slot 1) and flips the state (slot 0) to ANSWERED.
 */
import type { DialogRequest } from '../server/interactions';

export const DIALOG_IDLE = 0;
export const DIALOG_WAITING = 1;
export const DIALOG_ANSWERED = 2;

export interface AlThreadOptions {
  /** Folder for the database snapshot (`--data`); undefined = memory only. */
  readonly dataDir?: string;
  /** Graph emulator faults from the start (text form). */
  readonly faults?: string;
  /** The shared buffer for dialog answers: Int32Array of 2 (state, answer). */
  readonly dialogBuffer: SharedArrayBuffer;
}

export type DataSourceMethod = 'getRecords' | 'getFieldValues' | 'invokeAction' | 'validateField' | 'runControlTrigger' | 'runAddinTrigger' | 'closePage' | 'takePendingEffects' | 'invokeNotificationAction';
export type AdminMethod = 'telemetry' | 'requests' | 'setFaults' | 'clearFaults';

export type ToAlThread =
  | { readonly type: 'call'; readonly id: number; readonly method: DataSourceMethod | AdminMethod; readonly args: readonly unknown[] }
  | { readonly type: 'stop' };

export interface AlThreadReady {
  readonly emulatorUrl: string;
  readonly businessId: string;
  /** Whether the runtime's data source runs control add-in triggers. */
  readonly addinTriggers: boolean;
  /** Rows restored from the data folder (0 = fresh demo company). */
  readonly restoredRows: number;
  /** Milliseconds the product host took to start (emulator, app load, demo company, setup). */
  readonly hostMs: number;
}

export type FromAlThread =
  | { readonly type: 'ready'; readonly info: AlThreadReady }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  | { readonly type: 'error'; readonly id: number; readonly message: string }
  | { readonly type: 'dialog'; readonly id: number; readonly dialog: DialogRequest }
  | { readonly type: 'stopped' };
