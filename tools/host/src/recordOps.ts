/**
 * Record-operation counting for one host: start() switches the runtime's process-wide counters on (see
 * tools/al/runtime/src/db/recordOps.ts), snapshot() reads them, measure() counts one piece of work.
 */
import { recordOps, totalRecordOps, zeroRecordOpCounts, type RecordOpCounts } from '../../al/runtime/src/db/recordOps';

export type { RecordOpCounts };
export { totalRecordOps };

export class RecordOpCounter {
  private counts: RecordOpCounts | undefined;

  /** Starts counting from zero (replaces any counting in progress in this process). */
  start(): void {
    this.counts = zeroRecordOpCounts();
    recordOps.counts = this.counts;
  }

  /** Stops counting; the last counts stay readable. */
  stop(): void {
    if (recordOps.counts === this.counts) recordOps.counts = undefined;
  }

  get active(): boolean {
    return this.counts !== undefined && recordOps.counts === this.counts;
  }

  /** A copy of the counts so far (zeros when never started). */
  snapshot(): RecordOpCounts & { total: number } {
    const c = { ...(this.counts ?? zeroRecordOpCounts()) };
    return { ...c, total: totalRecordOps(c) };
  }

  /** Counts the record operations of `fn` alone (counting is on only while it runs, unless it was on already). */
  measure<T>(fn: () => T): { result: T; ops: RecordOpCounts & { total: number } } {
    const wasActive = this.active;
    const before = this.snapshot(); // a copy: the live counters keep moving
    if (!wasActive) {
      this.counts = { ...before };
      recordOps.counts = this.counts;
    }
    try {
      const result = fn();
      const after = this.snapshot();
      const diff = zeroRecordOpCounts();
      for (const k of Object.keys(diff) as (keyof RecordOpCounts)[]) diff[k] = after[k] - before[k];
      return { result, ops: { ...diff, total: totalRecordOps(diff) } };
    } finally {
      if (!wasActive) this.stop();
    }
  }
}
