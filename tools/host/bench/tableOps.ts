/**
 * Per-table record-operation tally for benchmarks: wraps the runtime's Rec read/write methods so that, while the
 * process-wide counters are on (recordOps.counts), each counted call is also tallied by table and kind. Used by
 * invoicing.bench.ts with BENCH_TABLES=1 to show where the operations go; the totals match the runtime's counters.
 */
import { Rec } from '../../al/runtime/src/db/record';
import { recordOps } from '../../al/runtime/src/db/recordOps';

const KINDS = ['get', 'find', 'next', 'insert', 'modify', 'delete', 'rename', 'count', 'isEmpty', 'modifyAll', 'deleteAll', 'calcFields', 'getBySystemId'] as const;
type Kind = (typeof KINDS)[number];

export type TableTally = Map<string, Map<Kind, number>>;

let tally: TableTally | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const proto = Rec.prototype as unknown as Record<Kind, (this: Rec, ...args: unknown[]) => unknown>;
  for (const kind of KINDS) {
    const original = proto[kind];
    proto[kind] = function (this: Rec, ...args: unknown[]): unknown {
      if (tally !== undefined && !this.temporary && recordOps.counts !== undefined) {
        const perKind = tally.get(this.table.caption) ?? new Map<Kind, number>();
        perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
        tally.set(this.table.caption, perKind);
      }
      return original.apply(this, args);
    };
  }
}

/** Tallies the record operations of `fn` by table (counting must be on while it runs, e.g. inside measure()). */
export function tallyByTable<T>(fn: () => T): { result: T; tally: TableTally } {
  install();
  const mine: TableTally = new Map();
  const outer = tally;
  tally = mine;
  try {
    return { result: fn(), tally: mine };
  } finally {
    tally = outer;
  }
}

/** One line per table, most operations first: `  Sales Line: 4912 (get 1228, insert 1228, ...)`, each per unit too. */
export function formatTally(t: TableTally, per: number): string[] {
  const rows = [...t.entries()].map(([table, kinds]) => {
    let total = 0;
    for (const n of kinds.values()) total += n;
    return { table, kinds, total };
  });
  rows.sort((a, b) => b.total - a.total || a.table.localeCompare(b.table));
  return rows.map(({ table, kinds, total }) => {
    const parts = [...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', ');
    return `  ${table}: ${total} (${(total / Math.max(1, per)).toFixed(2)} per line; ${parts})`;
  });
}
