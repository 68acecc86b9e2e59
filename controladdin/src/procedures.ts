import type { GridStore } from './gridStore';

/** The procedures of controladdin "BKI Booking Selection Grid" (AL → JavaScript), with their parameter counts. */
export const procedureNames = ['LoadBookings', 'AppendBookings', 'ClearBookings', 'SetSelection', 'SetCaptions'] as const;
export type ProcedureName = (typeof procedureNames)[number];

export interface ProcedureCall {
  readonly name: ProcedureName;
  readonly args: readonly unknown[];
}

/** Applies one AL call to the store. Bad arguments become problems shown in the grid, never exceptions. */
export function applyProcedure(store: GridStore, call: ProcedureCall): void {
  const first = call.args[0];
  switch (call.name) {
    case 'LoadBookings':
      store.loadBookings(first);
      return;
    case 'AppendBookings':
      store.appendBookings(first);
      return;
    case 'ClearBookings':
      store.clearBookings();
      return;
    case 'SetSelection':
      store.setSelection(first);
      return;
    case 'SetCaptions':
      store.setCaptions(first);
      return;
    default: {
      const never: never = call.name;
      return never;
    }
  }
}

/**
 * Holds AL calls that arrive before the grid is mounted and replays them, in order, once it is ready; after that
 * calls go straight through.
 */
export class ProcedureQueue {
  private pending: ProcedureCall[] | undefined = [];

  constructor(private readonly apply: (call: ProcedureCall) => void) {}

  call(call: ProcedureCall): void {
    if (this.pending === undefined) this.apply(call);
    else this.pending.push(call);
  }

  get isReady(): boolean {
    return this.pending === undefined;
  }

  /** Replays the queued calls and lets later ones through. */
  ready(): void {
    const queued = this.pending ?? [];
    this.pending = undefined;
    for (const call of queued) this.apply(call);
  }
}
