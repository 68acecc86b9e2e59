/**
 * The IPC protocol between the product host (parent) and the Graph emulator child process. The AL runtime blocks
 * the parent's JS thread during HTTP calls, so the emulator cannot share the parent's event loop.
 */
import type { FaultSpec, FixtureData, GeneratorOptions, RequestLogEntry } from '../../graph-emulator/src/index';

/** Where the emulator's data comes from. `generate` runs the emulator's deterministic generator in the child. */
export type EmulatorData =
  | 'demo'
  | 'empty'
  | `scale:${number}`
  | { readonly file: string }
  | { readonly fixture: FixtureData }
  | { readonly generate: GeneratorOptions };

export interface EmulatorStartOptions {
  readonly data?: EmulatorData;
  /** Faults from the start (text form or FaultSpec). */
  readonly faults?: FaultSpec | string;
  readonly pageSize?: number;
  readonly tokenLifetimeSeconds?: number;
  readonly randomSeed?: number;
  readonly concurrencyLimit?: number;
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: number;
  readonly emptyCustomersInLists?: boolean;
  /** Fixed clock of the emulator (ISO date-time); default: real time. */
  readonly now?: string;
}

export interface EmulatorCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface EmulatorStarted {
  readonly url: string;
  readonly graphUrl: string;
  readonly tokenUrl: string;
  readonly credentials: EmulatorCredentials;
  readonly apps: Readonly<Record<'demo' | 'reader' | 'manager', EmulatorCredentials & { readonly roles: readonly string[] }>>;
}

/** One business's data as the emulator holds it (Graph JSON). */
export interface BusinessData {
  readonly id: string;
  readonly business: Record<string, unknown>;
  readonly customers: Record<string, unknown>[];
  readonly services: Record<string, unknown>[];
  readonly staffMembers: Record<string, unknown>[];
  /** Visible appointments (not cancelled), in start order. */
  readonly appointments: Record<string, unknown>[];
  /** Ids of appointments cancelled in Bookings (absent from Graph lists). */
  readonly cancelledIds: string[];
}

export interface FaultState {
  readonly spec: FaultSpec;
  readonly requests: number;
  readonly tokenRequests: number;
  readonly fired: readonly number[];
}

export type EmulatorRequest =
  | { readonly op: 'start'; readonly options: EmulatorStartOptions }
  | { readonly op: 'setFaults'; readonly spec: FaultSpec | string }
  | { readonly op: 'clearFaults' }
  | { readonly op: 'faultState' }
  | { readonly op: 'requests'; readonly since?: number }
  | { readonly op: 'reset' }
  | { readonly op: 'seed'; readonly data: EmulatorData }
  | { readonly op: 'data'; readonly businessId?: string }
  | { readonly op: 'stats' }
  | { readonly op: 'close' };

export interface EmulatorStats {
  readonly businesses: number;
  readonly appointments: number;
  readonly customers: number;
  readonly services: number;
  readonly staffMembers: number;
}

/** What each request answers. */
export interface EmulatorAnswers {
  start: EmulatorStarted;
  setFaults: null;
  clearFaults: null;
  faultState: FaultState;
  requests: RequestLogEntry[];
  reset: null;
  seed: null;
  data: BusinessData[];
  stats: EmulatorStats;
  close: null;
}

export interface IpcCall {
  readonly id: number;
  readonly request: EmulatorRequest;
}

export type IpcReply = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string };
