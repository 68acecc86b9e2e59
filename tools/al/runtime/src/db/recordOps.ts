/**
 * Optional counters of record operations on database (non-temporary) tables, for benchmarks: one count per
 * Get, Find (FindFirst/FindLast/FindSet/Find), Next, Insert, Modify, Delete, Rename, Count, IsEmpty, ModifyAll,
 * DeleteAll and CalcFields call, roughly one SQL round trip each in BC. Temporary records are not counted (they
 * never reach SQL in BC). Off by default: each operation then only checks `recordOps.counts === undefined`.
 * The counters are per process (every session counts into them while on).
 */
export interface RecordOpCounts {
  get: number;
  find: number;
  next: number;
  insert: number;
  modify: number;
  delete: number;
  rename: number;
  count: number;
  isEmpty: number;
  modifyAll: number;
  deleteAll: number;
  calcFields: number;
}

export function zeroRecordOpCounts(): RecordOpCounts {
  return { get: 0, find: 0, next: 0, insert: 0, modify: 0, delete: 0, rename: 0, count: 0, isEmpty: 0, modifyAll: 0, deleteAll: 0, calcFields: 0 };
}

export function totalRecordOps(c: RecordOpCounts): number {
  return c.get + c.find + c.next + c.insert + c.modify + c.delete + c.rename + c.count + c.isEmpty + c.modifyAll + c.deleteAll + c.calcFields;
}

/** The process-wide switch: set `counts` to an object to count, undefined to stop. */
export const recordOps: { counts: RecordOpCounts | undefined } = { counts: undefined };
